#pragma once

#include <cstddef>
#include <filesystem>
#include <span>

#include "foundation/Result.h"

namespace sentiment::data {

/// A read-only memory map of a whole file (RAII). Empty files map to an empty span.
class MappedFile {
public:
    MappedFile() = default;
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();

    /// Maps `path`; the error names the file and the system's reason.
    static Result<MappedFile> open(const std::filesystem::path& path);

    std::span<const unsigned char> bytes() const { return {data_, size_}; }
    std::size_t size() const { return size_; }
    /// Maps the pages of [offset, offset + length) now, in one call, instead of one page fault
    /// per few pages when first read (a hint: does nothing where the kernel cannot).
    void populate(std::size_t offset, std::size_t length) const;

private:
    const unsigned char* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace sentiment::data
