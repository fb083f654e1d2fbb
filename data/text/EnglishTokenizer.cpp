#include "data/text/EnglishTokenizer.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "data/text/Utf8.h"

namespace sentiment::data {

namespace {

constexpr bool isAsciiAlnum(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool isAsciiAlpha(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isDigit(char32_t c) {
    return c >= '0' && c <= '9';
}

// Non-ASCII punctuation and symbols: Latin-1 signs, general punctuation (dashes, curly quotes,
// the ellipsis), arrows, maths, dingbats, CJK punctuation and emoji.
bool isSymbol(char32_t c) {
    if (c < 0x80) return false;
    if (c >= 0xA1 && c <= 0xBF)
        return !(c == 0xAA || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9 || c == 0xBA ||
                 (c >= 0xBC && c <= 0xBE));
    return c == 0xD7 || c == 0xF7 || (c >= 0x2010 && c <= 0x2BFF) || (c >= 0x2E00 && c <= 0x2E7F) ||
           (c >= 0x3000 && c <= 0x303F) || (c >= 0x1F000 && c <= 0x1FAFF) ||
           c == utf8::kReplacement;
}
bool isAsciiPunct(char32_t c) {
    return c > 0x20 && c < 0x7F && !isAsciiAlnum(c);
}
bool isPunct(char32_t c) {
    return isAsciiPunct(c) || isSymbol(c);
}
bool isWordChar(char32_t c) {
    return c < 0x80 ? isAsciiAlnum(c) : !isSymbol(c);
}
bool isLetter(char32_t c) {
    return c < 0x80 ? isAsciiAlpha(c) : !isSymbol(c);
}
bool isLower(char32_t c) {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    return isLetter(c) && utf8::toLower(c) == c;
}
bool isUpper(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return isLetter(c) && utf8::toLower(c) != c;
}
bool isDropped(char32_t c) {  // invisible joiners and emoji variation selectors
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x200B && c <= 0x200D) || c == 0xFEFF;
}
bool isApostrophe(char32_t c) {
    return c == 0x2018 || c == 0x2019 || c == 0x02BC || c == 0xB4;
}

// IMDb stores some Windows-1252 punctuation as C1 control characters (U+0096 for an en dash,
// U+0091 for an opening quote): map them to what they meant; other C1 controls are dropped.
char32_t fromWindows1252(char32_t c) {
    switch (c) {
        case 0x80:
            return 0x20AC;
        case 0x85:
            return 0x2026;
        case 0x91:
        case 0x92:
            return '\'';
        case 0x93:
        case 0x94:
            return '"';
        case 0x95:
            return 0x2022;
        case 0x96:
            return 0x2013;
        case 0x97:
            return 0x2014;
        case 0x99:
            return 0x2122;
        default:
            return 0;
    }
}

char asciiLower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return asciiLower(x) == asciiLower(y);
           });
}
bool istartsWith(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

// Length of an HTML line break tag starting at text[pos] ('<'), or 0.
std::size_t breakTagLength(std::string_view text, std::size_t pos) {
    if (pos + 3 >= text.size() || asciiLower(text[pos + 1]) != 'b' ||
        asciiLower(text[pos + 2]) != 'r')
        return 0;
    std::size_t i = pos + 3;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i < text.size() && text[i] == '/') ++i;
    while (i < text.size() && text[i] == ' ') ++i;
    return (i < text.size() && text[i] == '>') ? i + 1 - pos : 0;
}

constexpr std::array<std::string_view, 24> kEmoticons = {
    ":)",  ":(",  ":-)", ":-(", ";)",  ";-)", ":D", ":-D", ":P", ":p", ":-P", ":/",
    ":-/", ":'(", ":')", "<3",  "^_^", "-_-", "(:", "):",  ":o", ":O", "=)",  "XD"};
constexpr std::array<std::string_view, 14> kLoneContractions = {
    "'s", "'S", "'m", "'M", "'re", "'RE", "'ve", "'VE", "'ll", "'LL", "'d", "'D", "n't", "N'T"};
