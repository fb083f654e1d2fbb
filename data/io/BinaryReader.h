#pragma once

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "data/io/MappedFile.h"

namespace sentiment::data {

/// Reads what BinaryWriter wrote from a memory map of the file: small values are copied out,
/// big arrays can be viewed in place (`view`) for as long as `mapping()` is held. The footer's
/// CRC-32 is checked when the file is opened, and every size against the file's length, so a
/// damaged file sets `failed()` (and `damaged()`) instead of crashing or giving wrong numbers.
class BinaryReader {
public:
    /// The last 16 bytes of every file BinaryWriter commits.
    struct Footer {
        std::uint64_t magic;
        std::uint32_t crc;  ///< CRC-32 of every byte before the footer
        std::uint32_t reserved;
    };
    static constexpr std::uint64_t kFooterMagic = 0x0032'3343'5243'4C53ull;  // "SLCRC32\0"

    explicit BinaryReader(const std::filesystem::path& path);

    /// The bytes before the footer of a file BinaryWriter wrote, or nullopt when the footer is
    /// missing or its CRC-32 does not match (the file was truncated or damaged).
    static std::optional<std::span<const unsigned char>> verifiedContent(
        std::span<const unsigned char> file);

    bool failed() const { return failed_; }
    /// The file exists but is truncated or damaged (its footer is missing or its CRC-32 wrong).
    bool damaged() const { return damaged_; }
    std::uint64_t remaining() const { return size() - position_; }
    std::uint64_t position() const { return position_; }

    template <typename T>
    requires std::is_trivially_copyable_v<T> T pod() {
        T value{};
        raw(&value, sizeof(T));
        return value;
    }

    template <typename T, typename Alloc>
    requires std::is_trivially_copyable_v<T>
    void array(std::vector<T, Alloc>& out) {
        const auto n = pod<std::uint64_t>();
        if (failed_ || n > remaining() / sizeof(T)) {
            failed_ = true;
            return;
        }
        out.resize(n);
        raw(out.data(), n * sizeof(T));
    }

    /// An array written by BinaryWriter::array, in place (no copy). Fails unless the writer
    /// aligned it for T. `populate`: map all its pages now (it is about to be read whole).
    template <typename T>
    requires std::is_trivially_copyable_v<T> std::span<const T> view(bool populate = false) {
        const auto n = pod<std::uint64_t>();
        if (failed_ || n > remaining() / sizeof(T) || (position_ % alignof(T)) != 0) {
            failed_ = true;
            return {};
        }
        const auto* p = reinterpret_cast<const T*>(base() + position_);
        if (populate) file_->populate(position_, n * sizeof(T));
        position_ += n * sizeof(T);
        return std::span<const T>(p, n);
    }

    /// The bytes from here to the footer, in place (a file written with BinaryWriter::bytes alone).
    std::span<const unsigned char> rest() {
        if (failed_) return {};
        const auto out = std::span<const unsigned char>(base() + position_, remaining());
        position_ = size();
        return out;
    }

    std::string string();
    void align(std::size_t alignment);
    /// Skips `bytes` (checked).
    void skip(std::uint64_t bytes);

    /// Keeps the views alive.
    std::shared_ptr<const MappedFile> mapping() const { return file_; }

private:
    std::uint64_t size() const { return size_; }
    const unsigned char* base() const { return file_->bytes().data(); }
    void raw(void* data, std::size_t size);

    std::shared_ptr<const MappedFile> file_;
    std::uint64_t position_ = 0;
    std::uint64_t size_ = 0;
    bool failed_ = false;
    bool damaged_ = false;
};

}  // namespace sentiment::data
