#include "model/FastDropout.h"

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Parallel.h>

#include <cstdint>
#include <mutex>

#include "model/RunGenerator.h"

namespace sentiment::model {

namespace {

using torch::Tensor;
using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// Chris Wellons' "lowbias32" integer hash: a bijection of 32-bit values with low bias.
inline std::uint32_t mix(std::uint32_t h) {
    h ^= h >> 16;
    h *= 0x7feb352du;
    h ^= h >> 15;
    h *= 0x846ca68bu;
    h ^= h >> 16;
    return h;
}

struct Mask {
    std::uint32_t seedLow, seedHigh;
    std::uint32_t threshold;  // dropped when the hash's top 24 bits fall below it: p * 2^24
    float scale;              // 1 / (1 - p)
};

// out[i] = in[i] * scale where value `first + i` is kept, else 0.
__attribute__((target_clones("arch=x86-64-v3", "default"))) void masked(float* __restrict out,
                                                                        const float* __restrict in,
                                                                        std::int64_t n,
                                                                        std::uint64_t first,
                                                                        Mask m) {
    const auto base = static_cast<std::uint32_t>(first) ^ m.seedLow;
    const auto high = mix(static_cast<std::uint32_t>(first >> 32) ^ m.seedHigh);
    for (std::int64_t i = 0; i < n; ++i) {
        const std::uint32_t h = mix(mix(base + static_cast<std::uint32_t>(i)) ^ high);
        out[i] = (h >> 8) >= m.threshold ? in[i] * m.scale : 0.0f;
    }
}

Tensor applyMask(const Tensor& x, const Mask& m) {
    const auto in = x.contiguous();
    auto out = torch::empty_like(in);
    const float* src = in.data_ptr<float>();
    float* dst = out.data_ptr<float>();
    // Blocks start at multiples of 2^15, so that a block never wraps the 32-bit counter.
    constexpr std::int64_t kBlock = 1 << 15;
    at::parallel_for(
        0, (in.numel() + kBlock - 1) / kBlock, 1, [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t b = begin; b < end; ++b) {
                const std::int64_t from = b * kBlock, n = std::min(kBlock, in.numel() - from);
                masked(dst + from, src + from, n, static_cast<std::uint64_t>(from), m);
            }
        });
    return out;
}

// The calling thread's run generator (RunGenerator::Scope), else LibTorch's global one.
at::Generator cpuGenerator() {
    auto* run = RunGenerator::current();
    return run != nullptr && run->device().is_cpu() ? *run : at::detail::getDefaultCPUGenerator();
}

struct DropoutFunction : public torch::autograd::Function<DropoutFunction> {
    static Tensor forward(AutogradContext* ctx, const Tensor& x, double p) {
        std::uint64_t seed = 0;
        {
            auto generator = cpuGenerator();
            std::lock_guard<std::mutex> lock(generator.mutex());
            seed = at::check_generator<at::CPUGeneratorImpl>(generator)->random64();
        }
        ctx->saved_data["seed"] = static_cast<std::int64_t>(seed);
        ctx->saved_data["p"] = p;
        return applyMask(x, maskOf(seed, p));
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads) {
        if (!grads[0].defined()) return {Tensor(), Tensor()};
        const auto seed = static_cast<std::uint64_t>(ctx->saved_data["seed"].toInt());
        const auto mask = maskOf(seed, ctx->saved_data["p"].toDouble());
        return {applyMask(grads[0], mask), Tensor()};
    }

    static Mask maskOf(std::uint64_t seed, double p) {
        return {static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32),
                static_cast<std::uint32_t>(p * double(1 << 24)),
                static_cast<float>(1.0 / (1.0 - p))};
    }
};

}  // namespace

torch::Tensor FastDropout::apply(const torch::Tensor& x, double p, bool training) {
    if (!training || p <= 0) return x;
    if (p >= 1) return torch::zeros_like(x);
    if (!x.device().is_cpu() || x.scalar_type() != torch::kFloat) {
        // Another device or type: a Bernoulli mask from the run's generator for that device.
        auto* run = RunGenerator::current();
        if (run == nullptr || run->device().type() != x.device().type())
            return torch::dropout(x, p, training);
        const auto keep = torch::empty_like(x).bernoulli_(1 - p, *run);
        return x * keep / (1 - p);
    }
    return DropoutFunction::apply(x, p);
}

}  // namespace sentiment::model
