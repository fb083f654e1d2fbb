#include "cli/VectorsCommand.h"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>

#include <nlohmann/json.hpp>

#include "cli/TerminalProgress.h"
#include "data/vectors/EmbeddingMatrix.h"
#include "data/vectors/VectorsLoader.h"
#include "data/vectors/VectorsSubset.h"
#include "foundation/CacheDirectory.h"
#include "foundation/TextFormat.h"
#include "training/Checkpoint.h"
#include "training/EmbeddingSpace.h"

namespace sentiment::cli {

namespace {

int fail(const std::string& message) {
    std::fprintf(stderr, "error: %s\n", message.c_str());
    return 1;
}

nlohmann::json toJson(const std::vector<training::Neighbour>& list) {
    auto out = nlohmann::json::array();
    for (const auto& n : list) out.push_back({{"word", n.word}, {"cosine", n.cosine}});
    return out;
}

void print(const std::vector<training::Neighbour>& list) {
    for (std::size_t i = 0; i < list.size(); ++i) {
        std::printf("%3zu. %-24s %.3f\n", i + 1, list[i].word.c_str(),
                    static_cast<double>(list[i].cosine));
    }
}

double millisecondsSince(std::chrono::steady_clock::time_point started) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
        .count();
}

// How training moved a word: its neighbours in the vectors beside those after training.
void printMoved(const training::WordMovement& moved, int k) {
    std::printf(
        "How training moved \"%s\" (cosine with its starting vector %.3f; %d of %d neighbours "
        "kept)\n",
        moved.word.c_str(), static_cast<double>(moved.cosineToStart), moved.shared, k);
    std::printf("     %-30s %s\n", "in the vectors (run's words)", "after training");
    const auto cell = [](const std::vector<training::Neighbour>& list, std::size_t i) {
        if (i >= list.size()) return std::string();
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, " %.3f", static_cast<double>(list[i].cosine));
        return list[i].word + buffer;
    };
    for (std::size_t i = 0; i < std::max(moved.before.size(), moved.after.size()); ++i) {
        std::printf("%3zu. %-30s %s\n", i + 1, cell(moved.before, i).c_str(),
                    cell(moved.after, i).c_str());
    }
}

}  // namespace

VectorsCommand::VectorsCommand(CLI::App& app) {
    command_ = app.add_subcommand("vectors",
                                  "Load word vectors (GloVe): their coverage of the vocabulary, or "
                                  "nearest words and analogies");
    command_->add_option("--vectors", vectorsPath_,
                         "glove.6B.100d.txt, or glove.6B.zip with --dim");
    command_->add_option("--dim", dimension_, "which member of glove.6B.zip: 50, 100, 200 or 300");
    data_.addTo(*command_)->require_option(0, 1);
    command_->add_option("--nearest", nearest_, "the words closest to WORD (cosine similarity)");
    command_
        ->add_option("--analogy", analogy_,
                     "A B C: the words closest to A - B + C (king man woman: queen)")
        ->expected(3);
    command_->add_option("-k,--top", k_, "how many words to list (default 10)")
        ->check(CLI::Range(1, 1000));
    command_->add_flag("--keep-case", keepCase_,
                       "list every spelling of a word (Great, GREAT) instead of one; the lecture's "
                       "vocabulary keeps case");
    command_->add_option("--run", runId_,
                         "explore this run's trained embedding (its id in `runs list`)");
    command_->add_option("--model", model_,
                         "explore the trained embedding of this checkpoint (.slckpt)");
    command_->add_option(
        "--write-subset", subsetPath_,
        "write the vectors this vocabulary uses (same --data, --seed, --max-vocab, --tokenizer and "
        "--train-fraction as the runs) to OUT.txt in GloVe's text format: a few MB that train "
        "exactly like the whole file, for a GPU server or a cluster");
    store_.addTo(*command_);
    command_->add_flag("--json", json_, "print one JSON object");
}

