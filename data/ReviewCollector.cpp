#include "data/ReviewCollector.h"

#include <algorithm>
#include <charconv>
#include <vector>

#include "data/Utf8.h"

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

ReviewCollector::ReviewCollector(std::string source, std::size_t maxReviewBytes, std::size_t expectedBytes)
    : maxReviewBytes_(maxReviewBytes) {
    data_.report.source = std::move(source);
    data_.texts.reserve(expectedBytes);
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
    if ((split != "train" && split != "test") || (label != "pos" && label != "neg")) return std::nullopt;
    ReviewInfo info;
    info.split = split == "train" ? Split::Train : Split::Test;
    info.label = label == "pos" ? Label::Positive : Label::Negative;
    const auto underscore = file.find('_');
    const bool txt = file.size() > 4 && file.substr(file.size() - 4) == ".txt";
    int rating = 0;
    if (!txt || underscore == std::string_view::npos || !parseInt(file.substr(0, underscore), info.id) ||
        info.id < 0 || !parseInt(file.substr(underscore + 1, file.size() - 4 - underscore - 1), rating) ||
        rating < 0 || rating > 10) {
        if (badName != nullptr) *badName = true;
        return std::nullopt;
    }
    info.rating = static_cast<std::int8_t>(rating);
    return info;
}

void ReviewCollector::warn(std::string message) {
    if (data_.report.warnings.size() < kMaxWarnings) data_.report.warnings.push_back(std::move(message));
}

void ReviewCollector::ignore(std::string_view path) {
    ++data_.report.ignoredEntries;
    warn(std::string(path) + ": ignored, the name does not follow <id>_<rating>.txt");
}

void ReviewCollector::add(const ReviewInfo& info, std::string_view path, std::string_view text, bool truncated) {
    if (text.empty() && !truncated) {
        ++data_.report.emptyReviews;
        warn(std::string(path) + ": the review is empty; skipped");
        return;
    }
    if (truncated || text.size() > maxReviewBytes_) {
        text = utf8::truncate(text, maxReviewBytes_);
        ++data_.report.truncatedReviews;
        warn(std::string(path) + ": the review is longer than " + std::to_string(maxReviewBytes_ >> 10) +
             " KiB; only its beginning is used");
    }
    std::string repaired;
    if (const auto bad = utf8::countInvalid(text); bad > 0) {
        repaired = utf8::sanitize(text);
        text = repaired;
        ++data_.report.invalidUtf8Reviews;
        warn(std::string(path) + ": " + std::to_string(bad) +
             " invalid UTF-8 byte sequence(s) replaced by U+FFFD");
    }
    spans_.emplace_back(data_.texts.size(), text.size());
    data_.texts.insert(data_.texts.end(), text.begin(), text.end());
    data_.reviews.push_back(Review{info, {}});
}

Result<ImdbData> ReviewCollector::finish() {
    auto& reviews = data_.reviews;
    // The buffer no longer grows: the views can point into it (a move keeps them valid).
    for (std::size_t i = 0; i < reviews.size(); ++i) {
        reviews[i].text = std::string_view(data_.texts.data() + spans_[i].first, spans_[i].second);
    }
    std::stable_sort(reviews.begin(), reviews.end(),
                     [](const Review& a, const Review& b) { return a.info.key() < b.info.key(); });
    const auto dup = std::unique(reviews.begin(), reviews.end(),
                                 [](const Review& a, const Review& b) { return a.info.key() == b.info.key(); });
    if (dup != reviews.end()) {
        data_.report.duplicateReviews = static_cast<std::size_t>(reviews.end() - dup);
        warn(std::to_string(data_.report.duplicateReviews) +
             " review(s) appear twice (same split, class and id); the first copy is kept");
        reviews.erase(dup, reviews.end());
    }
    std::size_t groups[2][2] = {{0, 0}, {0, 0}};
    for (const auto& r : reviews) ++groups[int(r.info.split)][int(r.info.label)];
    std::string missing;
    for (Split s : {Split::Train, Split::Test}) {
        for (Label l : {Label::Negative, Label::Positive}) {
            if (groups[int(s)][int(l)] == 0) {
                if (!missing.empty()) missing += ", ";
                missing += std::string(toString(s)) + "/" + std::string(toString(l));
            }
        }
    }
    if (reviews.empty()) {
        return Error::at(data_.report.source,
                         "no labelled reviews found; expected the aclImdb layout with train/pos, train/neg, "
                         "test/pos and test/neg holding <id>_<rating>.txt files");
    }
    if (!missing.empty()) {
        return Error::at(data_.report.source, "no reviews in " + missing +
                                                  "; expected all of train/pos, train/neg, test/pos, test/neg");
    }
    return std::move(data_);
}

}  // namespace sentiment::data
