#pragma once

#include <QObject>
#include <QThread>
#include <stop_token>

#include "ui/controllers/TrainingRequest.h"
#include "ui/controllers/TrainingUpdates.h"
#include "ui/platform/SleepInhibitor.h"

namespace sentiment::ui {

class TrainingWorker;

/// Runs training on a worker thread and relays its signals to the GUI thread. Stop sets a
/// flag the trainer checks every batch (a queued slot would wait for the whole run). While a
/// run is active the computer is kept from sleeping (SleepInhibitor).
class TrainingController : public QObject {
    Q_OBJECT
public:
    explicit TrainingController(QObject* parent = nullptr);
    ~TrainingController() override;

    /// Starts a run; false (and nothing happens) while one is active.
    bool start(const TrainingRequest& request);
    /// Asks the active run to end after its current batch.
    void stop();
    bool running() const { return running_; }
    /// The object that trains, living on the training thread: a slot connected to its signals
    /// with Qt::DirectConnection runs there, inside the trainer's step (the tests see which thread
    /// trains, and hold a batch to act on the GUI meanwhile).
    const TrainingWorker* worker() const { return worker_; }

Q_SIGNALS:
    void started();
    void runRecorded(qint64 runId);
    void batch(const sentiment::ui::BatchUpdate& update);
    /// How far the validation after an epoch, or the test at the end, has come.
    void evaluation(const sentiment::ui::EvaluationUpdate& update);
    void epoch(const sentiment::ui::EpochUpdate& update);
    void log(const QString& message);
    void finished(const sentiment::ui::RunSummary& summary);
    void failed(const QString& message, sentiment::ErrorKind kind);

private:
    QThread thread_;
    TrainingWorker* worker_;
    std::stop_source stop_;
    SleepInhibitor awake_;
    bool running_ = false;
};

}  // namespace sentiment::ui
