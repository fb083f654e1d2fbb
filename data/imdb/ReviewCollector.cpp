#include "data/imdb/ReviewCollector.h"

#include <algorithm>
#include <charconv>
#include <vector>

#include "data/text/Utf8.h"

namespace sentiment::data {

namespace {
constexpr std::size_t kMaxWarnings = 20;

std::vector<std::string_view> components(std::string_view path) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        const auto slash = path.find('/', start);
        const auto end = slash == std::string_view::npos ? path.size() : slash;
        if (end > start) parts.push_back(path.substr(start, end - start));
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
    return parts;
}

template <typename T>
bool parseInt(std::string_view s, T& out) {
    if (s.empty()) return false;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && ptr == s.data() + s.size();
}
}  // namespace

ReviewCollector::ReviewCollector(std::string source, std::size_t maxReviewBytes,
                                 std::size_t expectedBytes, ReviewQueue* queue)
    : maxReviewBytes_(maxReviewBytes), queue_(queue) {
    data_.report.source = std::move(source);
    reserve(expectedBytes);
}

ReviewCollector::~ReviewCollector() {
    // Reading failed or was abandoned: the texts are about to be freed under the consumers.
    if (queue_ != nullptr && !handedOver_) queue_->close();
}

void ReviewCollector::reserve(std::size_t bytes) {
    if (!data_.texts.empty()) return;
    data_.texts.reserve(bytes);
    if (queue_ != nullptr) queue_->start(data_.texts.data());
}

bool ReviewCollector::escapes(std::string_view path) {
    if (!path.empty() && path.front() == '/') return true;
    const auto parts = components(path);
    return std::any_of(parts.begin(), parts.end(), [](std::string_view p) { return p == ".."; });
}

std::optional<ReviewInfo> ReviewCollector::classify(std::string_view path, bool* badName) {
    if (badName != nullptr) *badName = false;
    const auto parts = components(path);
    if (parts.size() < 3) return std::nullopt;
    const std::string_view split = parts[parts.size() - 3];
    const std::string_view label = parts[parts.size() - 2];
    const std::string_view file = parts.back();
    if ((split != "train" && split != "test") || (label != "pos" && label != "neg"))
        return std::nullopt;
    ReviewInfo info;
    info.split = split == "train" ? Split::Train : Split::Test;
    info.label = label == "pos" ? Label::Positive : Label::Negative;
    const auto underscore = file.find('_');
    const bool txt = file.size() > 4 && file.substr(file.size() - 4) == ".txt";
    int rating = 0;
    if (!txt || underscore == std::string_view::npos ||
        !parseInt(file.substr(0, underscore), info.id) || info.id < 0 ||
        !parseInt(file.substr(underscore + 1, file.size() - 4 - underscore - 1), rating) ||
        rating < 0 || rating > 10) {
        if (badName != nullptr) *badName = true;
        return std::nullopt;
    }
    info.rating = static_cast<std::int8_t>(rating);
    return info;
}

void ReviewCollector::warn(Message message) {
    if (data_.report.warnings.size() < kMaxWarnings)
        data_.report.warnings.push_back(std::move(message));
}

void ReviewCollector::ignore(std::string_view path) {
    ++data_.report.ignoredEntries;
    warn(Message::tr("%1: ignored, the name does not follow <id>_<rating>.txt").arg(path));
}

void ReviewCollector::ignoreLink(std::string_view path) {
    ++data_.report.ignoredEntries;
    warn(Message::tr("%1: ignored, a link (symbolic or hard) is not a review").arg(path));
}

