#include "training/AttentionMaps.h"

#include <nlohmann/json.hpp>

namespace sentiment::training {

std::vector<float> AttentionMaps::meanOfHeads(std::size_t layer) const {
    const auto n = positions();
    std::vector<float> mean(n * n, 0.0f);
    for (std::size_t h = 0; h < heads; ++h) {
        const float* w = weights.data() + (layer * heads + h) * n * n;
        for (std::size_t i = 0; i < n * n; ++i) mean[i] += w[i] / float(heads);
    }
    return mean;
}

std::vector<float> AttentionMaps::rollout() const {
    const auto n = positions();
    std::vector<double> product(n * n, 0.0);  // the identity: before any layer, each reads itself
    for (std::size_t i = 0; i < n; ++i) product[i * n + i] = 1.0;
    for (std::size_t l = 0; l < layers; ++l) {
        auto a = meanOfHeads(l);
        std::vector<double> mixed(n * n);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                mixed[i * n + j] = 0.5 * double(a[i * n + j]) + (i == j ? 0.5 : 0.0);
        // This layer reads the layers below: mixed x product.
        std::vector<double> next(n * n, 0.0);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t k = 0; k < n; ++k) {
                const double m = mixed[i * n + k];
                if (m == 0.0) continue;
                for (std::size_t j = 0; j < n; ++j) next[i * n + j] += m * product[k * n + j];
            }
        product = std::move(next);
    }
    return {product.begin(), product.end()};
}

std::vector<float> AttentionMaps::classifierReads(bool cls, const std::vector<float>& r) const {
    const auto n = positions();
    std::vector<float> reads(n, 0.0f);
    if (n == 0) return reads;
    if (cls) return {r.begin(), r.begin() + std::ptrdiff_t(n)};
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) reads[j] += r[i * n + j] / float(n);
    return reads;
}

nlohmann::json AttentionMaps::toJson() const {
    const auto n = positions();
    auto matrix = [n](const float* m) {
        nlohmann::json rows = nlohmann::json::array();
        for (std::size_t i = 0; i < n; ++i)
            rows.push_back(std::vector<float>(m + i * n, m + (i + 1) * n));
        return rows;
    };
    nlohmann::json layersJson = nlohmann::json::array();
    for (std::size_t l = 0; l < layers; ++l) {
        nlohmann::json headsJson = nlohmann::json::array();
        for (std::size_t h = 0; h < heads; ++h)
            headsJson.push_back(matrix(weights.data() + (l * heads + h) * n * n));
        layersJson.push_back(std::move(headsJson));
    }
    const auto r = rollout();
    return {{"tokens", tokens}, {"layers", layersJson}, {"rollout", matrix(r.data())}};
}

}  // namespace sentiment::training
