// What the Runs page and the report say about a set of runs, worked out once: each run's plan in
// words, its parameters, its linear baseline, its card against this machine; the groups among the
// runs; the lecture's BiLSTM where no BiLSTM run is shown. And the plan in words on its own.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "experiment/PlanInWords.h"
#include "experiment/Presets.h"
#include "experiment/RunsOverview.h"

using sentiment::experiment::ExperimentPlan;
using sentiment::experiment::PlanInWords;
using sentiment::experiment::RunsOverview;
using sentiment::storage::RunDetails;
using sentiment::storage::RunRow;

namespace {

RunDetails runOf(std::int64_t id, const std::string& preset, std::optional<double> test) {
    RunDetails d;
    d.run.id = id;
    d.run.status = sentiment::storage::RunStatus::Completed;
    d.run.createdAt = "2026-12-0" + std::to_string(id % 9) + " 10:00:00";
    d.run.info.name = preset + " #" + std::to_string(id);
    d.run.info.preset = preset;
    d.run.info.configJson = ExperimentPlan::lecture(preset).toJson().dump();
    d.run.info.datasetSource = "/data/imdb.tar.gz";
    d.run.info.datasetSize = 84'125'825;
    d.run.info.seed = 1234;
    d.run.info.trainSize = 17'500;
    d.run.info.validSize = 7'500;
    d.run.info.testSize = 25'000;
    d.run.info.vocabSize = 25'002;
    d.run.testAccuracy = test;
    d.run.testLoss = test ? std::optional<double>(0.4) : std::nullopt;
    d.epochs.push_back({1, 0.6, 0.7, 0.5, 0.75, 0.5, 0.75, 30, 100, true});
    return d;
}

RunsOverview overviewOf(const std::vector<RunDetails>& shown, const std::vector<RunRow>& all) {
    return RunsOverview::of(sentiment::storage::RunComparison(shown), all, {}, {});
}

bool anyContains(const std::vector<sentiment::Message>& messages, const std::string& part) {
    return std::any_of(messages.begin(), messages.end(),
                       [&](const auto& m) { return m.english().find(part) != std::string::npos; });
}

}  // namespace

TEST(RunsOverview, EachRunHasItsPlanInWordsParametersAndBaseline) {
    const auto bilstm = runOf(1, "advanced", 0.80);
    const auto base =
        runOf(2, "base", std::nullopt);  // stopped: no test result, nothing to compare
    const auto nbsvm = runOf(3, std::string(sentiment::experiment::kBaselinePreset), 0.90);
    const auto overview = overviewOf({bilstm, base, nbsvm}, {bilstm.run, base.run, nbsvm.run});
    ASSERT_EQ(overview.runs.size(), 3u);

    const auto* a = overview.run(1);
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->plan.has_value());
    EXPECT_TRUE(
        anyContains(a->planInWords, "Model: a 2-layer bidirectional LSTM of 256 hidden units"))
        << a->planInWords.front().english();
    EXPECT_TRUE(anyContains(a->planInWords, "Vocabulary: 25,002 entries"));
    ASSERT_TRUE(a->parameters.has_value());
    EXPECT_EQ(a->parameters->trainable, 4'810'857);  // the lecture's count
    ASSERT_TRUE(a->baseline.has_value());
    EXPECT_EQ(a->baseline->id, 3);
    ASSERT_TRUE(a->baselineWords.has_value());
    EXPECT_NE(a->baselineWords->english().find("10.00 points below the linear baseline"),
              std::string::npos)
        << a->baselineWords->english();
    EXPECT_FALSE(a->baselineMissing);
    ASSERT_TRUE(a->verdict.has_value());  // the lecture has figures for the BiLSTM

    // No test result: no words against a baseline, and none offered. The baseline itself has none.
    EXPECT_FALSE(overview.run(2)->baselineWords.has_value());
    EXPECT_FALSE(overview.run(2)->baselineMissing);
    EXPECT_FALSE(overview.run(3)->baselineWords.has_value());
    EXPECT_FALSE(overview.run(3)->baselineMissing);
    // A BiLSTM is shown: assignment 5 counts it, not the lecture's.
    EXPECT_FALSE(overview.lectureBiLstm.has_value());
    EXPECT_EQ(overview.commonPreset(), "");
}

