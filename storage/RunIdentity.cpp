#include "storage/RunIdentity.h"

#include <random>

#include "foundation/Sha256.h"

namespace sentiment::storage {

namespace {

// 32 hex digits as 8-4-4-4-12, with the version digit and the variant bits set.
std::string uuidForm(std::string hex, char version) {
    hex[12] = version;
    static constexpr char variant[] = "89ab";
    const int nibble = hex[16] <= '9' ? hex[16] - '0' : hex[16] - 'a' + 10;
    hex[16] = variant[nibble & 3];
    return hex.substr(0, 8) + '-' + hex.substr(8, 4) + '-' + hex.substr(12, 4) + '-' +
           hex.substr(16, 4) + '-' + hex.substr(20, 12);
}

}  // namespace

std::string RunIdentity::random() {
    static constexpr char digits[] = "0123456789abcdef";
    std::random_device device;
    std::string hex(32, '0');
    for (std::size_t i = 0; i < 32; i += 8) {
        auto bits = device();
        for (std::size_t k = 0; k < 8; ++k, bits >>= 4) hex[i + k] = digits[bits & 15];
    }
    return uuidForm(std::move(hex), '4');
}

std::string RunIdentity::derived(std::initializer_list<std::string_view> facts) {
    Sha256 sha;
    for (const auto fact : facts) {
        sha.update(std::to_string(fact.size()));
        sha.update(":");
        sha.update(fact);
    }
    // Version 8: "custom" in RFC 9562, as this is neither random nor a name-based UUID.
    return uuidForm(sha.hexDigest().substr(0, 32), '8');
}

bool RunIdentity::looksLikeOne(std::string_view text) {
    if (text.size() != 36) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const char c = text[i];
        if (dash != (c == '-')) return false;
        if (!dash && !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}

}  // namespace sentiment::storage
