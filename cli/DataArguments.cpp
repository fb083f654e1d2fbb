#include "cli/DataArguments.h"

#include <algorithm>
#include <filesystem>

#include "data/dataset/DatasetLoader.h"
#include "foundation/CacheDirectory.h"

namespace sentiment::cli {

CLI::Option_group* DataArguments::addTo(CLI::App& command) {
    auto* source = command.add_option_group("source", "where the reviews come from");
    source->add_option("--data", dataPath,
                       "aclImdb_v1.tar.gz, the extracted aclImdb folder, or a labelled table: "
                       ".csv, .tsv, .txt (NSMC's), .jsonl, gzip'd or not");
    source->add_flag("--demo", demo,
                     "the embedded demo sample (1,000 train + 500 test reviews per class)");
    source->require_option(1);
    given_.tokenizer =
        command
            .add_option(
                "--tokenizer", tokenizer,
                "english (spaCy-like, the lecture's), basic_english (torchtext), or unicode "
                "(ICU word boundaries: Korean, Japanese, Chinese, Thai ...)")
            ->check(CLI::IsMember({"english", "basic_english", "unicode"}));
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
    addTableOptions(command);
    command.add_flag("--no-cache", noCache, "ignore the tokenized-dataset cache");
    command.add_option("--threads", threads, "threads (default: one per core)");
    return source;
}

void DataArguments::addTableOptions(CLI::App& command) {
    const char* group = "A labelled table (--data FILE.csv/.tsv/.txt/.jsonl)";
    auto add = [&](CLI::Option* o) {
        o->group(group);
        given_.table.push_back(o);
    };
    add(command.add_option("--test-data", table.testFile,
                           "the test reviews in a file of their own (the same layout)"));
    add(command.add_option("--text-column", table.textColumn,
                           "the column of the texts: a header name or a number from 1 (default: "
                           "text, review, document, sentence ...)"));
    add(command.add_option("--label-column", table.labelColumn,
                           "the column of the labels (default: label, rating, sentiment ...)"));
    add(command.add_option("--split-column", table.splitColumn,
                           "a column saying train or test on each row"));
    add(command.add_option("--group-column", table.groupColumn,
                           "rows of one group (a movie id) stay on one side of the made split"));
    add(command
            .add_option("--delimiter", delimiter,
                        "tab, comma, semicolon, bar, or one character "
                        "(default: sniffed)")
            ->check([](const std::string& d) {
                return d.size() == 1 || d == "tab" || d == "comma" || d == "semicolon" || d == "bar"
                           ? std::string()
                           : std::string("tab, comma, semicolon, bar or one character");
            }));
    add(command.add_option("--label-map", table.labelMap,
                           "labels to classes, e.g. \"1-4=negative,9-10=positive\" (others are "
                           "left out)"));
    add(command
            .add_option("--test-fraction", table.testFraction,
                        "without a test file or split column: the share of each class held out "
                        "for the test")
            ->check(CLI::Range(0.01, 0.9))
            ->capture_default_str());
}

data::TableOptions DataArguments::tableOptions() const {
    auto t = table;
    // Absolute, so that the plan reopens it from anywhere (train --from-run).
    if (!t.testFile.empty()) t.testFile = std::filesystem::absolute(t.testFile);
    t.delimiter = delimiter == "tab"         ? '\t'
                  : delimiter == "comma"     ? ','
                  : delimiter == "semicolon" ? ';'
                  : delimiter == "bar"       ? '|'
                  : delimiter.size() == 1    ? delimiter[0]
                                             : char(0);
    return t;
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
    o.table = tableOptions();
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
    // A table's reading is one choice: any of its flags replaces the plan's whole.
    if (std::any_of(given_.table.begin(), given_.table.end(), use))
        plan.data.table = tableOptions();
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
