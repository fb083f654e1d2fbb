#pragma once

#include <cstdint>
#include <string>

#include <CLI/CLI.hpp>

#include "data/dataset/Dataset.h"
#include "data/dataset/DatasetOptions.h"
#include "data/dataset/ProgressObserver.h"
#include "experiment/ExperimentPlan.h"
#include "experiment/RunInputs.h"
#include "foundation/Result.h"

namespace sentiment::cli {

/// Options shared by the commands that load IMDb (`dataset`, `vectors`, `train`, `bench-train`).
struct DataArguments {
    std::string dataPath;
    bool demo = false;
    std::string tokenizer = "english";
    bool lowercase = false;
    std::size_t maxVocab = 25'000;
    std::uint64_t minFreq = 1;
    std::uint64_t seed = 1234;
    double trainFraction = 0.7;
    bool noCache = false;
    int threads = 0;
    /// A labelled table's reading (--text-column ...); the flags given replace the plan's.
    data::TableOptions table;
    std::string delimiter;

    /// Adds the flags to `command`; returns the group of source flags (exactly one is required),
    /// to which a command may add another source.
    CLI::Option_group* addTo(CLI::App& command);
    /// The table's reading from the flags.
    data::TableOptions tableOptions() const;
    /// The data library's options from the flags.
    data::DatasetOptions options() const;
    /// The files to read for a plan: the source flags and those options.
    experiment::RunInputs::Files files() const;
    /// Loads the chosen source with those options (cache in the user's cache folder).
    Result<data::Dataset> load(data::ProgressObserver* observer) const;

    /// Sets the plan's data choices and seed from the flags given on the command line (the rest
    /// stay the preset's or the stored plan's: NBSVM's vocabulary has no limit, the others'
    /// 25,000).
    void applyTo(experiment::ExperimentPlan& plan) const;
    /// Loads the source given (or, when none was, `plan.source`) with the plan's options.
    Result<data::Dataset> loadFor(const experiment::ExperimentPlan& plan,
                                  data::ProgressObserver* observer) const;

private:
    void addTableOptions(CLI::App& command);
    struct Given {
        CLI::Option *tokenizer = nullptr, *lowercase = nullptr, *maxVocab = nullptr,
                    *minFreq = nullptr, *seed = nullptr, *trainFraction = nullptr;
        std::vector<CLI::Option*> table;
    } given_;
};

}  // namespace sentiment::cli
