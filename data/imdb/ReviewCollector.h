#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "data/imdb/ImdbReader.h"
#include "data/imdb/ReviewQueue.h"

namespace sentiment::data {

/// Turns dataset entries (path + bytes) into reviews: recognises
/// `<split>/<pos|neg>/<id>_<rating>.txt` anywhere below a prefix, repairs invalid UTF-8, cuts huge
/// reviews, and puts the result in canonical order. Shared by the archive and folder readers.
class ReviewCollector {
public:
    /// `expectedBytes`: an estimate of all texts' size, reserved up front (costs nothing until
    /// used). `queue`: when given, every full chunk of reviews is pushed to it as soon as it is
    /// read.
    ReviewCollector(std::string source, std::size_t maxReviewBytes, std::size_t expectedBytes = 0,
                    ReviewQueue* queue = nullptr);

    ~ReviewCollector();
    ReviewCollector(const ReviewCollector&) = delete;
    ReviewCollector& operator=(const ReviewCollector&) = delete;

    /// Reserves room for `bytes` of text (before the first add()).
    void reserve(std::size_t bytes);

    /// Where an entry path would land, or nullopt when it is not a labelled review's path
    /// (`unsup/`, `imdb.vocab` ...). Sets `badName` when it is in pos/neg but misnamed.
    static std::optional<ReviewInfo> classify(std::string_view path, bool* badName = nullptr);

    /// True when `path` has a ".." component or is absolute (an archive trying to escape).
    static bool escapes(std::string_view path);

    /// Adds one review file's content (copied).
    void add(const ReviewInfo& info, std::string_view path, std::string_view text, bool truncated);

    /// Notes a misnamed file in pos/neg.
    void ignore(std::string_view path);
    /// A link (symbolic or hard) where a review would be: not followed, counted and reported.
    void ignoreLink(std::string_view path);

    /// A table's classes by index, in place of IMDb's two; its reader checks them, so finish()
    /// no longer asks for IMDb's four folders.
    void setClasses(std::vector<std::string> classes);

    /// Sorts, drops duplicates, checks all four groups are present (IMDb). Finishes the queue.
    Result<ImdbData> finish();

private:
    void warn(Message message);
    Status checkFolders() const;
    bool tableClasses_ = false;
    ImdbData data_;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> spans_;  // offset, size in data_.texts
    std::size_t maxReviewBytes_;
    ReviewQueue* queue_ = nullptr;
    ReviewQueue::Chunk pending_;
    bool paused_ = false;
    bool handedOver_ = false;  // finish() succeeded: the texts live on in its result
};

}  // namespace sentiment::data
