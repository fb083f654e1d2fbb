#include "ui/controllers/TrainingController.h"

#include "ui/controllers/DatasetController.h"
#include "ui/controllers/TrainingWorker.h"
#include "ui/platform/Logging.h"

namespace sentiment::ui {

TrainingController::TrainingController(QObject* parent)
    : QObject(parent), worker_(new TrainingWorker) {
    qRegisterMetaType<sentiment::ui::BatchUpdate>();
    qRegisterMetaType<sentiment::ui::EpochUpdate>();
    qRegisterMetaType<sentiment::ui::EvaluationUpdate>();
    qRegisterMetaType<sentiment::ui::RunSummary>();
    qRegisterMetaType<sentiment::ErrorKind>();
    thread_.setObjectName(QStringLiteral("training"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    // Queued: the worker's signals come from the training thread.
    connect(worker_, &TrainingWorker::runRecorded, this, &TrainingController::runRecorded);
    connect(worker_, &TrainingWorker::batch, this, &TrainingController::batch);
    connect(worker_, &TrainingWorker::evaluation, this, &TrainingController::evaluation);
    connect(worker_, &TrainingWorker::epoch, this, &TrainingController::epoch);
    connect(worker_, &TrainingWorker::log, this, &TrainingController::log);
    connect(worker_, &TrainingWorker::finished, this, [this](const RunSummary& s) {
        running_ = false;
        awake_.release();
        Q_EMIT finished(s);
    });
    connect(worker_, &TrainingWorker::failed, this,
            [this](const QString& message, sentiment::ErrorKind kind) {
                running_ = false;
                awake_.release();
                Q_EMIT failed(message, kind);
            });
    connect(this, &TrainingController::log, this,
            [](const QString& m) { Logging::logger()->info("{}", m.toStdString()); });
    connect(this, &TrainingController::epoch, this, [](const EpochUpdate& e) {
        const auto n = [](double v, int decimals) { return QString::number(v, 'f', decimals); };
        Logging::logger()->info(
            "{}", tr("Epoch %1 | train loss %2 acc %3% | valid loss %4 acc %5% | %6 s")
                      .arg(e.epoch, 2, 10, QLatin1Char('0'))
                      .arg(n(e.trainLoss, 3), n(100 * e.trainAccuracy, 2), n(e.validLoss, 3),
                           n(100 * e.validAccuracy, 2), n(e.seconds, 1))
                      .toStdString());
    });
    connect(this, &TrainingController::finished, this, [](const RunSummary& s) {
        if (s.tested) {
            Logging::logger()->info("{}", tr("Run %1 done: Test Loss %2 | Test Acc %3%")
                                              .arg(s.runId)
                                              .arg(QString::number(s.testLoss, 'f', 3),
                                                   QString::number(100 * s.testAccuracy, 'f', 2))
                                              .toStdString());
        } else {
            Logging::logger()->info(
                "{}",
                (s.stopped ? tr("Run %1 stopped") : tr("Run %1 done")).arg(s.runId).toStdString());
        }
        if (!s.storeWarning.isEmpty()) Logging::logger()->warn("{}", s.storeWarning.toStdString());
    });
    connect(this, &TrainingController::failed, this, [](const QString& m) {
        Logging::logger()->error("{}", tr("Training failed: %1").arg(m).toStdString());
    });
    connect(&awake_, &SleepInhibitor::settled, this,
            [](SleepInhibitor::Method method, const QString& detail) {
                if (method == SleepInhibitor::Method::None) {
                    Logging::logger()->info(
                        "{}",
                        tr("Nothing on this desktop keeps the computer awake (%1): if it sleeps, "
                           "continue the run from the Runs page.")
                            .arg(detail)
                            .toStdString());
                } else {
                    Logging::logger()->info(
                        "{}", tr("The computer stays awake while the run trains (through %1).")
                                  .arg(detail)
                                  .toStdString());
                }
            });
    thread_.start();
}

TrainingController::~TrainingController() {
    stop_.request_stop();
    thread_.quit();
    thread_.wait();
}

bool TrainingController::start(const TrainingRequest& request) {
    if (running_ || !request.dataset) return false;
    running_ = true;
    stop_ = std::stop_source();
    const auto token = stop_.get_token();
    Logging::logger()->info(
        "{}", tr("Training %1 for %n epoch(s) on %2", "", request.choice.training.epochs)
                  .arg(QString::fromStdString(request.choice.preset),
                       DatasetController::sourceLabel(
                           QString::fromStdString(request.dataset->sourceName)))
                  .toStdString());
    QMetaObject::invokeMethod(
        worker_, [worker = worker_, request, token] { worker->run(request, token); },
        Qt::QueuedConnection);
    awake_.inhibit(
        tr("Training a sentiment model (%1)").arg(QString::fromStdString(request.choice.preset)));
    Q_EMIT started();
    return true;
}

void TrainingController::stop() {
    stop_.request_stop();
}

}  // namespace sentiment::ui
