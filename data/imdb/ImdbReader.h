#pragma once

#include <cstddef>
#include <filesystem>
#include <span>
#include <stop_token>
#include <string>
#include <vector>

#include "data/dataset/ProgressObserver.h"
#include "data/imdb/Review.h"
#include "data/imdb/ReviewQueue.h"
#include "data/io/HugePageAllocator.h"
#include "foundation/Result.h"

namespace sentiment::data {

/// What reading found besides the reviews.
struct ReadReport {
    std::string source;                  ///< the file or folder read (or "demo sample")
    std::size_t emptyReviews = 0;        ///< empty files, skipped
    std::size_t invalidUtf8Reviews = 0;  ///< reviews whose invalid bytes were replaced by U+FFFD
    std::size_t truncatedReviews = 0;    ///< reviews cut to the size limit
    std::size_t duplicateReviews = 0;    ///< same split, class and id twice; the first is kept
    std::size_t ignoredEntries = 0;      ///< files in pos/neg not named <id>_<rating>.txt
    std::vector<Message> warnings;       ///< the first few of the above, in words
    /// The class names by index (Label): IMDb's "negative" and "positive", or a table's labels
    /// in their natural order (or its label map's classes).
    std::vector<std::string> classes = imdbClasses();

    /// IMDb's two classes, by index: "negative", "positive".
    static const std::vector<std::string>& imdbClasses() {
        static const std::vector<std::string> names{"negative", "positive"};
        return names;
    }
};

/// Labelled reviews in canonical order (split, then neg before pos, then id). The texts are
/// views into `texts`, one buffer for all (no allocation per review).
struct ImdbData {
    std::vector<Review> reviews;
    std::vector<std::uint32_t> arrival;  ///< each review's position in the order it was read
    ReadReport report;
    HugeBuffer<char> texts;
};

/// Reads the Large Movie Review Dataset v1.0 as users have it: `aclImdb_v1.tar.gz` (streamed
/// from memory through ISA-L and libarchive, nothing extracted to disk), any other archive
/// libarchive reads (.tar, .tar.xz, .zip ...), the extracted `aclImdb/` folder, or the folder
/// that holds it. Only `train/{pos,neg}` and `test/{pos,neg}` are read; `unsup`, `*.feat`,
/// `urls_*`, `imdb.vocab`, `imdbEr.txt` and `README` are ignored.
class ImdbReader {
public:
    struct Options {
        std::size_t maxReviewBytes = 1 << 20;  ///< longer reviews are cut (with a warning)
    };

    ImdbReader() = default;
    explicit ImdbReader(Options options) : options_(options) {}

    /// Reads a file or folder. Errors name the path and what was expected. With a `queue`, the
    /// texts are handed to it in chunks as they are read (see ReviewQueue), and it is finished
    /// when reading ends; on an error the caller aborts it.
    Result<ImdbData> read(const std::filesystem::path& path, ProgressObserver* observer = nullptr,
                          std::stop_token stop = {}, ReviewQueue* queue = nullptr) const;

    /// Reads an archive held in memory (the embedded demo sample); `name` is used in messages.
    Result<ImdbData> readArchive(std::span<const unsigned char> bytes, const std::string& name,
                                 ProgressObserver* observer = nullptr, std::stop_token stop = {},
                                 ReviewQueue* queue = nullptr) const;

private:
    Result<ImdbData> readFolder(const std::filesystem::path& path, ProgressObserver* observer,
                                std::stop_token stop, ReviewQueue* queue) const;
    Result<ImdbData> readArchiveFile(const std::filesystem::path& path, ProgressObserver* observer,
                                     std::stop_token stop, ReviewQueue* queue) const;
    Options options_;
};

}  // namespace sentiment::data
