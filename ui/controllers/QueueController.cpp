#include "ui/controllers/QueueController.h"

#include "experiment/PlanInWords.h"

#include <QTimer>

#include "experiment/RunQueue.h"
#include "ui/controllers/DatasetController.h"
#include "ui/controllers/RunsController.h"
#include "ui/controllers/TrainingController.h"
#include "ui/platform/CoreText.h"
#include "ui/platform/Logging.h"

namespace sentiment::ui {

using storage::QueueEntry;

QueueController::QueueController(QString storePath, DatasetController* datasets,
                                 TrainingController* training, RunsController* runs,
                                 QObject* parent)
    : QObject(parent), storePath_(std::move(storePath)), datasets_(datasets), training_(training) {
    connect(training_, &TrainingController::runRecorded, this, [this](qint64 run) {
        if (current_ == 0) return;
        currentRun_ = run;
        if (opened()) kept(current_, experiment::RunQueue(*store_).started(current_, run));
        reload();
    });
    connect(training_, &TrainingController::finished, this, [this](const RunSummary& s) {
        if (current_ != 0) {
            if (s.stopped) {
                active_ = false;
                setState(tr("Paused: run %1 was stopped. Continue it from the Runs page, or resume "
                            "the queue.")
                             .arg(s.runId));
            }
            finishCurrent(true, s.runId);
        }
        // A run started by hand while the queue was waiting for it: the queue goes on after it.
        QTimer::singleShot(0, this, &QueueController::advance);
    });
    connect(training_, &TrainingController::failed, this, [this](const QString& message) {
        if (current_ != 0) {
            Logging::logger()->warn(
                "{}", tr("Queued run failed (%1); the queue goes on with the next one")
                          .arg(message)
                          .toStdString());
            finishCurrent(false, currentRun_);
        }
        QTimer::singleShot(0, this, &QueueController::advance);
    });
    // Opening here while the runs controller migrates the store would wait on its lock on the GUI
    // thread.
    if (runs->isReady()) {
        recoverAtStart();
    } else {
        connect(runs, &RunsController::ready, this, &QueueController::recoverAtStart,
                Qt::SingleShotConnection);
    }
}

void QueueController::recoverAtStart() {
    if (opened(/*quiet=*/true)) {
        const auto recovered = experiment::RunQueue(*store_).recover(current_);
        if (recovered) recovered_ = *recovered;
        reload();
        const int waiting = pending();
        if (waiting > 0) {
            setState(recovered_ > 0
                         ? tr("%n run(s) wait in the queue; %1 that was training when Sentiment "
                              "Lab closed starts "
                              "again from its beginning. Press Resume to go on.",
                              "", waiting)
                               .arg(recovered_)
                         : tr("%n run(s) wait in the queue. Press Resume to go on.", "", waiting));
            Logging::logger()->info("{}", state_.toStdString());
        }
    }
}

QueueController::~QueueController() = default;

bool QueueController::opened(bool quiet) {
    if (store_) return true;
    storage::RunStore::OpenOptions options;
    // The runs controller and the training worker decide about an unusable file; the queue only
    // reads and queues.
    options.setAsideUnusable = false;
    options.recoverInterrupted = false;
    auto store = storage::RunStore::open(storePath_.toStdString(), options);
    if (!store) {
        setState(tr("The queue cannot be used: %1").arg(CoreText::of(store.error())));
        if (!quiet) Q_EMIT problem(state_);
        return false;
    }
    store_.emplace(std::move(*store));
    return true;
}

void QueueController::kept(qint64 entry, const Status& ok) {
    if (!ok) {
        Logging::logger()->warn("{}", tr("The queue's entry %1 could not be updated: %2")
                                          .arg(entry)
                                          .arg(CoreText::of(ok.error()))
                                          .toStdString());
    }
}

void QueueController::reload() {
    if (!opened()) return;
    if (auto entries = store_->queue()) {
        entries_ = std::move(*entries);
    } else {
        Q_EMIT problem(CoreText::of(entries.error()));
    }
    Q_EMIT changed();
}

int QueueController::pending() const {
    return int(std::count_if(entries_.begin(), entries_.end(), [](const QueueEntry& e) {
        return e.status == QueueEntry::Status::Waiting || e.status == QueueEntry::Status::Running;
    }));
}

void QueueController::setState(const QString& state) {
    state_ = state;
    Q_EMIT changed();
}

bool QueueController::settle(const Result<std::int64_t>& queued) {
    if (!queued) {
        Q_EMIT problem(CoreText::of(queued.error()));
        return false;
    }
    if (!active_) state_.clear();  // an old "done" or "waiting" no longer describes the queue
    reload();
    return true;
}

bool QueueController::add(experiment::ExperimentPlan plan) {
    if (!opened()) return false;
    datasets_->stampSources(plan);
    if (auto ok = plan.validate(); !ok) return settle(ok.error());
    return settle(experiment::RunQueue(*store_).add(plan));
}

bool QueueController::addSweep(experiment::ExperimentPlan plan, const QString& sweep) {
    if (!opened()) return false;
    datasets_->stampSources(plan);
    auto group = experiment::GroupPlan::sweep(plan, sweep.trimmed().toStdString());
    if (!group) return settle(group.error());
    return settle(experiment::RunQueue(*store_).add(*group));
}

bool QueueController::addSeeds(experiment::ExperimentPlan plan, int count, bool varySplit) {
    if (!opened()) return false;
    datasets_->stampSources(plan);
    if (auto ok = plan.validate(); !ok) return settle(ok.error());
    return settle(
        experiment::RunQueue(*store_).add(experiment::GroupPlan::seeds(plan, count, varySplit)));
}

bool QueueController::repeat(qint64 run, const experiment::ExperimentPlan& plan, int count,
                             bool varySplit) {
    if (!opened()) return false;
    // The plan as recorded names its own dataset and vectors.
    return settle(experiment::RunQueue(*store_).repeat(run, plan, count, varySplit));
}

void QueueController::start() {
    active_ = true;
    setState(tr("Running the queue."));
    advance();
}

void QueueController::pause() {
    active_ = false;
    setState(current_ != 0 ? tr("Paused: the run training now finishes, then the queue waits.")
                           : tr("Paused."));
}

void QueueController::remove(qint64 entry) {
    if (entry == current_ || !opened()) return;
    if (auto ok = store_->removeFromQueue(entry); !ok) Q_EMIT problem(CoreText::of(ok.error()));
    reload();
}

void QueueController::clearFinished() {
    if (!opened()) return;
    if (auto ok = experiment::RunQueue(*store_).clearFinished(); !ok)
        Q_EMIT problem(CoreText::of(ok.error()));
    reload();
}

void QueueController::finishCurrent(bool succeeded, qint64 run) {
    if (opened()) kept(current_, experiment::RunQueue(*store_).finished(current_, succeeded, run));
    current_ = 0;
    currentRun_ = 0;
    reload();
}

void QueueController::advance() {
    if (!active_ || current_ != 0 || training_->running() || !opened()) return;
    experiment::RunQueue queue(*store_);
    const auto unreadable = [](const QueueEntry& entry, const Error& why) {
        Logging::logger()->warn("{}", tr("Queue entry %1 cannot be trained: %2")
                                          .arg(entry.id)
                                          .arg(CoreText::of(why))
                                          .toStdString());
    };
    auto next = queue.take(unreadable);
    if (!next) {
        active_ = false;
        setState(tr("The queue cannot be read: %1").arg(CoreText::of(next.error())));
        return;
    }
    if (!*next) {
        active_ = false;
        setState(tr("The queue is done."));
        Logging::logger()->info("{}", state_.toStdString());
        reload();
        return;
    }
    const QueueEntry entry = (*next)->entry;
    const auto* plan = &(*next)->plan;
    if (const QString missing = datasets_->missingFor(*plan); !missing.isEmpty()) {
        active_ = false;
        setState(tr("Waiting: the next run, %1, cannot start: %2; then press Resume.")
                     .arg(describe(entry), missing));
        reload();
        return;
    }
    current_ = entry.id;
    currentRun_ = 0;
    kept(entry.id, queue.started(entry.id));
    if (!starter_ || !starter_(*plan, entry.groupId, QString::fromStdString(entry.groupValue))) {
        kept(entry.id, queue.putBack(entry.id));
        current_ = 0;
        active_ = false;
        setState(tr("Waiting: %1 could not start.").arg(describe(entry)));
        reload();
        return;
    }
    setState(
        tr("Training %1 (%2 more waiting).").arg(describe(entry)).arg(std::max(0, pending() - 1)));
    reload();
}

QString QueueController::describe(const QueueEntry& entry) {
    auto plan = experiment::RunQueue::planOf(entry);
    const std::string preset = plan ? plan->preset : std::string("?");
    if (!entry.groupValue.empty())
        return QString::fromStdString(experiment::GroupPlan::runName(preset, entry.groupValue));
    if (!plan) return QString::fromStdString(preset);
    return CoreText::of(experiment::PlanInWords::queued(*plan));
}

}  // namespace sentiment::ui
