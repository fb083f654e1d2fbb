#pragma once

#include <cstdint>
#include <vector>

#include "data/dataset/Examples.h"

namespace at {
class Tensor;  // torch::Tensor: its header stays with the code that computes
}
namespace sentiment::model {
class ClassifierImpl;
}

namespace sentiment::training {

/// How much of the loss's gradient reaches each step of a recurrent model: for one batch, the
/// mean over its reviews of ‖∂Loss/∂h_t‖ (each review's own loss), h_t the top layer's
/// forward hidden state, indexed by how many steps before the state the classifier reads it is
/// (0: that state; the base RNN reads the last padded step, the others each review's last
/// token). A tanh RNN's gradient shrinks geometrically with the distance (it vanishes); an
/// LSTM's cell state carries it far back.
struct GradientFlow {
    int epoch = 0;              ///< measured after this epoch; 0 before training
    std::vector<double> norms;  ///< [distance]

    /// Measures `model` on `batch` (tokens [T, B], lengths [B], labels [B]) in evaluation mode
    /// (no dropout, so no random number is drawn) without touching the parameters' gradients:
    /// the run goes on exactly as without it. Empty for a model without recurrent layers.
    static std::vector<double> measure(model::ClassifierImpl& model, const at::Tensor& tokens,
                                       const at::Tensor& lengths, const at::Tensor& labels);
    /// The reviews a run measures on, always the same: the `size` reviews around the median
    /// length of `examples` (the valid split), so the batch has little padding.
    static std::vector<std::uint32_t> probeReviews(const data::Examples& examples,
                                                   std::size_t size = 32);
};

}  // namespace sentiment::training