constexpr std::array<std::string_view, 45> kAbbreviations = {
    "Mr",   "Mrs", "Ms",  "Dr",  "St",  "Jr",  "Sr",   "Prof",   "Mt",    "Inc", "Ltd", "Co",
    "Corp", "Gen", "Gov", "Sen", "Rep", "Rev", "Capt", "Col",    "Lt",    "Sgt", "vs",  "etc",
    "Jan",  "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",  "Sep",    "Sept",  "Oct", "Nov", "Dec",
    "mr",   "mrs", "ms",  "dr",  "Vs",  "Etc", "Bros", "approx", "Messrs"};

struct CodePoint {
    char32_t c;
    std::uint32_t offset;  // byte offset of the code point within the chunk
};

// Cuts one space-free chunk. Tokens are views into `chunk`.
class ChunkCutter {
public:
    ChunkCutter(std::string_view chunk, std::vector<CodePoint>& cps,
                std::vector<std::pair<int, int>>& suffixes,
                const std::function<void(std::string_view)>& emit)
        : chunk_(chunk), cps_(cps), suffixes_(suffixes), emit_(emit) {
        cps_.clear();
        std::size_t pos = 0;
        while (pos < chunk.size()) {
            const auto at = static_cast<std::uint32_t>(pos);
            cps_.push_back({utf8::decode(chunk, pos), at});
        }
    }

    void run() {
        suffixes_.clear();
        int b = 0;
        int e = static_cast<int>(cps_.size());
        while (b < e) {
            if (exception(b, e) || urlOrEmail(b, e)) {
                b = e;
                break;
            }
            if (isPunct(c(b))) {  // prefix
                int j = b + 1;
                if (c(b) == '.' || c(b) == '-') {
                    while (j < e && c(j) == c(b)) ++j;
                }
                emit(b, j);
                b = j;
                continue;
            }
            const char32_t last = c(e - 1);
            if (isPunct(last)) {  // suffix
                int i = e - 1;
                if (last == '.' || last == '-') {
                    while (i > b && c(i - 1) == last) --i;
                }
                if (last == '.' && e - i == 1 && periodStays(b, e)) break;
                suffixes_.emplace_back(i, e);
                e = i;
                continue;
            }
            if (const int cut = contractionStart(b, e); cut > b) {
                suffixes_.emplace_back(cut, e);
                e = cut;
                continue;
            }
            break;
        }
        if (b < e) splitInfixes(b, e);
        for (auto it = suffixes_.rbegin(); it != suffixes_.rend(); ++it)
            emit(it->first, it->second);
    }

private:
    char32_t c(int i) const { return cps_[static_cast<std::size_t>(i)].c; }
    std::size_t offset(int i) const {
        return i < static_cast<int>(cps_.size()) ? cps_[static_cast<std::size_t>(i)].offset
                                                 : chunk_.size();
    }
    std::string_view text(int b, int e) const {
        return chunk_.substr(offset(b), offset(e) - offset(b));
    }
    void emit(int b, int e) const { emit_(text(b, e)); }

    bool exception(int b, int e) const {
        const std::string_view s = text(b, e);
        if (s == "..." || std::find(kEmoticons.begin(), kEmoticons.end(), s) != kEmoticons.end() ||
            std::find(kLoneContractions.begin(), kLoneContractions.end(), s) !=
                kLoneContractions.end()) {
            emit_(s);
            return true;
        }
        if (iequals(s, "cannot")) {  // spaCy: can not
            emit_(s.substr(0, 3));
            emit_(s.substr(3));
            return true;
        }
        return false;
    }

    bool urlOrEmail(int b, int e) const {
        const char32_t last = c(e - 1);
        if (!(isWordChar(last) || last == '/')) return false;
        const std::string_view s = text(b, e);
        if (istartsWith(s, "http://") || istartsWith(s, "https://") || istartsWith(s, "ftp://") ||
            (istartsWith(s, "www.") && s.size() > 6)) {
            emit_(s);
            return true;
        }
        const auto at = s.find('@');
        if (at == std::string_view::npos || at == 0) return false;
        const auto dot = s.find('.', at);
        if (dot == std::string_view::npos || dot == at + 1 || dot + 1 >= s.size()) return false;
        if (!isAsciiAlnum(static_cast<unsigned char>(s[at - 1])) ||
            !isAsciiAlpha(static_cast<unsigned char>(s.back())))
            return false;
        emit_(s);
        return true;
    }

