#pragma once

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace sentiment::data {

/// A seeded generator whose every draw is specified here (std::shuffle and the std
/// distributions differ between standard libraries), so a seed gives the same split, the
/// same batches and the same vectors on every machine.
class Random {
public:
    explicit Random(std::uint64_t seed) : engine_(seed) {}

    std::uint64_t next() { return engine_(); }

    /// Uniform integer in [0, n), unbiased (rejection sampling).
    std::uint64_t below(std::uint64_t n) {
        if (n <= 1) return 0;
        const std::uint64_t limit = UINT64_MAX - (UINT64_MAX % n);
        std::uint64_t x;
        do {
            x = engine_();
        } while (x >= limit);
        return x % n;
    }

    /// Uniform double in [0, 1).
    double uniform() { return double(engine_() >> 11) * 0x1.0p-53; }

    /// Standard normal draw (Box-Muller, one value per call).
    double normal();

    /// Fisher-Yates shuffle.
    template <typename T>
    void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            std::swap(items[i - 1], items[below(i)]);
        }
    }

private:
    std::mt19937_64 engine_;
};

}  // namespace sentiment::data
