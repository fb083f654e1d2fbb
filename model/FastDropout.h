#pragma once

#include <torch/torch.h>

namespace sentiment::model {

/// Dropout for CPU training, as `torch::dropout` (each value kept with probability 1 - p and
/// scaled by 1 / (1 - p)) but with its mask drawn from a counter-based hash of the value's
/// index and one 64-bit seed from the run's generator (RunGenerator::current(), else LibTorch's
/// global one): computed on every thread and
/// vectorized, and recomputed in the backward pass instead of kept. LibTorch 1.13's
/// `bernoulli_` draws one value at a time on one thread (about 23 ns a value on a 2-core
/// EPYC: a fifth of a second for one [256, 64, 512] batch, docs/BENCHMARKS.md). Seeded runs
/// stay reproducible: each mask's seed comes from the run's own generator. Other devices and
/// types get a Bernoulli mask from the run's generator for that device.
class FastDropout {
public:
    static torch::Tensor apply(const torch::Tensor& x, double p, bool training);
};

}  // namespace sentiment::model
