#include "cli/DataArguments.h"

#include "data/dataset/DatasetLoader.h"
#include "data/imdb/DemoData.h"
#include "foundation/CacheDirectory.h"

namespace sentiment::cli {

CLI::Option_group* DataArguments::addTo(CLI::App& command) {
    auto* source = command.add_option_group("source", "where the reviews come from");
    source->add_option("--data", dataPath, "aclImdb_v1.tar.gz, or the extracted aclImdb folder");
    source->add_flag("--demo", demo,
                     "the embedded demo sample (1,000 train + 500 test reviews per class)");
    source->require_option(1);
    given_.tokenizer =
        command
            .add_option("--tokenizer", tokenizer,
                        "english (spaCy-like, the lecture's) or basic_english (torchtext)")
            ->check(CLI::IsMember({"english", "basic_english"}));
    given_.lowercase = command.add_flag("--lowercase", lowercase, "lower-case every token");
    given_.maxVocab = command.add_option(
        "--max-vocab", maxVocab,
        "vocabulary size besides <unk> and <pad>, 0 = no limit (default: the preset's, "
        "25000; nbsvm: no limit)");
    given_.minFreq = command.add_option("--min-freq", minFreq, "leave out tokens seen fewer times")
                         ->capture_default_str();
    given_.seed =
        command
            .add_option("--seed", seed,
                        "the seed of the split, the batches, the initialisation and dropout")
            ->capture_default_str();
    given_.trainFraction = command
                               .add_option("--train-fraction", trainFraction,
                                           "share of the 25,000 training reviews trained on; the "
                                           "rest validates (1: all of them, no "
                                           "validation; the last epoch is tested)")
                               ->check(CLI::Range(0.05, 1.0))
                               ->capture_default_str();
    command.add_flag("--no-cache", noCache, "ignore the tokenized-dataset cache");
    command.add_option("--threads", threads, "threads (default: one per core)");
    return source;
}

data::DatasetOptions DataArguments::options() const {
    data::DatasetOptions o;
    o.tokenizer.kind = data::parseTokenizerKind(tokenizer).value_or(data::TokenizerKind::English);
    o.tokenizer.lowercase = lowercase;
    o.vocabulary.maxSize = maxVocab;
    o.vocabulary.minFreq = minFreq;
    o.seed = seed;
    o.trainFraction = trainFraction;
    o.useCache = !noCache;
    o.threads = threads > 0 ? static_cast<unsigned>(threads) : 0;
    return o;
}

Result<data::Dataset> DataArguments::load(data::ProgressObserver* observer) const {
    const data::DatasetLoader loader(CacheDirectory::defaultPath());
    return demo ? loader.loadDemo(options(), observer) : loader.load(dataPath, options(), observer);
}

void DataArguments::applyTo(experiment::ExperimentPlan& plan) const {
    auto use = [](const CLI::Option* o) { return o != nullptr && o->count() > 0; };
    if (use(given_.tokenizer))
        plan.data.tokenizer.kind =
            data::parseTokenizerKind(tokenizer).value_or(data::TokenizerKind::English);
    if (use(given_.lowercase)) plan.data.tokenizer.lowercase = lowercase;
    if (use(given_.maxVocab)) plan.data.maxVocab = maxVocab;
    if (use(given_.minFreq)) plan.data.minFreq = minFreq;
    if (use(given_.seed)) plan.setSeed(seed);
    if (use(given_.trainFraction)) plan.data.trainFraction = trainFraction;
}

experiment::RunInputs::Files DataArguments::files() const {
    experiment::RunInputs::Files f;
    f.data = dataPath;
    f.demo = demo;
    f.base = options();
    return f;
}

Result<data::Dataset> DataArguments::loadFor(const experiment::ExperimentPlan& plan,
                                             data::ProgressObserver* observer) const {
    return experiment::RunInputs::loadDataset(plan, files(), observer);
}

}  // namespace sentiment::cli
