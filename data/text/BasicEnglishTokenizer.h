#pragma once

#include "data/text/Tokenizer.h"

namespace sentiment::data {

/// torchtext's `get_tokenizer("basic_english")`, reproduced byte for byte:
///   1. lower-case (Python's str.lower());
///   2. `'` -> " '  ", `"` -> "", `.` -> " . ", `<br />` -> " ", `,` -> " , ", `(` -> " ( ",
///      `)` -> " ) ", `!` -> " ! ", `?` -> " ? ", `;` -> " ", `:` -> " " (in that order);
///   3. split on Unicode whitespace (Python's str.split()).
/// The parity test compares it with torchtext's own code on 2,000 IMDb reviews.
class BasicEnglishTokenizer final : public Tokenizer {
public:
    void tokenize(std::string_view text, const TokenSink& sink) const override;
    using Tokenizer::tokenize;
    TokenizerOptions options() const override { return {TokenizerKind::BasicEnglish, true}; }
};

}  // namespace sentiment::data
