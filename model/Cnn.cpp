#include "model/Cnn.h"

#include "model/FastDropout.h"

namespace sentiment::model {

CnnImpl::CnnImpl(const ModelConfig& config) : ClassifierImpl(config) {
    embedding_ = register_module(
        "embedding",
        torch::nn::Embedding(torch::nn::EmbeddingOptions(config.vocabSize, config.embeddingDim)
                                 .padding_idx(config.padIndex)));
    for (std::size_t i = 0; i < config.filterSizes.size(); ++i) {
        convs_.push_back(
            register_module("conv" + std::to_string(i),
                            torch::nn::Conv1d(torch::nn::Conv1dOptions(
                                config.embeddingDim, config.filters, config.filterSizes[i]))));
    }
    fc_ = register_module(
        "fc",
        torch::nn::Linear(config.filters * static_cast<std::int64_t>(config.filterSizes.size()),
                          config.outputs()));
}

torch::Tensor CnnImpl::forward(const torch::Tensor& tokens, const torch::Tensor& /*lengths*/) {
    const auto embedded = embedding_(tokens).permute({1, 2, 0});  // [batch, embedding, time]
    std::vector<torch::Tensor> pooled;
    for (auto& conv : convs_) pooled.push_back(std::get<0>(torch::relu(conv(embedded)).max(2)));
    // Dropout from the run's generator (RunGenerator), on while the module trains.
    return logitsOf(fc_(FastDropout::apply(torch::cat(pooled, 1), config_.dropout, is_training())));
}

}  // namespace sentiment::model
