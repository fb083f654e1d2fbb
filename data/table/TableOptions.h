#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "data/table/DelimitedParser.h"

namespace sentiment::data {

/// How to read a labelled table (CSV, TSV or JSON Lines; plain or gzip'd): which columns hold
/// the text and the label, how labels become classes and how the reviews are split. Empty
/// choices are found from the file (the delimiter sniffed, a header recognised, the columns
/// guessed from their names).
struct TableOptions {
    enum class Header : std::uint8_t { Auto, Yes, No };

    /// Columns by header name (any case) or 1-based number.
    std::string textColumn;   ///< empty: "text", "review", "document", "sentence", ...
    std::string labelColumn;  ///< empty: "label", "rating", "sentiment", "class", ...
    std::string splitColumn;  ///< optional: "train" or "test" on each row
    std::string groupColumn;  ///< optional: rows of one group (a movie) stay on one side
    char delimiter = 0;       ///< 0: sniffed (tab, comma, semicolon or bar)
    Header header = Header::Auto;
    std::optional<Quoting> quoting;  ///< default: none for tab, double quotes otherwise
    /// "1-4=negative,9-10=positive": labels (or inclusive numeric ranges) to classes; labels it
    /// does not name are dropped. Empty: every label is its own class.
    std::string labelMap;
    /// The test reviews in a file of their own (the same layout); empty: a column or a made split.
    std::filesystem::path testFile;
    /// With no test file or column: this share of each class is held out for the test, chosen
    /// from `seed` (by group when there is a group column). Like IMDb's test set, it stays when a
    /// run's own seed changes.
    double testFraction = 0.2;
    std::uint64_t seed = 1234;

    bool operator==(const TableOptions&) const = default;

    /// Everything above in one line: part of the tokenized corpus cache's key, so another
    /// choice of columns or labels is another corpus.
    std::string key() const;
};

}  // namespace sentiment::data
