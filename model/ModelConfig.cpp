#include "model/ModelConfig.h"
#include "foundation/JsonNumbers.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace sentiment::model {

std::string_view toString(Architecture a) {
    switch (a) {
        case Architecture::Base:
            return "base";
        case Architecture::Advanced:
            return "advanced";
        case Architecture::FastText:
            return "fasttext";
        case Architecture::Cnn:
            return "cnn";
        case Architecture::NbSvm:
            return "nbsvm";
        case Architecture::Transformer:
            return "transformer";
    }
    return "?";
}

std::string_view toString(Cell c) {
    switch (c) {
        case Cell::Lstm:
            return "lstm";
        case Cell::Gru:
            return "gru";
        case Cell::Rnn:
            return "rnn";
    }
    return "?";
}

std::string_view toString(RnnInput r) {
    return r == RnnInput::Padded ? "padded" : "packed";
}

std::string_view toString(Positions p) {
    return p == Positions::Learned ? "learned" : "sinusoidal";
}

std::string_view toString(Pooling p) {
    return p == Pooling::Cls ? "cls" : "mean";
}

Result<Architecture> parseArchitecture(std::string_view s) {
    for (auto a : {Architecture::Base, Architecture::Advanced, Architecture::FastText,
                   Architecture::Cnn, Architecture::NbSvm, Architecture::Transformer}) {
        if (s == toString(a)) return a;
    }
    return Error::at({}, Message::tr("unknown model '%1' (expected base, advanced, fasttext, cnn, "
                                     "nbsvm or transformer)")
                             .arg(s));
}

Result<Positions> parsePositions(std::string_view s) {
    if (s == "learned") return Positions::Learned;
    if (s == "sinusoidal") return Positions::Sinusoidal;
    return Error::at({},
                     Message::tr("unknown positions '%1' (expected learned or sinusoidal)").arg(s));
}

Result<Pooling> parsePooling(std::string_view s) {
    if (s == "cls") return Pooling::Cls;
    if (s == "mean") return Pooling::Mean;
    return Error::at({}, Message::tr("unknown pooling '%1' (expected cls or mean)").arg(s));
}

Result<Cell> parseCell(std::string_view s) {
    for (auto c : {Cell::Lstm, Cell::Gru, Cell::Rnn}) {
        if (s == toString(c)) return c;
    }
    return Error::at({}, Message::tr("unknown cell '%1' (expected lstm, gru or rnn)").arg(s));
}

Result<RnnInput> parseRnnInput(std::string_view s) {
    if (s == "padded") return RnnInput::Padded;
    if (s == "packed") return RnnInput::Packed;
    return Error::at({}, Message::tr("unknown RNN input '%1' (expected padded or packed)").arg(s));
}

Result<ModelConfig> ModelConfig::preset(std::string_view name) {
    auto arch = parseArchitecture(name);
    if (!arch)
        return Error::at(
            {}, Message::tr("unknown preset '%1' (expected base, advanced, fasttext, cnn, nbsvm or "
                            "transformer)")
                    .arg(name));
    ModelConfig c;
    c.architecture = *arch;
    switch (*arch) {
        case Architecture::Base:  // notebook 1: Embedding -> RNN(100, 256) -> Linear(256, 1)
            c.cell = Cell::Rnn;
            c.layers = 1;
            c.hidden = 256;
            c.bidirectional = false;
            c.dropout = 0;
            break;
        case Architecture::Advanced:  // notebook 2: 2-layer bidirectional LSTM, dropout 0.5
            break;
        case Architecture::FastText:  // notebook 3: mean of embeddings (tokens + bigrams) -> Linear
            c.layers = 0;
            c.hidden = 0;
            c.bidirectional = false;
            c.dropout = 0;
            break;
        case Architecture::Cnn:  // notebook 4: 100 filters of widths 3, 4, 5
            c.layers = 0;
            c.hidden = 0;
            c.bidirectional = false;
            c.dropout = 0.5;
            break;
        case Architecture::NbSvm:  // Wang & Manning: binarised words and bigrams, log-count ratios
            c.layers = 0;
            c.hidden = 0;
            c.bidirectional = false;
            c.dropout = 0;
            c.embeddingDim = 1;
            break;
        case Architecture::Transformer:  // a small encoder for a laptop (docs/BENCHMARKS.md)
            c.layers = 2;
            c.hidden = 4 * c.embeddingDim;
            c.bidirectional = false;
            c.dropout = 0.1;
            break;
    }
    return c;
}

