#include "data/BinaryReader.h"

namespace sentiment::data {

BinaryReader::BinaryReader(const std::filesystem::path& path) {
    std::error_code ec;
    size_ = std::filesystem::file_size(path, ec);
    file_ = ec ? nullptr : std::fopen(path.c_str(), "rb");
    failed_ = file_ == nullptr;
    if (file_ != nullptr) std::setvbuf(file_, nullptr, _IONBF, 0);  // big reads go straight to the buffers
}

BinaryReader::~BinaryReader() {
    if (file_ != nullptr) std::fclose(file_);
}

void BinaryReader::raw(void* data, std::size_t size) {
    if (failed_ || size > remaining()) {
        failed_ = true;
        return;
    }
    if (size > 0 && std::fread(data, 1, size, file_) != size) failed_ = true;
    position_ += size;
}

std::string BinaryReader::string() {
    const auto n = pod<std::uint64_t>();
    if (failed_ || n > remaining()) {
        failed_ = true;
        return {};
    }
    std::string s(n, '\0');
    raw(s.data(), n);
    return s;
}

void BinaryReader::skip(std::uint64_t bytes) {
    if (failed_ || bytes > remaining() || std::fseek(file_, static_cast<long>(bytes), SEEK_CUR) != 0) {
        failed_ = true;
        return;
    }
    position_ += bytes;
}

void BinaryReader::align(std::size_t alignment) {
    if (position_ % alignment != 0) skip(alignment - position_ % alignment);
}

}  // namespace sentiment::data
