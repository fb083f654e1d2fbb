#pragma once

#include <filesystem>
#include <fstream>
#include <string_view>

#include "foundation/Result.h"

namespace sentiment {

/// A file written whole or not at all: the bytes go to a temporary name beside the target
/// (TARGET.tmpPID), are flushed and synced to disk, and only then renamed over the target, so
/// a crash, a kill or a full disk leaves either the old file or the new one, never a part.
/// Destroyed uncommitted, it removes the temporary file.
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// Where the bytes go until commit(); check opened() before writing.
    std::ostream& out() { return out_; }
    bool opened() const { return out_.is_open(); }
    const std::filesystem::path& target() const { return target_; }

    /// Flushes, syncs and renames. Errors name the target: it cannot be created, written (a full
    /// disk), or put in place; the temporary file is gone either way.
    Status commit();

    /// `bytes` as the whole file `target`.
    static Status write(const std::filesystem::path& target, std::string_view bytes);
    /// A copy of `from` as the whole file `target`.
    static Status copy(const std::filesystem::path& from, const std::filesystem::path& target);

private:
    void discard();

    std::filesystem::path target_;
    std::filesystem::path temp_;
    std::ofstream out_;
    int openError_ = 0;
    bool done_ = false;
};

}  // namespace sentiment