namespace {
// Sums and products that report overflow instead of wrapping.
struct Count {
    std::int64_t value = 0;
    bool overflow = false;
    Count& add(std::int64_t a) {
        overflow |= __builtin_add_overflow(value, a, &value);
        return *this;
    }
    static std::int64_t mul(std::initializer_list<std::int64_t> factors, bool& overflow) {
        std::int64_t p = 1;
        for (auto f : factors) overflow |= __builtin_mul_overflow(p, f, &p);
        return p;
    }
    Count& addProduct(std::initializer_list<std::int64_t> factors) {
        return add(mul(factors, overflow));
    }
};

std::int64_t gatesOf(Cell c) {
    return c == Cell::Lstm ? 4 : c == Cell::Gru ? 3 : 1;
}

// RecurrentStack: per layer and direction weight_ih [g*h, in], weight_hh [g*h, h] and two biases
// [g*h].
void addStack(Count& n, Cell cell, std::int64_t input, std::int64_t hidden, std::int64_t layers,
              bool bidirectional) {
    const std::int64_t g = gatesOf(cell);
    const std::int64_t dirs = bidirectional ? 2 : 1;
    for (std::int64_t l = 0; l < layers && !n.overflow; ++l) {
        const std::int64_t in = l == 0 ? input : Count::mul({hidden, dirs}, n.overflow);
        for (std::int64_t d = 0; d < dirs; ++d) {
            n.addProduct({g, hidden, in})
                .addProduct({g, hidden, hidden})
                .addProduct({2, g, hidden});
        }
    }
}
}  // namespace

std::optional<std::int64_t> ModelConfig::parameterCount() const {
    Count n;
    const std::int64_t o = outputs();
    n.addProduct({vocabSize, architecture == Architecture::NbSvm ? o : embeddingDim});
    switch (architecture) {
        case Architecture::Base:
            addStack(n, cell, embeddingDim, hidden, std::max<std::int64_t>(1, layers), false);
            n.addProduct({hidden, o}).add(o);
            break;
        case Architecture::Advanced:
            addStack(n, cell, embeddingDim, hidden, layers, bidirectional);
            n.addProduct({hidden, bidirectional ? 2 : 1, o}).add(o);
            break;
        case Architecture::FastText:
            n.addProduct({embeddingDim, o}).add(o);
            break;
        case Architecture::Cnn:
            for (auto size : filterSizes) n.addProduct({filters, embeddingDim, size}).add(filters);
            n.addProduct({filters, static_cast<std::int64_t>(filterSizes.size()), o}).add(o);
            break;
        case Architecture::NbSvm:
            n.addProduct({vocabSize, o}).add(o);
            break;  // ratios [V, o], weights [V, o], bias [o]
        case Architecture::Transformer: {
            const auto e = embeddingDim;
            if (positions == Positions::Learned) n.addProduct({positionsNeeded(), e});
            if (pooling == Pooling::Cls) n.add(e);
            for (std::int64_t l = 0; l < layers && !n.overflow; ++l) {
                // q, k, v and out: 4 (e*e + e); feed-forward: e*f + f + f*e + e; 2 LayerNorms.
                n.addProduct({4, e, e}).addProduct({4, e});
                n.addProduct({2, e, hidden}).add(hidden).add(e).addProduct({4, e});
            }
            if (preNorm) n.addProduct({2, e});
            n.addProduct({e, o}).add(o);
            break;
        }
    }
    if (n.overflow) return std::nullopt;
    return n.value;
}

std::int64_t ModelConfig::minLength() const {
    if (architecture != Architecture::Cnn || filterSizes.empty()) return 1;
    return *std::max_element(filterSizes.begin(), filterSizes.end());
}

nlohmann::json ModelConfig::toJson() const {
    nlohmann::json j = {{"architecture", toString(architecture)},
                        {"vocab_size", vocabSize},
                        {"classes", classes},
                        {"embedding_dim", embeddingDim},
                        {"pad_index", padIndex},
                        {"cell", toString(cell)},
                        {"layers", layers},
                        {"hidden", hidden},
                        {"bidirectional", bidirectional},
                        {"dropout", dropout},
                        {"rnn_input", toString(rnnInput)},
                        {"filters", filters},
                        {"filter_sizes", filterSizes},
                        {"ngrams", ngrams},
                        {"nb_alpha", nbAlpha},
                        {"nb_beta", nbBeta},
                        {"char_ngrams", charNgrams}};
    // Written only when it is not the likeliest class, so earlier runs and the lecture's plans
    // read the same.
    if (medianCall) j["call"] = "median";
    if (architecture == Architecture::Transformer) {
        j["heads"] = heads;
        j["positions"] = toString(positions);
        j["norm"] = preNorm ? "pre" : "post";
        j["pooling"] = toString(pooling);
        j["context"] = context;
    }
    return j;
}

