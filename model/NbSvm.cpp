#include "model/NbSvm.h"

#include <cmath>
#include <stdexcept>

namespace sentiment::model {

NbSvmImpl::NbSvmImpl(const ModelConfig& config) : ClassifierImpl(config) {
    ratios_ = register_module("ratios", torch::nn::Embedding(config.vocabSize, 1));
    weights_ = register_module("weights", torch::nn::Embedding(config.vocabSize, 1));
    bias_ = register_parameter("bias", torch::zeros({1}));
    ratios_->weight.set_requires_grad(false);  // fixed: computed from the training reviews
    resetParameters();
}

void NbSvmImpl::resetParameters() {
    torch::NoGradGuard noGrad;
    ratios_->weight.zero_();
    weights_->weight.zero_();
    bias_.zero_();
}

void NbSvmImpl::setRatios(const torch::Tensor& ratios) {
    if (ratios.numel() != config_.vocabSize)
        throw std::invalid_argument("NbSvm::setRatios: one ratio per vocabulary entry");
    torch::NoGradGuard noGrad;
    ratios_->weight.copy_(ratios.reshape({config_.vocabSize, 1}).to(ratios_->weight.options()));
    if (config_.padIndex >= 0 && config_.padIndex < config_.vocabSize)
        ratios_->weight[config_.padIndex].zero_();
}

namespace {
// For rows of ids [batch, length]: the ids sorted within each row, and 1 where an id is the
// first of its kind in its row and not padding, else 0.
std::pair<torch::Tensor, torch::Tensor> distinct(const torch::Tensor& rows, std::int64_t pad) {
    const auto sorted = std::get<0>(rows.sort(1));
    auto first = torch::ones_like(sorted, torch::kBool);
    if (sorted.size(1) > 1) {
        first.slice(1, 1) = sorted.slice(1, 1) != sorted.slice(1, 0, -1);
    }
    return {sorted, (first & (sorted != pad)).to(torch::kFloat)};
}
}  // namespace

torch::Tensor NbSvmImpl::forward(const torch::Tensor& tokens, const torch::Tensor& /*lengths*/) {
    const auto [sorted, mask] = distinct(tokens.t(), config_.padIndex);  // [batch, length]
    const auto w = is_training() ? weights_->weight : predictionWeights().unsqueeze(1);
    const auto terms = ratios_(sorted).squeeze(-1) * torch::embedding(w, sorted).squeeze(-1);
    return (terms * mask).sum(1) + bias_;
}

double NbSvmImpl::bias() const {
    return bias_.item<double>();
}

void NbSvmImpl::setWeights(double value) {
    torch::NoGradGuard noGrad;
    weights_->weight.fill_(value);
}

torch::Tensor NbSvmImpl::termWeights() const {
    torch::NoGradGuard noGrad;
    return ratios_->weight.squeeze(1) * predictionWeights();
}

torch::Tensor NbSvmImpl::termWeights(const torch::Tensor& ids) const {
    torch::NoGradGuard noGrad;
    const auto flat = ids.reshape({-1}).to(torch::kLong);
    return ratios_->weight.squeeze(1).index_select(0, flat) *
           predictionWeights().index_select(0, flat);
}

torch::Tensor NbSvmImpl::predictionWeights() const {
    const auto w = weights_->weight.squeeze(1);
    if (is_training() || config_.nbBeta >= 1) return w;
    torch::NoGradGuard noGrad;
    return (1 - config_.nbBeta) * w.abs().mean() + config_.nbBeta * w;
}

std::vector<float> logCountRatios(std::span<const std::span<const std::int32_t>> reviews,
                                  std::span<const float> labels, std::int64_t vocabSize,
                                  std::int64_t padIndex, double alpha) {
    if (reviews.size() != labels.size())
        throw std::invalid_argument("logCountRatios: one label per review");
    std::vector<double> p(std::size_t(vocabSize), alpha), q(std::size_t(vocabSize), alpha);
    std::vector<std::size_t> lastSeen(std::size_t(vocabSize), std::size_t(-1));
    for (std::size_t i = 0; i < reviews.size(); ++i) {
        auto& counts = labels[i] >= 0.5f ? p : q;
        for (const auto id : reviews[i]) {
            if (id < 0 || id >= vocabSize || id == padIndex || lastSeen[std::size_t(id)] == i)
                continue;
            lastSeen[std::size_t(id)] = i;  // binarised: once per review
            counts[std::size_t(id)] += 1;
        }
    }
    double pNorm = 0, qNorm = 0;
    for (std::int64_t j = 0; j < vocabSize; ++j) {
        if (j == padIndex) continue;
        pNorm += p[std::size_t(j)];
        qNorm += q[std::size_t(j)];
    }
    std::vector<float> r(std::size_t(vocabSize), 0.0f);
    for (std::int64_t j = 0; j < vocabSize; ++j) {
        if (j == padIndex) continue;
        r[std::size_t(j)] =
            float(std::log((p[std::size_t(j)] / pNorm) / (q[std::size_t(j)] / qNorm)));
    }
    return r;
}

}  // namespace sentiment::model
