#pragma once

#include <memory>
#include <optional>

#include "data/dataset/Corpus.h"
#include "data/dataset/DatasetOptions.h"
#include "data/dataset/Examples.h"
#include "data/dataset/Fingerprint.h"
#include "data/dataset/Vocabulary.h"

namespace sentiment::data {

/// Time spent in each phase of loading, in seconds.
struct LoadTimings {
    double read = 0;      ///< reading and decompressing (or loading the cache)
    double tokenize = 0;  ///< tokenizing (0 when the cache was used)
    double vocab = 0;     ///< split, vocabulary and numericalization
    double total = 0;
    bool cacheUsed = false;
};

/// The lecture's three splits over one vocabulary built from the train part only.
struct Dataset {
    std::shared_ptr<const Corpus> corpus;  ///< texts and tokens, for browsing
    DatasetOptions options;
    Vocabulary vocab;
    Examples train, valid, test;
    LoadTimings timings;
    std::string sourceName;                  ///< shown to users: a path, or "demo sample"
    bool demo = false;                       ///< the embedded demo sample
    std::optional<Fingerprint> fingerprint;  ///< of the source, recorded with every run

    /// The class names by index: the corpus's (ReadReport::classes), IMDb's two without one.
    const std::vector<std::string>& classes() const {
        return corpus ? corpus->report.classes : ReadReport::imdbClasses();
    }
};

}  // namespace sentiment::data
