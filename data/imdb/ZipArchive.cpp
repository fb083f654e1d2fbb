#include "data/imdb/ZipArchive.h"

#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>

#include <cstring>

namespace sentiment::data {

namespace {
template <typename T>
T load(std::span<const unsigned char> b, std::size_t at) {
    T v{};
    std::memcpy(&v, b.data() + at, sizeof(T));
    return v;  // zip is little-endian, as is every machine this runs on
}
}  // namespace

bool ZipArchive::looksLikeZip(std::span<const unsigned char> b) {
    return b.size() >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5) &&
           (b[3] == 4 || b[3] == 6);
}

Result<ZipArchive> ZipArchive::open(const std::string& path) {
    auto file = MappedFile::open(path);
    if (!file) return file.error();
    ZipArchive zip;
    zip.path_ = path;
    zip.file_ = std::move(*file);
    zip.bytes_ = zip.file_.bytes();
    if (auto parsed = zip.parseDirectory(); !parsed) return parsed.error();
    return zip;
}

Result<ZipArchive> ZipArchive::fromBytes(std::span<const unsigned char> bytes, std::string name) {
    ZipArchive zip;
    zip.path_ = std::move(name);
    zip.bytes_ = bytes;
    if (auto parsed = zip.parseDirectory(); !parsed) return parsed.error();
    return zip;
}

Status ZipArchive::parseDirectory() {
    const auto b = bytes_;
    const auto& path = path_;
    if (b.size() < 22)
        return Error::at(path, Message::tr("too short to be a zip file (%1 bytes)").arg(b.size()));
    // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
    std::size_t eocd = std::string::npos;
    const std::size_t lowest = b.size() > 65557 ? b.size() - 65557 : 0;
    for (std::size_t i = b.size() - 22 + 1; i-- > lowest;) {
        if (load<std::uint32_t>(b, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd == std::string::npos) {
        return Error::at(
            path,
            Message::tr(
                "not a complete zip file: its central directory is missing (truncated download?)"));
    }
    const auto count = load<std::uint16_t>(b, eocd + 10);
    const auto dirSize = load<std::uint32_t>(b, eocd + 12);
    const auto dirOffset = load<std::uint32_t>(b, eocd + 16);
    if (dirOffset == 0xFFFFFFFFu || count == 0xFFFF)
        return Error::at(path, Message::tr("ZIP64 archives are not supported"));
    if (std::uint64_t(dirOffset) + dirSize > eocd)
        return Error::at(path, Message::tr("the zip's central directory is damaged"));
    std::size_t at = dirOffset;
    for (std::uint16_t i = 0; i < count; ++i) {
        if (at + 46 > eocd || load<std::uint32_t>(b, at) != 0x02014b50) {
            return Error::at(
                path, Message::tr("the zip's central directory is damaged at entry %1").arg(i + 1));
        }
        Member m;
        m.method = load<std::uint16_t>(b, at + 10);
        m.crc = load<std::uint32_t>(b, at + 16);
        m.compressedSize = load<std::uint32_t>(b, at + 20);
        m.size = load<std::uint32_t>(b, at + 24);
        const auto nameLen = load<std::uint16_t>(b, at + 28);
        const auto extraLen = load<std::uint16_t>(b, at + 30);
        const auto commentLen = load<std::uint16_t>(b, at + 32);
        m.localHeader = load<std::uint32_t>(b, at + 42);
        if (at + 46 + nameLen > eocd)
            return Error::at(path, Message::tr("the zip's central directory is damaged"));
        m.name.assign(reinterpret_cast<const char*>(b.data() + at + 46), nameLen);
        if (m.size == 0xFFFFFFFFu || m.compressedSize == 0xFFFFFFFFu ||
            m.localHeader == 0xFFFFFFFFu) {
            return Error::at(
                path, Message::tr("member '%1' needs ZIP64, which is not supported").arg(m.name));
        }
        members_.push_back(std::move(m));
        at += 46 + nameLen + extraLen + commentLen;
    }
    return Done{};
}

Result<HugeBuffer<char>> ZipArchive::extract(const Member& m) const {
    const auto b = bytes_;
    const std::string where = path_ + " (" + m.name + ")";
    if (m.localHeader + 30 > b.size() || load<std::uint32_t>(b, m.localHeader) != 0x04034b50) {
        return Error::at(where, Message::tr("the member's local header is damaged"));
    }
    const std::uint64_t dataAt = m.localHeader + 30 + load<std::uint16_t>(b, m.localHeader + 26) +
                                 load<std::uint16_t>(b, m.localHeader + 28);
    if (dataAt + m.compressedSize > b.size()) {
        return Error::at(
            where,
            Message::tr("the member's data runs past the end of the file (truncated download?)"));
    }
    const auto input = b.subspan(dataAt, m.compressedSize);
    HugeBuffer<char> out;
    if (m.method == 0) {
        out.assign(reinterpret_cast<const char*>(input.data()),
                   reinterpret_cast<const char*>(input.data()) + input.size());
    } else if (m.method == 8) {
        // Deflate expands at most 1032 to 1: a member that claims more is damaged or a bomb,
        // and is refused before its size is allocated.
        if (m.size / 1032 > m.compressedSize + 1) {
            return Error::at(
                where,
                Message::tr("the member claims %1 bytes from %2 compressed ones, more than deflate "
                            "can give: the file is damaged")
                    .arg(m.size)
                    .arg(m.compressedSize));
        }
        out.resize(m.size);
        inflate_state s{};
        isal_inflate_init(&s);
        s.crc_flag = ISAL_DEFLATE;
        s.next_in = const_cast<unsigned char*>(input.data());
        s.avail_in = static_cast<std::uint32_t>(input.size());
        s.next_out = reinterpret_cast<unsigned char*>(out.data());
        s.avail_out = static_cast<std::uint32_t>(out.size());
        const int rc = isal_inflate_stateless(&s);
        if (rc == ISAL_OUT_OVERFLOW)
            return Error::at(
                where, Message::tr("the member is larger than the zip says: the file is damaged"));
        if (rc != ISAL_DECOMP_OK)
            return Error::at(
                where, Message::tr("the compressed data is corrupt (download the file again)"));
        if (s.total_out != m.size)
            return Error::at(
                where, Message::tr("the member is shorter than the zip says: the file is damaged"));
    } else {
        return Error::at(
            where,
            Message::tr("compression method %1 is not supported (only deflate)").arg(m.method));
    }
    const std::uint32_t crc =
        crc32_gzip_refl(0, reinterpret_cast<const unsigned char*>(out.data()), out.size());
    if (crc != m.crc)
        return Error::at(
            where, Message::tr("the CRC-32 check failed: the file is corrupt (download it again)"));
    return out;
}

}  // namespace sentiment::data
