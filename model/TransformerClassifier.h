#pragma once

#include <vector>

#include "model/Classifier.h"
#include "model/TransformerLayer.h"

namespace sentiment::model {

/// The course's next lecture: a Transformer encoder. Token embeddings (GloVe when loaded) plus
/// positions (a learned table or fixed sinusoids) -> dropout -> `layers` TransformerLayers
/// (padding masked out of every attention) -> a last LayerNorm for pre-norm -> the [CLS]
/// vector's output or the mean over the review's tokens -> dropout -> Linear. Its width is the
/// embedding size; it reads at most `context` tokens (the run's maximum length cuts reviews to
/// it before they get here).
class TransformerClassifierImpl : public ClassifierImpl {
public:
    explicit TransformerClassifierImpl(const ModelConfig& config);
    torch::Tensor forward(const torch::Tensor& tokens, const torch::Tensor& lengths) override;
    torch::nn::Embedding& embedding() override { return embedding_; }
    bool setBf16(bool on) override;

    /// While on, forward() keeps every layer's attention (TransformerLayer::forward) for
    /// attention(): the Predict page's views.
    void recordAttention(bool on) { record_ = on; }
    /// The last recorded forward's attention, one [batch, heads, time, time] per layer (time
    /// counts [CLS] first when the model pools it).
    const std::vector<torch::Tensor>& attention() const { return attention_; }

private:
    torch::nn::Embedding embedding_{nullptr}, positions_{nullptr};
    torch::Tensor sinusoids_;  // [positions, width], fixed
    torch::Tensor cls_;        // [width]
    std::vector<TransformerLayer> layers_;
    torch::nn::LayerNorm finalNorm_{nullptr};
    torch::nn::Linear fc_{nullptr};
    bool record_ = false;
    std::vector<torch::Tensor> attention_;
};
TORCH_MODULE(TransformerClassifier);

}  // namespace sentiment::model
