#pragma once

#include <cstdint>
#include <string>

#include <CLI/CLI.hpp>

#include "data/Dataset.h"
#include "data/DatasetOptions.h"
#include "data/ProgressObserver.h"
#include "data/Result.h"

namespace sentiment::cli {

/// Options shared by the commands that load IMDb (`dataset`, `vectors`, later `train`).
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
    bool bigrams = false;  ///< set by `train` for the FastText preset

    /// Adds the flags to `command`.
    void addTo(CLI::App& command);
    /// The data library's options from the flags.
    data::DatasetOptions options() const;
    /// Loads the chosen source with those options (cache in the user's cache folder).
    data::Result<data::Dataset> load(data::ProgressObserver* observer) const;
};

}  // namespace sentiment::cli
