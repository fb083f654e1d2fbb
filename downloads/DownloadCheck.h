#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>

#include "downloads/DownloadObserver.h"
#include "downloads/DownloadSource.h"
#include "downloads/ZipStreamCheck.h"
#include "foundation/Result.h"
#include "foundation/Sha256.h"

namespace sentiment::downloads {

/// The checks of one download, fed its bytes in order as they arrive: the size, the SHA-256 and,
/// for a zip, every member's CRC-32 (ZipStreamCheck). A finished transfer needs no second
/// reading, and a damaged zip member, or more bytes than published, stops the transfer at once.
class DownloadCheck {
public:
    /// `name` (the file being written) is used in messages.
    DownloadCheck(const DownloadSource& source, std::string name);

    /// The next bytes.
    Status feed(std::span<const unsigned char> bytes);
    /// The bytes of a file already on disk (a part being resumed, or a finished file), in 1 MiB
    /// blocks, with progress through `observer`.
    Status feedFile(const std::filesystem::path& file, DownloadObserver* observer = nullptr);
    /// After the last byte: the size, the digest and the zip's completeness. Call once.
    Status finish();

    std::uint64_t bytes() const { return bytes_; }

private:
    DownloadSource source_;
    std::string name_;
    std::uint64_t bytes_ = 0;
    Sha256 sha_;
    std::optional<ZipStreamCheck> zip_;
};

}  // namespace sentiment::downloads
