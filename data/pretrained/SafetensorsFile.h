#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "foundation/Result.h"

namespace sentiment::data {

class MappedFile;

/// One tensor of a safetensors file: its name, type, shape and bytes' place in the data section.
struct SafetensorsEntry {
    std::string name;
    std::string dtype;  ///< "F32", "F16", "BF16", "F64", "I64", "I32", "I16", "I8", "U8", "BOOL"
    std::vector<std::int64_t> shape;
    std::uint64_t begin = 0, end = 0;  ///< [begin, end) within the data section
    std::uint64_t elements() const;
};

/// Hugging Face's safetensors format (a model folder's `model.safetensors`), read by the project
/// itself: an 8-byte little-endian header length, a JSON header that gives each tensor's dtype,
/// shape and data offsets (and an optional "__metadata__" of strings), then the tensors' bytes.
/// Everything is checked before any byte of data is handed on, as the format's own reader does:
/// the header fits the file, is JSON of the expected shape, every dtype is known, every shape's
/// element count times its dtype's size is exactly its byte range (no overflow), and the ranges
/// tile the data section from its start to its end in order, without holes or overlaps. Errors
/// name the file and the problem. The file is memory-mapped; `data` gives a tensor's bytes.
class SafetensorsFile {
public:
    /// The header's largest accepted size (the format's own limit): 100 MB.
    static constexpr std::uint64_t kMaxHeader = 100'000'000;

    static Result<SafetensorsFile> open(const std::filesystem::path& path);
    /// The same checks on bytes in memory (which must outlive the result); `name` for messages.
    static Result<SafetensorsFile> parse(std::span<const unsigned char> bytes,
                                         const std::string& name);

    SafetensorsFile(SafetensorsFile&&) noexcept;
    SafetensorsFile& operator=(SafetensorsFile&&) noexcept;
    ~SafetensorsFile();

    /// In the order of their data.
    const std::vector<SafetensorsEntry>& entries() const { return entries_; }
    /// The entry named `name`; null when there is none.
    const SafetensorsEntry* find(std::string_view name) const;
    /// The bytes of `entry` (one of entries()).
    std::span<const unsigned char> data(const SafetensorsEntry& entry) const;
    const std::map<std::string, std::string>& metadata() const { return metadata_; }
    /// The size of one element of `dtype`; 0 for a dtype the format does not have.
    static std::size_t dtypeSize(std::string_view dtype);

private:
    SafetensorsFile();
    std::unique_ptr<MappedFile> file_;
    std::span<const unsigned char> dataSection_;
    std::vector<SafetensorsEntry> entries_;
    std::map<std::string, std::string> metadata_;
};

}  // namespace sentiment::data
