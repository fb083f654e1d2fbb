#include "downloads/DownloadCheck.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

namespace sentiment::downloads {

DownloadCheck::DownloadCheck(const DownloadSource& source, std::string name)
    : source_(source), name_(std::move(name)) {
    if (source_.zipCrc) zip_.emplace(name_);
}

Status DownloadCheck::feed(std::span<const unsigned char> bytes) {
    bytes_ += bytes.size();
    if (source_.size && bytes_ > source_.size) {
        return Error::at(name_, Message::tr("has more than the %1 bytes of %2 (a different file)")
                                    .arg(source_.size)
                                    .arg(source_.fileName));
    }
    if (!source_.sha256.empty()) sha_.update(bytes);
    if (zip_) return zip_->feed(bytes);
    return Done{};
}

Status DownloadCheck::feedFile(const std::filesystem::path& file, DownloadObserver* observer) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return Error::at(file.string(),
                         Message::tr("cannot be read: %1").arg(std::strerror(errno)));
    std::error_code ec;
    const auto total = std::filesystem::file_size(file, ec);
    std::vector<char> buffer(1 << 20);
    std::uint64_t done = 0;
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const auto n = static_cast<std::size_t>(in.gcount());
        if (n == 0) break;
        if (auto ok = feed({reinterpret_cast<const unsigned char*>(buffer.data()), n}); !ok)
            return ok;
        done += n;
        if (observer) observer->onProgress(done, ec ? 0 : total, 0, -1);
    }
    if (in.bad())
        return Error::at(file.string(), Message::tr("could not be read to the end (an I/O error)"));
    return Done{};
}

Status DownloadCheck::finish() {
    if (source_.size && bytes_ != source_.size) {
        return Error::at(name_, Message::tr("has %1 bytes, but %2 has %3")
                                    .arg(bytes_)
                                    .arg(source_.fileName)
                                    .arg(source_.size));
    }
    if (!source_.sha256.empty()) {
        const auto digest = sha_.hexDigest();
        if (digest != source_.sha256) {
            return Error::at(
                name_, Message::tr(
                           "SHA-256 %1 differs from the published %2 (a damaged or different file)")
                           .arg(digest)
                           .arg(source_.sha256));
        }
    }
    if (zip_) return zip_->finish();
    return Done{};
}

}  // namespace sentiment::downloads
