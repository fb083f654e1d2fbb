#include "training/Predictor.h"
#include "training/Loss.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_set>

#include "data/text/CharNgrams.h"
#include "model/Bf16RecurrentInference.h"
#include "model/NbSvm.h"
#include "model/TransformerClassifier.h"

namespace sentiment::training {

namespace {
// Tokens scored at once by an explanation (variants x review length). The bfloat16 engine is
// fastest with small batches whose buffers stay in cache (measured: 16 variants of a 250-token
// review 0.50 s, 64 variants 0.60 s); LibTorch's float path with larger ones.
constexpr std::size_t kExplainTokensPerBatchBf16 = 4'096;
constexpr std::size_t kExplainTokensPerBatchFloat = 16'384;

// The n-gram of `n` tokens from `first`, as the vocabulary spells it ("a b c").
std::string ngramAt(const std::vector<std::string>& tokens, std::size_t first, std::size_t n) {
    std::string s = tokens[first];
    for (std::size_t k = 1; k < n; ++k) s.append(" ").append(tokens[first + k]);
    return s;
}
// Two classes' verdict from P(positive).
void setBinary(Prediction& p, double positive) {
    p.probability = positive;
    p.positive = positive >= 0.5;
    p.called = p.positive ? 1 : 0;
    p.probabilities = {1 - positive, positive};
}
}  // namespace

Result<Predictor> Predictor::load(const std::filesystem::path& path, Precision precision) {
    auto c = Checkpoint::load(path);
    if (!c) return c.error();
    if (precision == Precision::BFloat16 && !bf16Available(*c)) {
        return Error::at(path.string(),
                         Message::tr("bf16 inference needs a recurrent LSTM or RNN model on a "
                                     "CPU with AVX-512 BF16; use fp32"));
    }
    return Predictor(std::move(*c), precision);
}

bool Predictor::bf16Available(const Checkpoint& checkpoint) {
    return checkpoint.network && model::Bf16RecurrentInference::canRun(*checkpoint.network);
}

Predictor::Predictor(Checkpoint checkpoint, Precision precision)
    : checkpoint_(std::move(checkpoint)),
      tokenizer_(data::Tokenizer::create(checkpoint_.tokenizer)) {
    checkpoint_.network->eval();
    if (precision != Precision::Float32 && bf16Available(checkpoint_)) {
        bf16_ = std::make_unique<const model::Bf16RecurrentInference>(*checkpoint_.network,
                                                                      at::get_num_threads());
    }
}

Predictor::Predictor(Predictor&&) noexcept = default;
Predictor& Predictor::operator=(Predictor&&) noexcept = default;
Predictor::~Predictor() = default;

Precision Predictor::precision() const {
    return bf16_ ? Precision::BFloat16 : Precision::Float32;
}

Prediction Predictor::prepare(std::string_view text) const {
    std::vector<std::string> tokens;
    tokenizer_->tokenize(text, [&](std::string_view token) { tokens.emplace_back(token); });
    const bool truncated = tokens.size() > kMaxTokens;
    if (truncated) tokens.resize(kMaxTokens);
    auto p = fromTokens(std::move(tokens));
    p.truncated = truncated;
    return p;
}

Prediction Predictor::fromTokens(std::vector<std::string> tokens) const {
    Prediction p;
    p.tokens = std::move(tokens);
    if (const auto& limit = checkpoint_.length; limit.kept(p.tokens.size()) < p.tokens.size()) {
        // The model read at most this many tokens of a text in training: the same cut here.
        std::vector<std::string> kept(limit.kept(p.tokens.size()));
        limit.copy(p.tokens.data(), p.tokens.size(), kept.data());
        p.tokens = std::move(kept);
    }
    const auto& vocab = checkpoint_.vocab;
    for (const auto& t : p.tokens) {
        p.ids.push_back(t == "<pad>" ? data::Vocabulary::kUnk : vocab.index(t));
    }
    // The distinct bigrams, then trigrams, as the training data had them ("a b", "a b c" in the
    // vocabulary).
    for (int n = 2; n <= checkpoint_.ngrams; ++n) {
        std::vector<std::string> seen;
        for (std::size_t i = 0; i + std::size_t(n) <= p.tokens.size(); ++i)
            seen.push_back(ngramAt(p.tokens, i, std::size_t(n)));
        std::sort(seen.begin(), seen.end());
        seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
        for (const auto& b : seen) p.ids.push_back(vocab.index(b));
    }
    // The distinct character n-grams of the words, by vocabulary index as the training data had
    // them.
    if (checkpoint_.charNgrams > 0) {
        std::vector<std::string> all, grams;
        for (const auto& t : p.tokens) {
            data::CharNgrams::of(t, checkpoint_.charNgrams, grams);
            all.insert(all.end(), std::make_move_iterator(grams.begin()),
                       std::make_move_iterator(grams.end()));
        }
        std::sort(all.begin(), all.end());
        all.erase(std::unique(all.begin(), all.end()), all.end());
        std::vector<std::int32_t> ids;
        for (const auto& g : all) ids.push_back(vocab.index(g));
        std::sort(ids.begin(), ids.end());
        p.ids.insert(p.ids.end(), ids.begin(), ids.end());
    }
    if (p.ids.empty()) p.ids.push_back(data::Vocabulary::kUnk);
    return p;
}

struct Predictor::Scratch {
    model::Bf16RecurrentInference::Workspace workspace;
};

void Predictor::score(std::vector<Prediction*>& batch, Scratch& scratch) const {
    if (batch.empty()) return;
    if (bf16_) {
        std::vector<std::span<const std::int32_t>> sequences;
        for (const auto* p : batch) sequences.emplace_back(p->ids);
        const auto logits = bf16_->logits(sequences, scratch.workspace);
        for (std::size_t b = 0; b < batch.size(); ++b)
            setBinary(*batch[b], 1.0 / (1.0 + std::exp(-static_cast<double>(logits[b]))));
        return;
    }
    auto& network = *checkpoint_.network;
    const auto minLength = network.config().minLength();
    std::int64_t maxLen = minLength;
    for (const auto* p : batch)
        maxLen = std::max<std::int64_t>(maxLen, static_cast<std::int64_t>(p->ids.size()));
    const auto n = static_cast<std::int64_t>(batch.size());
    auto tokens = torch::full({maxLen, n}, network.config().padIndex, torch::kLong);
    auto lengths = torch::empty({n}, torch::kLong);
    auto acc = tokens.accessor<std::int64_t, 2>();
    for (std::int64_t b = 0; b < n; ++b) {
        const auto& ids = batch[static_cast<std::size_t>(b)]->ids;
        for (std::size_t t = 0; t < ids.size(); ++t) acc[static_cast<std::int64_t>(t)][b] = ids[t];
        lengths[b] = static_cast<std::int64_t>(ids.size());
    }
    const auto device = network.parameters().front().device();
    torch::NoGradGuard guard;
    const auto logits = network.forward(tokens.to(device), lengths).to(torch::kCPU, torch::kDouble);
    if (logits.dim() == 1) {
        const auto probs = torch::sigmoid(logits).contiguous();
        for (std::int64_t b = 0; b < n; ++b)
            setBinary(*batch[static_cast<std::size_t>(b)], probs[b].item<double>());
        return;
    }
    const auto probs = torch::softmax(logits, 1).contiguous();
    const auto classes = static_cast<std::size_t>(probs.size(1));
    const double* v = probs.data_ptr<double>();
    // The class called, by the test pass's own rule (the likeliest, or the median).
    const auto called = classCalls(logits, checkpoint_.model.medianCall).contiguous();
    const auto* c = called.data_ptr<std::int64_t>();
    for (std::int64_t b = 0; b < n; ++b) {
        auto* p = batch[static_cast<std::size_t>(b)];
        p->probabilities.assign(v + b * std::int64_t(classes), v + (b + 1) * std::int64_t(classes));
        p->called = static_cast<std::size_t>(c[b]);
        p->probability = p->probabilities[p->called];
        p->positive = false;
    }
}

Prediction Predictor::predict(std::string_view text) const {
    Prediction p = prepare(text);
    std::vector<Prediction*> one{&p};
    // A thread's single predictions share its buffers (at most kMaxTokens steps of one review).
    static thread_local Scratch workspace;
    score(one, workspace);
    return p;
}

std::vector<double> Predictor::importance(std::string_view text, std::size_t batchSize,
                                          std::stop_token stop) const {
    Scratch workspace;
    Prediction whole = prepare(text);
    std::vector<Prediction*> one{&whole};
    score(one, workspace);
    const auto& unk = checkpoint_.vocab.token(data::Vocabulary::kUnk);
    std::vector<Prediction> variants;
    variants.reserve(whole.tokens.size());
    for (std::size_t i = 0; i < whole.tokens.size(); ++i) {
        auto tokens = whole.tokens;
        tokens[i] = unk;
        variants.push_back(fromTokens(std::move(tokens)));
    }
    // Every variant of a recurrent model's input has the same length: batches need no padding.
    const auto perBatch = bf16_ ? kExplainTokensPerBatchBf16 : kExplainTokensPerBatchFloat;
    batchSize = std::clamp<std::size_t>(perBatch / whole.ids.size(), 1,
                                        std::max<std::size_t>(1, batchSize));
    for (std::size_t start = 0; start < variants.size(); start += batchSize) {
        if (stop.stop_requested()) return {};
        std::vector<Prediction*> batch;
        for (std::size_t i = start; i < std::min(variants.size(), start + batchSize); ++i)
            batch.push_back(&variants[i]);
        score(batch, workspace);
    }
    std::vector<double> out;
    out.reserve(variants.size());
    // Two classes: P(positive); more: the probability of the class the whole text is called.
    const std::size_t target = whole.probabilities.size() == 2 ? 1 : whole.called;
    for (const auto& v : variants)
        out.push_back(whole.probabilities[target] - v.probabilities[target]);
    return out;
}

std::vector<Prediction> Predictor::predict(const std::vector<std::string>& texts,
                                           std::size_t batchSize) const {
    Scratch workspace;
    std::vector<Prediction> out;
    out.reserve(texts.size());
    for (const auto& t : texts) out.push_back(prepare(t));
    std::vector<std::size_t> order(out.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](auto a, auto b) { return out[a].ids.size() > out[b].ids.size(); });
    for (std::size_t start = 0; start < order.size();
         start += std::max<std::size_t>(1, batchSize)) {
        std::vector<Prediction*> batch;
        for (std::size_t i = start; i < std::min(order.size(), start + batchSize); ++i)
            batch.push_back(&out[order[i]]);
        score(batch, workspace);
    }
    return out;
}

