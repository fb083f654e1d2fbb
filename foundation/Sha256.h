#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

#include "foundation/Result.h"

namespace sentiment {

/// SHA-256 (FIPS 180-4), incremental. Identifies checkpoints in the run store and checks
/// downloads against their published sums.
class Sha256 {
public:
    Sha256();
    /// Adds bytes to the message.
    void update(std::span<const unsigned char> bytes);
    void update(std::string_view text);
    /// The digest as 64 lower-case hex digits; the object is spent afterwards.
    std::string hexDigest();

    /// The digest of a whole file, read in 1 MiB blocks; a clear error if it cannot be read.
    static Result<std::string> ofFile(const std::filesystem::path& path);
    static std::string of(std::string_view text);

private:
    void block(const unsigned char* p);
    std::array<std::uint32_t, 8> state_;
    std::array<unsigned char, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t length_ = 0;
};

}  // namespace sentiment