TEST(RunsOverview, ARunWithoutABaselineIsOfferedOneAndTheLecturesBiLstmIsCounted) {
    auto base = runOf(4, "base", 0.51);
    auto other = runOf(5, std::string(sentiment::experiment::kBaselinePreset), 0.9);
    other.run.info.seed = 99;  // another split: not this run's baseline
    const auto overview = overviewOf({base}, {base.run, other.run});
    const auto& r = overview.runs.front();
    EXPECT_FALSE(r.baseline.has_value());
    EXPECT_TRUE(r.baselineMissing);
    ASSERT_TRUE(overview.lectureBiLstm.has_value());
    EXPECT_EQ(overview.lectureBiLstm->trainable, 4'810'857);
    EXPECT_EQ(overview.commonPreset(), "base");
    ASSERT_TRUE(r.parameters.has_value());
    EXPECT_EQ(r.parameters->trainable, 2'592'105);
}

TEST(RunsOverview, RunsOfAGroupAreShownTogetherInTrainingOrder) {
    std::vector<RunDetails> shown;
    for (std::int64_t id : {12, 10, 11}) {
        auto d = runOf(id, "advanced", 0.79 + 0.01 * double(id - 10));
        d.run.info.groupId = 7;
        d.run.info.groupValue = std::to_string(id - 10);
        d.run.checkpointPath = "/tmp/seed" + std::to_string(id) + ".slckpt";
        shown.push_back(d);
    }
    auto alone = runOf(13, "advanced", 0.8);
    alone.run.info.groupId = 8;  // only one of group 8 shown: no group
    shown.push_back(alone);
    const auto overview = overviewOf(shown, {});
    ASSERT_EQ(overview.groups.size(), 1u);
    const auto& g = overview.groups.front();
    EXPECT_EQ(g.id, 7);
    EXPECT_EQ(g.members.size(), 3u);
    EXPECT_EQ(g.description.english().rfind("Group 7 (3 runs): test 80.00% ± 1.00 points", 0), 0u)
        << g.description.english();
    // The best (run 12, 81 %) keeps its checkpoint; the others may drop theirs.
    EXPECT_EQ(g.dropCandidates, (std::vector<std::int64_t>{10, 11}));
    const auto ordered = overview.inTrainingOrder();
    ASSERT_EQ(ordered.size(), 4u);
    EXPECT_EQ(ordered.front()->id(), 10);
    EXPECT_EQ(ordered.back()->id(), 13);
}

TEST(RunsOverview, ARunRecordedBeforePlansShowsItsSettingsAsStored) {
    auto old = runOf(20, "base", 0.5);
    old.run.info.configJson = R"({"training":{"lr":0.001,"epochs":5},"preset":"base"})";
    const auto overview = overviewOf({old}, {});
    const auto& r = overview.runs.front();
    EXPECT_FALSE(r.plan.has_value());
    EXPECT_TRUE(r.planInWords.empty());
    const auto has = [&](const std::string& key) {
        return std::any_of(r.storedSettings.begin(), r.storedSettings.end(),
                           [&](const auto& kv) { return kv.first == key; });
    };
    EXPECT_TRUE(has("training.lr"));
    EXPECT_TRUE(has("training.epochs"));
    EXPECT_FALSE(r.parameters.has_value());  // no model in what it stored
}

TEST(PlanInWords, TheBriefLineAndTheQueuedName) {
    const auto plan = ExperimentPlan::lecture("advanced");
    PlanInWords::Facts facts;
    facts.bf16 = true;
    facts.vectorsDimension = 100;
    facts.parameters = 4'810'857;
    std::string line;
    for (const auto& part : PlanInWords::brief(plan, facts))
        line += (line.empty() ? "" : " · ") + part.english();
    EXPECT_EQ(line,
              "LSTM 2 × 256, bidirectional · Adam lr 0.001 · 5 epochs · bfloat16 · GloVe 100d · "
              "4,810,857 parameters");
    // Without vectors loaded or a count: random embedding, no parameters.
    std::string plain;
    for (const auto& part : PlanInWords::brief(ExperimentPlan::lecture("base"), {}))
        plain += part.english() + "|";
    EXPECT_EQ(plain, "SGD lr 0.001|5 epochs|float32|random embedding|");
    EXPECT_EQ(PlanInWords::queued(plan).english(), "advanced, 5 epochs");
}
