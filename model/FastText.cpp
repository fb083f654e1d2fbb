#include "model/FastText.h"

namespace sentiment::model {

FastTextImpl::FastTextImpl(const ModelConfig& config) : ClassifierImpl(config) {
    embedding_ = register_module(
        "embedding",
        torch::nn::Embedding(torch::nn::EmbeddingOptions(config.vocabSize, config.embeddingDim)
                                 .padding_idx(config.padIndex)));
    fc_ = register_module("fc", torch::nn::Linear(config.embeddingDim, config.outputs()));
}

torch::Tensor FastTextImpl::forward(const torch::Tensor& tokens, const torch::Tensor& /*lengths*/) {
    return logitsOf(fc_(embedding_(tokens).mean(0)));
}

}  // namespace sentiment::model
