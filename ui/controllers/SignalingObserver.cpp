#include "ui/controllers/SignalingObserver.h"

#include "ui/platform/CoreText.h"

namespace sentiment::ui {

void SignalingObserver::onBatch(const training::BatchProgress& p) {
    BatchUpdate u;
    u.epoch = p.epoch;
    u.epochs = p.epochs;
    u.batch = static_cast<qint64>(p.batch);
    u.batches = static_cast<qint64>(p.batches);
    u.step = static_cast<qint64>(p.step);
    u.loss = p.loss;
    u.accuracy = p.accuracy;
    u.tokensPerSecond = p.tokensPerSecond;
    u.epochEtaSeconds = p.epochEtaSeconds;
    u.runEtaSeconds = p.runEtaSeconds;
    u.learningRate = p.learningRate;
    Q_EMIT batch(u);
}

void SignalingObserver::onEvaluation(const training::EvaluationProgress& p) {
    Q_EMIT evaluation({p.split == training::EvaluationProgress::Split::Test, p.epoch,
                       static_cast<qint64>(p.reviews), static_cast<qint64>(p.total)});
}

void SignalingObserver::onEpoch(const training::EpochMetrics& m) {
    EpochUpdate u;
    u.epoch = m.epoch;
    u.trainLoss = m.train.loss;
    u.trainAccuracy = m.train.accuracy;
    u.validLoss = m.valid.loss;
    u.validAccuracy = m.valid.accuracy;
    u.seconds = m.seconds;
    u.best = m.best;
    Q_EMIT epoch(u);
}

void SignalingObserver::onLog(const Message& message) {
    Q_EMIT log(CoreText::of(message));
}

}  // namespace sentiment::ui
