#include "data/io/MappedFile.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

namespace sentiment::data {

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
    if (this != &other) {
        this->~MappedFile();
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
    }
    return *this;
}

MappedFile::~MappedFile() {
    if (data_ != nullptr) munmap(const_cast<unsigned char*>(data_), size_);
}

Result<MappedFile> MappedFile::open(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error::at(path.string(), Message::tr("cannot open: %1").arg(std::strerror(errno)));
    struct stat st {};
    if (fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        return Error::at(path.string(), Message::tr("cannot read: %1").arg(std::strerror(err)));
    }
    if (S_ISDIR(st.st_mode)) {
        ::close(fd);
        return Error::at(path.string(), Message::tr("is a folder, not a file"));
    }
    MappedFile file;
    file.size_ = static_cast<std::size_t>(st.st_size);
    if (file.size_ > 0) {
        void* p = mmap(nullptr, file.size_, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED) {
            const int err = errno;
            ::close(fd);
            return Error::at(path.string(),
                             Message::tr("cannot map into memory: %1").arg(std::strerror(err)));
        }
        madvise(p, file.size_, MADV_SEQUENTIAL);
        file.data_ = static_cast<const unsigned char*>(p);
    }
    ::close(fd);
    return file;
}

void MappedFile::populate(std::size_t offset, std::size_t length) const {
#ifdef MADV_POPULATE_READ
    if (data_ == nullptr || offset >= size_) return;
    const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    const std::size_t begin = offset / page * page;
    const std::size_t end = std::min(size_, offset + length);
    madvise(const_cast<unsigned char*>(data_) + begin, end - begin, MADV_POPULATE_READ);
#else
    (void)offset;
    (void)length;
#endif
}

}  // namespace sentiment::data
