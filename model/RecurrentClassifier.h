#pragma once

#include "model/Classifier.h"
#include "model/RecurrentStack.h"

namespace sentiment::model {

/// Notebook 2: Embedding (padding_idx) -> dropout -> recurrent stack (LSTM/GRU/RNN, layers,
/// one or two directions, dropout between layers) -> the top layer's final forward and
/// backward states, each at the review's true length -> dropout -> Linear.
class RecurrentClassifierImpl : public ClassifierImpl {
public:
    explicit RecurrentClassifierImpl(const ModelConfig& config);
    torch::Tensor forward(const torch::Tensor& tokens, const torch::Tensor& lengths) override;
    torch::nn::Embedding& embedding() override { return embedding_; }
    /// Only the padded path has bf16 layers (the lecture's packed one is LibTorch's own).
    bool setBf16(bool on) override {
        return rnn_->setBf16(on && config_.rnnInput == RnnInput::Padded);
    }
    /// The probe reads the padded path's states (a packed model is probed on the padded path:
    /// the same numbers, tests).
    RecurrentStackImpl* recurrentStack() override { return rnn_.get(); }

private:
    torch::nn::Embedding embedding_{nullptr};
    RecurrentStack rnn_{nullptr};
    torch::nn::Linear fc_{nullptr};
};
TORCH_MODULE(RecurrentClassifier);

}  // namespace sentiment::model
