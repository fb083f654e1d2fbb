#include "data/io/Crc32.h"

#include <isa-l/crc.h>

#include <algorithm>

namespace sentiment::data {

std::uint32_t crc32(std::span<const unsigned char> bytes, std::uint32_t crc) {
    // ISA-L takes a 64-bit length; chunks keep any platform's size_t honest.
    constexpr std::size_t kChunk = std::size_t{1} << 30;
    for (std::size_t at = 0; at < bytes.size(); at += kChunk) {
        const auto n = std::min(kChunk, bytes.size() - at);
        crc = crc32_gzip_refl(crc, bytes.data() + at, n);
    }
    return crc;
}

}  // namespace sentiment::data
