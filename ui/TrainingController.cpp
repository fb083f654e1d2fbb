#include "ui/TrainingController.h"

#include "ui/Logging.h"
#include "ui/TrainingWorker.h"

namespace sentiment::ui {

TrainingController::TrainingController(QObject* parent) : QObject(parent), worker_(new TrainingWorker) {
    qRegisterMetaType<sentiment::ui::BatchUpdate>();
    qRegisterMetaType<sentiment::ui::EpochUpdate>();
    qRegisterMetaType<sentiment::ui::RunSummary>();
    thread_.setObjectName(QStringLiteral("training"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    // Queued: the worker's signals come from the training thread.
    connect(worker_, &TrainingWorker::runRecorded, this, &TrainingController::runRecorded);
    connect(worker_, &TrainingWorker::batch, this, &TrainingController::batch);
    connect(worker_, &TrainingWorker::epoch, this, &TrainingController::epoch);
    connect(worker_, &TrainingWorker::log, this, &TrainingController::log);
    connect(worker_, &TrainingWorker::finished, this, [this](const RunSummary& s) {
        running_ = false;
        Q_EMIT finished(s);
    });
    connect(worker_, &TrainingWorker::failed, this, [this](const QString& message) {
        running_ = false;
        Q_EMIT failed(message);
    });
    connect(this, &TrainingController::log, this, [](const QString& m) { Logging::logger()->info("{}", m.toStdString()); });
    connect(this, &TrainingController::epoch, this, [](const EpochUpdate& e) {
        Logging::logger()->info("Epoch {:02d} | train loss {:.3f} acc {:.2f}% | valid loss {:.3f} acc {:.2f}% | {:.1f} s", e.epoch,
                                e.trainLoss, 100 * e.trainAccuracy, e.validLoss, 100 * e.validAccuracy, e.seconds);
    });
    connect(this, &TrainingController::finished, this, [](const RunSummary& s) {
        if (s.tested) {
            Logging::logger()->info("Run {} done: Test Loss {:.3f} | Test Acc {:.2f}%", s.runId, s.testLoss, 100 * s.testAccuracy);
        } else {
            Logging::logger()->info("Run {} {}", s.runId, s.stopped ? "stopped" : "done");
        }
        if (!s.storeWarning.isEmpty()) Logging::logger()->warn("{}", s.storeWarning.toStdString());
    });
    connect(this, &TrainingController::failed, this,
            [](const QString& m) { Logging::logger()->error("Training failed: {}", m.toStdString()); });
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
    Logging::logger()->info("Training {} for {} epochs on {}", request.choice.preset, request.choice.training.epochs,
                            request.dataset->sourceName);
    QMetaObject::invokeMethod(worker_, [worker = worker_, request, token] { worker->run(request, token); },
                              Qt::QueuedConnection);
    Q_EMIT started();
    return true;
}

void TrainingController::stop() { stop_.request_stop(); }

}  // namespace sentiment::ui
