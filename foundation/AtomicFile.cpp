#include "foundation/AtomicFile.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace sentiment {

AtomicFile::AtomicFile(std::filesystem::path target)
    : target_(std::move(target)), temp_(target_.string() + ".tmp" + std::to_string(::getpid())) {
    errno = 0;
    out_.open(temp_, std::ios::binary | std::ios::trunc);
    if (!out_.is_open()) openError_ = errno;
}

AtomicFile::~AtomicFile() {
    if (!done_) discard();
}

void AtomicFile::discard() {
    if (out_.is_open()) out_.close();
    std::error_code ec;
    std::filesystem::remove(temp_, ec);
    done_ = true;
}

Status AtomicFile::commit() {
    if (done_) return Error::at(target_.string(), Message::tr("the file was already written"));
    if (!out_.is_open()) {
        discard();
        if (openError_ == 0)
            return Error::at(target_.string(),
                             Message::tr("cannot create the file (is the folder writable?)"));
        return Error::at(target_.string(),
                         Message::tr("cannot create the file: %1").arg(std::strerror(openError_)));
    }
    out_.flush();
    bool good = out_.good();
    out_.close();
    good = good && !out_.fail();
    if (good) {
        // The data reach the disk before the name does: after a power cut the target is the old
        // file or the whole new one.
        const int fd = ::open(temp_.c_str(), O_RDONLY | O_CLOEXEC);
        good = fd >= 0 && ::fsync(fd) == 0;
        if (fd >= 0) ::close(fd);
    }
    if (!good) {
        discard();
        return Error::at(target_.string(), Message::tr("cannot write the file (disk full?)"));
    }
    std::error_code ec;
    std::filesystem::rename(temp_, target_, ec);
    if (ec) {
        discard();
        return Error::at(target_.string(),
                         Message::tr("cannot put the file in place: %1").arg(ec.message()));
    }
    done_ = true;
    return Done{};
}

Status AtomicFile::write(const std::filesystem::path& target, std::string_view bytes) {
    AtomicFile file(target);
    if (file.opened()) file.out().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file.commit();
}

Status AtomicFile::copy(const std::filesystem::path& from, const std::filesystem::path& target) {
    std::ifstream in(from, std::ios::binary);
    if (!in)
        return Error::at(from.string(),
                         Message::tr("cannot read the file: %1").arg(std::strerror(errno)));
    AtomicFile file(target);
    if (file.opened()) {
        file.out() << in.rdbuf();
        if (in.bad()) {
            file.discard();
            return Error::at(from.string(),
                             Message::tr("cannot read the file: %1").arg(std::strerror(errno)));
        }
    }
    return file.commit();
}

}  // namespace sentiment
