#include "data/text/TokenizerOptions.h"

namespace sentiment::data {

std::string_view toString(TokenizerKind kind) {
    return kind == TokenizerKind::English ? "english" : "basic_english";
}

std::optional<TokenizerKind> parseTokenizerKind(std::string_view name) {
    if (name == "english") return TokenizerKind::English;
    if (name == "basic_english") return TokenizerKind::BasicEnglish;
    return std::nullopt;
}

std::string describe(const TokenizerOptions& options) {
    std::string out(toString(options.kind));
    if (options.lowercase) out += "+lower";
    return out;
}

}  // namespace sentiment::data
