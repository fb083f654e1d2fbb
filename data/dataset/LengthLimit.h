#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>

#include "foundation/Result.h"

namespace sentiment::data {

/// Which tokens of a review longer than the limit are kept: its first ones (head), its last ones
/// (tail), or a quarter from its start and the rest from its end (head+tail, as Sun et al. 2019
/// found best for long IMDb reviews: 128 + 382 of BERT's 512).
enum class Truncation : std::uint8_t { Head, Tail, HeadTail };

std::string_view toString(Truncation t);
Result<Truncation> parseTruncation(std::string_view s);

/// The longest a review may be, in tokens, for a model whose cost grows with length (attention is
/// quadratic in it); 0 keeps every token (the lecture's models read whole reviews).
struct LengthLimit {
    std::size_t maxLength = 0;
    Truncation truncation = Truncation::Head;
    bool operator==(const LengthLimit&) const = default;

    /// How many of a sequence of `n` tokens are kept from its start and from its end.
    std::pair<std::size_t, std::size_t> keep(std::size_t n) const {
        if (maxLength == 0 || n <= maxLength) return {n, 0};
        switch (truncation) {
            case Truncation::Head:
                return {maxLength, 0};
            case Truncation::Tail:
                return {0, maxLength};
            case Truncation::HeadTail:
                break;
        }
        return {maxLength / 4, maxLength - maxLength / 4};
    }
    std::size_t kept(std::size_t n) const {
        const auto [head, tail] = keep(n);
        return head + tail;
    }
    /// Copies the kept ones of `n` values from `from` to `to` (room for kept(n)), head then tail.
    template <class From, class To>
    void copy(const From* from, std::size_t n, To* to) const {
        const auto [head, tail] = keep(n);
        for (std::size_t i = 0; i < head; ++i) *to++ = from[i];
        for (std::size_t i = n - tail; i < n; ++i) *to++ = from[i];
    }
};

}  // namespace sentiment::data
