#pragma once

#include "model/Classifier.h"
#include "model/RecurrentStack.h"

namespace sentiment::model {

/// Notebook 1, exactly: Embedding(V, 100) -> single-layer tanh RNN(256) -> Linear(256, 1) on the
/// last hidden state. Like the lecture, it runs over the whole padded batch (no packing), so
/// the "last" state has seen the padding of the shorter reviews; it stays near chance, as it
/// did in the lecture.
class BaseRnnImpl : public ClassifierImpl {
public:
    explicit BaseRnnImpl(const ModelConfig& config);
    torch::Tensor forward(const torch::Tensor& tokens, const torch::Tensor& lengths) override;
    torch::nn::Embedding& embedding() override { return embedding_; }
    bool setBf16(bool on) override { return rnn_->setBf16(on); }
    RecurrentStackImpl* recurrentStack() override { return rnn_.get(); }
    bool readsLastPaddedStep() const override { return true; }

private:
    torch::nn::Embedding embedding_{nullptr};
    RecurrentStack rnn_{nullptr};
    torch::nn::Linear fc_{nullptr};
};
TORCH_MODULE(BaseRnn);

}  // namespace sentiment::model
