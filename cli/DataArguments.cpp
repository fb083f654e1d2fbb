#include "cli/DataArguments.h"

#include "data/CacheDirectory.h"
#include "data/DatasetLoader.h"

namespace sentiment::cli {

void DataArguments::addTo(CLI::App& command) {
    auto* source = command.add_option_group("source", "where the reviews come from");
    source->add_option("--data", dataPath, "aclImdb_v1.tar.gz, or the extracted aclImdb folder");
    source->add_flag("--demo", demo, "the embedded demo sample (1,000 train + 500 test reviews per class)");
    source->require_option(1);
    command.add_option("--tokenizer", tokenizer, "english (spaCy-like, the lecture's) or basic_english (torchtext)")
        ->check(CLI::IsMember({"english", "basic_english"}));
    command.add_flag("--lowercase", lowercase, "lower-case every token");
    command.add_option("--max-vocab", maxVocab, "vocabulary size besides <unk> and <pad>")->capture_default_str();
    command.add_option("--min-freq", minFreq, "leave out tokens seen fewer times")->capture_default_str();
    command.add_option("--seed", seed, "seed of the train/valid split")->capture_default_str();
    command.add_option("--train-fraction", trainFraction, "share of the 25,000 training reviews trained on; the rest validates")
        ->check(CLI::Range(0.05, 0.95))
        ->capture_default_str();
    command.add_flag("--no-cache", noCache, "ignore the tokenized-dataset cache");
    command.add_option("--threads", threads, "threads (default: one per core)");
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
    o.bigrams = bigrams;
    return o;
}

data::Result<data::Dataset> DataArguments::load(data::ProgressObserver* observer) const {
    const data::DatasetLoader loader(data::CacheDirectory::defaultPath());
    return demo ? loader.loadDemo(options(), observer) : loader.load(dataPath, options(), observer);
}

}  // namespace sentiment::cli
