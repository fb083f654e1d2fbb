#include "model/NbSvm.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace sentiment::model {

NbSvmImpl::NbSvmImpl(const ModelConfig& config) : ClassifierImpl(config) {
    const auto outputs = config.outputs();
    ratios_ = register_module("ratios", torch::nn::Embedding(config.vocabSize, outputs));
    weights_ = register_module("weights", torch::nn::Embedding(config.vocabSize, outputs));
    bias_ = register_parameter("bias", torch::zeros({outputs}));
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
    const auto outputs = config_.outputs();
    if (ratios.numel() != config_.vocabSize * outputs)
        throw std::invalid_argument("NbSvm::setRatios: one ratio per vocabulary entry and output");
    torch::NoGradGuard noGrad;
    ratios_->weight.copy_(
        ratios.reshape({config_.vocabSize, outputs}).to(ratios_->weight.options()));
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
    const auto w = is_training() ? weights_->weight : predictionWeights();
    // [batch, length, outputs]
    const auto terms = ratios_(sorted) * torch::embedding(w, sorted);
    return logitsOf((terms * mask.unsqueeze(2)).sum(1) + bias_);
}

double NbSvmImpl::bias(std::int64_t output) const {
    return bias_[output].item<double>();
}

void NbSvmImpl::setWeights(double value) {
    torch::NoGradGuard noGrad;
    weights_->weight.fill_(value);
}

torch::Tensor NbSvmImpl::termWeights(std::int64_t output) const {
    torch::NoGradGuard noGrad;
    return ratios_->weight.select(1, output) * predictionWeights().select(1, output);
}

torch::Tensor NbSvmImpl::termWeights(const torch::Tensor& ids, std::int64_t output) const {
    torch::NoGradGuard noGrad;
    const auto flat = ids.reshape({-1}).to(torch::kLong);
    return ratios_->weight.select(1, output).index_select(0, flat) *
           predictionWeights().select(1, output).index_select(0, flat);
}

torch::Tensor NbSvmImpl::predictionWeights() const {
    const auto& w = weights_->weight;
    if (is_training() || config_.nbBeta >= 1) return w;
    torch::NoGradGuard noGrad;
    return (1 - config_.nbBeta) * w.abs().mean(0, /*keepdim=*/true) + config_.nbBeta * w;
}

std::vector<float> logCountRatios(std::span<const std::span<const std::int32_t>> reviews,
                                  std::span<const float> labels, std::int64_t vocabSize,
                                  std::int64_t padIndex, double alpha, std::int64_t classes) {
    if (reviews.size() != labels.size())
        throw std::invalid_argument("logCountRatios: one label per review");
    if (classes < 2) throw std::invalid_argument("logCountRatios: two classes or more");
    const auto V = std::size_t(vocabSize), C = std::size_t(classes);
    // How many reviews of each class hold each entry, and of all classes.
    std::vector<std::uint32_t> held(V * C, 0), all(V, 0);
    std::vector<std::size_t> lastSeen(V, std::size_t(-1));
    for (std::size_t i = 0; i < reviews.size(); ++i) {
        const auto c = std::size_t(std::clamp<float>(labels[i], 0, float(C - 1)) + 0.5f);
        for (const auto id : reviews[i]) {
            if (id < 0 || id >= vocabSize || id == padIndex || lastSeen[std::size_t(id)] == i)
                continue;
            lastSeen[std::size_t(id)] = i;  // binarised: once per review
            ++held[std::size_t(id) * C + c];
            ++all[std::size_t(id)];
        }
    }
    // One output for two classes (class 1 against class 0), else one per class.
    const std::size_t outputs = C == 2 ? 1 : C;
    std::vector<float> r(V * outputs, 0.0f);
    std::vector<double> p(V), q(V);
    for (std::size_t k = 0; k < outputs; ++k) {
        const std::size_t c = C == 2 ? 1 : k;
        double pNorm = 0, qNorm = 0;
        for (std::size_t j = 0; j < V; ++j) {
            if (std::int64_t(j) == padIndex) continue;
            p[j] = alpha + held[j * C + c];
            q[j] = alpha + (all[j] - held[j * C + c]);
            pNorm += p[j];
            qNorm += q[j];
        }
        for (std::size_t j = 0; j < V; ++j) {
            if (std::int64_t(j) == padIndex) continue;
            r[j * outputs + k] = float(std::log((p[j] / pNorm) / (q[j] / qNorm)));
        }
    }
    return r;
}

}  // namespace sentiment::model
