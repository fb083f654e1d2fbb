#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <type_traits>
#include <vector>

namespace sentiment::data {

/// Reads what BinaryWriter wrote, straight into the destination buffers. Every size is checked
/// against the file's length first, so a damaged file sets `failed()` instead of crashing.
class BinaryReader {
public:
    explicit BinaryReader(const std::filesystem::path& path);
    ~BinaryReader();
    BinaryReader(const BinaryReader&) = delete;
    BinaryReader& operator=(const BinaryReader&) = delete;

    bool failed() const { return failed_; }
    std::uint64_t remaining() const { return size_ - position_; }

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
    std::string string();
    void align(std::size_t alignment);
    /// Skips `bytes` (checked).
    void skip(std::uint64_t bytes);
    std::uint64_t position() const { return position_; }

private:
    void raw(void* data, std::size_t size);
    std::FILE* file_ = nullptr;
    std::uint64_t size_ = 0;
    std::uint64_t position_ = 0;
    bool failed_ = false;
};

}  // namespace sentiment::data
