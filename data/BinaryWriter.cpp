#include "data/BinaryWriter.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "data/BinaryReader.h"
#include "data/Crc32.h"

namespace sentiment::data {

BinaryWriter::BinaryWriter(std::filesystem::path target)
    : target_(std::move(target)),
      temp_(target_.string() + ".tmp" + std::to_string(::getpid())),
      out_(temp_, std::ios::binary | std::ios::trunc) {}

BinaryWriter::~BinaryWriter() {
    if (!committed_) {
        out_.close();
        std::error_code ec;
        std::filesystem::remove(temp_, ec);
    }
}

void BinaryWriter::raw(const void* data, std::size_t size) {
    out_.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
    crc_ = crc32({static_cast<const unsigned char*>(data), size}, crc_);
    written_ += size;
}

void BinaryWriter::string(std::string_view s) {
    pod<std::uint64_t>(s.size());
    raw(s.data(), s.size());
}

void BinaryWriter::align(std::size_t alignment) {
    static constexpr char zeros[64] = {};
    while (written_ % alignment != 0) raw(zeros, std::min<std::size_t>(alignment - written_ % alignment, 64));
}

Status BinaryWriter::commit() {
    const BinaryReader::Footer footer{BinaryReader::kFooterMagic, crc_, 0};
    out_.write(reinterpret_cast<const char*>(&footer), sizeof footer);
    out_.flush();
    const bool good = out_.good();
    out_.close();
    if (!good) return Error::at(temp_.string(), Message::tr("cannot write the cache file (disk full?)"));
    const int fd = ::open(temp_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    std::error_code ec;
    std::filesystem::rename(temp_, target_, ec);
    if (ec) return Error::at(target_.string(), Message::tr("cannot put the cache file in place: %1").arg(ec.message()));
    committed_ = true;
    return Done{};
}

}  // namespace sentiment::data
