#include "training/Confusion.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sentiment::training {

std::optional<Confusion> Confusion::fromCounts(std::vector<std::int64_t> counts) {
    const auto n = static_cast<std::size_t>(std::llround(std::sqrt(double(counts.size()))));
    if (n * n != counts.size()) return std::nullopt;
    for (const auto c : counts) {
        if (c < 0) return std::nullopt;
    }
    Confusion m(n);
    m.counts_ = std::move(counts);
    return m;
}

void Confusion::add(std::size_t truth, std::size_t called, std::int64_t n) {
    if (truth < classes_ && called < classes_) counts_[truth * classes_ + called] += n;
}

void Confusion::add(const Confusion& other) {
    if (other.classes_ != classes_) return;
    for (std::size_t i = 0; i < counts_.size(); ++i) counts_[i] += other.counts_[i];
}

std::int64_t Confusion::total() const {
    return std::accumulate(counts_.begin(), counts_.end(), std::int64_t{0});
}

double Confusion::accuracy() const {
    const auto all = total();
    if (all == 0) return 0;
    std::int64_t right = 0;
    for (std::size_t c = 0; c < classes_; ++c) right += at(c, c);
    return double(right) / double(all);
}

std::vector<Confusion::ClassFigures> Confusion::perClass() const {
    std::vector<ClassFigures> out(classes_);
    for (std::size_t c = 0; c < classes_; ++c) {
        std::int64_t row = 0, column = 0;
        for (std::size_t k = 0; k < classes_; ++k) {
            row += at(c, k);
            column += at(k, c);
        }
        auto& f = out[c];
        f.support = row;
        f.precision = column > 0 ? double(at(c, c)) / double(column) : 0;
        f.recall = row > 0 ? double(at(c, c)) / double(row) : 0;
        const double sum = f.precision + f.recall;
        f.f1 = sum > 0 ? 2 * f.precision * f.recall / sum : 0;
    }
    return out;
}

double Confusion::macroF1() const {
    const auto figures = perClass();
    double sum = 0;
    std::size_t occurring = 0;
    for (std::size_t c = 0; c < classes_; ++c) {
        std::int64_t called = 0;
        for (std::size_t k = 0; k < classes_; ++k) called += at(k, c);
        if (figures[c].support == 0 && called == 0) continue;
        sum += figures[c].f1;
        ++occurring;
    }
    return occurring > 0 ? sum / double(occurring) : 0;
}

std::optional<double> Confusion::meanAbsoluteError(const std::vector<double>& values) const {
    const auto all = total();
    if (values.size() != classes_ || all == 0) return std::nullopt;
    double sum = 0;
    for (std::size_t t = 0; t < classes_; ++t) {
        for (std::size_t c = 0; c < classes_; ++c)
            sum += double(at(t, c)) * std::abs(values[t] - values[c]);
    }
    return sum / double(all);
}

std::vector<Confusion::Pair> Confusion::mostConfused(std::size_t n) const {
    std::vector<Pair> pairs;
    for (std::size_t t = 0; t < classes_; ++t)
        for (std::size_t c = 0; c < classes_; ++c)
            if (t != c && at(t, c) > 0) pairs.push_back({t, c, at(t, c)});
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair& a, const Pair& b) { return a.reviews > b.reviews; });
    if (pairs.size() > n) pairs.resize(n);
    return pairs;
}

}  // namespace sentiment::training
