#include "training/Loss.h"

#include <torch/torch.h>

namespace sentiment::training {

at::Tensor classificationLoss(const at::Tensor& logits, const at::Tensor& labels,
                              const at::Tensor& weights, at::Reduction::Reduction reduction) {
    if (logits.dim() == 1 && !weights.defined())  // the lecture's
        return torch::binary_cross_entropy_with_logits(logits, labels, {}, {}, reduction);
    const auto classes = labels.to(torch::kLong);
    if (logits.dim() != 1)
        return at::cross_entropy_loss(logits, classes, weights, reduction, /*ignore_index=*/-100,
                                      /*label_smoothing=*/0.0);
    const auto w = weights.index_select(0, classes);
    const auto each =
        torch::binary_cross_entropy_with_logits(logits, labels, {}, {}, at::Reduction::None) * w;
    if (reduction == at::Reduction::Sum) return each.sum();
    if (reduction == at::Reduction::None) return each;
    return each.sum() / w.sum();
}

at::Tensor classCalls(const at::Tensor& logits, bool median) {
    if (logits.dim() == 1) return logits.gt(0).to(torch::kLong);
    if (!median) return logits.argmax(1);
    const auto below = torch::softmax(logits.to(torch::kFloat), 1).cumsum(1).lt(0.5);
    return below.sum(1).clamp_max(logits.size(1) - 1).to(torch::kLong);
}

}  // namespace sentiment::training