int VectorsCommand::run() const {
    if (!subsetPath_.empty() && (!nearest_.empty() || !analogy_.empty())) {
        return fail(
            "--write-subset goes with --vectors and --data (or --demo), not with --nearest or "
            "--analogy");
    }
    if (!nearest_.empty() || !analogy_.empty()) return explore();
    if (runId_ != 0 || !model_.empty())
        return fail("--run and --model go with --nearest WORD or --analogy A B C");
    if (vectorsPath_.empty())
        return fail("give --vectors FILE (and --data or --demo for the coverage of a vocabulary)");
    if (data_.dataPath.empty() && !data_.demo)
        return fail("give --data FILE or --demo: the vocabulary to measure the coverage of");
    return coverage();
}

// The loaded vectors and a run's trained embedding: the spaces `vectors --nearest/--analogy`
// search.
struct VectorsCommand::Spaces {
    std::shared_ptr<const data::WordVectors> vectors;
    std::optional<training::EmbeddingSpace> glove;
    std::optional<training::Checkpoint> trainedModel;
    std::optional<training::EmbeddingSpace> trained;
    const training::EmbeddingSpace& searched() const { return trained ? *trained : *glove; }
    const char* name() const { return trained ? "trained" : "vectors"; }
    const char* words() const { return trained ? "trained embedding" : "vectors"; }
};

std::optional<int> VectorsCommand::loadSpaces(Spaces& spaces) const {
    if (!vectorsPath_.empty()) {
        TerminalProgress progress;
        data::VectorsOptions options;
        options.dimension = dimension_;
        options.useCache = !data_.noCache;
        auto loaded = data::VectorsLoader(CacheDirectory::defaultPath())
                          .load(vectorsPath_, options, &progress);
        progress.finish();
        if (!loaded) return fail(loaded.error().message);
        spaces.vectors = std::make_shared<const data::WordVectors>(std::move(*loaded));
        spaces.glove = training::EmbeddingSpace::fromVectors(spaces.vectors);
        spaces.glove->setFoldCase(!keepCase_);
    }
    std::string checkpoint = model_;
    if (runId_ != 0) {
        auto reader = store_.openForReading();
        if (!reader) return 1;
        auto details = reader->details(runId_);
        if (!details) return fail(details.error().message);
        checkpoint = details->run.checkpointPath;
        if (checkpoint.empty())
            return fail("run " + std::to_string(runId_) +
                        " has no checkpoint: its embedding was not kept");
    }
    if (!checkpoint.empty()) {
        auto loaded = training::Checkpoint::load(checkpoint);
        if (!loaded) return fail(loaded.error().message);
        if (!loaded->hasWordEmbedding()) {
            return fail(checkpoint +
                        ": this model has no word embedding to explore (NBSVM keeps one fixed "
                        "ratio per n-gram)");
        }
        spaces.trainedModel = std::move(*loaded);
        spaces.trained = training::EmbeddingSpace::fromCheckpoint(*spaces.trainedModel);
        spaces.trained->setFoldCase(!keepCase_);
    }
    if (!spaces.glove && !spaces.trained)
        return fail("give --vectors FILE, --run ID or --model FILE: the space to search");
    return std::nullopt;
}

int VectorsCommand::explore() const {
    if (!nearest_.empty() && !analogy_.empty())
        return fail("ask for --nearest or --analogy, not both");
    if (runId_ != 0 && !model_.empty()) return fail("give --run or --model, not both");
    Spaces spaces;
    if (const auto failed = loadSpaces(spaces)) return *failed;
    if (!analogy_.empty()) return analogy(spaces);
    if (spaces.glove && spaces.trained) return moved(spaces);
    return nearest(spaces);
}

int VectorsCommand::analogy(const Spaces& spaces) const {
    const auto started = std::chrono::steady_clock::now();
    const auto& space = spaces.searched();
    auto found = space.analogy(analogy_[0], analogy_[1], analogy_[2], k_);
    if (!found) return fail(found.error().message);
    const double ms = millisecondsSince(started);
    if (json_) {
        const nlohmann::json j{{"analogy", analogy_},
                               {"space", spaces.name()},
                               {"words", toJson(*found)},
                               {"milliseconds", ms}};
        std::cout << j.dump() << '\n';
        return 0;
    }
    std::printf("%s - %s + %s in the %s (%s words, %.1f ms):\n", analogy_[0].c_str(),
                analogy_[1].c_str(), analogy_[2].c_str(), spaces.words(),
                withCommas(space.size()).c_str(), ms);
    print(*found);
    return 0;
}

