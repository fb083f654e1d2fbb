#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "foundation/Result.h"

namespace sentiment::downloads {

/// Checks a zip file while its bytes arrive, in order (a download): each member's local header,
/// its data inflated on the fly, and its CRC-32 and sizes against the header (or the data
/// descriptor after the data), up to the central directory. A damaged member is reported as
/// soon as its last byte has arrived, naming it. Memory stays small (a 64 KiB output buffer),
/// whatever the members' sizes: GloVe 6B's 300d member is 1 GB.
///
/// Members are stored or deflated; ZIP64 and encrypted members are refused.
class ZipStreamCheck {
public:
    /// `name` is the file or address used in messages.
    explicit ZipStreamCheck(std::string name);
    ~ZipStreamCheck();
    ZipStreamCheck(ZipStreamCheck&&) noexcept;
    ZipStreamCheck& operator=(ZipStreamCheck&&) noexcept;

    /// The next bytes of the file. After an error, the check stays failed.
    Status feed(std::span<const unsigned char> bytes);
    /// After the last byte: the central directory was reached and every member before it checked.
    Status finish() const;

    std::size_t membersChecked() const { return checked_; }
    /// Bytes fed so far.
    std::uint64_t offset() const { return offset_; }

private:
    enum class Stage { Header, Data, Descriptor, Directory, Failed };
    struct Inflate;

    Status step(bool& progressed);
    Status parseHeader(bool& progressed);
    Status inflateData(bool& progressed);
    Status storedData(bool& progressed);
    Status storedDataOfUnknownSize(bool& progressed);
    Status parseDescriptor(bool& progressed);
    Status endMember(std::uint32_t crc, std::uint64_t compressed, std::uint64_t size);
    Error fail(Message what);

    std::string name_;
    Stage stage_ = Stage::Header;
    std::vector<unsigned char>
        pending_;          // bytes fed and not yet used (plus a few used ones, for the inflater)
    std::size_t pos_ = 0;  // first unused byte of pending_
    std::uint64_t offset_ = 0;
    std::size_t checked_ = 0;
    std::unique_ptr<Inflate> inflate_;
    std::vector<unsigned char> out_;
    std::optional<Error> error_;
    // The member being read.
    std::string member_;
    std::uint16_t flags_ = 0, method_ = 0;
    bool unknownSize_ = false;  // a stored member whose size only its data descriptor says
    std::uint32_t crc_ = 0, expectedCrc_ = 0;
    std::uint64_t compressed_ = 0, size_ = 0;          // from the local header
    std::uint64_t readCompressed_ = 0, produced_ = 0;  // seen so far
};

}  // namespace sentiment::downloads
