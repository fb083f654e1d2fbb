#include "data/imdb/ImdbReader.h"

#include <archive.h>
#include <archive_entry.h>

#include <cstring>
#include <fstream>
#include <functional>
#include <memory>

#include "data/imdb/GzipInflater.h"
#include "data/imdb/ReviewCollector.h"
#include "data/io/MappedFile.h"

namespace sentiment::data {

namespace fs = std::filesystem;

namespace {

struct ArchiveDeleter {
    void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

// libarchive pulls decompressed bytes from ISA-L through this callback.
struct InflaterSource {
    GzipInflater inflater;
    std::optional<Error> error;
};

la_ssize_t readFromInflater(archive* a, void* client, const void** buffer) {
    auto* source = static_cast<InflaterSource*>(client);
    auto chunk = source->inflater.next();
    if (!chunk) {
        source->error = chunk.error();
        archive_set_error(a, EIO, "%s", source->error->message.c_str());
        return -1;
    }
    *buffer = chunk->data();
    return static_cast<la_ssize_t>(chunk->size());
}

// What a file that is not an archive looks like, for a clearer message.
Message sniff(std::span<const unsigned char> b) {
    auto starts = [&](std::string_view magic) {
        return b.size() >= magic.size() && std::memcmp(b.data(), magic.data(), magic.size()) == 0;
    };
    if (starts("\x89PNG"))
        return Message::tr("this is a PNG image, not the IMDb archive (aclImdb_v1.tar.gz)");
    if (starts("\xff\xd8\xff"))
        return Message::tr("this is a JPEG image, not the IMDb archive (aclImdb_v1.tar.gz)");
    if (starts("%PDF"))
        return Message::tr("this is a PDF document, not the IMDb archive (aclImdb_v1.tar.gz)");
    if (starts("<!DOCTYPE") || starts("<!doctype") || starts("<html") || starts("<HTML")) {
        return Message::tr(
            "this is a web page (HTML), perhaps an error page saved instead of the download, "
            "not the IMDb archive (aclImdb_v1.tar.gz)");
    }
    return {};
}

Status walk(archive* a, const std::string& name, ReviewCollector& collector, std::size_t maxBytes,
            const std::function<void()>& progress, std::stop_token stop) {
    archive_entry* entry = nullptr;
    std::size_t entries = 0;
    for (;;) {
        const int rc = archive_read_next_header(a, &entry);
        if (rc == ARCHIVE_EOF) break;
        if (rc < ARCHIVE_WARN) {
            const char* why = archive_error_string(a);
            std::string what = why != nullptr ? why : "unknown error";
            if (entries == 0 && what.find("Unrecognized archive format") != std::string::npos) {
                return Error::at(
                    name,
                    Message::tr("not an archive this program can read (expected aclImdb_v1.tar.gz "
                                "or the extracted aclImdb folder)"));
            }
            return Error::at(
                name,
                Message::tr("cannot read the archive after %1 entries: %2").arg(entries).arg(what));
        }
        ++entries;
        if (stop.stop_requested()) return Error::at(name, Message::tr("reading was cancelled"));
        const char* rawPath = archive_entry_pathname(entry);
        const std::string_view path = rawPath != nullptr ? rawPath : "";
        if (ReviewCollector::escapes(path)) {
            return Error::at(
                name, Message::tr("the archive entry '%1' points outside the archive ('..' or an "
                                  "absolute path); this archive is refused")
                          .arg(path));
        }
        if (archive_entry_filetype(entry) != AE_IFREG || archive_entry_hardlink(entry) != nullptr) {
            // A link named like a review would read another file's bytes: never followed.
            if (archive_entry_filetype(entry) != AE_IFDIR && ReviewCollector::classify(path))
                collector.ignoreLink(path);
            continue;
        }
        bool badName = false;
        const auto info = ReviewCollector::classify(path, &badName);
        if (!info) {
            if (badName) collector.ignore(path);
            continue;
        }
        const auto size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
        thread_local std::string text;  // reused: no allocation per review
        text.resize(size >= 0 ? std::min<std::size_t>(static_cast<std::size_t>(size), maxBytes + 1)
                              : 64 * 1024);
        std::size_t filled = 0;
        for (;;) {
            if (filled == text.size()) {
                if (text.size() > maxBytes) break;  // enough: the rest is cut
                text.resize(std::min(text.size() * 2, maxBytes + 1));
            }
            const la_ssize_t n = archive_read_data(a, text.data() + filled, text.size() - filled);
            if (n < 0) {
                const char* why = archive_error_string(a);
                return Error::at(
                    name,
                    Message::tr("cannot read '%1': %2").arg(path).arg(why ? why : "unknown error"));
            }
            if (n == 0) break;
            filled += static_cast<std::size_t>(n);
        }
        const bool truncated = filled > maxBytes;
        collector.add(*info, path, std::string_view(text.data(), filled), truncated);
        if ((entries & 255) == 0) progress();
    }
    return Done{};
}

ArchivePtr newArchive(bool anyFormat) {
    ArchivePtr a(archive_read_new());
    if (anyFormat) {
        archive_read_support_filter_all(a.get());
        archive_read_support_format_all(a.get());
    } else {
        archive_read_support_format_tar(a.get());
        archive_read_support_format_gnutar(a.get());
    }
    return a;
}

}  // namespace

Result<ImdbData> ImdbReader::read(const fs::path& path, ProgressObserver* observer,
                                  std::stop_token stop, ReviewQueue* queue) const {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        return Error::at(
            path.string(),
            Message::tr(
                "does not exist; choose aclImdb_v1.tar.gz or the extracted aclImdb folder"));
    }
    if (fs::is_directory(status)) return readFolder(path, observer, stop, queue);
    return readArchiveFile(path, observer, stop, queue);
}

Result<ImdbData> ImdbReader::readArchiveFile(const fs::path& path, ProgressObserver* observer,
                                             std::stop_token stop, ReviewQueue* queue) const {
    auto file = MappedFile::open(path);
    if (!file) return file.error();
    if (file->size() == 0)
        return Error::at(path.string(), Message::tr("the file is empty (0 bytes)"));
    if (auto kind = sniff(file->bytes()); !kind.empty())
        return Error::at(path.string(), std::move(kind));
    return readArchive(file->bytes(), path.string(), observer, stop, queue);
}

Result<ImdbData> ImdbReader::readArchive(std::span<const unsigned char> bytes,
                                         const std::string& name, ProgressObserver* observer,
                                         std::stop_token stop, ReviewQueue* queue) const {
    if (observer != nullptr) observer->onPhase("read");
    // The gzip trailer holds the uncompressed size (mod 4 GiB): an upper bound for the texts.
    std::size_t expected = bytes.size() * 4;
    if (GzipInflater::looksLikeGzip(bytes) && bytes.size() >= 4) {
        std::uint32_t isize = 0;
        std::memcpy(&isize, bytes.data() + bytes.size() - 4, 4);
        expected = std::max<std::size_t>(isize, bytes.size());
    }
    ReviewCollector collector(name, options_.maxReviewBytes, expected, queue);
    Status walked = Done{};
    if (GzipInflater::looksLikeGzip(bytes)) {
        InflaterSource source{GzipInflater(bytes, name), {}};
        auto a = newArchive(false);
        if (archive_read_open(a.get(), &source, nullptr, readFromInflater, nullptr) != ARCHIVE_OK) {
            if (source.error) return *source.error;
            const char* why = archive_error_string(a.get());
            return Error::at(
                name,
                Message::tr("not a tar archive inside the gzip file: %1").arg(why ? why : ""));
        }
        const auto total = static_cast<double>(bytes.size());
        walked = walk(
            a.get(), name, collector, options_.maxReviewBytes,
            [&] {
                if (observer != nullptr)
                    observer->onProgress(static_cast<double>(source.inflater.consumed()), total);
            },
            stop);
        if (!walked && source.error) return *source.error;
    } else {
        auto a = newArchive(true);
        if (archive_read_open_memory(a.get(), bytes.data(), bytes.size()) != ARCHIVE_OK) {
            const char* why = archive_error_string(a.get());
            return Error::at(
                name, Message::tr("not an archive this program can read: %1").arg(why ? why : ""));
        }
        const auto total = static_cast<double>(bytes.size());
        walked = walk(
            a.get(), name, collector, options_.maxReviewBytes,
            [&] {
                if (observer != nullptr)
                    observer->onProgress(static_cast<double>(archive_filter_bytes(a.get(), -1)),
                                         total);
            },
            stop);
    }
    if (!walked) return walked.error();
    if (observer != nullptr) observer->onProgress(1, 1);
    auto result = collector.finish();
    if (result && observer != nullptr) {
        for (const auto& w : result->report.warnings) observer->onWarning(w);
    }
    return result;
}

Result<ImdbData> ImdbReader::readFolder(const fs::path& path, ProgressObserver* observer,
                                        std::stop_token stop, ReviewQueue* queue) const {
    fs::path root = path;
    std::error_code ec;
    if (!fs::is_directory(root / "train", ec) && fs::is_directory(root / "aclImdb", ec))
        root /= "aclImdb";
    for (const char* split : {"train", "test"}) {
        if (!fs::is_directory(root / split, ec)) {
            return Error::at(
                path.string(),
                Message::tr("this folder has no %1/ folder; choose the extracted aclImdb "
                            "folder (it holds train/ and test/) or the folder that contains it")
                    .arg(split));
        }
        for (const char* label : {"pos", "neg"}) {
            if (!fs::is_directory(root / split / label, ec)) {
                return Error::at((root / split).string(),
                                 Message::tr("has no %1/ folder").arg(label));
            }
        }
    }
    if (observer != nullptr) observer->onPhase("read");
    ReviewCollector collector(path.string(), options_.maxReviewBytes, 0, queue);
    std::vector<std::pair<ReviewInfo, fs::path>> files;
    std::size_t expected = 0;
    for (const char* split : {"train", "test"}) {
        for (const char* label : {"pos", "neg"}) {
            for (const auto& entry : fs::directory_iterator(root / split / label, ec)) {
                if (!entry.is_regular_file(ec)) continue;
                const std::string rel =
                    std::string(split) + "/" + label + "/" + entry.path().filename().string();
                bool badName = false;
                if (const auto info = ReviewCollector::classify(rel, &badName)) {
                    files.emplace_back(*info, entry.path());
                    std::error_code sizeError;
                    const auto size = entry.file_size(sizeError);
                    if (!sizeError)
                        expected += std::min<std::size_t>(size, options_.maxReviewBytes + 1);
                } else if (badName) {
                    collector.ignore(rel);
                }
            }
            if (ec)
                return Error::at((root / split / label).string(),
                                 Message::tr("cannot list the folder: %1").arg(ec.message()));
        }
    }
    collector.reserve(expected);
    const auto maxBytes = options_.maxReviewBytes;
    std::size_t done = 0;
    for (const auto& [info, file] : files) {
        if (stop.stop_requested())
            return Error::at(path.string(), Message::tr("reading was cancelled"));
        std::ifstream in(file, std::ios::binary);
        if (!in) return Error::at(file.string(), Message::tr("cannot open the review file"));
        const auto size = fs::file_size(file, ec);
        std::string text(ec ? maxBytes + 1 : std::min<std::size_t>(size, maxBytes + 1), '\0');
        in.read(text.data(), static_cast<std::streamsize>(text.size()));
        const auto n = static_cast<std::size_t>(in.gcount());
        if (in.bad()) return Error::at(file.string(), Message::tr("cannot read the review file"));
        collector.add(info, info.path(), std::string_view(text.data(), n), n > maxBytes);
        if (observer != nullptr && (++done & 255) == 0)
            observer->onProgress(double(done), double(files.size()));
    }
    auto result = collector.finish();
    if (result && observer != nullptr) {
        for (const auto& w : result->report.warnings) observer->onWarning(w);
    }
    return result;
}

}  // namespace sentiment::data
