#include "ui/ExperimentChoice.h"

#include <QtGlobal>

#include "data/CacheDirectory.h"
#include "data/DatasetBuilder.h"
#include "data/DatasetLoader.h"

namespace sentiment::ui {

ExperimentChoice ExperimentChoice::forPreset(std::string_view preset) {
    ExperimentChoice c;
    auto model = model::ModelConfig::preset(preset);
    c.preset = model ? std::string(preset) : std::string("advanced");
    c.model = model ? *model : *model::ModelConfig::preset("advanced");
    c.training = training::TrainingConfig::forPreset(c.preset);
    c.useVectors = c.preset != "base";  // notebook 1 trains its embedding from scratch
    return c;
}

std::string ExperimentChoice::displayName(std::string_view preset) {
    // Marked for lupdate; the pages show them through tr() in this context.
    if (preset == "base") return QT_TRANSLATE_NOOP("sentiment::ui::ExperimentChoice", "Base RNN (lecture)");
    if (preset == "advanced") return QT_TRANSLATE_NOOP("sentiment::ui::ExperimentChoice", "Advanced BiLSTM (lecture)");
    if (preset == "fasttext") return QT_TRANSLATE_NOOP("sentiment::ui::ExperimentChoice", "FastText");
    if (preset == "cnn") return QT_TRANSLATE_NOOP("sentiment::ui::ExperimentChoice", "CNN");
    return std::string(preset);
}

data::DatasetOptions ExperimentChoice::datasetOptions(const data::DatasetOptions& loaded) const {
    auto o = loaded;
    o.vocabulary.maxSize = maxVocab;
    o.tokenizer = tokenizer;
    o.trainFraction = trainFraction;
    o.bigrams = model.architecture == model::Architecture::FastText;
    return o;
}

bool ExperimentChoice::fits(const data::Dataset& dataset) const {
    const auto wanted = datasetOptions(dataset.options);
    const auto& have = dataset.options;
    return wanted.vocabulary == have.vocabulary && wanted.tokenizer == have.tokenizer && wanted.bigrams == have.bigrams &&
           wanted.trainFraction == have.trainFraction;
}

data::Result<std::shared_ptr<const data::Dataset>> ExperimentChoice::datasetFor(
    std::shared_ptr<const data::Dataset> loaded, data::ProgressObserver* observer, std::stop_token stop) const {
    if (!loaded) return data::Error::at({}, data::Message::tr("no dataset is loaded"));
    if (fits(*loaded)) return loaded;
    const auto wanted = datasetOptions(loaded->options);
    if (wanted.tokenizer == loaded->options.tokenizer && loaded->corpus) {
        auto ds = data::DatasetBuilder(wanted).build(loaded->corpus);
        ds.sourceName = loaded->sourceName;
        ds.demo = loaded->demo;
        ds.fingerprint = loaded->fingerprint;
        ds.timings = loaded->timings;
        return std::make_shared<const data::Dataset>(std::move(ds));
    }
    const data::DatasetLoader loader(data::CacheDirectory::defaultPath());
    auto reloaded = loaded->demo ? loader.loadDemo(wanted, observer, stop) : loader.load(loaded->sourceName, wanted, observer, stop);
    if (!reloaded) return reloaded.error();
    return std::make_shared<const data::Dataset>(std::move(*reloaded));
}

std::shared_ptr<const data::EmbeddingMatrix> ExperimentChoice::matrixFor(
    const data::Vocabulary& vocab, const std::shared_ptr<const data::WordVectors>& vectors) const {
    if (!useVectors || !vectors) return nullptr;
    data::EmbeddingOptions options;
    options.seed = training.seed;
    return std::make_shared<const data::EmbeddingMatrix>(data::EmbeddingMatrix::build(vocab, *vectors, options));
}

}  // namespace sentiment::ui
