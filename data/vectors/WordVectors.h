#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "data/text/TokenInterner.h"

namespace sentiment::data {

/// Facts about a loaded vectors file, for reports.
struct VectorsInfo {
    std::string source;  ///< file (and zip member) read
    std::size_t dimension = 0;
    std::size_t lines = 0;       ///< vector lines read (header excluded)
    std::size_t duplicates = 0;  ///< repeated words; the first one is kept
    bool header = false;         ///< a word2vec/fastText "count dim" first line was skipped
    bool cacheUsed = false;
    double seconds = 0;
};

/// Word vectors (GloVe and alike): one row of `dimension()` floats per distinct word. The
/// floats live in memory owned here or in a memory-mapped cache file.
class WordVectors {
public:
    WordVectors() = default;
    /// Takes the words (first occurrences only) and their rows; `owner` keeps `rows` alive.
    WordVectors(TokenInterner words, const float* rows, std::shared_ptr<const void> owner,
                VectorsInfo info);

    std::size_t size() const { return words_.size(); }
    std::size_t dimension() const { return info_.dimension; }
    std::string_view word(std::size_t i) const {
        return words_.word(static_cast<std::uint32_t>(i));
    }
    std::span<const float> vector(std::size_t i) const {
        return {rows_ + i * dimension(), dimension()};
    }
    /// Row of `word`, or -1.
    std::int64_t find(std::string_view word) const;
    const VectorsInfo& info() const { return info_; }
    VectorsInfo& info() { return info_; }
    const float* data() const { return rows_; }

private:
    TokenInterner words_;
    const float* rows_ = nullptr;
    std::shared_ptr<const void> owner_;
    VectorsInfo info_;
};

}  // namespace sentiment::data