Result<ModelConfig> ModelConfig::fromJson(const nlohmann::json& j) {
    try {
        ModelConfig c;
        auto arch = parseArchitecture(j.at("architecture").get<std::string>());
        if (!arch) return arch.error();
        c.architecture = *arch;
        c.vocabSize = checked::integer<std::int64_t>(j.at("vocab_size"));
        c.classes = checked::integerOr<std::int64_t>(j, "classes", 2);  // none before issue 41
        c.embeddingDim = checked::integer<std::int64_t>(j.at("embedding_dim"));
        c.padIndex = checked::integer<std::int64_t>(j.at("pad_index"));
        auto cell = parseCell(j.at("cell").get<std::string>());
        if (!cell) return cell.error();
        c.cell = *cell;
        c.layers = checked::integer<std::int64_t>(j.at("layers"));
        c.hidden = checked::integer<std::int64_t>(j.at("hidden"));
        c.bidirectional = j.at("bidirectional").get<bool>();
        c.dropout = j.at("dropout").get<double>();
        auto input = parseRnnInput(j.at("rnn_input").get<std::string>());
        if (!input) return input.error();
        c.rnnInput = *input;
        c.filters = checked::integer<std::int64_t>(j.at("filters"));
        c.filterSizes = checked::integers<std::int64_t>(j.at("filter_sizes"));
        // Configurations written before NBSVM have none of its three values.
        c.ngrams = checked::integerOr<std::int64_t>(j, "ngrams", 2);
        c.nbAlpha = j.value("nb_alpha", 1.0);
        c.nbBeta = j.value("nb_beta", 1.0);
        c.charNgrams = checked::integerOr<std::int64_t>(j, "char_ngrams", 0);
        const auto call = j.value("call", std::string("likeliest"));  // none before: likeliest
        if (call != "likeliest" && call != "median")
            return Error::at({}, Message::tr("unknown call '%1' (likeliest or median)").arg(call));
        c.medianCall = call == "median";
        if (c.architecture == Architecture::Transformer) {
            c.heads = checked::integer<std::int64_t>(j.at("heads"));
            auto positions = parsePositions(j.at("positions").get<std::string>());
            if (!positions) return positions.error();
            c.positions = *positions;
            const auto norm = j.at("norm").get<std::string>();
            if (norm != "pre" && norm != "post")
                return Error::at({}, Message::tr("unknown norm '%1' (pre or post)").arg(norm));
            c.preNorm = norm == "pre";
            auto pooling = parsePooling(j.at("pooling").get<std::string>());
            if (!pooling) return pooling.error();
            c.pooling = *pooling;
            c.context = checked::integer<std::int64_t>(j.at("context"));
        }
        const bool filtersOk =
            std::all_of(c.filterSizes.begin(), c.filterSizes.end(),
                        [](auto f) { return f >= 1; }) &&
            (c.architecture != Architecture::Cnn || (!c.filterSizes.empty() && c.filters >= 1));
        // A recurrent model needs a hidden state (LibTorch cannot even initialise one of size 0).
        const bool recurrentOk =
            (c.architecture != Architecture::Base && c.architecture != Architecture::Advanced) ||
            (c.hidden >= 1 && (c.architecture == Architecture::Base || c.layers >= 1));
        // Heads split the width evenly; a position table of up to 100,000 rows (the longest
        // maximum length a plan takes).
        const bool transformerOk =
            c.architecture != Architecture::Transformer ||
            (c.layers >= 1 && c.hidden >= 1 && c.heads >= 1 && c.embeddingDim % c.heads == 0 &&
             c.context >= 1 && c.context <= 100'000);
        if (c.vocabSize < 2 || c.classes < 2 || c.classes > kMaxClasses || c.embeddingDim < 1 ||
            c.padIndex < 0 || c.padIndex >= c.vocabSize || !(c.dropout >= 0) || c.dropout >= 1 ||
            c.layers < 0 || c.hidden < 0 || c.filters < 0 || c.ngrams < 1 || c.ngrams > 3 ||
            c.charNgrams < 0 || c.charNgrams > 6 || !(c.nbAlpha > 0) ||
            !(c.nbBeta >= 0 && c.nbBeta <= 1) || !filtersOk || !recurrentOk || !transformerOk) {
            return Error::at({}, Message::tr("the model configuration has values out of range"));
        }
        return c;
    } catch (const nlohmann::json::exception& e) {
        return Error::at({}, Message::tr("the model configuration is malformed: %1").arg(e.what()));
    }
}

}  // namespace sentiment::model
