#pragma once

#include <torch/torch.h>

namespace sentiment::model {

/// a @ b over the two leading dimensions of 4-D tensors ([n1, n2, m, k] @ [n1, n2, k, p]), with
/// its gradient. On the CPU in float it multiplies each of the n1 * n2 pairs with one BLAS call
/// from LibTorch's thread pool: Debian's LibTorch 1.13 runs `torch::matmul` of such batches
/// (attention's scores and mixing) at under 2 GFLOP/s on 2 threads against about 45 for the same
/// products one by one (docs/BENCHMARKS.md, "Attention's batched products"). Any other device or
/// type goes to `torch::matmul`.
class BatchedMatmul {
public:
    static torch::Tensor apply(const torch::Tensor& a, const torch::Tensor& b);
};

}  // namespace sentiment::model
