#pragma once

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

#include "storage/RunComparison.h"
#include "storage/RunRecords.h"

namespace sentiment::ui {

/// The run store as the Runs and Predict pages see it. Every query and change runs off the GUI
/// thread on a connection of its own (one per job, as SQLite wants one per thread); results and
/// failures come back as signals, failures with a message that names the store file.
class RunsController : public QObject {
    Q_OBJECT
public:
    explicit RunsController(QString storePath, QObject* parent = nullptr);
    ~RunsController() override;

    QString storePath() const { return storePath_; }
    /// Lists every run again (newest first); `listed` follows.
    void refresh();
    /// Reads these runs side by side; `compared` follows.
    void compare(const QList<qint64>& runs);
    void rename(qint64 run, const QString& name);
    void setNotes(qint64 run, const QString& notes);
    /// Replaces the run's tags by these.
    void setTags(qint64 run, const QStringList& tags);
    void remove(const QList<qint64>& runs, bool withCheckpoints);
    /// Records a prediction made with a run's model.
    void savePrediction(qint64 run, const QString& text, double probability);

Q_SIGNALS:
    void listed(const std::shared_ptr<const std::vector<sentiment::storage::RunRow>>& runs);
    void compared(const std::shared_ptr<const sentiment::storage::RunComparison>& comparison);
    void changed();
    void failed(const QString& message);

private:
    struct Outcome;
    using Job = std::function<void(Outcome&)>;
    /// Runs `job` with a store of its own on a pool thread; jobs run one after the other.
    void submit(Job job);
    void next();

    QString storePath_;
    QFutureWatcher<std::shared_ptr<Outcome>> watcher_;
    QList<Job> queue_;
    bool busy_ = false;
};

}  // namespace sentiment::ui
