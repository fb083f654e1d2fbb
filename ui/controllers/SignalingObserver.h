#pragma once

#include <QObject>

#include "training/TrainingObserver.h"
#include "ui/controllers/TrainingUpdates.h"

namespace sentiment::ui {

/// The trainer's observer on the GUI side: turns each call (on the training thread) into a Qt
/// signal, which queued connections deliver to the GUI thread.
class SignalingObserver : public QObject, public training::TrainingObserver {
    Q_OBJECT
public:
    using QObject::QObject;
    void onBatch(const training::BatchProgress& p) override;
    void onEvaluation(const training::EvaluationProgress& p) override;
    void onEpoch(const training::EpochMetrics& m) override;
    void onLog(const Message& message) override;

Q_SIGNALS:
    void batch(const sentiment::ui::BatchUpdate& update);
    void evaluation(const sentiment::ui::EvaluationUpdate& update);
    void epoch(const sentiment::ui::EpochUpdate& update);
    void log(const QString& message);
};

}  // namespace sentiment::ui