void ReviewCollector::add(const ReviewInfo& info, std::string_view path, std::string_view text,
                          bool truncated) {
    if (text.empty() && !truncated) {
        ++data_.report.emptyReviews;
        warn(Message::tr("%1: the review is empty; skipped").arg(path));
        return;
    }
    if (truncated || text.size() > maxReviewBytes_) {
        text = utf8::truncate(text, maxReviewBytes_);
        ++data_.report.truncatedReviews;
        warn(Message::tr("%1: the review is longer than %2 KiB; only its beginning is used")
                 .arg(path)
                 .arg(maxReviewBytes_ >> 10));
    }
    std::string repaired;
    if (const auto bad = utf8::countInvalid(text); bad > 0) {
        repaired = utf8::sanitize(text);
        text = repaired;
        ++data_.report.invalidUtf8Reviews;
        warn(Message::tr("%1: %2 invalid UTF-8 byte sequence(s) replaced by U+FFFD")
                 .arg(path)
                 .arg(bad));
    }
    if (queue_ != nullptr && !paused_ &&
        data_.texts.size() + text.size() > data_.texts.capacity()) {
        // The buffer is about to move under the consumers: they wait for finish().
        queue_->pause();
        paused_ = true;
    }
    spans_.emplace_back(data_.texts.size(), text.size());
    data_.texts.insert(data_.texts.end(), text.begin(), text.end());
    data_.reviews.push_back(Review{info, {}});
    if (queue_ != nullptr) {
        pending_.items.push_back({spans_.back().first, spans_.back().second});
        if (pending_.items.size() == ReviewQueue::kChunk) {
            pending_.index = (spans_.size() - 1) / ReviewQueue::kChunk;
            queue_->push(std::move(pending_));
            pending_ = {};
        }
    }
}

Result<ImdbData> ReviewCollector::finish() {
    if (queue_ != nullptr) {
        if (!pending_.items.empty()) {
            pending_.index = (spans_.size() - 1) / ReviewQueue::kChunk;
            queue_->push(std::move(pending_));
            pending_ = {};
        }
        queue_->finish(
            data_.texts.data());  // the buffer no longer grows (a move keeps it in place)
    }
    // Canonical order, remembering each review's place in arrival order.
    auto& reviews = data_.reviews;
    std::vector<std::uint32_t> order(reviews.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return reviews[a].info.key() < reviews[b].info.key();
    });
    const auto dup = std::unique(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return reviews[a].info.key() == reviews[b].info.key();
    });
    if (dup != order.end()) {
        data_.report.duplicateReviews = static_cast<std::size_t>(order.end() - dup);
        warn(Message::tr(
                 "%1 review(s) appear twice (same split, class and id); the first copy is kept")
                 .arg(data_.report.duplicateReviews));
        order.erase(dup, order.end());
    }
    std::vector<Review> sorted;
    sorted.reserve(order.size());
    for (const auto a : order) {
        sorted.push_back(
            Review{reviews[a].info,
                   std::string_view(data_.texts.data() + spans_[a].first, spans_[a].second)});
    }
    reviews = std::move(sorted);
    data_.arrival = std::move(order);
    if (reviews.empty()) {
        return Error::at(
            data_.report.source,
            Message::tr(
                "no labelled reviews found; expected the aclImdb layout with train/pos, train/neg, "
                "test/pos and test/neg holding <id>_<rating>.txt files"));
    }
    // A table's reader checks its own classes (TableReader::read); IMDb needs all four folders.
    if (!tableClasses_) {
        if (auto s = checkFolders(); !s) return s.error();
    }
    handedOver_ = true;
    return std::move(data_);
}

Status ReviewCollector::checkFolders() const {
    std::size_t groups[2][2] = {{0, 0}, {0, 0}};
    for (const auto& r : data_.reviews) {
        if (r.info.label == Label::Negative || r.info.label == Label::Positive)
            ++groups[int(r.info.split)][int(r.info.label)];
    }
    std::string missing;
    for (Split s : {Split::Train, Split::Test}) {
        for (Label l : {Label::Negative, Label::Positive}) {
            if (groups[int(s)][int(l)] == 0) {
                if (!missing.empty()) missing += ", ";
                missing += std::string(toString(s)) + "/" + std::string(toString(l));
            }
        }
    }
    if (!missing.empty()) {
        return Error::at(
            data_.report.source,
            Message::tr(
                "no reviews in %1; expected all of train/pos, train/neg, test/pos, test/neg")
                .arg(missing));
    }
    return Done{};
}

void ReviewCollector::setClasses(std::vector<std::string> classes) {
    data_.report.classes = std::move(classes);
    tableClasses_ = true;
}

}  // namespace sentiment::data
