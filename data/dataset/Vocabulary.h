#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "foundation/Result.h"

namespace sentiment::data {

struct VocabularyOptions {
    std::size_t maxSize = 25'000;  ///< tokens kept besides the specials (0 = no limit)
    std::uint64_t minFreq = 1;     ///< tokens seen fewer times are left out

    bool operator==(const VocabularyOptions&) const = default;
};

/// torchtext's vocabulary rules: `<unk>` = 0, `<pad>` = 1, then at most `maxSize` tokens by
/// frequency (descending), ties broken alphabetically (by code point), each seen `minFreq`
/// times or more.
class Vocabulary {
public:
    static constexpr std::int32_t kUnk = 0;
    static constexpr std::int32_t kPad = 1;

    Vocabulary();

    /// Builds from (token, count) pairs; tokens must be distinct. `chosen`, when given,
    /// receives for each entry from index 2 on the position of its pair in `counts`.
    static Vocabulary build(const std::vector<std::pair<std::string_view, std::uint64_t>>& counts,
                            const VocabularyOptions& options,
                            std::vector<std::uint32_t>* chosen = nullptr);

    std::size_t size() const { return itos_.size(); }
    const std::vector<std::string>& itos() const { return itos_; }
    const std::string& token(std::int32_t index) const {
        return itos_.at(static_cast<std::size_t>(index));
    }
    /// Training-set frequency of entry `index` (0 for the specials).
    std::uint64_t count(std::int32_t index) const {
        return counts_.at(static_cast<std::size_t>(index));
    }
    /// Index of `token`, `kUnk` when absent.
    std::int32_t index(std::string_view token) const;
    bool contains(std::string_view token) const { return stoi_.find(token) != stoi_.end(); }

    /// The `n` most frequent tokens with their counts (specials excluded).
    std::vector<std::pair<std::string, std::uint64_t>> mostCommon(std::size_t n) const;

    /// Serialized form, stored in checkpoints: {"itos": [...], "counts": [...]}.
    nlohmann::json toJson() const;
    static Result<Vocabulary> fromJson(const nlohmann::json& json);

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept;
    };
    void index();
    std::vector<std::string> itos_;
    std::vector<std::uint64_t> counts_;
    std::unordered_map<std::string, std::int32_t, Hash, std::equal_to<>> stoi_;
};

}  // namespace sentiment::data
