// The one preparation step of every front end (RunInputs) and what a front end decides around a
// run (RunSetup): the CLI and the GUI reach the runner through them alone.
#include <gtest/gtest.h>

#include "SmallRuns.h"
#include "data/imdb/DemoData.h"
#include "data/vectors/VectorsLoader.h"
#include "experiment/ExperimentRunner.h"
#include "experiment/RunInputs.h"
#include "storage/RunStore.h"

using namespace sentiment;
using experiment::ExperimentRunner;
using experiment::RunInputs;
using experiment::RunSetup;
using sentiment::test::demoFor;
using sentiment::test::smallPlan;
using sentiment::test::TempDir;

namespace {

// Three words every demo review has, in GloVe's text format, 4 dimensions.
void writeVectors(const std::filesystem::path& path) {
    test::writeFile(path,
                    "the 0.1 0.2 0.3 0.4\n"
                    "a 0.5 0.6 0.7 0.8\n"
                    "and -0.1 -0.2 -0.3 -0.4\n");
}

RunInputs::Files uncached() {
    RunInputs::Files files;
    files.base.useCache = false;
    return files;
}

}  // namespace

TEST(RunInputs, FitKeepsTheLoadedDatasetWhenItFitsAndBuildsItAgainWhenNot) {
    const auto plan = smallPlan("advanced");
    const auto loaded = demoFor(plan);
    const auto same = RunInputs::fit(plan, loaded, nullptr, {});
    ASSERT_TRUE(same) << same.error().message;
    EXPECT_FALSE(same->rebuilt);
    EXPECT_EQ(same->dataset, loaded);  // the very object: nothing copied
    EXPECT_FALSE(same->matrix);

    auto fastText = smallPlan("fasttext");  // bigrams: another vocabulary from the same reviews
    const auto other = RunInputs::fit(fastText, loaded, nullptr, {});
    ASSERT_TRUE(other) << other.error().message;
    EXPECT_TRUE(other->rebuilt);
    EXPECT_TRUE(fastText.fits(*other->dataset));
    EXPECT_EQ(other->dataset->train.size(), loaded->train.size());

    const auto none = RunInputs::fit(plan, nullptr, nullptr, {});
    ASSERT_FALSE(none);
    EXPECT_NE(none.error().message.find("no dataset is loaded"), std::string::npos);
}

TEST(RunInputs, FitBuildsTheMatrixOnlyForAPlanThatUsesVectors) {
    TempDir dir;
    writeVectors(dir / "tiny.txt");
    data::VectorsOptions options;
    options.useCache = false;
    auto words = data::VectorsLoader(dir / "cache").load(dir / "tiny.txt", options);
    ASSERT_TRUE(words) << words.error().message;
    const auto vectors = std::make_shared<const data::WordVectors>(std::move(*words));

    auto plan = smallPlan("advanced");
    plan.useVectors = false;
    const auto without = RunInputs::fit(plan, demoFor(plan), vectors, "tiny.txt");
    ASSERT_TRUE(without) << without.error().message;
    EXPECT_FALSE(without->matrix);
    EXPECT_TRUE(without->vectorsSource.empty());  // nothing to record

    plan.useVectors = true;
    const auto with = RunInputs::fit(plan, demoFor(plan), vectors, "tiny.txt");
    ASSERT_TRUE(with) << with.error().message;
    ASSERT_TRUE(with->matrix);
    EXPECT_EQ(with->matrix->dimension, 4u);
    // The three words, and their capitalised forms through the lower-case fallback.
    EXPECT_GE(with->matrix->report.found, 3u);
    EXPECT_EQ(with->matrix->report.found - with->matrix->report.foundLowercase, 3u);
    EXPECT_EQ(with->vectorsSource, "tiny.txt");
}

TEST(RunInputs, LoadReadsThePlansOwnSourceAndVectorsWhenNoFileIsNamed) {
    TempDir dir;
    writeVectors(dir / "tiny.txt");
    auto plan = smallPlan("advanced");
    plan.source = std::string(data::DemoData::kName);  // a stored run's plan
    plan.useVectors = true;
    plan.vectorsPath = (dir / "tiny.txt").string();
    const auto in = RunInputs::load(plan, uncached());
    ASSERT_TRUE(in) << in.error().message;
    EXPECT_TRUE(in->dataset->demo);
    EXPECT_TRUE(plan.fits(*in->dataset));
    ASSERT_TRUE(in->matrix);
    EXPECT_EQ(in->matrix->dimension, 4u);
    EXPECT_EQ(in->vectorsSource, plan.vectorsPath);

    // A file on the command line goes before the plan's own.
    writeVectors(dir / "other.txt");
    auto files = uncached();
    files.vectors = (dir / "other.txt").string();
    const auto named = RunInputs::load(plan, files);
    ASSERT_TRUE(named) << named.error().message;
    EXPECT_EQ(named->vectorsSource, files.vectors);
}

TEST(RunInputs, LoadNamesWhatIsMissing) {
    auto plan = smallPlan("advanced");
    const auto nothing = RunInputs::load(plan, uncached());
    ASSERT_FALSE(nothing);
    EXPECT_NE(nothing.error().message.find("no dataset was given"), std::string::npos);

    TempDir dir;
    auto files = uncached();
    files.demo = true;
    plan.useVectors = true;
    files.vectors = (dir / "missing.txt").string();
    const auto noVectors = RunInputs::load(plan, files);
    ASSERT_FALSE(noVectors);
    EXPECT_NE(noVectors.error().message.find("missing.txt"), std::string::npos)
        << noVectors.error().message;
}

TEST(RunSetup, AGroupsRunIsNamedByItsValueAndAnyOtherByItsName) {
    const auto plan = smallPlan("advanced");
    EXPECT_EQ((RunSetup{.name = "mine"}).runName(plan), "mine");
    EXPECT_EQ(RunSetup{}.runName(plan), "");  // the runner adds the date and time
    EXPECT_EQ((RunSetup{.group = 3, .groupValue = "lr=1e-3"}).runName(plan), "advanced, lr 1e-3");
    EXPECT_EQ((RunSetup{.name = "mine", .group = 3, .groupValue = "1235"}).runName(plan),
              "mine, seed 1235");
}

// The GUI checked this itself before and the CLI not at all: `train --resume 7 --data other`
// trained run 7 on other reviews.
TEST(ExperimentRunner, AContinuedRunGoesOnOnlyOnTheReviewsItTrainedOn) {
    TempDir dir;
    auto store = *storage::RunStore::open(dir / "runs.sqlite");
    auto plan = smallPlan("fasttext", 1, 2);
    const auto ds = demoFor(plan);
    plan.source = "/elsewhere/aclImdb_v1.tar.gz";
    ExperimentRunner runner(plan, RunSetup{.store = &store, .continueRun = 7});
    const auto out = runner.run(RunInputs{.dataset = ds}, nullptr);
    ASSERT_TRUE(out.failure);
    EXPECT_NE(out.failure->message.find("run 7 trained on /elsewhere/aclImdb_v1.tar.gz, not on "
                                        "demo sample"),
              std::string::npos)
        << out.failure->message;
    EXPECT_FALSE(out.runId);
    EXPECT_TRUE(store.list()->empty());  // nothing recorded, nothing trained
}
