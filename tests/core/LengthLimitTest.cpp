// A limit on the tokens a sequence model reads (issue 42: attention is quadratic in length): the
// start, the end, or a quarter of the start and the rest of the end of a long review; the same
// cut in the examples, the checkpoint's predictions and a stored plan.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include "TestFiles.h"
#include "data/dataset/DatasetLoader.h"
#include "data/dataset/LengthLimit.h"
#include "experiment/ExperimentPlan.h"
#include "model/ModelFactory.h"
#include "training/Checkpoint.h"
#include "training/Predictor.h"

using namespace sentiment;
using data::LengthLimit;
using data::Truncation;

TEST(LengthLimit, KeepsTheStartTheEndOrAQuarterAndTheRest) {
    EXPECT_EQ(LengthLimit{}.keep(1000), (std::pair<std::size_t, std::size_t>{1000, 0}));
    const LengthLimit head{8, Truncation::Head}, tail{8, Truncation::Tail},
        both{8, Truncation::HeadTail};
    EXPECT_EQ(head.keep(5), (std::pair<std::size_t, std::size_t>{5, 0}));  // short: whole
    EXPECT_EQ(head.keep(20), (std::pair<std::size_t, std::size_t>{8, 0}));
    EXPECT_EQ(tail.keep(20), (std::pair<std::size_t, std::size_t>{0, 8}));
    EXPECT_EQ(both.keep(20), (std::pair<std::size_t, std::size_t>{2, 6}));
    std::vector<int> from(20), to(8);
    for (int i = 0; i < 20; ++i) from[std::size_t(i)] = i;
    both.copy(from.data(), from.size(), to.data());
    EXPECT_EQ(to, (std::vector<int>{0, 1, 14, 15, 16, 17, 18, 19}));
    EXPECT_EQ(*data::parseTruncation("head+tail"), Truncation::HeadTail);
    EXPECT_EQ(data::toString(Truncation::Tail), "tail");
    EXPECT_FALSE(data::parseTruncation("middle"));
}

TEST(LengthLimit, TheExamplesKeepTheCutOfEachReview) {
    test::TempDir cache;
    const data::DatasetLoader loader(cache.path());
    data::DatasetOptions options;
    const auto whole = loader.loadDemo(options);
    ASSERT_TRUE(whole);
    options.length = {40, Truncation::HeadTail};
    const auto cut = loader.loadDemo(options);
    ASSERT_TRUE(cut);
    EXPECT_EQ(cut->vocab.size(), whole->vocab.size());  // counted over whole reviews
    ASSERT_EQ(cut->train.size(), whole->train.size());
    std::size_t longer = 0;
    for (std::size_t i = 0; i < whole->train.size(); ++i) {
        ASSERT_EQ(cut->train.reviewIndex[i], whole->train.reviewIndex[i]);
        const auto all = whole->train.tokensOf(i);
        const auto kept = cut->train.tokensOf(i);
        ASSERT_EQ(kept.size(), std::min<std::size_t>(all.size(), 40));
        if (all.size() <= 40) continue;
        ++longer;
        for (std::size_t t = 0; t < 10; ++t) EXPECT_EQ(kept[t], all[t]);
        for (std::size_t t = 0; t < 30; ++t) EXPECT_EQ(kept[10 + t], all[all.size() - 30 + t]);
    }
    EXPECT_GT(longer, 1000u);  // the demo's reviews are mostly longer than 40 tokens
}

TEST(LengthLimit, TheCheckpointAndThePlanCarryIt) {
    test::TempDir dir;
    training::Checkpoint c;
    c.model = *model::ModelConfig::preset("cnn");
    std::vector<std::pair<std::string_view, std::uint64_t>> counts{
        {"good", 3}, {"bad", 2}, {"movie", 1}};
    c.vocab = data::Vocabulary::build(counts, {});
    c.model.vocabSize = static_cast<std::int64_t>(c.vocab.size());
    c.model.embeddingDim = 4;
    c.model.filters = 2;
    c.length = {5, Truncation::Tail};
    torch::manual_seed(7);
    c.network = model::ModelFactory::create(c.model);
    ASSERT_TRUE(c.save(dir / "cut.ckpt"));
    auto predictor = training::Predictor::load(dir / "cut.ckpt");
    ASSERT_TRUE(predictor) << predictor.error().message;
    EXPECT_EQ(predictor->checkpoint().length, c.length);
    const auto p = predictor->predict("movie movie movie good bad good bad good");
    EXPECT_EQ(p.tokens,
              (std::vector<std::string>{"good", "bad", "good", "bad", "good"}));  // the last 5

    auto plan = *experiment::ExperimentPlan::forPreset("cnn");
    EXPECT_FALSE(plan.toJson()["data"].contains("max_length"));  // none: whole reviews
    plan.data.length = {256, Truncation::HeadTail};
    const auto back = experiment::ExperimentPlan::fromJson(plan.toJson());
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(back->data.length, plan.data.length);
    EXPECT_EQ(back->datasetOptions().length, plan.data.length);
}
