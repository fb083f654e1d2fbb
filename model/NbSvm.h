#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "model/Classifier.h"

namespace sentiment::model {

/// Wang & Manning's NBSVM ("Baselines and Bigrams", ACL 2012) trained as logistic regression
/// (NB-LR): a review is the set of its distinct n-gram ids (binarised features x); each n-gram
/// has a fixed log-count ratio r_j from the training reviews (setRatios) and a trainable weight
/// w_j, and logit = sum over the review's distinct n-grams of r_j * w_j, plus a bias: logistic
/// regression on the features x * r. The weights start at 0 (an untrained model says 50 %;
/// starting from the naive Bayes decision, w = 1, its logits of +-20 train far worse). Each
/// n-gram's contribution r_j * w_j is exact: the contributions and the bias sum to the logit.
/// `embedding()` is the ratios (fixed; nothing initialises them from word vectors). With the
/// paper's interpolation (config.nbBeta < 1) the model predicts, in eval mode, with
/// w' = (1 - beta) * mean|w| + beta * w; it trains w itself.
///
/// With more than two classes it is one such model per class, side by side: each class has its
/// own ratios, one class against the rest (a review of the class is "positive", any other
/// "negative"), and its own weights and bias, and the classes' logits are trained together by
/// softmax and cross-entropy (multinomial, not N separate one-vs-rest fits: one pass trains all
/// of them, and the Predict page shows probabilities that sum to one). A class's contributions
/// still sum exactly to its logit.
class NbSvmImpl : public ClassifierImpl {
public:
    /// Uses `vocabSize` and `padIndex` of `config` (the pad id is never a feature).
    explicit NbSvmImpl(const ModelConfig& config);
    torch::Tensor forward(const torch::Tensor& tokens, const torch::Tensor& lengths) override;
    torch::nn::Embedding& embedding() override { return ratios_; }
    bool embeddingLearns() const override { return false; }

    /// Ratios 0, weights 0, bias 0 (the state after construction).
    void resetParameters();
    /// The log-count ratios, one per vocabulary entry and output ([vocab, outputs] or flat, as
    /// logCountRatios gives them; the pad entry's are set to 0).
    void setRatios(const torch::Tensor& ratios);
    /// The bias of output `output` (two classes: the only one).
    double bias(std::int64_t output = 0) const;
    /// Sets every weight to `value` (tests; 1 makes the model naive Bayes itself).
    void setWeights(double value);
    /// Each vocabulary entry's contribution to output `output` when present, r * w' (w' the
    /// prediction weights). [vocab]
    torch::Tensor termWeights(std::int64_t output = 0) const;
    /// The same for the entries `ids` only (int64, any shape, flattened): what a review's
    /// distinct n-grams add to the logit of output `output`. [ids.numel()]
    torch::Tensor termWeights(const torch::Tensor& ids, std::int64_t output = 0) const;
    /// The weights it predicts with: w, or its interpolation (above, per output) in eval mode.
    /// [vocab, outputs]
    torch::Tensor predictionWeights() const;

private:
    torch::nn::Embedding ratios_{nullptr}, weights_{nullptr};
    torch::Tensor bias_;
};
TORCH_MODULE(NbSvm);

/// The log-count ratio of each vocabulary entry over binarised reviews: with p = alpha + the
/// number of positive reviews holding the entry, and q likewise over the negative ones,
/// r = log((p / |p|1) / (q / |q|1)), the norms over every entry but `padIndex` (whose r is 0).
/// `reviews[i]` are review i's ids; `labels[i]` its class (two: 1 positive, 0 negative). With
/// more than two `classes`, one ratio per class, that class against the others:
/// [vocab][classes], row-major; with two, one per entry.
std::vector<float> logCountRatios(std::span<const std::span<const std::int32_t>> reviews,
                                  std::span<const float> labels, std::int64_t vocabSize,
                                  std::int64_t padIndex, double alpha = 1.0,
                                  std::int64_t classes = 2);

}  // namespace sentiment::model
