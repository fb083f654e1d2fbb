#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "data/io/HugePageAllocator.h"
#include "data/io/MappedFile.h"
#include "foundation/Result.h"

namespace sentiment::data {

/// Reads members of a .zip file (such as glove.6B.zip) straight from a memory map: the central
/// directory is parsed here and members are inflated with ISA-L, their CRC-32 checked. Nothing
/// is unpacked to disk.
class ZipArchive {
public:
    struct Member {
        std::string name;
        std::uint16_t method = 0;  ///< 0 stored, 8 deflate
        std::uint32_t crc = 0;
        std::uint64_t compressedSize = 0;
        std::uint64_t size = 0;
        std::uint64_t localHeader = 0;
    };

    /// True when `bytes` start like a zip file.
    static bool looksLikeZip(std::span<const unsigned char> bytes);

    /// Opens `path`; errors name the file and the problem.
    static Result<ZipArchive> open(const std::string& path);
    /// Reads a zip held in memory, which must outlive the archive; `name` is used in messages.
    static Result<ZipArchive> fromBytes(std::span<const unsigned char> bytes, std::string name);

    const std::vector<Member>& members() const { return members_; }

    /// The uncompressed content of `member`, its size and CRC-32 verified.
    Result<HugeBuffer<char>> extract(const Member& member) const;

private:
    Status parseDirectory();

    std::string path_;
    MappedFile file_;
    std::span<const unsigned char> bytes_;
    std::vector<Member> members_;
};

}  // namespace sentiment::data
