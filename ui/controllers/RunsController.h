#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <vector>

#include "data/dataset/Dataset.h"
#include "experiment/RunsOverview.h"
#include "experiment/TestEvaluation.h"
#include "storage/RunRecords.h"
#include "ui/controllers/BackgroundTask.h"

namespace sentiment::ui {

/// The run store as the Runs and Predict pages see it. Every query and change runs off the GUI
/// thread, one after the other, on one thread of its own that holds two connections: the writer,
/// opened at start-up (it migrates an older schema, marks the runs of dead processes
/// interrupted and sets an unusable file aside, with a warning), which makes every change
/// (rename, notes, tags, delete, a saved prediction); and a reader, which changes nothing, for
/// every query. Results and failures come back as signals, failures with a message that names
/// the store file.
class RunsController : public QObject {
    Q_OBJECT
public:
    explicit RunsController(QString storePath, QObject* parent = nullptr);
    ~RunsController() override;

    QString storePath() const { return storePath_; }
    /// True once `ready` was emitted.
    bool isReady() const { return started_; }
    /// Lists every run again (newest first); `listed` follows.
    void refresh();
    /// Reads these runs and works out all that is said about them (experiment::RunsOverview,
    /// judged against `reference`; null: the lecture's), then `compared` with it.
    void compare(const QList<qint64>& runs,
                 std::shared_ptr<const experiment::LectureReference> reference = nullptr);
    void rename(qint64 run, const QString& name);
    void setNotes(qint64 run, const QString& notes);
    /// Replaces the run's tags by these.
    void setTags(qint64 run, const QStringList& tags);
    void remove(const QList<qint64>& runs, bool withCheckpoints);
    /// Deletes the checkpoints of `runs` (their results stay), as a group keeps only its best
    /// run's.
    void dropCheckpoints(const QList<qint64>& runs);
    /// Merges the runs of other stores into this one (RunStore::importRuns; checkpoints from
    /// where each run recorded them, or beside its store); `imported` with a summary follows.
    void importRuns(const QStringList& stores);
    /// Records a prediction made with a run's model.
    void savePrediction(qint64 run, const QString& text, double probability);
    /// For a run recorded without its test predictions: scores the test reviews of `dataset`
    /// with the run's checkpoint off the GUI thread (`scoring` meanwhile), stores them with the
    /// run, then the runs last compared are compared again (`compared`). Refused (false) while
    /// another run is being scored, and (with `failed`) for a dataset that is not the run's.
    bool scoreTestSet(const storage::RunRow& run, std::shared_ptr<const data::Dataset> dataset);
    /// Stops the scoring under way.
    void stopScoring() { scoring_.stop(); }

Q_SIGNALS:
    void listed(const std::shared_ptr<const std::vector<sentiment::storage::RunRow>>& runs);
    /// All that is said about the runs of the last compare(), in one value.
    void compared(const std::shared_ptr<const sentiment::experiment::RunsOverview>& overview);
    void changed();
    /// What importRuns brought, in a sentence per store.
    void imported(const QString& summary);
    /// The start-up opening is over: the store is migrated and checked (or could not be opened).
    void ready();
    /// With each listing: the checkpoint files on disk and the bytes they take.
    void checkpointsOnDisk(int files, quint64 bytes);
    void failed(const QString& message);
    /// Test reviews scored so far for `run`.
    void scoring(qint64 run, int done, int total);

private:
    struct Outcome;
    struct Connections;
    using Job = std::function<void(Outcome&)>;
    /// Runs `job` on the controller's thread with the reader (a query) or the writer (a change);
    /// jobs run one after the other, in the order submitted.
    void submit(Job job, bool writes = false, bool startup = false);
    /// The job that reads the overview of `ids` (compare, and again after a scoring).
    Job overviewJob(std::vector<std::int64_t> ids, experiment::RunsOverview::Inputs inputs) const;

    QString storePath_;
    bool started_ = false;
    std::vector<std::int64_t> compared_;  ///< the runs of the last compare()
    experiment::RunsOverview::Inputs comparedWith_;
    QThreadPool thread_;  ///< one thread, kept: the connections belong to it
    std::shared_ptr<Connections> connections_;
    BackgroundTask jobs_{BackgroundTask::Policy::Queue, &thread_};
    BackgroundTask scoring_{BackgroundTask::Policy::IgnoreWhileBusy};
};

}  // namespace sentiment::ui
