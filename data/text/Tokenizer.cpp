#include "data/text/Tokenizer.h"

#include "data/text/BasicEnglishTokenizer.h"
#include "data/text/EnglishTokenizer.h"
#include "data/text/UnicodeTokenizer.h"

namespace sentiment::data {

std::vector<std::string> Tokenizer::tokenize(std::string_view text) const {
    std::vector<std::string> tokens;
    tokenize(text, [&](std::string_view token) { tokens.emplace_back(token); });
    return tokens;
}

std::unique_ptr<Tokenizer> Tokenizer::create(const TokenizerOptions& options) {
    if (options.kind == TokenizerKind::BasicEnglish)
        return std::make_unique<BasicEnglishTokenizer>();
    if (options.kind == TokenizerKind::Unicode)
        return std::make_unique<UnicodeTokenizer>(options.lowercase);
    return std::make_unique<EnglishTokenizer>(options.lowercase);
}

}  // namespace sentiment::data
