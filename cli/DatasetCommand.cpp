#include "cli/DatasetCommand.h"

#include <algorithm>

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/TerminalProgress.h"
#include "data/dataset/DatasetStatistics.h"
#include "foundation/TextFormat.h"

namespace sentiment::cli {

DatasetCommand::DatasetCommand(CLI::App& app) {
    command_ = app.add_subcommand(
        "dataset", "Load IMDb: counts, vocabulary, most common tokens, padding, timings");
    auto* cmd = command_;
    data_.addTo(*cmd);
    cmd->add_option("--batch-size", batchSize_, "batch size for the padding figure")
        ->capture_default_str();
    cmd->add_option("--top", top_, "how many of the most common tokens to list")
        ->capture_default_str();
    cmd->add_flag("--json", json_, "print one JSON object");
}

int DatasetCommand::run() const {
    TerminalProgress progress;
    auto loaded = data_.load(&progress);
    progress.finish();
    if (!loaded) {
        std::fprintf(stderr, "error: %s\n", loaded.error().message.c_str());
        return 1;
    }
    const data::Dataset& ds = *loaded;
    const auto stats = data::DatasetStatistics::of(ds, batchSize_, top_);
    const auto& common = stats.mostCommon;
    const auto& t = ds.timings;

    if (json_) {
        auto split = [](const data::DatasetStatistics::Split& e) {
            return nlohmann::json{{"total", e.total},     {"pos", e.positives},
                                  {"neg", e.negatives()}, {"per_class", e.perClass},
                                  {"longest", e.longest}, {"tokens", e.tokens}};
        };
        nlohmann::json j;
        j["classes"] = ds.classes();
        j["source"] = ds.sourceName;
        j["demo"] = ds.demo;
        j["tokenizer"] = data::describe(ds.options.tokenizer);
        j["train"] = split(stats.train);
        j["valid"] = split(stats.valid);
        j["test"] = split(stats.test);
        j["vocab_size"] = stats.vocabSize;
        j["dictionary_size"] = stats.dictionarySize;
        j["tokens"] = stats.tokens;
        j["most_common"] = nlohmann::json::array();
        for (const auto& [word, count] : common) j["most_common"].push_back({word, count});
        j["padding_ratio"] = stats.paddingBucketed;
        j["random_padding_ratio"] = stats.paddingRandom;
        j["cache_used"] = t.cacheUsed;
        j["seconds"] = {
            {"read", t.read}, {"tokenize", t.tokenize}, {"vocab", t.vocab}, {"total", t.total}};
        for (const auto& w : ds.corpus->report.warnings) j["warnings"].push_back(w.english());
        std::cout << j.dump() << '\n';
        return 0;
    }

    std::cout << "Dataset: " << ds.sourceName << (ds.demo ? " (the embedded demo sample)" : "")
              << (t.cacheUsed ? "  [tokenized cache]" : "") << "\n\n";
    const auto& classes = ds.classes();
    const std::vector<std::pair<const char*, const data::DatasetStatistics::Split*>> splits = {
        {"train", &stats.train}, {"valid", &stats.valid}, {"test", &stats.test}};
    if (classes.size() == 2) {
        std::printf("%-6s %8s %8s %8s %8s\n", "split", "total", "pos", "neg", "longest");
        for (const auto& [name, e] : splits) {
            std::printf("%-6s %8s %8s %8s %8s\n", name, withCommas(e->total).c_str(),
                        withCommas(e->positives).c_str(), withCommas(e->negatives()).c_str(),
                        withCommas(e->longest).c_str());
        }
    } else {
        // A row per class, a column per split.
        std::printf("%-16s %9s %9s %9s\n", "class", "train", "valid", "test");
        for (std::size_t c = 0; c < classes.size(); ++c) {
            std::printf("%s %9s %9s %9s\n", column(classes[c], 16).c_str(),
                        withCommas(stats.train.perClass[c]).c_str(),
                        withCommas(stats.valid.perClass[c]).c_str(),
                        withCommas(stats.test.perClass[c]).c_str());
        }
        std::printf("%-16s %9s %9s %9s\n", "all", withCommas(stats.train.total).c_str(),
                    withCommas(stats.valid.total).c_str(), withCommas(stats.test.total).c_str());
    }
    std::cout << "\nVocabulary: " << withCommas(stats.vocabSize) << " entries (tokenizer "
              << data::describe(ds.options.tokenizer) << ", " << withCommas(stats.dictionarySize)
              << " distinct tokens, " << withCommas(stats.tokens) << " tokens in all)\n";
    std::cout << "Padding with bucketing (batch " << batchSize_
              << "): " << percent(stats.paddingBucketed)
              << "  (random batches: " << percent(stats.paddingRandom) << ")\n\n";
    std::cout << "Most common tokens:\n";
    for (std::size_t i = 0; i < common.size(); ++i) {
        std::printf("%4zu  %s %12s\n", i + 1, column(common[i].first, 16).c_str(),
                    withCommas(common[i].second).c_str());
    }
    std::printf("\nTime: read %.2f s | tokenize %.2f s | vocab %.2f s | total %.2f s\n", t.read,
                t.tokenize, t.vocab, t.total);
    return 0;
}

}  // namespace sentiment::cli
