#pragma once

#include <chrono>

#include <filesystem>
#include <optional>
#include <stop_token>
#include <string>

#include "downloads/DownloadObserver.h"
#include "downloads/DownloadSource.h"
#include "foundation/Result.h"

namespace sentiment::downloads {

/// Downloads a DownloadSource into a folder with libcurl, only when the user asks.
///
/// - HTTPS only (plain HTTP to 127.0.0.1/localhost alone); redirects only to HTTPS. The proxy is
///   the caller's (the GUI asks the desktop's settings, the CLI takes --proxy), else the
///   environment's (`https_proxy`, `no_proxy`), as libcurl reads them.
/// - The bytes go to `NAME.part`; an interrupted or cancelled download keeps it, and the next
///   call resumes it with an HTTP Range request (from zero if the server ignores ranges).
/// - The size, SHA-256 and (zips) every member's CRC-32 are checked while the bytes arrive
///   (DownloadCheck); a resumed part is read through the checks first. The file gets its name
///   only after all of them pass; a failed check deletes the part file (a damaged zip member stops
///   the transfer as soon as it has arrived), so nothing half-written is ever used.
/// - Errors name the address or the file and the problem; without a connection the message says
///   that a file downloaded by hand can be opened instead.
class Downloader {
public:
    /// The folder downloads go to by default: $XDG_DATA_HOME/sentiment-lab/downloads
    /// (~/.local/share/sentiment-lab/downloads).
    static std::filesystem::path defaultFolder();

    /// The checked file (`folder / source.fileName`). An existing file is checked, not fetched
    /// again. `proxy`: nothing = libcurl's environment (`https_proxy`, `no_proxy` ...); "" = no
    /// proxy at all; else the proxy's address ("http://host:3128", "socks5h://host:1080"). A
    /// transfer that receives nothing for `stallAfter` is given up on, its part kept for the next
    /// call.
    static Result<std::filesystem::path> fetch(
        const DownloadSource& source, const std::filesystem::path& folder,
        DownloadObserver* observer = nullptr, std::stop_token stop = {},
        const std::optional<std::string>& proxy = std::nullopt,
        std::chrono::seconds stallAfter = kStallTimeout);

    /// How long a transfer may receive nothing before it is given up on (resumable).
    static constexpr std::chrono::seconds kStallTimeout{60};

    /// The checks alone, on a file already there (size, SHA-256, zip CRC-32s).
    static Status verify(const DownloadSource& source, const std::filesystem::path& file,
                         DownloadObserver* observer = nullptr);
};

}  // namespace sentiment::downloads
