#include "data/dataset/Vocabulary.h"
#include "foundation/JsonNumbers.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "data/text/TokenInterner.h"

namespace sentiment::data {

std::size_t Vocabulary::Hash::operator()(std::string_view s) const noexcept {
    return static_cast<std::size_t>(TokenInterner::hash(s));
}

Vocabulary::Vocabulary() : itos_{"<unk>", "<pad>"}, counts_{0, 0} {
    index();
}

void Vocabulary::index() {
    stoi_.clear();
    stoi_.reserve(itos_.size());
    for (std::size_t i = 0; i < itos_.size(); ++i)
        stoi_.emplace(itos_[i], static_cast<std::int32_t>(i));
}

Vocabulary Vocabulary::build(const std::vector<std::pair<std::string_view, std::uint64_t>>& counts,
                             const VocabularyOptions& options, std::vector<std::uint32_t>* chosen) {
    // Positions of the candidates: frequent enough, and not one of the special strings.
    std::vector<std::uint32_t> order;
    order.reserve(counts.size());
    const auto minFreq = std::max<std::uint64_t>(options.minFreq, 1);
    for (std::uint32_t i = 0; i < counts.size(); ++i) {
        const auto& [word, count] = counts[i];
        if (count >= minFreq && word != "<unk>" && word != "<pad>") order.push_back(i);
    }
    // torchtext's order: frequency descending, ties alphabetically. Select the kept ones in
    // linear time, then sort only those.
    const auto before = [&](std::uint32_t a, std::uint32_t b) {
        const auto& x = counts[a];
        const auto& y = counts[b];
        return x.second != y.second ? x.second > y.second : x.first < y.first;
    };
    const std::size_t keep =
        options.maxSize == 0 ? order.size() : std::min(options.maxSize, order.size());
    const auto cut = order.begin() + static_cast<std::ptrdiff_t>(keep);
    if (keep < order.size()) std::nth_element(order.begin(), cut, order.end(), before);
    std::sort(order.begin(), cut, before);
    order.resize(keep);

    Vocabulary vocab;
    vocab.itos_.reserve(keep + 2);
    vocab.counts_.reserve(keep + 2);
    for (const auto i : order) {
        vocab.itos_.emplace_back(counts[i].first);
        vocab.counts_.push_back(counts[i].second);
    }
    vocab.index();
    if (chosen != nullptr) *chosen = std::move(order);
    return vocab;
}

std::int32_t Vocabulary::index(std::string_view token) const {
    const auto it = stoi_.find(token);
    return it == stoi_.end() ? kUnk : it->second;
}

std::vector<std::pair<std::string, std::uint64_t>> Vocabulary::mostCommon(std::size_t n) const {
    std::vector<std::pair<std::string, std::uint64_t>> out;
    for (std::size_t i = 2; i < itos_.size() && out.size() < n; ++i)
        out.emplace_back(itos_[i], counts_[i]);
    return out;
}

nlohmann::json Vocabulary::toJson() const {
    return {{"itos", itos_}, {"counts", counts_}};
}

Result<Vocabulary> Vocabulary::fromJson(const nlohmann::json& json) {
    try {
        Vocabulary vocab;
        vocab.itos_ = json.at("itos").get<std::vector<std::string>>();
        vocab.counts_ = checked::integers<std::uint64_t>(json.at("counts"));
        if (vocab.itos_.size() < 2 || vocab.itos_[0] != "<unk>" || vocab.itos_[1] != "<pad>" ||
            vocab.counts_.size() != vocab.itos_.size()) {
            return Error::at({}, Message::tr("the vocabulary is malformed: it must start with "
                                             "<unk>, <pad> and have one count per entry"));
        }
        vocab.index();
        if (vocab.stoi_.size() != vocab.itos_.size())
            return Error::at({}, Message::tr("the vocabulary has duplicate entries"));
        return vocab;
    } catch (const nlohmann::json::exception& e) {
        return Error::at({}, Message::tr("the vocabulary is malformed: %1").arg(e.what()));
    }
}

}  // namespace sentiment::data
