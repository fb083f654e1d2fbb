#include "downloads/ZipStreamCheck.h"

#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace sentiment::downloads {

namespace {
constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::uint32_t kCentralHeader = 0x02014b50;
constexpr std::uint32_t kEndOfDirectory = 0x06054b50;
constexpr std::uint32_t kDescriptor = 0x08074b50;
constexpr std::size_t kKeep =
    16;  // used bytes kept before pos_: the inflater may give back its read-ahead

template <typename T>
T load(const unsigned char* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
}  // namespace

struct ZipStreamCheck::Inflate {
    inflate_state state{};
};

ZipStreamCheck::ZipStreamCheck(std::string name) : name_(std::move(name)), out_(1 << 16) {}
ZipStreamCheck::~ZipStreamCheck() = default;
ZipStreamCheck::ZipStreamCheck(ZipStreamCheck&&) noexcept = default;
ZipStreamCheck& ZipStreamCheck::operator=(ZipStreamCheck&&) noexcept = default;

Error ZipStreamCheck::fail(Message what) {
    stage_ = Stage::Failed;
    if (!member_.empty()) what = Message::tr("member '%1': %2").arg(member_).arg(std::move(what));
    error_ = Error::at(name_, std::move(what));
    return *error_;
}

Status ZipStreamCheck::feed(std::span<const unsigned char> bytes) {
    if (error_) return *error_;
    offset_ += bytes.size();
    if (stage_ == Stage::Directory) return Done{};  // the central directory: nothing more to check
    pending_.insert(pending_.end(), bytes.begin(), bytes.end());
    for (bool progressed = true; progressed && stage_ != Stage::Directory;) {
        progressed = false;
        if (auto ok = step(progressed); !ok) return ok;
    }
    if (stage_ == Stage::Directory) {
        pending_.clear();
        pos_ = 0;
    } else if (pos_ > kKeep) {
        pending_.erase(pending_.begin(),
                       pending_.begin() + static_cast<std::ptrdiff_t>(pos_ - kKeep));
        pos_ = kKeep;
    }
    return Done{};
}

Status ZipStreamCheck::step(bool& progressed) {
    switch (stage_) {
        case Stage::Header:
            return parseHeader(progressed);
        case Stage::Data:
            if (method_ != 0) return inflateData(progressed);
            return unknownSize_ ? storedDataOfUnknownSize(progressed) : storedData(progressed);
        case Stage::Descriptor:
            return parseDescriptor(progressed);
        case Stage::Directory:
            return Done{};
        case Stage::Failed:
            return *error_;
    }
    return Done{};
}

Status ZipStreamCheck::parseHeader(bool& progressed) {
    const std::size_t avail = pending_.size() - pos_;
    if (avail < 4) return Done{};
    const unsigned char* p = pending_.data() + pos_;
    const auto signature = load<std::uint32_t>(p);
    if (signature == kCentralHeader || signature == kEndOfDirectory) {
        stage_ = Stage::Directory;
        progressed = true;
        return Done{};
    }
    if (signature != kLocalHeader) {
        const std::uint64_t at = offset_ - avail;
        return fail(Message::tr("not a zip file, or damaged at byte %1").arg(at));
    }
    if (avail < 30) return Done{};
    const std::size_t nameLen = load<std::uint16_t>(p + 26);
    const std::size_t extraLen = load<std::uint16_t>(p + 28);
    if (avail < 30 + nameLen + extraLen) return Done{};
    flags_ = load<std::uint16_t>(p + 6);
    method_ = load<std::uint16_t>(p + 8);
    expectedCrc_ = load<std::uint32_t>(p + 14);
    compressed_ = load<std::uint32_t>(p + 18);
    size_ = load<std::uint32_t>(p + 22);
    member_.assign(reinterpret_cast<const char*>(p + 30), nameLen);
    pos_ += 30 + nameLen + extraLen;
    progressed = true;
    crc_ = 0;
    readCompressed_ = produced_ = 0;
    if (flags_ & 1u) return fail(Message::tr("the member is encrypted, which is not supported"));
    if (compressed_ == 0xFFFFFFFFu || size_ == 0xFFFFFFFFu) {
        return fail(Message::tr("the member needs ZIP64, which is not supported"));
    }
    const bool descriptor = (flags_ & 8u) != 0;
    unknownSize_ = false;
    if (method_ == 0) {
        // A stored member's end is its size. Writers that stream (libarchive 3.7, Debian 13's)
        // leave it to the data descriptor after the data, with zeros in the local header: such a
        // member ends at the first descriptor whose sizes are those of the bytes before it.
        unknownSize_ = descriptor && compressed_ == 0 && size_ == 0;
        if (descriptor && compressed_ != size_) {
            return fail(Message::tr(
                "a stored member without its size cannot be checked while downloading"));
        }
    } else if (method_ == 8) {
        if (!inflate_) inflate_ = std::make_unique<Inflate>();
        isal_inflate_init(&inflate_->state);
        inflate_->state.crc_flag = ISAL_DEFLATE;
    } else {
        return fail(
            Message::tr("compression method %1 is not supported (only deflate)").arg(method_));
    }
    stage_ = Stage::Data;
    return Done{};
}

Status ZipStreamCheck::storedData(bool& progressed) {
    const std::size_t avail = pending_.size() - pos_;
    const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(avail, size_ - produced_));
    if (n > 0) {
        crc_ = crc32_gzip_refl(crc_, pending_.data() + pos_, n);
        pos_ += n;
        produced_ += n;
        progressed = true;
    }
    if (produced_ == size_) {
        readCompressed_ = produced_;
        progressed = true;
        if (flags_ & 8u) {
            stage_ = Stage::Descriptor;
            return Done{};
        }
        return endMember(expectedCrc_, compressed_, size_);
    }
    return Done{};
}

