#include "model/RecurrentClassifier.h"

#include "model/FastDropout.h"

namespace sentiment::model {

RecurrentClassifierImpl::RecurrentClassifierImpl(const ModelConfig& config)
    : ClassifierImpl(config) {
    embedding_ = register_module(
        "embedding",
        torch::nn::Embedding(torch::nn::EmbeddingOptions(config.vocabSize, config.embeddingDim)
                                 .padding_idx(config.padIndex)));
    rnn_ = register_module("rnn", RecurrentStack(config.cell, config.embeddingDim, config.hidden,
                                                 std::max<std::int64_t>(1, config.layers),
                                                 config.bidirectional, config.dropout));
    fc_ = register_module(
        "fc", torch::nn::Linear(config.hidden * (config.bidirectional ? 2 : 1), config.outputs()));
}

torch::Tensor RecurrentClassifierImpl::forward(const torch::Tensor& tokens,
                                               const torch::Tensor& lengths) {
    const auto embedded = FastDropout::apply(embedding_(tokens), config_.dropout, is_training());
    const auto hidden = FastDropout::apply(
        rnn_->finalStates(embedded, lengths, rnn_->probing() ? RnnInput::Padded : config_.rnnInput),
        config_.dropout, is_training());
    return logitsOf(fc_(hidden));
}

}  // namespace sentiment::model
