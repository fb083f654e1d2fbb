#pragma once

#include <QObject>
#include <stop_token>

#include "ui/controllers/TrainingRequest.h"
#include "ui/controllers/TrainingUpdates.h"

namespace sentiment::ui {

/// Runs one training job on the thread it lives in (Qt's worker pattern): opens its own
/// connection to the run store, records the run as it goes and reports through signals.
/// Exceptions never leave it: they become failed().
class TrainingWorker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    /// Trains; returns when done, stopped or failed.
    void run(const TrainingRequest& request, std::stop_token stop);

Q_SIGNALS:
    void runRecorded(qint64 runId);
    void batch(const sentiment::ui::BatchUpdate& update);
    void evaluation(const sentiment::ui::EvaluationUpdate& update);
    void epoch(const sentiment::ui::EpochUpdate& update);
    void log(const QString& message);
    void finished(const sentiment::ui::RunSummary& summary);
    void failed(const QString& message, sentiment::ErrorKind kind);
};

}  // namespace sentiment::ui
