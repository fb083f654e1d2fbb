#pragma once

#include <cstdint>
#include <string_view>

namespace sentiment::downloads {

/// Watches a download. Calls come from the downloading thread, at most ~10 a second.
class DownloadObserver {
public:
    virtual ~DownloadObserver() = default;
    /// "download" then "verify".
    virtual void onPhase(std::string_view /*phase*/) {}
    /// Bytes of the file so far (a resumed download starts at what was there), the total (0 when
    /// unknown), the current rate in bytes per second and the seconds left (-1 when unknown).
    virtual void onProgress(std::uint64_t /*done*/, std::uint64_t /*total*/,
                            double /*bytesPerSecond*/, double /*secondsLeft*/) {}
};

}  // namespace sentiment::downloads
