#include "foundation/TextFormat.h"

#include <cstdio>
#include <ctime>

namespace sentiment {

namespace {
std::string format(const std::tm& tm, const char* pattern) {
    char buf[64];
    const auto n = std::strftime(buf, sizeof buf, pattern, &tm);
    return std::string(buf, n);
}
}  // namespace

std::string withCommas(std::uint64_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
        out.push_back(digits[i]);
    }
    return out;
}

std::string oneLine(std::string_view text, std::size_t maxChars) {
    std::string out;
    std::size_t chars = 0;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool blank = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        const bool br = text.substr(i, 6) == "<br />";
        if (blank || br) {
            if (br) i += 5;
            space = !out.empty();
            continue;
        }
        const bool starts =
            (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // a character's first byte
        if (starts) {
            if (chars + (space ? 1 : 0) >= maxChars) return out + "…";
            if (space) {
                out.push_back(' ');
                ++chars;
            }
            space = false;
            ++chars;
        }
        out.push_back(c);
    }
    return out;
}

namespace {

// The code point at `text[i]` (advancing `i`); a stray byte counts as one narrow character.
char32_t nextCodePoint(std::string_view text, std::size_t& i) {
    const auto b = static_cast<unsigned char>(text[i++]);
    const int more = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
    char32_t cp = more == 3 ? b & 0x07u : more == 2 ? b & 0x0Fu : more == 1 ? b & 0x1Fu : b;
    for (int k = 0; k < more && i < text.size(); ++k) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c & 0xC0) != 0x80) break;
        cp = (cp << 6) | (c & 0x3Fu);
        ++i;
    }
    return cp;
}

// Unicode's East Asian Wide and Fullwidth blocks (UAX #11), and the combining marks most text
// carries: what a terminal draws two columns wide, or over the previous character.
int columnsOf(char32_t c) {
    if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
        (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F) || c == 0x200B || c == 0x200D)
        return 0;
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
                      (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
                      (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
                      (c >= 0xA960 && c <= 0xA97F) || (c >= 0xAC00 && c <= 0xD7A3) ||
                      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
                      (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
                      (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F900 && c <= 0x1F9FF) ||
                      (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}

}  // namespace

std::size_t displayWidth(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();)
        width += std::size_t(columnsOf(nextCodePoint(text, i)));
    return width;
}

std::string column(std::string_view text, std::size_t columns, bool right) {
    std::string out;
    std::size_t width = displayWidth(text);
    if (width > columns) {
        // Characters while they and the "…" fit.
        width = 0;
        for (std::size_t i = 0; i < text.size();) {
            const std::size_t from = i;
            const auto w = std::size_t(columnsOf(nextCodePoint(text, i)));
            if (width + w + 1 > columns) break;
            out.append(text.substr(from, i - from));
            width += w;
        }
        if (columns > 0) {
            out += "…";
            ++width;
        }
    } else {
        out.assign(text);
    }
    const std::string pad(columns > width ? columns - width : 0, ' ');
    return right ? pad + out : out + pad;
}

std::string percent(double fraction, int decimals) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f%%", decimals, fraction * 100.0);
    return buf;
}

std::string decimal(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", value);
    return buf;
}

std::string fixed(double value, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return buf;
}

std::string minutesSeconds(double seconds) {
    const auto total = static_cast<long>(seconds);
    return std::to_string(total / 60) + "m " + std::to_string(total % 60) + "s";
}

std::string localTime(const char* pattern) {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return format(tm, pattern);
}

std::string utcTime(const char* pattern) {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    return format(tm, pattern);
}

std::string byteSize(std::uint64_t bytes) {
    const char* units[] = {"bytes", "kB", "MB", "GB", "TB"};
    double value = static_cast<double>(bytes);
    int unit = 0;
    while (value >= 1000 && unit < 4) {
        value /= 1000;
        ++unit;
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, unit == 0 ? "%.0f %s" : "%.1f %s", value, units[unit]);
    return buffer;
}

}  // namespace sentiment
