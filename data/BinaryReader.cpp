#include "data/BinaryReader.h"

namespace sentiment::data {

BinaryReader::BinaryReader(const std::filesystem::path& path) {
    if (auto file = MappedFile::open(path)) file_ = std::make_shared<const MappedFile>(std::move(*file));
    failed_ = file_ == nullptr;
}

void BinaryReader::raw(void* data, std::size_t bytes) {
    if (failed_ || bytes > remaining()) {
        failed_ = true;
        return;
    }
    if (bytes > 0) std::memcpy(data, base() + position_, bytes);
    position_ += bytes;
}

std::string BinaryReader::string() {
    const auto n = pod<std::uint64_t>();
    if (failed_ || n > remaining()) {
        failed_ = true;
        return {};
    }
    std::string s(reinterpret_cast<const char*>(base() + position_), n);
    position_ += n;
    return s;
}

void BinaryReader::skip(std::uint64_t bytes) {
    if (failed_ || bytes > remaining()) {
        failed_ = true;
        return;
    }
    position_ += bytes;
}

void BinaryReader::align(std::size_t alignment) {
    if (position_ % alignment != 0) skip(alignment - position_ % alignment);
}

}  // namespace sentiment::data
