#pragma once

#include <ATen/core/Reduction.h>
#include <ATen/core/Tensor.h>

namespace sentiment::training {

/// The loss of `logits` against `labels` (class indices as floats): binary cross-entropy on one
/// logit per example (the lecture's), cross-entropy on one per class. `weights` (one per class,
/// may be undefined) weigh each example by its class, and a weighted mean divides by their sum.
at::Tensor classificationLoss(const at::Tensor& logits, const at::Tensor& labels,
                              const at::Tensor& weights = {},
                              at::Reduction::Reduction reduction = at::Reduction::Mean);

}  // namespace sentiment::training
