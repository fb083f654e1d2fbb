#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace sentiment::training {

/// A Transformer's attention over one text, every layer and head: the probability with which
/// each position (a row, "from") reads each position (a column, "to"). Rows sum to 1.
struct AttentionMaps {
    /// The positions: "[CLS]" first when the model classifies from one, then the tokens it read
    /// (after its maximum length cut the text).
    std::vector<std::string> tokens;
    std::size_t layers = 0, heads = 0;
    std::vector<float> weights;  ///< [layer][head][from][to], row-major

    std::size_t positions() const { return tokens.size(); }
    float at(std::size_t layer, std::size_t head, std::size_t from, std::size_t to) const {
        return weights[((layer * heads + head) * positions() + from) * positions() + to];
    }
    /// One layer's heads averaged: [from][to] row-major.
    std::vector<float> meanOfHeads(std::size_t layer) const;
    /// Attention rollout (Abnar & Zuidema, ACL 2020): each layer's mean over heads with the
    /// residual connection as identity, 0.5 A + 0.5 I (rows still summing to 1), multiplied from
    /// the first layer to the last: how much each top-layer position draws on each input token.
    /// [from][to] row-major.
    std::vector<float> rollout() const;
    /// What the classifier reads, from `rollout` (as rollout() gives it, computed once by the
    /// caller): the [CLS] row, or the mean of the rows (mean pooling); one value per position,
    /// summing to 1.
    std::vector<float> classifierReads(bool cls, const std::vector<float>& rollout) const;
    /// {"tokens": [...], "layers": [[head [from [to]]]], "rollout": [[...]]}
    nlohmann::json toJson() const;
};

}  // namespace sentiment::training
