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

/// The class each example is called (int64): with one logit, positive when it is above 0; else
/// the class of the largest logit, or with `median` (ModelConfig::medianCall) the first class
/// where the cumulative probability reaches one half. The test pass and the Predictor both call
/// through it.
at::Tensor classCalls(const at::Tensor& logits, bool median);

}  // namespace sentiment::training
