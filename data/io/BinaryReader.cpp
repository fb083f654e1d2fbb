#include "data/io/BinaryReader.h"

#include "data/io/Crc32.h"

namespace sentiment::data {

std::optional<std::span<const unsigned char>> BinaryReader::verifiedContent(
    std::span<const unsigned char> file) {
    if (file.size() < sizeof(Footer)) return std::nullopt;
    Footer footer{};
    std::memcpy(&footer, file.data() + file.size() - sizeof footer, sizeof footer);
    const auto content = file.first(file.size() - sizeof footer);
    if (footer.magic != kFooterMagic || footer.crc != crc32(content)) return std::nullopt;
    return content;
}

BinaryReader::BinaryReader(const std::filesystem::path& path) {
    auto file = MappedFile::open(path);
    if (!file) {
        failed_ = true;
        return;
    }
    file_ = std::make_shared<const MappedFile>(std::move(*file));
    const auto content = verifiedContent(file_->bytes());
    if (!content) {
        failed_ = damaged_ = true;
        return;
    }
    size_ = content->size();
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
