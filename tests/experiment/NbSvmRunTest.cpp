// The NBSVM preset end to end on the demo sample (issue 19): it is a preset like the others (plan,
// record, checkpoint), it learns, its ratios are the training reviews' and stay fixed, a saved
// checkpoint scores exactly as the test pass did, and all the training reviews can train it.
#include <gtest/gtest.h>

#include <cmath>

#include "SmallRuns.h"
#include "experiment/ExperimentPlan.h"
#include "experiment/ExperimentRunner.h"
#include "model/NbSvm.h"
#include "storage/RunStore.h"
#include "training/Predictor.h"

using namespace sentiment;
using experiment::ExperimentPlan;
using experiment::ExperimentRunner;
using sentiment::test::TempDir;
using sentiment::test::demoFor;

namespace {
ExperimentPlan nbsvmPlan() {
    auto p = *ExperimentPlan::forPreset("nbsvm");
    p.training.device = "cpu";
    p.setSeed(77);
    return p;
}
}  // namespace

TEST(NbSvmPreset, IsThePapersSetup) {
    const auto p = nbsvmPlan();
    EXPECT_EQ(p.model.architecture, model::Architecture::NbSvm);
    EXPECT_EQ(p.ngrams(), 2);                 // words and bigrams
    EXPECT_TRUE(p.datasetOptions().bigrams);
    EXPECT_EQ(p.data.maxVocab, 0u);           // every n-gram of the training reviews
    EXPECT_FALSE(p.useVectors);
    EXPECT_TRUE(p.validate());
    auto bad = p;
    bad.model.ngrams = 4;
    ASSERT_FALSE(bad.validate());
    EXPECT_NE(bad.validate().error().message.find("--ngrams"), std::string::npos);
    bad = p;
    bad.model.nbBeta = 1.5;
    EXPECT_FALSE(bad.validate());
    bad = p;
    bad.model.nbAlpha = 0;
    EXPECT_FALSE(bad.validate());
    // Stored and read back with its own settings.
    auto q = p;
    q.model.nbAlpha = 0.5;
    q.model.nbBeta = 0.25;
    const auto back = ExperimentPlan::fromText(q.toJson().dump());
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(back->model.nbAlpha, 0.5);
    EXPECT_EQ(back->model.nbBeta, 0.25);
    EXPECT_EQ(back->toJson(), q.toJson());
}

TEST(NbSvmPreset, LearnsTheDemoAndItsCheckpointScoresAsTheTestPassDid) {
    TempDir dir;
    auto store = *storage::RunStore::open(dir / "runs.sqlite");
    const auto plan = nbsvmPlan();
    const auto ds = demoFor(plan);
    ExperimentRunner runner(plan);
    runner.recordIn(store, "nbsvm", "test");
    runner.setCheckpointDirectory(dir / "checkpoints");
    const auto out = runner.run(*ds, nullptr, {}, nullptr);
    ASSERT_FALSE(out.failure) << out.failure->message;
    ASSERT_TRUE(out.result && out.result->test);
    // 2,000 demo reviews train it; chance is 50 %.
    EXPECT_GT(out.result->test->accuracy, 0.75);
    EXPECT_EQ(out.result->epochs.size(), 3u);
    // Trainable: one weight per vocabulary entry and the bias; the ratios are fixed.
    EXPECT_EQ(out.parameters, static_cast<std::int64_t>(ds->vocab.size()) + 1);

    const auto details = *store.details(*out.runId);
    ASSERT_FALSE(details.run.checkpointPath.empty());
    auto predictor = training::Predictor::load(details.run.checkpointPath);
    ASSERT_TRUE(predictor) << predictor.error().message;
    auto& nb = dynamic_cast<model::NbSvmImpl&>(*predictor->checkpoint().network);
    // The ratios came back from the file as the training reviews give them.
    std::vector<std::span<const std::int32_t>> reviews;
    for (std::size_t i = 0; i < ds->train.size(); ++i) reviews.push_back(ds->train.tokensOf(i));
    const auto r = model::logCountRatios(reviews, ds->train.labels, static_cast<std::int64_t>(ds->vocab.size()),
                                         data::Vocabulary::kPad, plan.model.nbAlpha);
    const auto stored = nb.embedding()->weight.squeeze(1);
    for (std::size_t j : {std::size_t(0), std::size_t(2), std::size_t(3), ds->vocab.size() - 1}) {
        EXPECT_FLOAT_EQ(stored[std::int64_t(j)].item<float>(), r[j]) << "entry " << j;
    }
    // A test review scored from its text gives the probability the test pass recorded.
    ASSERT_EQ(out.result->testProbabilities.size(), ds->test.size());
    for (std::size_t i : {std::size_t(0), ds->test.size() / 2, ds->test.size() - 1}) {
        const auto text = ds->corpus->text(ds->test.reviewIndex[i]);
        EXPECT_NEAR(predictor->predict(text).probability, out.result->testProbabilities[i], 1e-5) << "test review " << i;
    }
}

TEST(NbSvmPreset, AllTheTrainingReviewsTrainItAndTheLastEpochIsTested) {
    auto plan = nbsvmPlan();
    plan.data.trainFraction = 1.0;
    plan.training.epochs = 2;
    ASSERT_TRUE(plan.validate());
    const auto ds = demoFor(plan);
    EXPECT_EQ(ds->valid.size(), 0u);
    EXPECT_EQ(ds->train.size(), 2000u);
    ExperimentRunner runner(plan);
    const auto out = runner.run(*ds, nullptr, {}, nullptr);
    ASSERT_FALSE(out.failure) << out.failure->message;
    ASSERT_TRUE(out.result && out.result->test);
    EXPECT_EQ(out.result->bestEpoch, 2);  // no validation: the last epoch
    EXPECT_EQ(out.result->epochs.back().valid.examples, 0u);
    EXPECT_GT(out.result->test->accuracy, 0.75);
}
