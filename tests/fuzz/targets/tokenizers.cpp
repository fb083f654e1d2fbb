// Every tokenizer (English, basic_english, Unicode), with and without lower-casing, on any bytes:
// no crash, and every token is non-empty valid UTF-8 (invalid input bytes become U+FFFD).

#include "data/text/Tokenizer.h"
#include "data/text/Utf8.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace sentiment;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    data::TokenizerOptions options;
    const int kind = data[0] % 3;
    options.kind = kind == 1   ? data::TokenizerKind::BasicEnglish
                   : kind == 2 ? data::TokenizerKind::Unicode
                               : data::TokenizerKind::English;
    options.lowercase = (data[0] & 4) != 0;
    const auto tokenizer = data::Tokenizer::create(options);
    const auto input = fuzz::text(data + 1, size - 1);
    std::size_t count = 0;
    tokenizer->tokenize(input, [&](std::string_view token) {
        fuzz::require(!token.empty(), "a token is empty");
        fuzz::require(data::utf8::countInvalid(token) == 0, "a token is not valid UTF-8");
        ++count;
    });
    fuzz::require(tokenizer->tokenize(input).size() == count, "the two forms of tokenize disagree");
    return 0;
}
