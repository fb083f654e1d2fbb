#pragma once

#include <torch/torch.h>

#include "model/ModelConfig.h"

namespace sentiment::model {

class RecurrentStackImpl;

/// What every sentiment model is to the trainer: a LibTorch module that maps a padded batch to
/// one logit per review.
class ClassifierImpl : public torch::nn::Module {
public:
    explicit ClassifierImpl(ModelConfig config) : config_(std::move(config)) {}

    /// `tokens` [seq_len, batch] int64 (the lecture's layout); `lengths` [batch] int64 on the CPU,
    /// each review's true length. Returns logits [batch] for two classes, [batch, classes] for
    /// more (ModelConfig::outputs).
    virtual torch::Tensor forward(const torch::Tensor& tokens, const torch::Tensor& lengths) = 0;

    /// The word embedding (for pre-trained vectors and freezing).
    virtual torch::nn::Embedding& embedding() = 0;

    /// False when the embedding is not learned at all (NBSVM's counted ratios): no freezing
    /// schedule turns it on.
    virtual bool embeddingLearns() const { return true; }

    /// Runs the matrix products of the recurrent layers in bfloat16 (float accumulation) on the
    /// CPU. False when this model has none or the CPU cannot (DnnlRecurrentLayer::supportsBf16()).
    virtual bool setBf16(bool on) {
        (void)on;
        return false;
    }

    /// The recurrent layers, for the gradient-flow probe; none for models without them.
    virtual RecurrentStackImpl* recurrentStack() { return nullptr; }
    /// True when the classifier reads the top layer's state at the last padded step (the
    /// lecture's base RNN), false when at each review's own last token.
    virtual bool readsLastPaddedStep() const { return false; }

    const ModelConfig& config() const { return config_; }

protected:
    /// The head's output as forward() returns it: [batch] for one logit, else as it is.
    torch::Tensor logitsOf(const torch::Tensor& head) const {
        return config_.outputs() == 1 ? head.squeeze(1) : head;
    }
    ModelConfig config_;
};

}  // namespace sentiment::model