    // Does the final '.' of [b, e) belong to the word (an abbreviation, an initial, U.S.)?
    bool periodStays(int b, int e) const {
        const int coreEnd = e - 1;
        if (coreEnd - b == 1 && isLetter(c(b))) return true;
        const std::string_view core = text(b, coreEnd);
        if (std::find(kAbbreviations.begin(), kAbbreviations.end(), core) != kAbbreviations.end())
            return true;
        // Dotted forms: letters separated by single dots, e.g. U.S, e.g, a.k.a, Ph.D
        bool sawDot = false;
        for (int i = b; i < coreEnd; ++i) {
            if (c(i) == '.') {
                if (i == b || c(i - 1) == '.') return false;
                sawDot = true;
            } else if (!isLetter(c(i))) {
                return false;
            }
        }
        return sawDot;
    }

    int contractionStart(int b, int e) const {
        const int n = e - b;
        auto lowerAt = [&](int i) {
            return c(i) < 0x80 ? static_cast<char32_t>(asciiLower(static_cast<char>(c(i)))) : c(i);
        };
        if (n > 3 && lowerAt(e - 3) == 'n' && c(e - 2) == '\'' && lowerAt(e - 1) == 't' &&
            isLetter(c(e - 4)))
            return e - 3;
        for (int len : {2, 3}) {
            const int apos = e - len;
            if (apos <= b || c(apos) != '\'' || !isWordChar(c(apos - 1))) continue;
            bool match = false;
            if (len == 2) {
                const char32_t x = lowerAt(e - 1);
                match = x == 's' || x == 'm' || x == 'd';
            } else {
                const char32_t x = lowerAt(e - 2);
                const char32_t y = lowerAt(e - 1);
                match = (x == 'r' && y == 'e') || (x == 'v' && y == 'e') || (x == 'l' && y == 'l');
            }
            if (match) return apos;
        }
        return b;
    }

    void splitInfixes(int b, int e) const {
        int start = b;
        auto cut = [&](int i, int j) {
            if (i > start) emit(start, i);
            emit(i, j);
            start = j;
        };
        int i = b;
        while (i < e) {
            const char32_t ch = c(i);
            int j = i + 1;
            const bool inside = i > b && j < e;
            if (ch == '.' || ch == '-') {
                while (j < e && c(j) == ch) ++j;
                if (j - i >= 2) {
                    cut(i, j);
                } else if (inside && ch == '.' && isLower(c(i - 1)) && isUpper(c(j))) {
                    cut(i, j);
                } else if (inside && ch == '-' && isWordChar(c(i - 1)) && isWordChar(c(j))) {
                    cut(i, j);
                }
                i = j;
                continue;
            }
            if (isSymbol(ch)) {
                cut(i, j);
            } else {
                switch (ch) {
                    case ',':
                        if (inside && isLetter(c(i - 1)) && isLetter(c(j))) cut(i, j);
                        break;
                    case ':':
                    case '<':
                    case '>':
                    case '=':
                    case '/':
                        if (inside && isWordChar(c(i - 1)) && isLetter(c(j))) cut(i, j);
                        break;
                    case '!':
                    case '?':
                    case ';':
                    case '(':
                    case ')':
                    case '[':
                    case ']':
                    case '{':
                    case '}':
                    case '"':
                        cut(i, j);
                        break;
                    case '+':
                    case '*':
                    case '^':
                        if (inside && isDigit(c(i - 1)) && isDigit(c(j))) cut(i, j);
                        break;
                    default:
                        break;
                }
            }
            i = j;
        }
        if (start < e) emit(start, e);
    }

    std::string_view chunk_;
    std::vector<CodePoint>& cps_;
    std::vector<std::pair<int, int>>& suffixes_;
    const std::function<void(std::string_view)>& emit_;
};

