#include "data/text/BasicEnglishTokenizer.h"

#include "data/text/Utf8.h"

namespace sentiment::data {

namespace {
bool isBreakTag(std::string_view s, std::size_t i) {
    return s.compare(i, 6, "<br />") == 0;
}
}  // namespace

void BasicEnglishTokenizer::tokenize(std::string_view text, const TokenSink& sink) const {
    // Step 1 (and the `"` deletion, the only replacement that can create a "<br />").
    thread_local std::string lowered;
    lowered.clear();
    lowered.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto b = static_cast<unsigned char>(text[pos]);
        if (b < 0x80) {
            if (b != '"') lowered.push_back(static_cast<char>((b >= 'A' && b <= 'Z') ? b + 32 : b));
            ++pos;
            continue;
        }
        const char32_t cp = utf8::decode(text, pos);
        if (cp == 0x130) {
            lowered.push_back('i');
            utf8::append(lowered, 0x307);
        } else {
            utf8::append(lowered, utf8::toLower(cp));
        }
    }

    // Steps 2 and 3 in one pass: punctuation becomes a token of its own, separators end tokens.
    const std::string_view s = lowered;
    std::size_t start = std::string_view::npos;
    auto flush = [&](std::size_t end) {
        if (start != std::string_view::npos && end > start) sink(s.substr(start, end - start));
        start = std::string_view::npos;
    };
    pos = 0;
    while (pos < s.size()) {
        const auto b = static_cast<unsigned char>(s[pos]);
        if (b < 0x80) {
            switch (b) {
                case '\'':
                case '.':
                case ',':
                case '(':
                case ')':
                case '!':
                case '?':
                    flush(pos);
                    sink(s.substr(pos, 1));
                    ++pos;
                    continue;
                case ';':
                case ':':
                    flush(pos);
                    ++pos;
                    continue;
                case '<':
                    if (isBreakTag(s, pos)) {
                        flush(pos);
                        pos += 6;
                        continue;
                    }
                    break;
                default:
                    if (utf8::isSpace(b)) {
                        flush(pos);
                        ++pos;
                        continue;
                    }
            }
            if (start == std::string_view::npos) start = pos;
            ++pos;
            continue;
        }
        const std::size_t cpStart = pos;
        const char32_t cp = utf8::decode(s, pos);
        if (utf8::isSpace(cp)) {
            flush(cpStart);
        } else if (start == std::string_view::npos) {
            start = cpStart;
        }
    }
    flush(s.size());
}

}  // namespace sentiment::data
