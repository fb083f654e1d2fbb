#include "model/ParameterReport.h"

#include <nlohmann/json.hpp>

#include "model/Classifier.h"
#include "model/ModelFactory.h"

namespace sentiment::model {

namespace {
std::string n(std::int64_t v) {
    return std::to_string(v);
}
}  // namespace

ParameterReport ParameterReport::of(const ModelConfig& config) {
    return of(*ModelFactory::create(config));
}

ParameterReport ParameterReport::of(ClassifierImpl& model) {
    ParameterReport r;
    for (const auto& p : model.named_parameters()) {
        ParameterRow row;
        row.name = p.key();
        row.shape = p.value().sizes().vec();
        row.count = p.value().numel();
        row.trainable = p.value().requires_grad();
        r.total += row.count;
        if (row.trainable) r.trainable += row.count;
        r.rows.push_back(std::move(row));
    }
    const auto& c = model.config();
    const auto e = c.embeddingDim;
    // "EXPRESSION with BINDINGS": the words translate, the mathematics does not.
    auto with = [](const std::string& expression, const std::string& bindings) {
        return Message::tr("%1 with %2").arg(expression).arg(bindings);
    };
    // The classifier's head: one output for two classes, else one per class (c).
    const auto o = c.outputs();
    auto linear = [&](const std::string& in, std::int64_t size) {
        const std::string name = in == "e" ? "e" : "i";
        if (o == 1)
            return ParameterFormula{Message::tr("Linear"), with(name + "+1", in + "=" + n(size)),
                                    size + 1};
        return ParameterFormula{Message::tr("Linear"),
                                with("(" + name + "+1)*c", in + "=" + n(size) + ", c=" + n(o)),
                                (size + 1) * o};
    };
    if (c.architecture == Architecture::NbSvm) {
        // One fixed log-count ratio and one trained weight per vocabulary entry (and class), and
        // the bias.
        const auto V = c.vocabSize;
        const auto perEntry = o == 1 ? Message::verbatim("V = " + n(V))
                                     : Message::verbatim("V*c = " + n(V) + "*" + n(o));
        r.formulas.push_back({Message::tr("Log-count ratios (fixed)"), perEntry, V * o});
        r.formulas.push_back({Message::tr("Weights"), perEntry, V * o});
        r.formulas.push_back({Message::tr("Bias"), Message::verbatim(o == 1 ? "1" : "c"), o});
        return r;
    }
    r.formulas.push_back({Message::tr("Embedding"),
                          Message::verbatim("V*e = " + n(c.vocabSize) + "*" + n(e)),
                          c.vocabSize * e});
    switch (c.architecture) {
        case Architecture::NbSvm:
            break;
        case Architecture::Base:
        case Architecture::Advanced: {
            const bool bi = c.architecture == Architecture::Advanced && c.bidirectional;
            const auto h = c.hidden;
            const std::int64_t g = c.cell == Cell::Lstm ? 4 : c.cell == Cell::Gru ? 3 : 1;
            const std::string cell = c.cell == Cell::Lstm  ? "LSTM"
                                     : c.cell == Cell::Gru ? "GRU"
                                                           : "RNN";
            const auto layers = std::max<std::int64_t>(1, c.layers);
            for (std::int64_t l = 0; l < layers; ++l) {
                const auto in = l == 0 ? e : h * (bi ? 2 : 1);
                const std::string gs = g == 1 ? "" : n(g) + "*";
                for (int d = 0; d < (bi ? 2 : 1); ++d) {
                    ParameterFormula f;
                    f.layer = !bi      ? Message::tr("%1 layer %2").arg(cell).arg(n(l))
                              : d == 0 ? Message::tr("%1 layer %2, forward").arg(cell).arg(n(l))
                                       : Message::tr("%1 layer %2, backward").arg(cell).arg(n(l));
                    f.formula =
                        with(g == 1 ? std::string("h*(i+h)+2h") : gs + "(h*(i+h)+2h)",
                             "i=" + n(in) + ", h=" + n(h) + ": " + (g == 1 ? "" : gs) + "(" + n(h) +
                                 "*(" + n(in) + "+" + n(h) + ")+2*" + n(h) + ")");
                    f.count = g * (h * (in + h) + 2 * h);
                    r.formulas.push_back(std::move(f));
                }
            }
            r.formulas.push_back(linear("i", h * (bi ? 2 : 1)));
            break;
        }
        case Architecture::FastText:
            r.formulas.push_back(linear("e", e));
            break;
        case Architecture::Cnn: {
            for (const auto w : c.filterSizes) {
                r.formulas.push_back(
                    {Message::tr("Convolution, width %1").arg(n(w)),
                     with("f*(w*e)+f", "f=" + n(c.filters) + ", w=" + n(w) + ", e=" + n(e)),
                     c.filters * (w * e) + c.filters});
            }
            r.formulas.push_back(
                linear("i", c.filters * static_cast<std::int64_t>(c.filterSizes.size())));
            break;
        }
        case Architecture::Transformer: {
            const auto f = c.hidden;
            const auto P = c.positionsNeeded();
            if (c.positions == Positions::Learned) {
                r.formulas.push_back(
                    {Message::tr("Positions (learned)"),
                     Message::verbatim(
                         std::string(c.pooling == Pooling::Cls ? "(L+1)*e = " : "L*e = ") + n(P) +
                         "*" + n(e)),
                     P * e});
            }
            if (c.pooling == Pooling::Cls)
                r.formulas.push_back(
                    {Message::tr("[CLS] vector"), Message::verbatim("e = " + n(e)), e});
            for (std::int64_t l = 0; l < c.layers; ++l) {
                r.formulas.push_back({Message::tr("Encoder layer %1, attention").arg(n(l)),
                                      with("4*(e*e+e)", "e=" + n(e) + ": 4*(" + n(e) + "*" + n(e) +
                                                            "+" + n(e) + ")"),
                                      4 * (e * e + e)});
                r.formulas.push_back(
                    {Message::tr("Encoder layer %1, feed-forward").arg(n(l)),
                     with("e*f+f+f*e+e", "e=" + n(e) + ", f=" + n(f) + ": " + n(e) + "*" + n(f) +
                                             "+" + n(f) + "+" + n(f) + "*" + n(e) + "+" + n(e)),
                     2 * e * f + f + e});
                r.formulas.push_back({Message::tr("Encoder layer %1, two LayerNorms").arg(n(l)),
                                      with("2*2e", "e=" + n(e)), 4 * e});
            }
            if (c.preNorm)
                r.formulas.push_back(
                    {Message::tr("Final LayerNorm"), with("2e", "e=" + n(e)), 2 * e});
            r.formulas.push_back(linear("e", e));
            break;
        }
    }
    return r;
}

nlohmann::json ParameterReport::toJson() const {
    nlohmann::json rowsJson = nlohmann::json::array();
    for (const auto& row : rows) {
        rowsJson.push_back({{"name", row.name},
                            {"shape", row.shape},
                            {"count", row.count},
                            {"trainable", row.trainable}});
    }
    nlohmann::json formulasJson = nlohmann::json::array();
    for (const auto& f : formulas)
        formulasJson.push_back(
            {{"layer", f.layer.english()}, {"formula", f.formula.english()}, {"count", f.count}});
    return {
        {"rows", rowsJson}, {"formulas", formulasJson}, {"total", total}, {"trainable", trainable}};
}

}  // namespace sentiment::model
