#include "ui/controllers/DownloadController.h"
#include "ui/platform/CoreText.h"

#include <QtConcurrent/QtConcurrentRun>

#include "downloads/Downloader.h"

namespace sentiment::ui {

struct DownloadController::Outcome {
    QString path;
    QString error;
};

namespace {
// Forwards the downloader's calls (from the worker thread) as queued signals.
class Forwarder final : public downloads::DownloadObserver {
public:
    explicit Forwarder(DownloadController* target) : target_(target) {}
    void onPhase(std::string_view phase) override {
        phase_ = QString::fromLatin1(phase.data(), qsizetype(phase.size()));
    }
    void onProgress(std::uint64_t done, std::uint64_t total, double rate, double left) override {
        QMetaObject::invokeMethod(target_, "progress", Qt::QueuedConnection, Q_ARG(QString, phase_),
                                  Q_ARG(qint64, qint64(done)), Q_ARG(qint64, qint64(total)),
                                  Q_ARG(double, rate), Q_ARG(double, left));
    }

private:
    DownloadController* target_;
    QString phase_;
};
}  // namespace

DownloadController::DownloadController(QObject* parent) : QObject(parent) {
    connect(&watcher_, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, [this] {
        busy_ = false;
        const auto outcome = watcher_.result();
        if (outcome->error.isEmpty()) {
            Q_EMIT finished(outcome->path);
        } else {
            Q_EMIT failed(outcome->error);
        }
    });
}

DownloadController::~DownloadController() {
    stop_.request_stop();
    watcher_.waitForFinished();
}

void DownloadController::start(const downloads::DownloadSource& source, const QString& folder,
                               const std::optional<std::string>& proxy) {
    if (busy_) return;
    busy_ = true;
    stop_ = std::stop_source();
    watcher_.setFuture(QtConcurrent::run([this, source, folder, proxy, stop = stop_.get_token()] {
        auto outcome = std::make_shared<Outcome>();
        Forwarder forward(this);
        auto saved =
            downloads::Downloader::fetch(source, folder.toStdString(), &forward, stop, proxy);
        if (saved) {
            outcome->path = QString::fromStdString(saved->string());
        } else {
            outcome->error = CoreText::of(saved.error());
        }
        return outcome;
    }));
}

void DownloadController::cancel() {
    stop_.request_stop();
}

}  // namespace sentiment::ui
