#pragma once

#include <memory>
#include <stop_token>
#include <string>

#include "data/dataset/Dataset.h"
#include "data/dataset/DatasetOptions.h"
#include "data/dataset/ProgressObserver.h"
#include "data/vectors/EmbeddingMatrix.h"
#include "data/vectors/WordVectors.h"
#include "experiment/ExperimentPlan.h"
#include "foundation/Result.h"

namespace sentiment::experiment {

/// What a run trains on: the dataset with its plan's vocabulary, tokenizer, bigrams and split,
/// and, when the plan uses vectors, the embedding matrix built from them by the lecture's rules.
/// The one preparation step of every front end: the GUI fits what its Data and Words pages
/// loaded (`fit`), the CLI reads files (`load`); both hand the result to ExperimentRunner::run.
struct RunInputs {
    std::shared_ptr<const data::Dataset> dataset;
    std::shared_ptr<const data::EmbeddingMatrix> matrix;  ///< none: the plan uses no vectors
    std::string vectorsSource;                            ///< the vectors' file, for the record
    bool rebuilt = false;  ///< the loaded dataset did not fit: its vocabulary was built again

    /// `loaded`, or the same reviews with this plan's vocabulary, bigrams and split
    /// (ExperimentPlan::datasetFor: slow after a tokenizer change, call it off the GUI thread),
    /// and the matrix from `vectors` (from the file `vectorsSource`) when the plan uses vectors.
    static Result<RunInputs> fit(const ExperimentPlan& plan,
                                 std::shared_ptr<const data::Dataset> loaded,
                                 const std::shared_ptr<const data::WordVectors>& vectors,
                                 const std::string& vectorsSource,
                                 data::ProgressObserver* observer = nullptr,
                                 std::stop_token stop = {});

    /// The files to read, as a command line names them.
    struct Files {
        std::string data;           ///< an IMDb archive or folder; empty: the plan's own source
        bool demo = false;          ///< the embedded demo sample instead
        data::DatasetOptions base;  ///< threads and cache use (the plan decides the rest)
        std::string vectors;        ///< empty: the plan's own file, when it uses vectors
        int dimension = 0;          ///< which member of glove.6B.zip (0: the file's own)
    };
    /// Reads the dataset with the plan's options (through the cache unless `base` says not) and,
    /// when the plan uses vectors, its matrix; the word vectors themselves are not kept.
    static Result<RunInputs> load(const ExperimentPlan& plan, const Files& files,
                                  data::ProgressObserver* observer = nullptr);
    /// The dataset alone, as `load` reads it (`evaluate` needs no vectors).
    static Result<data::Dataset> loadDataset(const ExperimentPlan& plan, const Files& files,
                                             data::ProgressObserver* observer = nullptr);
};

}  // namespace sentiment::experiment
