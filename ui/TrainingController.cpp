#include "ui/TrainingController.h"

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
    QMetaObject::invokeMethod(worker_, [worker = worker_, request, token] { worker->run(request, token); },
                              Qt::QueuedConnection);
    Q_EMIT started();
    return true;
}

void TrainingController::stop() { stop_.request_stop(); }

}  // namespace sentiment::ui
