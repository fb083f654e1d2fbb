#pragma once

#include "model/Classifier.h"

namespace sentiment::model {

/// Notebook 3 (FastText): the mean of the embeddings of the tokens and their bigrams (the data
/// library appends the bigrams) -> Linear(embedding, 1). As in the lecture, the mean runs over
/// the padded length; the `<pad>` row is zero.
class FastTextImpl : public ClassifierImpl {
public:
    explicit FastTextImpl(const ModelConfig& config);
    torch::Tensor forward(const torch::Tensor& tokens, const torch::Tensor& lengths) override;
    torch::nn::Embedding& embedding() override { return embedding_; }

private:
    torch::nn::Embedding embedding_{nullptr};
    torch::nn::Linear fc_{nullptr};
};
TORCH_MODULE(FastText);

}  // namespace sentiment::model
