#include "data/text/TokenizerOptions.h"

namespace sentiment::data {

std::string_view toString(TokenizerKind kind) {
    switch (kind) {
        case TokenizerKind::BasicEnglish:
            return "basic_english";
        case TokenizerKind::Unicode:
            return "unicode";
        default:
            return "english";
    }
}

std::optional<TokenizerKind> parseTokenizerKind(std::string_view name) {
    if (name == "english") return TokenizerKind::English;
    if (name == "basic_english") return TokenizerKind::BasicEnglish;
    if (name == "unicode") return TokenizerKind::Unicode;
    return std::nullopt;
}

std::string describe(const TokenizerOptions& options) {
    std::string out(toString(options.kind));
    if (options.lowercase) out += "+lower";
    return out;
}

}  // namespace sentiment::data
