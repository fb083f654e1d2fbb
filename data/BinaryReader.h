#pragma once

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "data/MappedFile.h"

namespace sentiment::data {

/// Reads what BinaryWriter wrote from a memory map of the file: small values are copied out,
/// big arrays can be viewed in place (`view`) for as long as `mapping()` is held. Every size is
/// checked against the file's length first, so a damaged file sets `failed()` instead of
/// crashing.
class BinaryReader {
public:
    explicit BinaryReader(const std::filesystem::path& path);

    bool failed() const { return failed_; }
    std::uint64_t remaining() const { return size() - position_; }
    std::uint64_t position() const { return position_; }

    template <typename T>
        requires std::is_trivially_copyable_v<T>
    T pod() {
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
        requires std::is_trivially_copyable_v<T>
    std::span<const T> view(bool populate = false) {
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

    std::string string();
    void align(std::size_t alignment);
    /// Skips `bytes` (checked).
    void skip(std::uint64_t bytes);

    /// Keeps the views alive.
    std::shared_ptr<const MappedFile> mapping() const { return file_; }

private:
    std::uint64_t size() const { return file_ ? file_->size() : 0; }
    const unsigned char* base() const { return file_->bytes().data(); }
    void raw(void* data, std::size_t size);

    std::shared_ptr<const MappedFile> file_;
    std::uint64_t position_ = 0;
    bool failed_ = false;
};

}  // namespace sentiment::data
