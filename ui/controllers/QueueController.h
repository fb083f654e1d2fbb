#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

#include "experiment/ExperimentPlan.h"
#include "foundation/Result.h"
#include "storage/RunRecords.h"
#include "storage/RunStore.h"

namespace sentiment::ui {

class DatasetController;
class RunsController;
class TrainingController;
struct RunSummary;

/// The run queue of the GUI: plans, sweeps and seeds added from the Model and Runs pages train
/// one after another through the TrainingController while the window stays usable. The queue
/// lives in the run store (experiment::RunQueue), so it survives closing the app: an entry left
/// running starts again from its beginning. An entry waits when the loaded dataset or vectors
/// are not the ones it names; a failed entry is marked and the next one goes on; a run the
/// user stops pauses the queue.
class QueueController : public QObject {
    Q_OBJECT
public:
    /// Trains a queued plan (the Train page, so that the run shows there) in group `group` with
    /// `value` (a group's run is named by it): true when it started.
    using Starter = std::function<bool(const experiment::ExperimentPlan& plan, qint64 group,
                                       const QString& value)>;

    /// Opens the queue once `runs` has opened the store (migrated, checked) off the GUI thread.
    QueueController(QString storePath, DatasetController* datasets, TrainingController* training,
                    RunsController* runs, QObject* parent = nullptr);
    ~QueueController() override;

    void setStarter(Starter starter) { starter_ = std::move(starter); }

    /// Queues the plan with the dataset and vectors loaded now; false (and problem()) when it
    /// cannot.
    bool add(experiment::ExperimentPlan plan);
    /// Queues "KNOB=V1,V2,..." over the plan as a sweep group.
    bool addSweep(experiment::ExperimentPlan plan, const QString& sweep);
    /// Queues `count` seeds of the plan as a seeds group.
    bool addSeeds(experiment::ExperimentPlan plan, int count, bool varySplit);
    /// "Repeat with N seeds": recorded run `run` becomes the group's first seed, the others queue.
    bool repeat(qint64 run, const experiment::ExperimentPlan& plan, int count, bool varySplit);

    /// Starts the waiting entries one after another (after the run training now, if any).
    void start();
    /// Starts no further entry; the one training goes on.
    void pause();
    bool active() const { return active_; }
    /// The entry training now (0: none).
    qint64 current() const { return current_; }
    /// Removes a waiting, finished or failed entry (not the one training).
    void remove(qint64 entry);
    void clearFinished();
    const std::vector<storage::QueueEntry>& entries() const { return entries_; }
    int pending() const;
    /// Entries found running when the app started (they start again from their beginning).
    int recovered() const { return recovered_; }
    /// What the queue is doing, in a sentence.
    QString state() const { return state_; }
    /// A queued entry's name for people: its run's name ("advanced, lr 1e-3").
    static QString describe(const storage::QueueEntry& entry);

Q_SIGNALS:
    void changed();
    /// Something could not be queued or the store could not be used: the message names why.
    void problem(const QString& message);

private:
    /// The store, opened on first use; `quiet`: a failure only sets the state (at start-up the runs
    /// controller has already said what is wrong with the store).
    bool opened(bool quiet = false);
    void recoverAtStart();
    /// After a change of an entry's status (experiment::RunQueue): a store that refused it is
    /// said in the log (the queue goes on in memory).
    static void kept(qint64 entry, const Status& ok);
    void reload();
    void advance();
    void finishCurrent(bool succeeded, qint64 run);
    void setState(const QString& state);
    /// After an attempt to queue: a failure is a problem(); success shows the new entries.
    bool settle(const Result<std::int64_t>& queued);

    QString storePath_;
    DatasetController* datasets_;
    TrainingController* training_;
    Starter starter_;
    std::optional<storage::RunStore> store_;  ///< this thread's connection, opened on first use
    std::vector<storage::QueueEntry> entries_;
    qint64 current_ = 0;
    qint64 currentRun_ = 0;
    bool active_ = false;
    int recovered_ = 0;
    QString state_;
};

}  // namespace sentiment::ui
