#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "data/HugePageAllocator.h"
#include "data/ImdbReader.h"
#include "data/Review.h"
#include "data/TokenizerOptions.h"

namespace sentiment::data {

/// Every labelled review, tokenized: the texts, and each review's tokens as ids into the
/// corpus dictionary (all distinct tokens, in order of first appearance). Independent of the
/// split seed and the vocabulary size, so it is what the tokenized-dataset cache stores.
struct Corpus {
    TokenizerOptions tokenizer;
    ReadReport report;
    std::vector<ReviewInfo> reviews;        ///< canonical order
    HugeBuffer<char> texts;  ///< all review texts, back to back
    std::vector<std::uint64_t> textStarts;  ///< reviews.size()+1 offsets into texts
    HugeBuffer<std::uint32_t> tokens;  ///< dictionary ids, back to back
    std::vector<std::uint64_t> tokenStarts; ///< reviews.size()+1 offsets into tokens
    std::vector<std::string> dictionary;    ///< id -> token

    std::size_t size() const { return reviews.size(); }
    std::string_view text(std::size_t i) const {
        return std::string_view(texts.data() + textStarts[i], textStarts[i + 1] - textStarts[i]);
    }
    std::span<const std::uint32_t> tokensOf(std::size_t i) const {
        return std::span<const std::uint32_t>(tokens.data(), tokens.size()).subspan(tokenStarts[i], tokenStarts[i + 1] - tokenStarts[i]);
    }
    /// Number of reviews per [split][label].
    std::array<std::array<std::size_t, 2>, 2> counts() const;
    /// Indices of the reviews of one split, in canonical order.
    std::vector<std::uint32_t> indicesOf(Split split) const;
};

}  // namespace sentiment::data
