// Where a run's model is wrong: the confusion matrix, accuracy by length and the most confident
// mistakes, from a run's test pass (recorded with it) or computed later from its checkpoint.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "SmallRuns.h"
#include "experiment/ExperimentRunner.h"
#include "experiment/TestEvaluation.h"
#include "storage/RunStore.h"

using namespace sentiment;
using experiment::TestEvaluation;
using sentiment::test::TempDir;
using storage::TestPrediction;

TEST(TestEvaluation, CountsTheMatrixTheLengthsAndSortsTheMistakes) {
    // Four positive reviews (three called positive), three negative (one called positive).
    const TestEvaluation e({{"test/pos/1_9.txt", true, 9, 50, 0.90, ""},
                            {"test/pos/2_8.txt", true, 8, 150, 0.60, ""},
                            {"test/pos/3_7.txt", true, 7, 250, 0.51, ""},
                            {"test/pos/4_10.txt", true, 10, 1200, 0.05, "sure it is negative"},
                            {"test/neg/1_1.txt", false, 1, 99, 0.10, ""},
                            {"test/neg/2_2.txt", false, 2, 100, 0.70, "fairly sure it is positive"},
                            {"test/neg/3_4.txt", false, 4, 600, 0.49, ""}});
    const auto c = e.confusion();
    EXPECT_EQ(c.truePositives, 3u);
    EXPECT_EQ(c.falseNegatives, 1u);
    EXPECT_EQ(c.falsePositives, 1u);
    EXPECT_EQ(c.trueNegatives, 2u);
    EXPECT_DOUBLE_EQ(c.accuracy(), 5.0 / 7);
    EXPECT_DOUBLE_EQ(c.truePositiveRate(), 0.75);
    EXPECT_DOUBLE_EQ(c.falseNegativeRate(), 0.25);
    EXPECT_DOUBLE_EQ(c.trueNegativeRate(), 2.0 / 3);
    EXPECT_DOUBLE_EQ(c.falsePositiveRate(), 1.0 / 3);
    EXPECT_DOUBLE_EQ(c.precision(), 0.75);

    const auto buckets = e.byLength();
    ASSERT_EQ(buckets.size(), TestEvaluation::kLengthEdges.size() + 1);
    EXPECT_EQ(buckets[0].from, 0u);
    EXPECT_EQ(buckets[0].to, 100u);
    EXPECT_EQ(buckets[0].reviews, 2u);  // 50 and 99 tokens
    EXPECT_EQ(buckets[0].correct, 2u);
    EXPECT_EQ(buckets[1].reviews, 2u);  // 100 and 150
    EXPECT_DOUBLE_EQ(buckets[1].accuracy(), 0.5);
    EXPECT_EQ(buckets[2].reviews, 1u);  // 250
    EXPECT_EQ(buckets[3].reviews, 0u);  // 300-499
    EXPECT_DOUBLE_EQ(buckets[3].accuracy(), 0.0);
    EXPECT_EQ(buckets[4].reviews, 1u);  // 600
    EXPECT_EQ(buckets[5].to, 0u);       // 1000 and more
    EXPECT_EQ(buckets[5].reviews, 1u);
    EXPECT_EQ(buckets[5].correct, 0u);

    // Mistakes with their text kept, the surest first: 95 % sure, then 70 %.
    const auto worst = e.mistakes(10);
    ASSERT_EQ(worst.size(), 2u);
    EXPECT_EQ(worst[0]->review, "test/pos/4_10.txt");
    EXPECT_DOUBLE_EQ(worst[0]->confidence(), 0.95);
    EXPECT_EQ(worst[1]->review, "test/neg/2_2.txt");
    EXPECT_EQ(e.mistakes(1).size(), 1u);
    EXPECT_EQ(TestEvaluation({}).confusion().accuracy(), 0.0);
}

// A run records every test review's prediction; its accuracy is the run's test accuracy; the
// text is kept for the 200 most confident mistakes only; the same predictions come back from
// the checkpoint for a run recorded without them; another dataset is refused.
TEST(TestEvaluation, ARunRecordsItsTestPredictionsAndTheCheckpointGivesThemAgain) {
    TempDir dir;
    auto store = *storage::RunStore::open(dir / "runs.sqlite");
    // A recurrent model: packed semantics make a review's score independent of the batch it is
    // padded in (a CNN's max-pool sees the padding, so its scores move with the batching).
    auto plan = sentiment::test::smallPlan("advanced", 1, 6);
    const auto ds = sentiment::test::demoFor(plan);
    experiment::ExperimentRunner runner(
        plan,
        experiment::RunSetup{
            .store = &store, .name = "evaluated", .checkpointDirectory = dir / "checkpoints"});
    const auto out = runner.run(*ds, nullptr, {}, nullptr);
    ASSERT_FALSE(out.failure) << out.failure->message;
    ASSERT_TRUE(out.result->test);
    const auto stored = *store.testPredictions(*out.runId);
    ASSERT_EQ(stored.size(), ds->test.size());
    const TestEvaluation e(stored);
    EXPECT_EQ(e.confusion().total(), ds->test.size());
    EXPECT_NEAR(e.confusion().accuracy(), out.result->test->accuracy, 1e-12);
    std::size_t wrong = 0, withText = 0, positives = 0;
    for (const auto& p : stored) {
        wrong += p.correct() ? 0 : 1;
        withText += p.text.empty() ? 0 : 1;
        positives += p.positive ? 1 : 0;
        EXPECT_TRUE(p.review.starts_with("test/")) << p.review;
        EXPECT_GT(p.tokens, 0u);
        EXPECT_TRUE(p.text.empty() || !p.correct());
    }
    EXPECT_EQ(positives, ds->test.positives());
    ASSERT_GT(wrong, 0u);
    EXPECT_EQ(withText, std::min(wrong, TestEvaluation::kKeptMistakes));
    // The kept ones are the surest: none left out is surer than the least sure kept.
    double leastKept = 1;
    for (const auto& p : stored) {
        if (!p.text.empty()) leastKept = std::min(leastKept, p.confidence());
    }
    for (const auto& p : stored) {
        if (!p.correct() && p.text.empty()) {
            EXPECT_LE(p.confidence(), leastKept);
        }
    }

    const auto row = store.details(*out.runId)->run;
    ASSERT_TRUE(TestEvaluation::fits(row, *ds));
    std::size_t calls = 0;
    const auto again = TestEvaluation::compute(row.checkpointPath, *ds,
                                               [&](std::size_t, std::size_t) { ++calls; });
    ASSERT_TRUE(again) << again.error().message;
    ASSERT_EQ(again->size(), stored.size());
    EXPECT_GE(calls, 2u);
    std::size_t same = 0;
    for (std::size_t i = 0; i < stored.size(); ++i) {
        const auto& a = stored[i];
        const auto it = std::find_if(again->begin(), again->end(),
                                     [&](const auto& b) { return b.review == a.review; });
        ASSERT_NE(it, again->end()) << a.review;
        same += std::abs(it->probability - a.probability) < 1e-4 ? 1 : 0;
    }
    EXPECT_EQ(same, stored.size());

    auto otherRun = row;
    otherRun.info.testSize = 25'000;  // trained on IMDb, the demo sample loaded
    const auto refused = TestEvaluation::fits(otherRun, *ds);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("not the one run"), std::string::npos)
        << refused.error().message;
    EXPECT_FALSE(TestEvaluation::compute(dir / "missing.slckpt", *ds));
}