std::optional<AttentionMaps> Predictor::attention(std::string_view text) const {
    auto* transformer = dynamic_cast<model::TransformerClassifierImpl*>(checkpoint_.network.get());
    if (transformer == nullptr) return std::nullopt;
    const auto p = prepare(text);
    const auto& config = transformer->config();
    const auto read = std::min<std::size_t>(p.ids.size(), std::size_t(config.context));
    auto tokens = torch::empty({std::int64_t(read), 1}, torch::kLong);
    for (std::size_t t = 0; t < read; ++t) tokens[std::int64_t(t)][0] = std::int64_t(p.ids[t]);
    {
        torch::NoGradGuard guard;
        // Off again however the pass ends: the verdicts that follow keep nothing.
        struct Recording {
            model::TransformerClassifierImpl& model;
            explicit Recording(model::TransformerClassifierImpl& m) : model(m) {
                model.recordAttention(true);
            }
            ~Recording() { model.recordAttention(false); }
        } recording(*transformer);
        transformer->forward(tokens, torch::tensor({std::int64_t(read)}, torch::kLong));
    }
    AttentionMaps maps;
    if (config.pooling == model::Pooling::Cls) maps.tokens.emplace_back("[CLS]");
    for (std::size_t t = 0; t < read; ++t)  // an empty text is read as one <unk>
        maps.tokens.push_back(
            t < p.tokens.size() ? p.tokens[t] : checkpoint_.vocab.token(data::Vocabulary::kUnk));
    const auto& layers = transformer->attention();
    maps.layers = layers.size();
    maps.heads = std::size_t(config.heads);
    for (const auto& layer : layers) {
        const auto one = layer.select(0, 0).to(torch::kCPU, torch::kFloat).contiguous();
        maps.weights.insert(maps.weights.end(), one.data_ptr<float>(),
                            one.data_ptr<float>() + one.numel());
    }
    return maps;
}

