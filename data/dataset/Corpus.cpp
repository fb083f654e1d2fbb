#include "data/dataset/Corpus.h"

namespace sentiment::data {

std::array<std::array<std::size_t, 2>, 2> Corpus::counts() const {
    std::array<std::array<std::size_t, 2>, 2> c{};
    for (const auto& r : reviews) ++c[int(r.split)][int(r.label)];
    return c;
}

std::size_t Corpus::tokenCount() const {
    std::size_t n = 0;
    for (const auto& t : reviewTokens) n += t.size();
    return n;
}

std::vector<std::uint32_t> Corpus::indicesOf(Split split) const {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < reviews.size(); ++i) {
        if (reviews[i].split == split) out.push_back(static_cast<std::uint32_t>(i));
    }
    return out;
}

}  // namespace sentiment::data
