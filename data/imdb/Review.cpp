#include "data/imdb/Review.h"

#include <array>

namespace sentiment::data {

std::string_view toString(Split split) {
    return split == Split::Train ? "train" : "test";
}
std::string_view toString(Label label) {
    static const auto numbers = [] {
        std::array<std::string, 256> n;
        for (std::size_t i = 0; i < n.size(); ++i) n[i] = std::to_string(i);
        return n;
    }();
    if (label == Label::Negative) return "neg";
    if (label == Label::Positive) return "pos";
    return numbers[static_cast<std::size_t>(label)];
}

std::string ReviewInfo::path() const {
    return std::string(toString(split)) + "/" + std::string(toString(label)) + "/" +
           std::to_string(id) + "_" + std::to_string(rating) + ".txt";
}

}  // namespace sentiment::data
