#pragma once

// Shared by the fuzz targets (tests/fuzz/targets): a scratch folder for targets whose reader
// takes a file, and a check that stops the fuzzer where a property fails.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "data/dataset/Fingerprint.h"
#include "data/io/BinaryReader.h"
#include "data/io/Crc32.h"

namespace sentiment::fuzz {

/// A folder of this process's own, created once (in $TMPDIR, else /tmp) and removed at exit.
inline const std::filesystem::path& scratch() {
    static const std::filesystem::path dir = [] {
        const char* base = std::getenv("TMPDIR");
        std::string pattern =
            std::string(base != nullptr ? base : "/tmp") + "/sentiment-fuzz-XXXXXX";
        if (::mkdtemp(pattern.data()) == nullptr) std::abort();
        std::filesystem::path made(pattern);
        std::atexit([] {
            std::error_code ec;
            std::filesystem::remove_all(scratch(), ec);
        });
        return made;
    }();
    return dir;
}

/// Writes `bytes` to `path`, replacing it.
inline void writeFile(const std::filesystem::path& path, std::span<const std::uint8_t> bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    if (!out) std::abort();
}

/// Aborts (a crash the fuzzer reports, with the input) when a property does not hold.
inline void require(bool holds, const char* what) {
    if (!holds) {
        std::fprintf(stderr, "fuzz property failed: %s\n", what);
        std::abort();
    }
}

inline std::string_view text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// `prefix`, then `content`, then BinaryWriter's footer with their CRC-32: a cache file whose
/// checksum holds, so the fuzzer reaches the parser behind it.
inline std::vector<std::uint8_t> withFooter(std::string_view prefix,
                                            std::span<const std::uint8_t> content) {
    std::vector<std::uint8_t> file(prefix.begin(), prefix.end());
    file.insert(file.end(), content.begin(), content.end());
    const data::BinaryReader::Footer footer{data::BinaryReader::kFooterMagic, data::crc32(file), 0};
    const auto* f = reinterpret_cast<const std::uint8_t*>(&footer);
    file.insert(file.end(), f, f + sizeof footer);
    return file;
}
inline std::vector<std::uint8_t> withFooter(std::span<const std::uint8_t> content) {
    return withFooter({}, content);
}

/// The source the corpus-cache target and its seeds use: its key does not depend on a path.
inline data::Fingerprint cacheSource() {
    static const std::string bytes = "the fuzzer's source";
    return data::Fingerprint::ofBytes(
        {reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()}, "fuzz");
}

/// What starts a vectors cache (VectorsLoader.cpp): "SLVECS01", its version (2) and its key.
/// Kept in step with VectorsLoader by tests/core's VectorsTest (a cache written there starts so).
inline std::string vectorsCacheHeader(const std::string& key) {
    std::string out = "SLVECS01";
    const std::uint32_t version = 2;
    const std::uint64_t length = key.size();
    out.append(reinterpret_cast<const char*>(&version), 4);
    out.append(reinterpret_cast<const char*>(&length), 8);
    return out + key;
}

}  // namespace sentiment::fuzz