std::optional<Explanation> Predictor::explain(std::string_view text) const {
    auto* nb = dynamic_cast<model::NbSvmImpl*>(checkpoint_.network.get());
    if (nb == nullptr) return std::nullopt;
    Prediction p = prepare(text);
    const auto& vocab = checkpoint_.vocab;
    Explanation e;
    // Two classes: the one logit (positive's); more: the logit of the class called.
    const bool binary = nb->config().outputs() == 1;
    if (!binary) {
        std::vector<Prediction*> one{&p};
        static thread_local Scratch workspace;
        score(one, workspace);
    }
    e.towards = binary ? 1 : p.called;
    const std::int64_t output = binary ? 0 : std::int64_t(p.called);
    e.bias = nb->bias(output);
    e.perToken.assign(p.tokens.size(), 0.0);
    // The review's distinct known n-grams in text order, then their terms in one lookup (not
    // the whole vocabulary's: a review has hundreds, the vocabulary a million and more).
    std::vector<std::int64_t> ids;
    std::unordered_set<std::int32_t> seen;
    bool unknown = p.tokens.empty();  // an empty review is <unk> alone
    auto add = [&](std::int32_t id, std::string ngram, std::size_t first, std::size_t length) {
        if (id == data::Vocabulary::kUnk) {  // every unknown n-gram is the one feature <unk>
            unknown = true;
            return;
        }
        if (!seen.insert(id).second) return;
        ids.push_back(id);
        e.terms.push_back({std::move(ngram), 0.0, first, length});
    };
    for (std::size_t i = 0; i < p.tokens.size(); ++i) add(p.ids[i], p.tokens[i], i, 1);
    for (int n = 2; n <= checkpoint_.ngrams; ++n) {
        for (std::size_t i = 0; i + std::size_t(n) <= p.tokens.size(); ++i) {
            auto ngram = ngramAt(p.tokens, i, std::size_t(n));
            const auto id = vocab.index(ngram);  // before the string moves into add()
            add(id, std::move(ngram), i, std::size_t(n));
        }
    }
    // A character n-gram counts once, on the first word that holds it.
    std::vector<std::string> grams;
    for (std::size_t i = 0; checkpoint_.charNgrams > 0 && i < p.tokens.size(); ++i) {
        data::CharNgrams::of(p.tokens[i], checkpoint_.charNgrams, grams);
        for (auto& g : grams) {
            const auto id = vocab.index(g);
            add(id, std::move(g), i, 1);
        }
    }
    if (unknown) {
        // The model reads <unk> once for all of them.
        ids.push_back(data::Vocabulary::kUnk);
        e.terms.push_back({vocab.token(data::Vocabulary::kUnk), 0.0, 0, 0});
    }
    const auto values = nb->termWeights(torch::tensor(ids, torch::kLong), output)
                            .contiguous();  // r * w', as it predicts
    const auto* value = values.data_ptr<float>();
    for (std::size_t k = 0; k < e.terms.size(); ++k) {
        auto& t = e.terms[k];
        t.value = value[k];
        for (std::size_t j = 0; j < t.length; ++j)
            e.perToken[t.firstToken + j] += t.value / double(t.length);
    }
    e.logit = e.bias;
    for (const auto& t : e.terms) e.logit += t.value;
    std::stable_sort(e.terms.begin(), e.terms.end(),
                     [](const Contribution& a, const Contribution& b) {
                         return std::abs(a.value) > std::abs(b.value);
                     });
    return e;
}

