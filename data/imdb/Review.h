#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sentiment::data {

enum class Split : std::uint8_t { Train = 0, Test = 1 };
/// A review's class: its index among the dataset's classes (`ReadReport::classes`). IMDb's two
/// are named; a table may have more, up to `kMaxClasses` (`Label(3)`).
enum class Label : std::uint8_t { Negative = 0, Positive = 1 };
inline constexpr std::size_t kMaxClasses = 100;
/// A class index as a Label.
constexpr Label classLabel(std::size_t index) {
    return static_cast<Label>(index);
}

/// "train" / "test".
std::string_view toString(Split split);
/// "neg" / "pos" (the folder names of the dataset); a class index from 2 on as its number.
std::string_view toString(Label label);

/// Where a review came from: `<split>/<pos|neg>/<id>_<rating>.txt` in the dataset.
struct ReviewInfo {
    std::int32_t id = 0;
    std::int8_t rating = 0;  ///< IMDb star rating 1-10 from the file name
    Label label = Label::Negative;
    Split split = Split::Train;
    /// Named padding, always zero: the corpus cache writes these structs as they are, and an
    /// unnamed padding byte would carry whatever memory held (a cache that differs run to run).
    std::uint8_t reserved = 0;

    /// The review's path inside the dataset, e.g. "train/pos/123_9.txt".
    std::string path() const;
    /// Canonical order: split, then label (neg first), then id.
    auto key() const {
        return (std::int64_t(split) << 40) | (std::int64_t(label) << 32) | std::uint32_t(id);
    }
};

/// One labelled review as read from the dataset; the text lives in its ImdbData's buffer.
struct Review {
    ReviewInfo info;
    std::string_view text;
};

}  // namespace sentiment::data