Status ZipStreamCheck::storedDataOfUnknownSize(bool& progressed) {
    static constexpr std::array<unsigned char, 4> kSignature{0x50, 0x4b, 0x07,
                                                             0x08};  // kDescriptor
    constexpr std::size_t kDescriptorBytes = 16;  // signature, CRC-32, compressed and real size
    const auto take = [&](const unsigned char* from, std::size_t n) {
        crc_ = crc32_gzip_refl(crc_, from, n);
        produced_ += n;
        pos_ += n;
        progressed = true;
    };
    for (;;) {
        const unsigned char* begin = pending_.data() + pos_;
        const unsigned char* end = pending_.data() + pending_.size();
        const unsigned char* at = std::search(begin, end, kSignature.begin(), kSignature.end());
        // Every byte before a signature is the member's; without one, all but the last three
        // (which may begin a signature whose rest has not arrived).
        const unsigned char* dataEnd = at != end ? at : std::max(begin, end - 3);
        if (dataEnd > begin) take(begin, static_cast<std::size_t>(dataEnd - begin));
        if (at == end || static_cast<std::size_t>(end - at) < kDescriptorBytes) return Done{};
        const auto crc = load<std::uint32_t>(at + 4);
        const auto compressed = load<std::uint32_t>(at + 8);
        const auto size = load<std::uint32_t>(at + 12);
        // A descriptor whose sizes are those of the bytes before it is the member's end (a damaged
        // member then fails its CRC here, as soon as it has arrived).
        if (compressed == produced_ && size == produced_) {
            pos_ += kDescriptorBytes;
            readCompressed_ = produced_;
            progressed = true;
            return endMember(crc, compressed, size);
        }
        take(at, 1);  // the member's own bytes that looked like a signature
    }
}

Status ZipStreamCheck::inflateData(bool& progressed) {
    auto& s = inflate_->state;
    const bool known = (flags_ & 8u) == 0;
    std::size_t avail = pending_.size() - pos_;
    if (known)
        avail =
            static_cast<std::size_t>(std::min<std::uint64_t>(avail, compressed_ - readCompressed_));
    s.next_in = pending_.data() + pos_;
    s.avail_in = static_cast<std::uint32_t>(std::min<std::size_t>(avail, UINT32_MAX));
    for (;;) {
        s.next_out = out_.data();
        s.avail_out = static_cast<std::uint32_t>(out_.size());
        const unsigned char* before = s.next_in;
        const int rc = isal_inflate(&s);
        if (rc < 0)
            return fail(Message::tr("the compressed data is corrupt (download the file again)"));
        const std::size_t produced = out_.size() - s.avail_out;
        const auto used = static_cast<std::size_t>(s.next_in - before);
        crc_ = crc32_gzip_refl(crc_, out_.data(), produced);
        produced_ += produced;
        pos_ += used;
        readCompressed_ += used;
        if (produced > 0 || used > 0) progressed = true;
        if (known && produced_ > size_)
            return fail(Message::tr("the member is larger than the zip says: the file is damaged"));
        if (s.block_state == ISAL_BLOCK_FINISH) {
            // Give back what the inflater read ahead past the end of the deflate stream.
            const auto back = static_cast<std::size_t>(std::max(0, s.read_in_length) / 8);
            pos_ -= back;
            readCompressed_ -= back;
            s.read_in_length = 0;
            s.read_in = 0;
            progressed = true;
            if (!known) {
                stage_ = Stage::Descriptor;
                return Done{};
            }
            return endMember(expectedCrc_, compressed_, size_);
        }
        if (produced == 0 && used == 0) break;  // needs more input
        if (s.avail_in == 0 && s.avail_out > 0) break;
    }
    if (known && readCompressed_ >= compressed_) {
        return fail(Message::tr("the member is shorter than the zip says: the file is damaged"));
    }
    return Done{};
}

Status ZipStreamCheck::parseDescriptor(bool& progressed) {
    const std::size_t avail = pending_.size() - pos_;
    if (avail < 4) return Done{};
    const unsigned char* p = pending_.data() + pos_;
    const std::size_t skip = load<std::uint32_t>(p) == kDescriptor ? 4 : 0;
    if (avail < skip + 12) return Done{};
    const auto crc = load<std::uint32_t>(p + skip);
    const auto compressed = load<std::uint32_t>(p + skip + 4);
    const auto size = load<std::uint32_t>(p + skip + 8);
    pos_ += skip + 12;
    progressed = true;
    return endMember(crc, compressed, size);
}

Status ZipStreamCheck::endMember(std::uint32_t crc, std::uint64_t compressed, std::uint64_t size) {
    if (produced_ != size) {
        return fail(
            produced_ < size
                ? Message::tr("the member is shorter than the zip says: the file is damaged")
                : Message::tr("the member is larger than the zip says: the file is damaged"));
    }
    if (readCompressed_ != compressed)
        return fail(Message::tr("the compressed data is corrupt (download the file again)"));
    if (crc_ != crc)
        return fail(
            Message::tr("the CRC-32 check failed: the file is corrupt (download it again)"));
    ++checked_;
    member_.clear();
    stage_ = Stage::Header;
    return Done{};
}

Status ZipStreamCheck::finish() const {
    if (error_) return *error_;
    if (stage_ == Stage::Directory) return Done{};
    if (stage_ == Stage::Header) {
        return Error::at(
            name_, Message::tr("the zip ends before its central directory (truncated download?)"));
    }
    return Error::at(
        name_, Message::tr("the zip ends inside member '%1' (truncated download?)").arg(member_));
}

}  // namespace sentiment::downloads
