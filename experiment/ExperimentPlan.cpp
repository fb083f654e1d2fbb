#include "experiment/ExperimentPlan.h"

#include "foundation/JsonNumbers.h"

#include <cmath>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "data/dataset/DatasetBuilder.h"
#include "data/dataset/DatasetLoader.h"
#include "data/text/CharNgrams.h"
#include "experiment/Presets.h"
#include "foundation/CacheDirectory.h"

namespace sentiment::experiment {

namespace {
Error outOfRange(const char* setting, const char* expected) {
    return Error::at({}, Message::tr("%1 is out of range: expected %2").arg(setting).arg(expected));
}
}  // namespace

Result<ExperimentPlan> ExperimentPlan::forPreset(std::string_view preset) {
    auto model = model::ModelConfig::preset(preset);
    if (!isPreset(preset) || !model) {
        return Error::at(
            {}, Message::tr("unknown preset '%1' (expected base, advanced, fasttext, cnn, nbsvm or "
                            "transformer)")
                    .arg(std::string(preset)));
    }
    ExperimentPlan p;
    p.preset = std::string(preset);
    p.model = *model;
    p.training = training::TrainingConfig::forPreset(preset);
    // Notebook 1 trains its embedding from scratch; NBSVM has none (its ratios are counted).
    p.useVectors = preset != "base" && preset != "nbsvm";
    if (p.model.architecture == model::Architecture::NbSvm)
        p.data.maxVocab = 0;  // every n-gram of the training reviews
    if (p.model.architecture == model::Architecture::Transformer) {
        // Attention is quadratic in the length: reviews cut to the positions it has, keeping
        // the start and the end, where reviews tend to say what they think.
        p.data.length = {static_cast<std::size_t>(p.model.context), data::Truncation::HeadTail};
    }
    return p;
}

ExperimentPlan ExperimentPlan::lecture(std::string_view preset) {
    auto p = forPreset(preset);
    return p ? std::move(*p) : *forPreset("advanced");
}

Status ExperimentPlan::validate() const {
    if (!isPreset(preset)) return forPreset(preset).error();
    const auto& m = model;
    if (m.embeddingDim < 1 || m.embeddingDim > 2048)
        return outOfRange("--embedding-dim", "1 to 2048");
    if (!(m.dropout >= 0 && m.dropout < 1))
        return outOfRange("--dropout", "at least 0 and below 1");
    if (m.architecture == model::Architecture::Base ||
        m.architecture == model::Architecture::Advanced) {
        if (m.layers < 1 || m.layers > 8) return outOfRange("--layers", "1 to 8");
        if (m.hidden < 1 || m.hidden > 4096) return outOfRange("--hidden", "1 to 4096");
    }
    if (data.length.maxLength > 100'000) return outOfRange("--max-length", "0 to 100000");
    if (m.architecture == model::Architecture::Transformer) {
        if (m.layers < 1 || m.layers > 24) return outOfRange("--layers", "1 to 24");
        if (m.hidden < 1 || m.hidden > 16384) return outOfRange("--feed-forward", "1 to 16384");
        if (m.heads < 1 || m.heads > 64 || m.embeddingDim % m.heads != 0)
            return outOfRange("--heads", "1 to 64, dividing the embedding size");
        if (data.length.maxLength < 1)
            return Error::at({}, Message::tr("a Transformer needs --max-length (1 to 100000): its "
                                             "attention's memory grows with the square of the "
                                             "length"));
    }
    const auto& t = training;
    if (t.epochs < 1 || t.epochs > 1000) return outOfRange("--epochs", "1 to 1000");
    if (t.batchSize < 1 || t.batchSize > 65536) return outOfRange("--batch-size", "1 to 65536");
    if (!(t.learningRate > 0) || !std::isfinite(t.learningRate))
        return outOfRange("--lr", "a positive number");
    if (!(t.momentum >= 0 && t.momentum <= 1)) return outOfRange("--momentum", "0 to 1");
    if (!(t.weightDecay >= 0) || !(t.clipNorm >= 0))
        return outOfRange("--weight-decay and --clip", "0 or more");
    if (t.freezeEpochs < 0) return outOfRange("--freeze-epochs", "0 or more");
    if (t.device != "auto" && t.device != "cpu" && t.device != "cuda")
        return outOfRange("--device", "auto, cpu or cuda");
    if (m.architecture == model::Architecture::NbSvm) {
        if (m.ngrams < 1 || m.ngrams > 3) return outOfRange("--ngrams", "1 to 3");
        if (!(m.nbAlpha > 0) || !std::isfinite(m.nbAlpha))
            return outOfRange("--nb-alpha", "a positive number");
        if (!(m.nbBeta >= 0 && m.nbBeta <= 1)) return outOfRange("--nb-beta", "0 to 1");
    }
    if (m.charNgrams < 0 || m.charNgrams > data::CharNgrams::kLongest)
        return outOfRange("--char-ngrams", "0 to 6");
    // 1: all the training reviews, no validation (the last epoch's weights are tested).
    if (!(data.trainFraction >= 0.05 && data.trainFraction <= 1))
        return outOfRange("--train-fraction", "0.05 to 1");
    return Done{};
}

data::DatasetOptions ExperimentPlan::datasetOptions(const data::DatasetOptions& base) const {
    auto o = base;
    o.tokenizer = data.tokenizer;
    o.vocabulary.maxSize = data.maxVocab;
    o.vocabulary.minFreq = data.minFreq;
    o.trainFraction = data.trainFraction;
    o.seed = dataSeed();
    o.ngrams = ngrams();
    o.charNgrams = charNgrams();
    o.table = data.table;
    o.length = data.length;
    return o;
}

bool ExperimentPlan::fits(const data::Dataset& dataset) const {
    const auto wanted = datasetOptions(dataset.options);
    const auto& have = dataset.options;
    return wanted.vocabulary == have.vocabulary && wanted.tokenizer == have.tokenizer &&
           wanted.ngrams == have.ngrams && wanted.charNgrams == have.charNgrams &&
           wanted.length == have.length && wanted.trainFraction == have.trainFraction &&
           wanted.seed == have.seed;
}

Result<std::shared_ptr<const data::Dataset>> ExperimentPlan::datasetFor(
    std::shared_ptr<const data::Dataset> loaded, data::ProgressObserver* observer,
    std::stop_token stop) const {
    if (!loaded) return Error::at({}, Message::tr("no dataset is loaded"));
    if (fits(*loaded)) return loaded;
    auto wanted = datasetOptions(loaded->options);
    // The reviews as they were opened: how a table is read is the Data page's choice (or the
    // command line's), which the run records.
    wanted.table = loaded->options.table;
    if (wanted.tokenizer == loaded->options.tokenizer && loaded->corpus) {
        auto ds = data::DatasetBuilder(wanted).build(loaded->corpus);
        ds.sourceName = loaded->sourceName;
        ds.demo = loaded->demo;
        ds.fingerprint = loaded->fingerprint;
        ds.timings = loaded->timings;
        return std::make_shared<const data::Dataset>(std::move(ds));
    }
    const data::DatasetLoader loader(CacheDirectory::defaultPath());
    auto reloaded = loaded->demo ? loader.loadDemo(wanted, observer, stop)
                                 : loader.load(loaded->sourceName, wanted, observer, stop);
    if (!reloaded) return reloaded.error();
    return std::make_shared<const data::Dataset>(std::move(*reloaded));
}

std::shared_ptr<const data::EmbeddingMatrix> ExperimentPlan::matrixFor(
    const data::Vocabulary& vocab, const std::shared_ptr<const data::WordVectors>& vectors) const {
    if (!useVectors || !vectors) return nullptr;
    data::EmbeddingOptions options;
    options.seed = dataSeed();
    return std::make_shared<const data::EmbeddingMatrix>(
        data::EmbeddingMatrix::build(vocab, *vectors, options));
}

std::string ExperimentPlan::sourceOf(const data::Dataset& dataset) {
    return dataset.demo ? dataset.sourceName
                        : std::filesystem::absolute(dataset.sourceName).string();
}

model::ModelConfig ExperimentPlan::modelFor(const data::Dataset& dataset,
                                            const data::EmbeddingMatrix* matrix) const {
    auto m = model;
    m.vocabSize = static_cast<std::int64_t>(dataset.vocab.size());
    m.classes = static_cast<std::int64_t>(dataset.classes().size());
    m.padIndex = data::Vocabulary::kPad;
    if (matrix != nullptr) m.embeddingDim = static_cast<std::int64_t>(matrix->dimension);
    return m;
}

namespace {

// A table's reading choices in a plan: only those that differ from the defaults.
nlohmann::json tableJson(const data::TableOptions& t) {
    const data::TableOptions d;
    nlohmann::json j = nlohmann::json::object();
    const auto put = [&](const char* key, const auto& value, const auto& fallback) {
        if (value != fallback) j[key] = value;
    };
    put("text_column", t.textColumn, d.textColumn);
    put("label_column", t.labelColumn, d.labelColumn);
    put("split_column", t.splitColumn, d.splitColumn);
    put("group_column", t.groupColumn, d.groupColumn);
    put("delimiter", std::string(t.delimiter == 0 ? 0 : 1, t.delimiter), std::string());
    put("header", int(t.header), int(d.header));
    if (t.quoting) j["quoting"] = *t.quoting == data::Quoting::None ? "none" : "double";
    put("label_map", t.labelMap, d.labelMap);
    put("test_file", t.testFile.string(), d.testFile.string());
    put("test_fraction", t.testFraction, d.testFraction);
    put("seed", t.seed, d.seed);
    return j;
}

data::TableOptions tableFrom(const nlohmann::json& j) {
    data::TableOptions t;
    t.textColumn = j.value("text_column", t.textColumn);
    t.labelColumn = j.value("label_column", t.labelColumn);
    t.splitColumn = j.value("split_column", t.splitColumn);
    t.groupColumn = j.value("group_column", t.groupColumn);
    const auto delimiter = j.value("delimiter", std::string());
    t.delimiter = delimiter.size() == 1 ? delimiter[0] : 0;
    const int header = j.value("header", 0);
    t.header = header == 1   ? data::TableOptions::Header::Yes
               : header == 2 ? data::TableOptions::Header::No
                             : data::TableOptions::Header::Auto;
    if (j.contains("quoting"))
        t.quoting = j.at("quoting").get<std::string>() == "none" ? data::Quoting::None
                                                                 : data::Quoting::Double;
    t.labelMap = j.value("label_map", t.labelMap);
    t.testFile = j.value("test_file", std::string());
    t.testFraction = j.value("test_fraction", t.testFraction);
    t.seed = j.value("seed", t.seed);
    return t;
}

}  // namespace

nlohmann::json ExperimentPlan::toJson() const {
    nlohmann::json j = {{"plan", kFormat},
                        {"preset", preset},
                        {"seed", seed()},
                        {"model", model.toJson()},
                        {"training", training.toJson()},
                        {"data",
                         {{"source", source},
                          {"seed", dataSeed()},
                          {"train_fraction", data.trainFraction},
                          {"tokenizer", std::string(data::toString(data.tokenizer.kind))},
                          {"lowercase", data.tokenizer.lowercase},
                          {"max_vocab", data.maxVocab},
                          {"min_freq", data.minFreq},
                          {"bigrams", bigrams()},
                          {"ngrams", ngrams()}}},
                        {"vectors", {{"use", useVectors}, {"path", vectorsPath}}}};
    if (data.table != data::TableOptions{}) j["data"]["table"] = tableJson(data.table);
    if (!classes.empty()) j["data"]["classes"] = classes;
    if (data.length.maxLength > 0) {  // none before issue 42: whole reviews
        j["data"]["max_length"] = data.length.maxLength;
        j["data"]["truncation"] = std::string(data::toString(data.length.truncation));
    }
    return j;
}

Result<ExperimentPlan> ExperimentPlan::fromJson(const nlohmann::json& j) {
    if (!j.is_object() || !j.contains("plan")) {
        return Error::at(
            {}, Message::tr("this run has no stored plan: it was recorded by an older version, "
                            "which kept its settings for reading only"));
    }
    try {
        if (checked::integer<int>(j.at("plan")) > kFormat) {
            return Error::at(
                {}, Message::tr("this run's plan was written by a newer version of Sentiment Lab"));
        }
        auto plan = forPreset(j.at("preset").get<std::string>());
        if (!plan) return plan.error();
        auto m = model::ModelConfig::fromJson(j.at("model"));
        if (!m) return m.error();
        auto t = training::TrainingConfig::fromJson(j.at("training"));
        if (!t) return t.error();
        plan->model = *m;
        plan->training = *t;
        plan->setSeed(checked::integer<std::uint64_t>(j.at("seed")));
        const auto& d = j.at("data");
        plan->source = d.value("source", std::string());
        auto kind = data::parseTokenizerKind(d.at("tokenizer").get<std::string>());
        if (!kind)
            return Error::at(
                {},
                Message::tr("unknown tokenizer '%1'").arg(d.at("tokenizer").get<std::string>()));
        plan->data.tokenizer.kind = *kind;
        plan->data.tokenizer.lowercase = d.at("lowercase").get<bool>();
        plan->data.maxVocab = checked::integer<std::size_t>(d.at("max_vocab"));
        plan->data.minFreq = checked::integer<std::uint64_t>(d.at("min_freq"));
        plan->data.trainFraction = d.at("train_fraction").get<double>();
        if (d.contains("table")) plan->data.table = tableFrom(d.at("table"));
        plan->data.length.maxLength = checked::integerOr<std::size_t>(d, "max_length", 0);
        if (d.contains("truncation")) {
            auto cut = data::parseTruncation(d.at("truncation").get<std::string>());
            if (!cut) return cut.error();
            plan->data.length.truncation = *cut;
        }
        if (d.contains("classes")) {
            plan->classes = d.at("classes").get<std::vector<std::string>>();
            if (std::int64_t(plan->classes.size()) != plan->model.classes)
                return Error::at({}, Message::tr("the plan names %1 classes for a model of %2")
                                         .arg(plan->classes.size())
                                         .arg(plan->model.classes));
        }
        // Plans before issue 20 wrote the plan's seed here; a different one is the data's own.
        if (d.contains("seed") && checked::integer<std::uint64_t>(d.at("seed")) != plan->seed())
            plan->data.seed = checked::integer<std::uint64_t>(d.at("seed"));
        const auto& v = j.at("vectors");
        plan->useVectors = v.at("use").get<bool>();
        plan->vectorsPath = v.value("path", std::string());
        if (auto ok = plan->validate(); !ok) return ok.error();
        return plan;
    } catch (const nlohmann::json::exception& e) {
        return Error::at({}, Message::tr("the stored plan is malformed: %1").arg(e.what()));
    }
}

Result<ExperimentPlan> ExperimentPlan::fromText(std::string_view text) {
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded()) return Error::at({}, Message::tr("the stored plan is not valid JSON"));
    return fromJson(j);
}

}  // namespace sentiment::experiment
