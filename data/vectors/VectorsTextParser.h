#pragma once

#include <string>
#include <string_view>

#include "data/vectors/WordVectors.h"
#include "foundation/Result.h"

namespace sentiment::data {

/// Parses word vectors in GloVe's text format (`word v1 ... vD` per line, space separated,
/// UTF-8) on several threads. The dimension comes from the first line and every line must
/// have it; a word2vec/fastText header (`400000 100`) is skipped; a word containing spaces
/// (glove.840B has some) takes all but the last D fields. Values are parsed with fast_float.
/// Any malformed line (too few or too many values, a non-number, nan/inf) is an Error naming
/// the file and the line. Repeated words: the first is kept and the repeats counted.
class VectorsTextParser {
public:
    /// The most values a word's vector may have.
    static constexpr std::size_t kMaxDimension = 4096;

    explicit VectorsTextParser(unsigned threads = 0);

    /// `text` must stay alive during the call; `source` is used in messages.
    Result<WordVectors> parse(std::string_view text, const std::string& source) const;

private:
    unsigned threads_;
};

}  // namespace sentiment::data
