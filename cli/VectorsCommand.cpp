#include "cli/VectorsCommand.h"

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "foundation/TextFormat.h"
#include "cli/TerminalProgress.h"
#include "foundation/CacheDirectory.h"
#include "data/EmbeddingMatrix.h"
#include "data/VectorsLoader.h"

namespace sentiment::cli {

VectorsCommand::VectorsCommand(CLI::App& app) {
    command_ = app.add_subcommand("vectors", "Load word vectors (GloVe) and report their coverage of the vocabulary");
    command_->add_option("--vectors", vectorsPath_, "glove.6B.100d.txt, or glove.6B.zip with --dim")->required();
    command_->add_option("--dim", dimension_, "which member of glove.6B.zip: 50, 100, 200 or 300");
    data_.addTo(*command_);
    command_->add_flag("--json", json_, "print one JSON object");
}

int VectorsCommand::run() const {
    TerminalProgress progress;
    auto dataset = data_.load(&progress);
    if (!dataset) {
        progress.finish();
        std::fprintf(stderr, "error: %s\n", dataset.error().message.c_str());
        return 1;
    }
    data::VectorsOptions options;
    options.dimension = dimension_;
    options.useCache = !data_.noCache;
    options.threads = data_.threads > 0 ? static_cast<unsigned>(data_.threads) : 0;
    auto vectors = data::VectorsLoader(CacheDirectory::defaultPath()).load(vectorsPath_, options, &progress);
    progress.finish();
    if (!vectors) {
        std::fprintf(stderr, "error: %s\n", vectors.error().message.c_str());
        return 1;
    }
    const auto matrix = data::EmbeddingMatrix::build(dataset->vocab, *vectors);
    const auto& info = vectors->info();
    const auto& report = matrix.report;
    if (json_) {
        nlohmann::json j;
        j["source"] = info.source;
        j["dimension"] = info.dimension;
        j["lines"] = info.lines;
        j["words"] = vectors->size();
        j["duplicates"] = info.duplicates;
        j["header"] = info.header;
        j["vocab_size"] = report.vocabSize;
        j["found"] = report.found;
        j["found_lowercase"] = report.foundLowercase;
        j["coverage"] = report.coverage();
        j["most_frequent_missing"] = nlohmann::json::array();
        for (const auto& [w, c] : report.mostFrequentMissing) j["most_frequent_missing"].push_back({w, c});
        j["cache_used"] = info.cacheUsed;
        j["seconds"] = info.seconds;
        std::cout << j.dump() << '\n';
        return 0;
    }
    std::cout << "Vectors: " << info.source << (info.cacheUsed ? "  [cache]" : "") << '\n'
              << "Dimension " << info.dimension << ", " << withCommas(info.lines) << " lines, "
              << withCommas(vectors->size()) << " distinct words";
    if (info.duplicates > 0) std::cout << " (" << withCommas(info.duplicates) << " repeated words: first kept)";
    std::cout << "\nCoverage of the " << withCommas(report.vocabSize) << "-entry vocabulary: " << withCommas(report.found)
              << " found (" << percent(report.coverage()) << "), " << withCommas(report.foundLowercase)
              << " of them lower-cased; missing rows are drawn from N(0,1)\n";
    std::cout << "Most frequent missing words:";
    for (const auto& [w, c] : report.mostFrequentMissing) std::cout << ' ' << w << " (" << withCommas(c) << ')';
    std::printf("\nLoaded in %.2f s\n", info.seconds);
    return 0;
}

}  // namespace sentiment::cli
