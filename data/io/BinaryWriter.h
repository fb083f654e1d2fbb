#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "foundation/AtomicFile.h"
#include "foundation/Result.h"

namespace sentiment::data {

/// Writes a binary cache file crash-safely (an AtomicFile: a crash mid-write never leaves a
/// half-written cache). `commit` ends the file with a footer (the CRC-32 of everything before
/// it, see BinaryReader), so a file damaged later on disk is recognised, not read as wrong numbers.
class BinaryWriter {
public:
    explicit BinaryWriter(std::filesystem::path target);
    ~BinaryWriter() = default;
    BinaryWriter(const BinaryWriter&) = delete;
    BinaryWriter& operator=(const BinaryWriter&) = delete;

    /// Values written as their bytes must have no padding, whose bytes would be whatever memory
    /// held (the same data would give different files; ReviewInfo once did).
    template <typename T>
    static constexpr bool kPlainBytes =
        std::has_unique_object_representations_v<T> || std::is_floating_point_v<T>;

    template <typename T>
    requires std::is_trivially_copyable_v<T> && kPlainBytes<T>
    void pod(const T& value) { raw(&value, sizeof(T)); }
    template <typename T>
    requires std::is_trivially_copyable_v<T> && kPlainBytes<T>
    void array(std::span<const T> values) {
        pod<std::uint64_t>(values.size());
        raw(values.data(), values.size_bytes());
    }
    template <typename T>
    void array(const std::vector<T>& values) {
        array(std::span<const T>(values));
    }
    void string(std::string_view s);
    /// Raw bytes, no length prefix.
    void bytes(const void* data, std::size_t size) { raw(data, size); }
    /// Pads with zeros to a multiple of `alignment` bytes from the file start.
    void align(std::size_t alignment);

    /// Flushes, syncs and renames into place.
    Status commit();

private:
    void raw(const void* data, std::size_t size);
    AtomicFile file_;
    std::uint64_t written_ = 0;
    std::uint32_t crc_ = 0;
};

}  // namespace sentiment::data
