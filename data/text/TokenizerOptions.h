#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sentiment::data {

enum class TokenizerKind {
    English,       ///< spaCy-like English rules (the lecture's tokenizer), case kept
    BasicEnglish,  ///< torchtext's get_tokenizer("basic_english"), byte for byte
    Unicode,       ///< Unicode word boundaries (ICU): Korean, Japanese, Chinese, Thai, ...
};

/// How reviews are cut into tokens; part of every cache key and every checkpoint.
struct TokenizerOptions {
    TokenizerKind kind = TokenizerKind::English;
    bool lowercase = false;  ///< lower-case every token (basic_english always does)

    bool operator==(const TokenizerOptions&) const = default;
};

/// "english", "basic_english" or "unicode".
std::string_view toString(TokenizerKind kind);

/// Parses "english" / "basic_english" / "unicode"; nullopt for anything else.
std::optional<TokenizerKind> parseTokenizerKind(std::string_view name);

/// A short stable description, for example "english+lower", used in cache keys.
std::string describe(const TokenizerOptions& options);

}  // namespace sentiment::data
