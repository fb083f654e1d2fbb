#include "training/TimingProbe.h"

#include "training/Trainer.h"

namespace sentiment::training {

namespace {
double tokensOf(const data::Examples& examples) {
    return static_cast<double>(examples.tokens.size());
}
}  // namespace

Result<TimingEstimate> TimingProbe::measure(const model::ModelConfig& model,
                                            const TrainingConfig& training,
                                            const data::Dataset& dataset,
                                            const data::EmbeddingMatrix* vectors,
                                            std::size_t batches, std::stop_token stop) {
    if (dataset.train.size() == 0)
        return Error::at({}, Message::tr("the dataset has no training reviews to time"));
    auto config = training;
    config.epochs = 1;
    config.validate = false;
    config.evaluateTest = false;
    config.maxBatches = 1;
    if (auto warmUp = Trainer(model, config).run(dataset, vectors, nullptr, stop); !warmUp)
        return warmUp.error();
    config.maxBatches = batches > 0 ? batches : 1;
    auto timed = Trainer(model, config).run(dataset, vectors, nullptr, stop);
    if (!timed) return timed.error();
    if (timed->stopped || timed->tokensPerSecond <= 0)
        return Error::at({}, Message::tr("the timing was cancelled"));
    TimingEstimate e;
    e.batchesMeasured = timed->steps;
    e.tokensPerSecond = timed->tokensPerSecond;
    e.trainSeconds = tokensOf(dataset.train) / e.tokensPerSecond;
    e.validSeconds = tokensOf(dataset.valid) / (3.0 * e.tokensPerSecond);
    return e;
}

}  // namespace sentiment::training
