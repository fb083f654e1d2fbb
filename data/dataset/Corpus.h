#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "data/imdb/ImdbReader.h"
#include "data/imdb/Review.h"
#include "data/text/TokenizerOptions.h"

namespace sentiment::data {

/// Where one review's text lies in Corpus::texts.
struct TextSpan {
    std::uint64_t offset = 0;
    std::uint64_t size = 0;
};

/// Every labelled review, tokenized: the texts, and each review's tokens as ids into the
/// corpus dictionary (all distinct tokens, in order of first appearance in the order the
/// reviews were read). Independent of the split seed and the vocabulary size, so it is what
/// the tokenized-dataset cache stores. Texts, token ids and words are views into `storage`
/// (the buffers the tokenizing threads filled, or the memory-mapped cache file), so a Corpus
/// is cheap to build, load and share.
struct Corpus {
    TokenizerOptions tokenizer;
    ReadReport report;
    std::vector<ReviewInfo> reviews;  ///< canonical order
    std::vector<TextSpan> textSpans;  ///< each review's text in `texts`
    std::span<const char> texts;      ///< all review texts (in the order they were read)
    std::vector<std::span<const std::uint32_t>> reviewTokens;  ///< each review's dictionary ids
    std::vector<std::string_view> dictionary;                  ///< id -> token
    std::shared_ptr<const void> storage;  ///< owns what texts, tokens and dictionary view

    std::size_t size() const { return reviews.size(); }
    std::string_view text(std::size_t i) const {
        return std::string_view(texts.data() + textSpans[i].offset, textSpans[i].size);
    }
    std::span<const std::uint32_t> tokensOf(std::size_t i) const { return reviewTokens[i]; }
    /// Tokens of all reviews together.
    std::size_t tokenCount() const;
    /// Number of reviews per [split][label].
    std::array<std::array<std::size_t, 2>, 2> counts() const;
    /// Indices of the reviews of one split, in canonical order.
    std::vector<std::uint32_t> indicesOf(Split split) const;
};

}  // namespace sentiment::data
