#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>

#include "foundation/Result.h"

namespace sentiment::data {

/// Identifies a data source cheaply: its size, modification time and a hash of its first and
/// last MiB (a folder: its review files' count, total size and newest time). Keys the caches
/// and is recorded with every run.
struct Fingerprint {
    std::string source;  ///< absolute path, or "demo sample"
    std::uint64_t size = 0;
    std::int64_t mtimeNs = 0;
    std::uint64_t contentHash = 0;

    /// Of a file or an aclImdb folder.
    static Result<Fingerprint> of(const std::filesystem::path& path);
    /// Of bytes in memory (the embedded demo sample).
    static Fingerprint ofBytes(std::span<const unsigned char> bytes, std::string name);

    /// A 16-hex-digit key mixing the fingerprint with `salt` (format version, options ...).
    std::string key(std::string_view salt) const;
    /// "size, hash" in words for reports.
    std::string describe() const;
};

}  // namespace sentiment::data