std::vector<Contribution> Predictor::strongest(std::size_t count, bool positive,
                                               std::size_t towards) const {
    auto* nb = dynamic_cast<model::NbSvmImpl*>(checkpoint_.network.get());
    if (nb == nullptr) return {};
    const auto outputs = nb->config().outputs();
    if (outputs > 1 && std::int64_t(towards) >= outputs) return {};
    torch::NoGradGuard guard;
    auto weights = nb->termWeights(outputs == 1 ? 0 : std::int64_t(towards));
    weights[data::Vocabulary::kUnk] = 0;  // not an n-gram
    weights[data::Vocabulary::kPad] = 0;
    const auto k = std::min<std::int64_t>(std::int64_t(count), weights.size(0));
    const auto [values, ids] = weights.topk(k, 0, /*largest=*/positive);
    std::vector<Contribution> out;
    for (std::int64_t i = 0; i < k; ++i) {
        const double v = values[i].item<double>();
        if (positive ? v <= 0 : v >= 0) break;
        const auto& ngram =
            checkpoint_.vocab.token(static_cast<std::int32_t>(ids[i].item<std::int64_t>()));
        out.push_back({ngram, v, 0, std::size_t(std::count(ngram.begin(), ngram.end(), ' ') + 1)});
    }
    return out;
}

}  // namespace sentiment::training
