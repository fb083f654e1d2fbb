#include "ui/controllers/RunsController.h"

#include <QCoreApplication>

#include "ui/platform/CoreText.h"

#include <filesystem>

#include <algorithm>
#include <optional>

#include "storage/RunStore.h"
#include "ui/platform/Logging.h"

namespace sentiment::ui {

struct RunsController::Connections {
    std::optional<storage::RunStore> writer, reader;
};

struct RunsController::Outcome {
    storage::RunStore* store = nullptr;
    std::shared_ptr<const std::vector<storage::RunRow>> runs;
    std::optional<storage::RunStore::CheckpointDisk> disk;
    std::shared_ptr<const experiment::RunsOverview> overview;
    bool changed = false;
    QString imported;      ///< importRuns' summary
    bool startup = false;  ///< the start-up job: the store is open (and migrated) or could not be
    QString error;
    void fail(const Error& e) { error = CoreText::of(e); }
};

RunsController::RunsController(QString storePath, QObject* parent)
    : QObject(parent),
      storePath_(std::move(storePath)),
      connections_(std::make_shared<Connections>()) {
    thread_.setMaxThreadCount(1);
    thread_.setExpiryTimeout(-1);
    qRegisterMetaType<std::shared_ptr<const std::vector<sentiment::storage::RunRow>>>();
    qRegisterMetaType<std::shared_ptr<const sentiment::experiment::RunsOverview>>();
    // The writer, opened at start-up off the GUI thread: what opening found is said once.
    submit([](Outcome&) {}, /*writes=*/true, /*startup=*/true);
}

// The task's destructor drops waiting jobs and waits for the running one; the thread then
// ends with the pool, and the connections with the last job that holds them.
RunsController::~RunsController() = default;

void RunsController::submit(Job job, bool writes, bool startup) {
    jobs_.submit(
        [path = storePath_.toStdString(), connections = connections_, job = std::move(job), writes,
         startup] {
            auto outcome = std::make_shared<Outcome>();
            outcome->startup = startup;
            try {
                auto& c = *connections;
                if (writes && !c.writer) {
                    // Opened by the start-up job; a later change tries again while it cannot be.
                    // Queries never do.
                    auto opened = storage::RunStore::open(path);
                    if (opened) {
                        c.writer.emplace(std::move(*opened));
                        if (const auto warning = c.writer->setAsideWarning()) {
                            outcome->error = CoreText::of(*warning);
                        }
                    } else {
                        outcome->fail(opened.error());
                        return outcome;
                    }
                }
                if (writes) {
                    outcome->store = &*c.writer;
                } else {
                    if (!c.reader) {
                        auto reader = storage::RunStore::openForReading(path);
                        if (!reader) {
                            outcome->fail(reader.error());
                            return outcome;
                        }
                        c.reader.emplace(std::move(*reader));
                    }
                    outcome->store = &*c.reader;
                }
                job(*outcome);
                outcome->store = nullptr;
            } catch (const std::exception& e) {
                outcome->error = tr("The run store failed: %1").arg(QString::fromUtf8(e.what()));
            }
            return outcome;
        },
        [this](const std::shared_ptr<Outcome>& outcome) {
            if (!outcome->error.isEmpty()) {
                Logging::logger()->error("{}", outcome->error.toStdString());
                Q_EMIT failed(outcome->error);
            }
            if (outcome->disk) Q_EMIT checkpointsOnDisk(outcome->disk->files, outcome->disk->bytes);
            if (outcome->runs) Q_EMIT listed(outcome->runs);
            if (outcome->overview) Q_EMIT compared(outcome->overview);
            if (outcome->changed) Q_EMIT changed();
            if (!outcome->imported.isEmpty()) Q_EMIT imported(outcome->imported);
            if (outcome->startup) {
                started_ = true;
                Q_EMIT ready();
            }
        });
}

void RunsController::refresh() {
    submit([](Outcome& o) {
        auto runs = o.store->list({});
        if (!runs) return o.fail(runs.error());
        o.runs = std::make_shared<const std::vector<storage::RunRow>>(std::move(*runs));
        // The disk the checkpoints take, found here rather than on the GUI thread.
        if (auto disk = o.store->checkpointDisk()) o.disk = *disk;
    });
}

void RunsController::compare(const QList<qint64>& runs,
                             std::shared_ptr<const experiment::LectureReference> reference) {
    compared_.assign(runs.begin(), runs.end());
    comparedWith_ = {std::move(reference), QCoreApplication::applicationVersion().toStdString()};
    submit(overviewJob(compared_, comparedWith_));
}

RunsController::Job RunsController::overviewJob(std::vector<std::int64_t> ids,
                                                experiment::RunsOverview::Inputs inputs) const {
    return [ids = std::move(ids), inputs = std::move(inputs)](Outcome& o) {
        auto overview = experiment::RunsOverview::read(*o.store, ids, inputs);
        if (!overview) return o.fail(overview.error());
        o.overview = std::make_shared<const experiment::RunsOverview>(std::move(*overview));
    };
}

void RunsController::rename(qint64 run, const QString& name) {
    submit(
        [run, name = name.toStdString()](Outcome& o) {
            if (auto ok = o.store->rename(run, name); !ok) return o.fail(ok.error());
            o.changed = true;
        },
        /*writes=*/true);
    refresh();
}

void RunsController::importRuns(const QStringList& stores) {
    std::vector<std::string> paths;
    for (const auto& s : stores) paths.push_back(s.toStdString());
    submit(
        [paths](Outcome& o) {
            QStringList lines;
            for (const auto& path : paths) {
                const auto name =
                    QString::fromStdString(std::filesystem::path(path).filename().string());
                auto report = o.store->importRuns(path, {});
                if (!report) {
                    lines << tr("%1: not imported. %2").arg(name, CoreText::of(report.error()));
                    continue;
                }
                QString line =
                    tr("%1: %n run(s) imported", nullptr, int(report->imported.size())).arg(name);
                if (report->alreadyHere > 0)
                    line += tr(", %n already here", nullptr, report->alreadyHere);
                if (report->stillRunning > 0) {
                    line += tr(", %n still running there (import again when it ends)", nullptr,
                               report->stillRunning);
                }
                line += tr("; %n checkpoint(s) copied", nullptr, report->checkpointsCopied);
                if (report->checkpointsMissing > 0) {
                    line +=
                        tr(", %n not found (copy them beside the store, into a folder named "
                           "checkpoints)",
                           nullptr, report->checkpointsMissing);
                }
                for (const auto& problem : report->problems)
                    line += QStringLiteral("\n  ") + CoreText::of(problem);
                lines << line + QLatin1Char('.');
                o.changed = o.changed || !report->imported.empty() || report->checkpointsCopied > 0;
            }
            o.imported = lines.join(QLatin1Char('\n'));
        },
        /*writes=*/true);
    refresh();
}

void RunsController::setNotes(qint64 run, const QString& notes) {
    submit(
        [run, notes = notes.toStdString()](Outcome& o) {
            if (auto ok = o.store->setNotes(run, notes); !ok) return o.fail(ok.error());
            o.changed = true;
        },
        /*writes=*/true);
    refresh();
}

void RunsController::setTags(qint64 run, const QStringList& tags) {
    std::vector<std::string> wanted;
    for (const auto& t : tags) {
        if (!t.trimmed().isEmpty()) wanted.push_back(t.trimmed().toStdString());
    }
    submit(
        [run, wanted](Outcome& o) {
            if (auto ok = o.store->setTags(run, wanted); !ok) return o.fail(ok.error());
            o.changed = true;
        },
        /*writes=*/true);
    refresh();
}

void RunsController::remove(const QList<qint64>& runs, bool withCheckpoints) {
    submit(
        [ids = std::vector<qint64>(runs.begin(), runs.end()), withCheckpoints](Outcome& o) {
            for (const auto id : ids) {
                if (auto ok = o.store->remove(id, withCheckpoints); !ok) return o.fail(ok.error());
            }
            o.changed = true;
        },
        /*writes=*/true);
    refresh();
}

void RunsController::dropCheckpoints(const QList<qint64>& runs) {
    submit(
        [ids = std::vector<qint64>(runs.begin(), runs.end())](Outcome& o) {
            for (const auto id : ids) {
                if (auto freed = o.store->dropCheckpoint(id); !freed) return o.fail(freed.error());
            }
            o.changed = true;
        },
        /*writes=*/true);
    refresh();
}

void RunsController::savePrediction(qint64 run, const QString& text, double probability) {
    submit(
        [run, text = text.toStdString(), probability](Outcome& o) {
            if (auto ok = o.store->addPrediction(run, text, probability); !ok)
                return o.fail(ok.error());
            o.changed = true;
        },
        /*writes=*/true);
}

bool RunsController::scoreTestSet(const storage::RunRow& run,
                                  std::shared_ptr<const data::Dataset> dataset) {
    if (!dataset) return false;
    if (auto fits = experiment::TestEvaluation::fits(run, *dataset); !fits) {
        Q_EMIT failed(CoreText::of(fits.error()));
        return false;
    }
    using Scored = Result<std::vector<storage::TestPrediction>>;
    const qint64 id = run.id;
    return scoring_.submit(
        [this, id, checkpoint = run.checkpointPath, dataset](std::stop_token stop) -> Scored {
            return experiment::TestEvaluation::compute(
                checkpoint, *dataset,
                [this, id](std::size_t done, std::size_t total) {
                    QMetaObject::invokeMethod(
                        this,
                        [this, id, done, total] { Q_EMIT scoring(id, int(done), int(total)); },
                        Qt::QueuedConnection);
                },
                stop);
        },
        [this, id](Scored scored) {
            if (!scored) {
                Q_EMIT failed(CoreText::of(scored.error()));
                return;
            }
            auto predictions =
                std::make_shared<std::vector<storage::TestPrediction>>(std::move(*scored));
            submit(
                [id, predictions](Outcome& o) {
                    if (auto ok = o.store->recordTestPredictions(id, *predictions); !ok)
                        return o.fail(ok.error());
                },
                /*writes=*/true);
            // The runs on show, read again with the scored one's predictions.
            if (!compared_.empty()) submit(overviewJob(compared_, comparedWith_));
        });
}

}  // namespace sentiment::ui
