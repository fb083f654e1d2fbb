#pragma once

#include <cstdint>
#include <optional>

#include <torch/torch.h>

namespace sentiment::model {

/// A run's own random stream. LibTorch 1.13's module initialisers, dropout and fused cells draw
/// from its one global generator, which any thread may also draw from (building a model to
/// count its parameters, a prediction); a run that shared it would change with what the rest of
/// the program did meanwhile. A run therefore draws its initial weights (initialise()) and its
/// dropout masks (FastDropout, through the calling thread's Scope) from a generator of its own,
/// seeded from its plan; the global one is never seeded or read by a run.
class RunGenerator {
public:
    /// A generator for `device` seeded with `seed`, independent of LibTorch's global one.
    static at::Generator create(const torch::Device& device, std::uint64_t seed);

    /// While it lives, dropout on this thread draws from `generator` (which must outlive it).
    class Scope {
    public:
        explicit Scope(at::Generator& generator);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        at::Generator* previous_;
    };

    /// The generator of the calling thread's Scope, or nullptr outside one.
    static at::Generator* current();

    /// Draws every parameter of `network` from `generator` by PyTorch's default rules: embeddings
    /// N(0, 1) with the padding row zero, Linear and convolution weights and biases
    /// U(-1/sqrt(fan_in), 1/sqrt(fan_in)), recurrent weights and biases U(-1/sqrt(hidden),
    /// 1/sqrt(hidden)). A parameter it knows no rule for is a programming error (throws).
    static void initialise(torch::nn::Module& network, at::Generator& generator);
};

}  // namespace sentiment::model
