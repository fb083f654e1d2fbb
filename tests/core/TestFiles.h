#pragma once

// Helpers that make small fixtures on the fly: temporary folders, text files and archives.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace sentiment::test {

/// A fresh temporary folder, removed with its contents when the object dies.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

using Entries = std::vector<std::pair<std::string, std::string>>;  // path in archive, content

/// Writes `content` to `path` (creating folders).
void writeFile(const std::filesystem::path& path, const std::string& content);
std::string readFile(const std::filesystem::path& path);

/// Writes an archive with libarchive: format "gnutar"/"ustar" + filter "gzip"/"none", or "zip"
/// (deflated; filter "none" stores the members).
void writeArchive(const std::filesystem::path& path, const Entries& entries,
                  const std::string& format = "ustar", const std::string& filter = "gzip");

/// A small aclImdb-layout dataset: `perClass` reviews per class per split.
Entries smallImdb(int perClass, const std::string& prefix = "aclImdb/");

}  // namespace sentiment::test
