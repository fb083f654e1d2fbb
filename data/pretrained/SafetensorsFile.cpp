#include "data/pretrained/SafetensorsFile.h"

#include <algorithm>
#include <cstring>

#include <nlohmann/json.hpp>

#include "data/io/MappedFile.h"

namespace sentiment::data {

namespace {
// A whole number that a JSON value holds exactly, else nullopt (a float, a negative, a string).
std::optional<std::uint64_t> whole(const nlohmann::json& v) {
    if (v.is_number_unsigned()) return v.get<std::uint64_t>();
    if (v.is_number_integer() && v.get<std::int64_t>() >= 0)
        return static_cast<std::uint64_t>(v.get<std::int64_t>());
    return std::nullopt;
}
}  // namespace

std::uint64_t SafetensorsEntry::elements() const {
    std::uint64_t n = 1;
    for (const auto d : shape) n *= static_cast<std::uint64_t>(d);
    return n;
}

std::size_t SafetensorsFile::dtypeSize(std::string_view dtype) {
    if (dtype == "F64" || dtype == "I64" || dtype == "U64") return 8;
    if (dtype == "F32" || dtype == "I32" || dtype == "U32") return 4;
    if (dtype == "F16" || dtype == "BF16" || dtype == "I16" || dtype == "U16") return 2;
    if (dtype == "I8" || dtype == "U8" || dtype == "BOOL") return 1;
    return 0;
}

SafetensorsFile::SafetensorsFile() = default;
SafetensorsFile::SafetensorsFile(SafetensorsFile&&) noexcept = default;
SafetensorsFile& SafetensorsFile::operator=(SafetensorsFile&&) noexcept = default;
SafetensorsFile::~SafetensorsFile() = default;

Result<SafetensorsFile> SafetensorsFile::open(const std::filesystem::path& path) {
    auto mapped = MappedFile::open(path);
    if (!mapped) return mapped.error();
    auto file = std::make_unique<MappedFile>(std::move(*mapped));
    auto parsed = parse(file->bytes(), path.string());
    if (!parsed) return parsed.error();
    parsed->file_ = std::move(file);
    return parsed;
}

Result<SafetensorsFile> SafetensorsFile::parse(std::span<const unsigned char> bytes,
                                               const std::string& name) {
    auto fail = [&](Message why) { return Error::at(name, std::move(why)); };
    if (bytes.size() < 8)
        return fail(Message::tr("is not a safetensors file: %1 bytes, too short for its header "
                                "length")
                        .arg(bytes.size()));
    std::uint64_t headerSize = 0;
    for (int i = 7; i >= 0; --i) headerSize = (headerSize << 8) | bytes[std::size_t(i)];
    if (headerSize > kMaxHeader)
        return fail(Message::tr("its header says it is %1 bytes long, more than the format "
                                "allows (100 MB): the file is damaged or not safetensors")
                        .arg(std::to_string(headerSize)));
    if (headerSize > bytes.size() - 8)
        return fail(Message::tr("is truncated: its header says %1 bytes, but only %2 follow")
                        .arg(std::to_string(headerSize))
                        .arg(bytes.size() - 8));
    const auto* headerStart = reinterpret_cast<const char*>(bytes.data() + 8);
    const auto header = nlohmann::json::parse(headerStart, headerStart + headerSize, nullptr,
                                              /*allow_exceptions=*/false);
    if (header.is_discarded() || !header.is_object())
        return fail(Message::tr("its header is not a JSON object (damaged, or not safetensors)"));

    SafetensorsFile out;
    out.dataSection_ = bytes.subspan(8 + headerSize);
    const std::uint64_t dataSize = out.dataSection_.size();
    for (const auto& [key, value] : header.items()) {
        if (key == "__metadata__") {
            if (!value.is_object())
                return fail(Message::tr("its __metadata__ is not an object of strings"));
            for (const auto& [k, v] : value.items()) {
                if (!v.is_string())
                    return fail(Message::tr("its __metadata__ is not an object of strings"));
                out.metadata_[k] = v.get<std::string>();
            }
            continue;
        }
        if (!value.is_object() || !value.contains("dtype") || !value.contains("shape") ||
            !value.contains("data_offsets") || !value["dtype"].is_string() ||
            !value["shape"].is_array() || !value["data_offsets"].is_array() ||
            value["data_offsets"].size() != 2)
            return fail(Message::tr("tensor '%1' in its header lacks a dtype, a shape or two "
                                    "data offsets")
                            .arg(key));
        SafetensorsEntry e;
        e.name = key;
        e.dtype = value["dtype"].get<std::string>();
        const auto size = dtypeSize(e.dtype);
        if (size == 0)
            return fail(
                Message::tr("tensor '%1' has the unknown dtype '%2'").arg(key).arg(e.dtype));
        std::uint64_t elements = 1;
        bool overflow = false;
        for (const auto& d : value["shape"]) {
            const auto dim = whole(d);
            if (!dim || *dim > (std::uint64_t(1) << 48))
                return fail(
                    Message::tr("tensor '%1' has a shape that is not whole numbers").arg(key));
            overflow |= __builtin_mul_overflow(elements, *dim, &elements);
            e.shape.push_back(static_cast<std::int64_t>(*dim));
        }
        const auto begin = whole(value["data_offsets"][0]);
        const auto end = whole(value["data_offsets"][1]);
        if (!begin || !end || *begin > *end || *end > dataSize)
            return fail(Message::tr("tensor '%1' lies outside the file's %2 bytes of data "
                                    "(damaged or truncated)")
                            .arg(key)
                            .arg(std::to_string(dataSize)));
        std::uint64_t bytesNeeded = 0;
        overflow |= __builtin_mul_overflow(elements, std::uint64_t(size), &bytesNeeded);
        if (overflow || bytesNeeded != *end - *begin)
            return fail(
                Message::tr("tensor '%1': its shape needs %2 bytes of %3, its offsets give "
                            "%4")
                    .arg(key)
                    .arg(overflow ? std::string("more than 2^64") : std::to_string(bytesNeeded))
                    .arg(e.dtype)
                    .arg(std::to_string(*end - *begin)));
        e.begin = *begin;
        e.end = *end;
        out.entries_.push_back(std::move(e));
    }
    // The tensors tile the data section in order: no holes, no overlaps, nothing left over.
    std::sort(out.entries_.begin(), out.entries_.end(), [](const auto& a, const auto& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    std::uint64_t at = 0;
    for (const auto& e : out.entries_) {
        if (e.begin != at)
            return fail(Message::tr("tensor '%1' starts at byte %2 of the data, where %3 was "
                                    "expected: the offsets overlap or leave a hole")
                            .arg(e.name)
                            .arg(std::to_string(e.begin))
                            .arg(std::to_string(at)));
        at = e.end;
    }
    if (at != dataSize)
        return fail(Message::tr("its tensors cover %1 of its %2 bytes of data (damaged, or "
                                "bytes appended)")
                        .arg(std::to_string(at))
                        .arg(std::to_string(dataSize)));
    return out;
}

const SafetensorsEntry* SafetensorsFile::find(std::string_view name) const {
    const auto it = std::find_if(entries_.begin(), entries_.end(),
                                 [&](const SafetensorsEntry& e) { return e.name == name; });
    return it == entries_.end() ? nullptr : &*it;
}

std::span<const unsigned char> SafetensorsFile::data(const SafetensorsEntry& entry) const {
    return dataSection_.subspan(entry.begin, entry.end - entry.begin);
}

}  // namespace sentiment::data
