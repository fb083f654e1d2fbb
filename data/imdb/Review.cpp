#include "data/imdb/Review.h"

namespace sentiment::data {

std::string_view toString(Split split) {
    return split == Split::Train ? "train" : "test";
}
std::string_view toString(Label label) {
    return label == Label::Positive ? "pos" : "neg";
}

std::string ReviewInfo::path() const {
    return std::string(toString(split)) + "/" + std::string(toString(label)) + "/" +
           std::to_string(id) + "_" + std::to_string(rating) + ".txt";
}

}  // namespace sentiment::data
