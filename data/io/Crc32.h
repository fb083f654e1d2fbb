#pragma once

#include <cstdint>
#include <span>

namespace sentiment::data {

/// CRC-32 (the one of zip and gzip) of `bytes`, continuing from `crc` (0 to start), with
/// ISA-L's folding kernels: several GB/s, so checking a whole cache costs milliseconds.
std::uint32_t crc32(std::span<const unsigned char> bytes, std::uint32_t crc = 0);

}  // namespace sentiment::data
