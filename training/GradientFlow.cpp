#include "training/GradientFlow.h"

#include <algorithm>
#include <numeric>

#include <torch/torch.h>

#include "model/Classifier.h"
#include "model/RecurrentStack.h"

namespace sentiment::training {

std::vector<double> GradientFlow::measure(model::ClassifierImpl& model, const at::Tensor& tokens,
                                          const at::Tensor& lengths, const at::Tensor& labels) {
    auto* stack = model.recurrentStack();
    if (stack == nullptr) return {};
    const bool wasTraining = model.is_training();
    model.eval();
    stack->setProbe(true);
    struct Restore {
        model::ClassifierImpl& model;
        model::RecurrentStackImpl* stack;
        bool training;
        ~Restore() {
            stack->setProbe(false);
            model.train(training);
        }
    } restore{model, stack, wasTraining};

    torch::AutoGradMode gradients(true);
    const auto logits = model.forward(tokens, lengths);
    // Each review's own loss (a sum, not the batch mean): a review's gradient does not shrink
    // with the batch size.
    const auto loss = torch::binary_cross_entropy_with_logits(logits, labels.to(logits.device()),
                                                              {}, {}, torch::Reduction::Sum);
    const auto& states = stack->probedStates();
    if (states.empty()) return {};
    const auto grads =
        torch::autograd::grad({loss}, states, {}, /*retain_graph=*/false, /*create_graph=*/false,
                              /*allow_unused=*/true);
    const auto T = static_cast<std::int64_t>(states.size());
    const auto B = tokens.size(1);
    // [T, B] norms; a step whose state reaches no loss (after a review's end) has no gradient.
    std::vector<torch::Tensor> perStep;
    perStep.reserve(grads.size());
    for (const auto& g : grads) {
        perStep.push_back(g.defined() ? torch::linalg_vector_norm(g.detach().to(torch::kCPU), 2,
                                                                  {1}, false, torch::kFloat)
                                      : torch::zeros({B}));
    }
    const auto norms = torch::stack(perStep).contiguous();
    const auto* n = norms.data_ptr<float>();
    const auto len = lengths.to(torch::kCPU, torch::kLong).contiguous();
    const auto* l = len.data_ptr<std::int64_t>();
    std::vector<double> sum(static_cast<std::size_t>(T), 0.0);
    std::vector<int> count(static_cast<std::size_t>(T), 0);
    for (std::int64_t b = 0; b < B; ++b) {
        const auto end =
            model.readsLastPaddedStep() ? T - 1 : std::clamp<std::int64_t>(l[b] - 1, 0, T - 1);
        for (std::int64_t t = 0; t <= end; ++t) {
            const auto k = static_cast<std::size_t>(end - t);
            sum[k] += n[t * B + b];
            ++count[k];
        }
    }
    std::vector<double> out;
    for (std::size_t k = 0; k < sum.size() && count[k] > 0; ++k) out.push_back(sum[k] / count[k]);
    return out;
}

std::vector<std::uint32_t> GradientFlow::probeReviews(const data::Examples& examples,
                                                      std::size_t size) {
    std::vector<std::uint32_t> order(examples.size());
    std::iota(order.begin(), order.end(), 0U);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return examples.length(a) < examples.length(b);
    });
    size = std::min(size, order.size());
    const auto first = (order.size() - size) / 2;
    return {order.begin() + static_cast<std::ptrdiff_t>(first),
            order.begin() + static_cast<std::ptrdiff_t>(first + size)};
}

}  // namespace sentiment::training
