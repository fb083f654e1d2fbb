#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "foundation/Message.h"
#include "model/ModelConfig.h"

namespace sentiment::model {

class ClassifierImpl;

/// One parameter tensor of a model.
struct ParameterRow {
    std::string name;  ///< e.g. "rnn.weight_ih_l0_reverse"
    std::vector<std::int64_t> shape;
    std::int64_t count = 0;
    bool trainable = true;
};

/// A layer's parameters by formula, so a student can check the count by hand. Both texts are
/// translatable messages (the GUI shows them in its language; `english()` for the CLI and JSON).
struct ParameterFormula {
    Message layer;    ///< e.g. "LSTM layer 1, backward"
    Message formula;  ///< e.g. "4*(h*(i+h)+2h) with i=512, h=256: 4*(256*(512+256)+2*256)"
    std::int64_t count = 0;
};

/// Parameters of a model: every tensor, the per-layer formulas and the totals.
struct ParameterReport {
    std::vector<ParameterRow> rows;
    std::vector<ParameterFormula> formulas;
    std::int64_t total = 0;
    std::int64_t trainable = 0;

    static ParameterReport of(ClassifierImpl& model);
    /// The report of the model `config` describes (built here and dropped; it draws its weights
    /// from LibTorch's global generator, which no run uses: runs own theirs).
    static ParameterReport of(const ModelConfig& config);
    nlohmann::json toJson() const;
};

}  // namespace sentiment::model
