#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace sentiment::training {

/// How a split's reviews were called: counts of (the class a review is, the class the model
/// called it), and the figures read from them. Two classes are the binary case (0 negative,
/// 1 positive); every figure is defined for any number.
class Confusion {
public:
    /// Per class: of the reviews called this class, the share that are (precision); of the
    /// reviews of this class, the share called so (recall); their harmonic mean (F1); and how
    /// many reviews are of it (support). A share of nothing is 0.
    struct ClassFigures {
        double precision = 0;
        double recall = 0;
        double f1 = 0;
        std::int64_t support = 0;
    };

    Confusion() = default;
    explicit Confusion(std::size_t classes) : classes_(classes), counts_(classes * classes, 0) {}
    /// From counts stored row by row (the class a review is, then the class it was called).
    static std::optional<Confusion> fromCounts(std::vector<std::int64_t> counts);

    std::size_t classes() const { return classes_; }
    bool empty() const { return total() == 0; }
    /// Counts one review; classes out of range are ignored.
    void add(std::size_t truth, std::size_t called, std::int64_t n = 1);
    void add(const Confusion& other);
    std::int64_t at(std::size_t truth, std::size_t called) const {
        return counts_[truth * classes_ + called];
    }
    /// Row by row: counts()[truth * classes() + called].
    const std::vector<std::int64_t>& counts() const { return counts_; }
    std::int64_t total() const;
    double accuracy() const;
    std::vector<ClassFigures> perClass() const;
    /// The mean F1 over the classes that occur (in truth or as a call): each class counts the
    /// same however rare it is.
    double macroF1() const;
    /// The mean distance between a review's value and the value of its call, for classes that
    /// are numbers (stars): none when `values` does not give one per class.
    std::optional<double> meanAbsoluteError(const std::vector<double>& values) const;
    /// A pair of classes the model mixed up: reviews of `truth` called `called`.
    struct Pair {
        std::size_t truth = 0, called = 0;
        std::int64_t reviews = 0;
        bool operator==(const Pair&) const = default;
    };
    /// The `n` pairs most often confused, the most reviews first (ties: by truth, then call).
    std::vector<Pair> mostConfused(std::size_t n) const;

    bool operator==(const Confusion&) const = default;

private:
    std::size_t classes_ = 0;
    std::vector<std::int64_t> counts_;
};

}  // namespace sentiment::training
