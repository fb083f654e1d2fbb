#include "model/BatchedMatmul.h"

#include <ATen/Parallel.h>

namespace sentiment::model {

namespace {
using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

bool ownPath(const torch::Tensor& a, const torch::Tensor& b) {
    return a.dim() == 4 && b.dim() == 4 && a.device().is_cpu() && b.device().is_cpu() &&
           a.scalar_type() == torch::kFloat && b.scalar_type() == torch::kFloat &&
           a.size(0) == b.size(0) && a.size(1) == b.size(1) && a.size(3) == b.size(2);
}

// out[i][j] = a[i][j] @ b[i][j], one BLAS call per pair. Inside LibTorch's parallel region each
// call runs on its own thread (OpenBLAS does not fan out again from within one).
torch::Tensor product(const torch::Tensor& left, const torch::Tensor& right) {
    // Grad mode is a thread's own: the pool's threads would see inputs that require gradients
    // (this function's backward is written out below), so they get plain views.
    const auto a = left.detach(), b = right.detach();
    const auto n1 = a.size(0), n2 = a.size(1);
    auto out = torch::empty({n1, n2, a.size(2), b.size(3)}, a.options());
    at::parallel_for(0, n1 * n2, 1, [&](std::int64_t begin, std::int64_t end) {
        for (auto i = begin; i < end; ++i) {
            auto target = out.select(0, i / n2).select(0, i % n2);
            at::mm_out(target, a.select(0, i / n2).select(0, i % n2),
                       b.select(0, i / n2).select(0, i % n2));
        }
    });
    return out;
}

struct BatchedMatmulFunction : public torch::autograd::Function<BatchedMatmulFunction> {
    static torch::Tensor forward(AutogradContext* context, const torch::Tensor& a,
                                 const torch::Tensor& b) {
        context->save_for_backward({a, b});
        return product(a, b);
    }
    static variable_list backward(AutogradContext* context, variable_list gradients) {
        const auto saved = context->get_saved_variables();
        const auto& a = saved[0];
        const auto& b = saved[1];
        const auto grad = gradients[0].contiguous();
        // dA = dC B^T, dB = A^T dC
        return {product(grad, b.transpose(2, 3)), product(a.transpose(2, 3), grad)};
    }
};
}  // namespace

torch::Tensor BatchedMatmul::apply(const torch::Tensor& a, const torch::Tensor& b) {
    if (!ownPath(a, b)) return torch::matmul(a, b);
    return BatchedMatmulFunction::apply(a, b);
}

}  // namespace sentiment::model