// Step 1 of the rules inside one chunk: apostrophes, Windows-1252 controls, invisible
// characters and invalid bytes (spaces and line breaks have already ended the chunk).
void normalizeChunk(std::string_view chunk, std::string& out) {
    out.clear();
    std::size_t pos = 0;
    while (pos < chunk.size()) {
        const auto b = static_cast<unsigned char>(chunk[pos]);
        if (b < 0x80) {
            out.push_back(static_cast<char>(b));
            ++pos;
            continue;
        }
        char32_t cp = utf8::decode(chunk, pos);
        if (cp >= 0x80 && cp <= 0x9F) {
            cp = fromWindows1252(cp);
            if (cp == 0) continue;
        }
        if (isApostrophe(cp)) {
            out.push_back('\'');
        } else if (!isDropped(cp)) {
            utf8::append(out, cp);
        }
    }
}

// Byte classes for the scanner: word bytes, separators, '<' (maybe a line break tag),
// other ASCII, and the start or continuation of a multi-byte character.
enum : unsigned char { kWord, kSpace, kAngle, kPunct, kHigh };
constexpr auto kClass = [] {
    std::array<unsigned char, 256> c{};
    for (int i = 0; i < 256; ++i) {
        if (i >= 0x80)
            c[i] = kHigh;
        else if (isAsciiAlnum(char32_t(i)))
            c[i] = kWord;
        else if (i == ' ' || (i >= 0x09 && i <= 0x0D) || (i >= 0x1C && i <= 0x1F))
            c[i] = kSpace;
        else if (i == '<')
            c[i] = kAngle;
        else
            c[i] = kPunct;
    }
    return c;
}();

// A separator that is a multi-byte character (no-break space ...); U+0085 is IMDb's
// Windows-1252 ellipsis, not a line end.
bool isWideSpace(char32_t cp) {
    return cp != 0x85 && utf8::isSpace(cp);
}

}  // namespace

void EnglishTokenizer::tokenize(std::string_view text, const TokenSink& sink) const {
    thread_local std::string normalized;
    thread_local std::string lowered;
    thread_local std::vector<CodePoint> cps;
    thread_local std::vector<std::pair<int, int>> suffixes;

    const TokenSink lowering = [&](std::string_view token) {
        lowered.clear();
        bool ascii = true;
        for (char ch : token) {
            ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
            lowered.push_back(asciiLower(ch));
        }
        if (!ascii) lowered = utf8::toLower(token);
        sink(lowered);
    };
    const TokenSink& out = lowercase_ ? lowering : sink;

    // One pass over the text: chunks end at spaces and at line break tags; plain ASCII words
    // (most chunks) go out as views into `text`, the rest through the rules.
    const std::size_t n = text.size();
    std::size_t pos = 0;
    auto cls = [&](std::size_t i) { return kClass[static_cast<unsigned char>(text[i])]; };
    while (pos < n) {
        const unsigned char c = cls(pos);
        if (c == kSpace) {
            ++pos;
            continue;
        }
        if (c == kAngle) {
            if (const std::size_t tag = breakTagLength(text, pos); tag > 0) {
                pos += tag;
                continue;
            }
        } else if (c == kHigh) {
            std::size_t next = pos;
            if (isWideSpace(utf8::decode(text, next))) {
                pos = next;
                continue;
            }
        }
        const std::size_t start = pos;
        bool plain = true;
        while (pos < n) {
            const unsigned char k = cls(pos);
            if (k == kWord) {
                ++pos;
            } else if (k == kSpace || (k == kAngle && breakTagLength(text, pos) > 0)) {
                break;
            } else if (k == kHigh) {
                std::size_t next = pos;
                if (isWideSpace(utf8::decode(text, next))) break;
                plain = false;
                pos = next;
            } else {
                plain = false;
                ++pos;
            }
        }
        const std::string_view chunk = text.substr(start, pos - start);
        if (plain && !(chunk.size() == 6 && iequals(chunk, "cannot"))) {
            out(chunk);
        } else {
            normalizeChunk(chunk, normalized);
            if (!normalized.empty()) ChunkCutter(normalized, cps, suffixes, out).run();
        }
    }
}

}  // namespace sentiment::data
