#include "experiment/RunRecorder.h"

namespace sentiment::experiment {

RunRecorder::RunRecorder(storage::RunStore& store, std::int64_t run,
                         training::TrainingObserver* next)
    : store_(store), run_(run), next_(next) {}

void RunRecorder::onBatch(const training::BatchProgress& p) {
    sampler_.add(p.step, static_cast<std::uint64_t>(p.epochs) * p.batches, p.epoch, p.loss,
                 p.accuracy);
    if (next_ != nullptr) next_->onBatch(p);
}

void RunRecorder::onEpoch(const training::EpochMetrics& m) {
    if (!failure_) {
        sampler_.flush();
        storage::EpochRecord e;
        e.epoch = m.epoch;
        e.trainLoss = m.train.loss;
        e.trainAccuracy = m.train.accuracy;
        e.trainLectureAccuracy = m.train.lectureAccuracy;
        e.validLoss = m.valid.loss;
        e.validAccuracy = m.valid.accuracy;
        e.validLectureAccuracy = m.valid.lectureAccuracy;
        e.seconds = m.seconds;
        e.tokensPerSecond = m.tokensPerSecond;
        e.best = m.best;
        if (m.valid.confusion.classes() > 0) e.validMacroF1 = m.valid.confusion.macroF1();
        const auto points = sampler_.take();
        if (auto ok = store_.recordEpoch(run_, e, points); !ok) fail(ok.error());
    }
    if (next_ != nullptr) next_->onEpoch(m);
}

void RunRecorder::onEvaluation(const training::EvaluationProgress& p) {
    if (next_ != nullptr) next_->onEvaluation(p);
}

void RunRecorder::onTest(const training::SplitMetrics& m) {
    if (next_ != nullptr) next_->onTest(m);
}

void RunRecorder::onGradientFlow(const training::GradientFlow& flow) {
    if (!failure_) {
        if (auto ok = store_.recordGradientFlow(run_, flow.epoch, flow.norms); !ok)
            fail(ok.error());
    }
    if (next_ != nullptr) next_->onGradientFlow(flow);
}

void RunRecorder::onLog(const Message& message) {
    if (next_ != nullptr) next_->onLog(message);
}

Status RunRecorder::finish(const storage::RunOutcome& outcome) {
    if (failure_) return *failure_;
    sampler_.flush();
    const auto points = sampler_.take();
    auto ok = store_.finishRun(run_, outcome, points);
    if (!ok) fail(ok.error());
    return ok;
}

void RunRecorder::fail(const Error& error) {
    failure_ = error;
    if (next_ != nullptr)
        next_->onLog(
            Message::tr("warning: this run is no longer recorded: %1").arg(error.sentence()));
}

}  // namespace sentiment::experiment
