#pragma once

#include "model/Classifier.h"

namespace sentiment::model {

/// Notebook 4 (CNN): `filters` filters of each width over the embeddings, ReLU, max over time,
/// concatenation, dropout, Linear(filters * widths, 1). Reviews shorter than the widest filter
/// are padded to it by the batching. (1-D convolutions over [batch, embedding, time]: the same
/// parameters in number and effect as the lecture's 2-D ones.)
class CnnImpl : public ClassifierImpl {
public:
    explicit CnnImpl(const ModelConfig& config);
    torch::Tensor forward(const torch::Tensor& tokens, const torch::Tensor& lengths) override;
    torch::nn::Embedding& embedding() override { return embedding_; }

private:
    torch::nn::Embedding embedding_{nullptr};
    std::vector<torch::nn::Conv1d> convs_;
    torch::nn::Linear fc_{nullptr};
};
TORCH_MODULE(Cnn);

}  // namespace sentiment::model
