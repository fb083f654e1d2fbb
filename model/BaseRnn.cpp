#include "model/BaseRnn.h"

namespace sentiment::model {

BaseRnnImpl::BaseRnnImpl(const ModelConfig& config) : ClassifierImpl(config) {
    embedding_ =
        register_module("embedding", torch::nn::Embedding(config.vocabSize, config.embeddingDim));
    rnn_ = register_module("rnn",
                           RecurrentStack(config.cell, config.embeddingDim, config.hidden,
                                          std::max<std::int64_t>(1, config.layers), false, 0.0));
    fc_ = register_module("fc", torch::nn::Linear(config.hidden, config.outputs()));
}

torch::Tensor BaseRnnImpl::forward(const torch::Tensor& tokens, const torch::Tensor& /*lengths*/) {
    return logitsOf(fc_(rnn_->lastStep(embedding_(tokens))));
}

}  // namespace sentiment::model
