#include "experiment/RunFacts.h"

namespace sentiment::experiment {

void describeDataset(storage::RunInfo& info, const data::Dataset& dataset) {
    info.datasetSource =
        dataset.demo ? dataset.sourceName : std::filesystem::absolute(dataset.sourceName).string();
    if (dataset.fingerprint) {
        info.datasetSize = dataset.fingerprint->size;
        info.datasetHash = dataset.fingerprint->key("run");
    }
    info.seed = dataset.options.seed;
    info.trainSize = dataset.train.size();
    info.validSize = dataset.valid.size();
    info.testSize = dataset.test.size();
    info.vocabSize = dataset.vocab.size();
}

}  // namespace sentiment::experiment
