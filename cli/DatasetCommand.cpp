#include "cli/DatasetCommand.h"

#include <algorithm>

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/Format.h"
#include "cli/TerminalProgress.h"
#include "data/BucketIterator.h"

namespace sentiment::cli {

DatasetCommand::DatasetCommand(CLI::App& app) {
    command_ = app.add_subcommand("dataset", "Load IMDb: counts, vocabulary, most common tokens, padding, timings");
    auto* cmd = command_;
    data_.addTo(*cmd);
    cmd->add_option("--batch-size", batchSize_, "batch size for the padding figure")->capture_default_str();
    cmd->add_option("--top", top_, "how many of the most common tokens to list")->capture_default_str();
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
    data::BatchingOptions batching;
    batching.batchSize = batchSize_;
    batching.seed = ds.options.seed;
    const data::BucketIterator it(ds.train, batching);
    const auto bucketed = it.padding(it.plan(0));
    const auto random = it.randomPadding(0);
    const auto common = ds.vocab.mostCommon(top_);
    const auto& t = ds.timings;

    auto longest = [](const data::Examples& e) {
        std::size_t most = 0;
        for (std::size_t i = 0; i < e.size(); ++i) most = std::max(most, e.length(i));
        return most;
    };
    if (json_) {
        auto split = [&](const data::Examples& e) {
            const auto pos = e.positives();
            return nlohmann::json{{"total", e.size()}, {"pos", pos}, {"neg", e.size() - pos}, {"longest", longest(e)}};
        };
        nlohmann::json j;
        j["source"] = ds.sourceName;
        j["demo"] = ds.demo;
        j["tokenizer"] = data::describe(ds.options.tokenizer);
        j["train"] = split(ds.train);
        j["valid"] = split(ds.valid);
        j["test"] = split(ds.test);
        j["vocab_size"] = ds.vocab.size();
        j["dictionary_size"] = ds.corpus->dictionary.size();
        j["tokens"] = ds.corpus->tokenCount();
        j["most_common"] = nlohmann::json::array();
        for (const auto& [word, count] : common) j["most_common"].push_back({word, count});
        j["padding_ratio"] = bucketed.ratio();
        j["random_padding_ratio"] = random.ratio();
        j["cache_used"] = t.cacheUsed;
        j["seconds"] = {{"read", t.read}, {"tokenize", t.tokenize}, {"vocab", t.vocab}, {"total", t.total}};
        for (const auto& w : ds.corpus->report.warnings) j["warnings"].push_back(w.english());
        std::cout << j.dump() << '\n';
        return 0;
    }

    std::cout << "Dataset: " << ds.sourceName << (ds.demo ? " (the embedded demo sample)" : "")
              << (t.cacheUsed ? "  [tokenized cache]" : "") << "\n\n";
    std::printf("%-6s %8s %8s %8s %8s\n", "split", "total", "pos", "neg", "longest");
    for (const auto& [name, e] : {std::pair<const char*, const data::Examples*>{"train", &ds.train},
                                  {"valid", &ds.valid}, {"test", &ds.test}}) {
        const auto pos = e->positives();
        std::printf("%-6s %8s %8s %8s %8s\n", name, withCommas(e->size()).c_str(), withCommas(pos).c_str(),
                    withCommas(e->size() - pos).c_str(), withCommas(longest(*e)).c_str());
    }
    std::cout << "\nVocabulary: " << withCommas(ds.vocab.size()) << " entries (tokenizer "
              << data::describe(ds.options.tokenizer) << ", " << withCommas(ds.corpus->dictionary.size())
              << " distinct tokens, " << withCommas(ds.corpus->tokenCount()) << " tokens in all)\n";
    std::cout << "Padding with bucketing (batch " << batchSize_ << "): " << percent(bucketed.ratio())
              << "  (random batches: " << percent(random.ratio()) << ")\n\n";
    std::cout << "Most common tokens:\n";
    for (std::size_t i = 0; i < common.size(); ++i) {
        std::printf("%4zu  %-16s %12s\n", i + 1, common[i].first.c_str(), withCommas(common[i].second).c_str());
    }
    std::printf("\nTime: read %.2f s | tokenize %.2f s | vocab %.2f s | total %.2f s\n", t.read, t.tokenize,
                t.vocab, t.total);
    return 0;
}

}  // namespace sentiment::cli