int VectorsCommand::moved(const Spaces& spaces) const {
    auto movement = training::compareNeighbours(*spaces.glove, *spaces.trained,
                                                spaces.trainedModel->vocab, nearest_, k_);
    if (!movement) return fail(movement.error().message);
    if (json_) {
        const nlohmann::json j{{"word", movement->word},
                               {"before", toJson(movement->before)},
                               {"after", toJson(movement->after)},
                               {"cosine_to_start", movement->cosineToStart},
                               {"shared", movement->shared}};
        std::cout << j.dump() << '\n';
        return 0;
    }
    printMoved(*movement, k_);
    return 0;
}

int VectorsCommand::nearest(const Spaces& spaces) const {
    const auto started = std::chrono::steady_clock::now();
    const auto& space = spaces.searched();
    auto found = space.nearest(nearest_, k_);
    if (!found) return fail(found.error().message);
    const double ms = millisecondsSince(started);
    if (json_) {
        const nlohmann::json j{{"word", nearest_},
                               {"space", spaces.name()},
                               {"words", toJson(*found)},
                               {"milliseconds", ms}};
        std::cout << j.dump() << '\n';
        return 0;
    }
    std::printf("Nearest to \"%s\" in the %s (%s words, %.1f ms):\n", nearest_.c_str(),
                spaces.words(), withCommas(space.size()).c_str(), ms);
    print(*found);
    return 0;
}

int VectorsCommand::coverage() const {
    TerminalProgress progress;
    auto dataset = data_.load(&progress);
    if (!dataset) {
        progress.finish();
        return fail(dataset.error().message);
    }
    data::VectorsOptions options;
    options.dimension = dimension_;
    options.useCache = !data_.noCache;
    options.threads = data_.threads > 0 ? static_cast<unsigned>(data_.threads) : 0;
    auto vectors =
        data::VectorsLoader(CacheDirectory::defaultPath()).load(vectorsPath_, options, &progress);
    progress.finish();
    if (!vectors) return fail(vectors.error().message);
    const auto matrix = data::EmbeddingMatrix::build(dataset->vocab, *vectors);
    const auto& info = vectors->info();
    const auto& report = matrix.report;
    std::optional<data::VectorsSubset::Written> subset;
    if (!subsetPath_.empty()) {
        auto written = data::VectorsSubset::write(*vectors, matrix.sourceRows, subsetPath_);
        if (!written) return fail(written.error().message);
        subset = *written;
    }
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
        for (const auto& [w, c] : report.mostFrequentMissing)
            j["most_frequent_missing"].push_back({w, c});
        j["cache_used"] = info.cacheUsed;
        j["seconds"] = info.seconds;
        if (subset)
            j["subset"] = {
                {"path", subsetPath_}, {"words", subset->words}, {"bytes", subset->bytes}};
        std::cout << j.dump() << '\n';
        return 0;
    }
    std::cout << "Vectors: " << info.source << (info.cacheUsed ? "  [cache]" : "") << '\n'
              << "Dimension " << info.dimension << ", " << withCommas(info.lines) << " lines, "
              << withCommas(vectors->size()) << " distinct words";
    if (info.duplicates > 0)
        std::cout << " (" << withCommas(info.duplicates) << " repeated words: first kept)";
    std::cout << "\nCoverage of the " << withCommas(report.vocabSize)
              << "-entry vocabulary: " << withCommas(report.found) << " found ("
              << percent(report.coverage()) << "), " << withCommas(report.foundLowercase)
              << " of them lower-cased; missing rows are drawn from N(0,1)\n";
    std::cout << "Most frequent missing words:";
    for (const auto& [w, c] : report.mostFrequentMissing)
        std::cout << ' ' << w << " (" << withCommas(c) << ')';
    std::printf("\nLoaded in %.2f s\n", info.seconds);
    if (subset) {
        std::printf(
            "Wrote %s: the %s vectors this vocabulary uses (%s); train with --vectors %s and the "
            "same data options\n",
            subsetPath_.c_str(), withCommas(subset->words).c_str(), byteSize(subset->bytes).c_str(),
            subsetPath_.c_str());
    }
    return 0;
}

}  // namespace sentiment::cli
