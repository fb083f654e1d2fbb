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
