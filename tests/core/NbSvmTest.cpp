// NBSVM (issue 19, first step): the log-count ratios by hand on a tiny fixture, the decision,
// binarised features, and contributions that sum to the logit.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "model/NbSvm.h"

using namespace sentiment::model;

namespace {
// 0 <unk>, 1 <pad>, 2 "good", 3 "bad", 4 "film", 5 "good film".
constexpr std::int64_t kVocab = 6, kPad = 1;

NbSvm fixtureModel(const std::vector<float>& r) {
    ModelConfig config;
    config.vocabSize = kVocab;
    config.padIndex = kPad;
    NbSvm model(config);
    model->setRatios(torch::tensor(r));
    return model;
}
}  // namespace

TEST(NbSvm, LogCountRatiosMatchTheHandComputedOnes) {
    const std::vector<std::int32_t> a{2, 4, 5}, b{2, 2, 4}, c{3, 4}, d{3, 3, 0};
    const std::vector<std::span<const std::int32_t>> reviews{a, b, c, d};
    const float flags[] = {1, 1, 0, 0};
    const auto r = logCountRatios(reviews, flags, kVocab, kPad, 1.0);
    // Binarised counts (a repeated "good" counts once): positive p = 1 + {unk 0, good 2, bad 0,
    // film 2, good film 1}; negative q = 1 + {unk 1, good 0, bad 2, film 1, good film 0}.
    const double pNorm = 1 + 3 + 1 + 3 + 2, qNorm = 2 + 1 + 3 + 2 + 1;
    const double p[] = {1, 0, 3, 1, 3, 2}, q[] = {2, 0, 1, 3, 2, 1};
    ASSERT_EQ(r.size(), std::size_t(kVocab));
    for (std::int64_t j = 0; j < kVocab; ++j) {
        if (j == kPad) {
            EXPECT_EQ(r[std::size_t(j)], 0.0f);
            continue;
        }
        EXPECT_NEAR(r[std::size_t(j)], std::log((p[j] / pNorm) / (q[j] / qNorm)), 1e-6)
            << "entry " << j;
    }
    EXPECT_GT(r[2], 0);  // "good" leans positive
    EXPECT_LT(r[3], 0);  // "bad" negative
}

TEST(NbSvm, DecidesOnDistinctNgramsAndItsContributionsSumToTheLogit) {
    const std::vector<float> r{-0.5f, 0.f, 1.25f, -2.0f, 0.1f, 0.75f};
    auto model = fixtureModel(r);
    // Two reviews [length, batch] in the lecture's layout, padded: "good good film <unk>" and "bad
    // <pad>...".
    const auto tokens = torch::tensor({2, 3, 2, 1, 4, 1, 0, 1}, torch::kLong).reshape({4, 2});
    const auto lengths = torch::tensor({4, 1}, torch::kLong);
    // Untrained, the weights are 0: no opinion.
    EXPECT_NEAR(model->forward(tokens, lengths)[0].item<double>(), 0.0, 1e-9);
    // With weights 1 it is the naive Bayes decision over distinct n-grams.
    model->setWeights(1.0);
    const auto logits = model->forward(tokens, lengths);
    EXPECT_NEAR(logits[0].item<double>(), 1.25 + 0.1 - 0.5, 1e-6);  // "good" once
    EXPECT_NEAR(logits[1].item<double>(), -2.0, 1e-6);
    EXPECT_GT(logits[0].item<double>(), 0);
    EXPECT_LT(logits[1].item<double>(), 0);
    // After a step of training the weights differ; the contributions still add up exactly.
    torch::optim::SGD sgd(model->parameters(), 0.5);
    const auto loss = torch::binary_cross_entropy_with_logits(model->forward(tokens, lengths),
                                                              torch::tensor({0.f, 1.f}));
    loss.backward();
    sgd.step();
    const auto review = torch::tensor({2, 2, 4, 0}, torch::kLong);
    // Its distinct n-grams' terms: the repeated "good" counts once.
    const auto parts = model->termWeights(torch::tensor({2, 4, 0}, torch::kLong));
    const auto logit =
        model->forward(review.reshape({4, 1}), torch::tensor({4}, torch::kLong))[0].item<double>();
    EXPECT_NEAR(parts.sum().item<double>() + model->bias(), logit, 1e-6);
    EXPECT_NE(model->termWeights(torch::tensor({2, 2, 4, 0}, torch::kLong)).sum().item<double>() +
                  model->bias(),
              logit);
    // The ratios stay fixed: only the weights and the bias learn.
    EXPECT_FALSE(model->embedding()->weight.requires_grad());
    EXPECT_NEAR(model->embedding()->weight[2].item<double>(), 1.25, 1e-6);
    EXPECT_NE(model->parameters().size(), 0u);
}
