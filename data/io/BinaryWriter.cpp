#include "data/io/BinaryWriter.h"

#include <algorithm>

#include "data/io/BinaryReader.h"
#include "data/io/Crc32.h"

namespace sentiment::data {

BinaryWriter::BinaryWriter(std::filesystem::path target) : file_(std::move(target)) {}

void BinaryWriter::raw(const void* data, std::size_t size) {
    file_.out().write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
    crc_ = crc32({static_cast<const unsigned char*>(data), size}, crc_);
    written_ += size;
}

void BinaryWriter::string(std::string_view s) {
    pod<std::uint64_t>(s.size());
    raw(s.data(), s.size());
}

void BinaryWriter::align(std::size_t alignment) {
    static constexpr char zeros[64] = {};
    while (written_ % alignment != 0)
        raw(zeros, std::min<std::size_t>(alignment - written_ % alignment, 64));
}

Status BinaryWriter::commit() {
    const BinaryReader::Footer footer{BinaryReader::kFooterMagic, crc_, 0};
    file_.out().write(reinterpret_cast<const char*>(&footer), sizeof footer);
    return file_.commit();
}

}  // namespace sentiment::data
