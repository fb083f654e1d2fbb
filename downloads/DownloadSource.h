#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sentiment::downloads {

/// What can be downloaded, from where, and how the file is checked before it is used.
struct DownloadSource {
    std::string name;  ///< "imdb" or "glove"
    std::string
        url;  ///< https:// (http:// only to 127.0.0.1 / localhost, for tests and local mirrors)
    std::string fileName;    ///< saved as this in the download folder
    std::uint64_t size = 0;  ///< expected bytes; 0 = not checked
    std::string sha256;      ///< expected digest (lower-case hex); empty = not checked
    bool zipCrc = false;     ///< a zip whose every member's CRC-32 must check out

    /// The Large Movie Review Dataset from Stanford: 84,125,825 bytes, with its SHA-256.
    static DownloadSource imdb();
    /// GloVe 6B (all four dimensions in one zip): 862,182,613 bytes, every member's CRC-32.
    static DownloadSource glove();
    /// "imdb" or "glove"; nullopt for anything else.
    static std::optional<DownloadSource> named(std::string_view name);
};

}  // namespace sentiment::downloads
