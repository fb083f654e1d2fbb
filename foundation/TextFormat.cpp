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

std::string percent(double fraction, int decimals) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f%%", decimals, fraction * 100.0);
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

}  // namespace sentiment
