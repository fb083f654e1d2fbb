#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>

#include "downloads/DownloadSource.h"

namespace sentiment::ui {

/// Runs one downloads::Downloader::fetch at a time off the GUI thread and reports it as signals.
class DownloadController : public QObject {
    Q_OBJECT
public:
    explicit DownloadController(QObject* parent = nullptr);
    ~DownloadController() override;

    /// Starts downloading `source` into `folder`; ignored while one runs.
    /// `proxy` as downloads::Downloader::fetch takes it (see ProxyChoice::resolve).
    void start(const downloads::DownloadSource& source, const QString& folder,
               const std::optional<std::string>& proxy = std::nullopt);
    /// Stops the running download within a moment; its part file stays for a later resume.
    void cancel();
    bool busy() const { return busy_; }

Q_SIGNALS:
    /// `phase` is "download" or "verify"; `total` 0 and `secondsLeft` < 0 when unknown.
    void progress(const QString& phase, qint64 done, qint64 total, double bytesPerSecond,
                  double secondsLeft);
    void finished(const QString& path);
    void failed(const QString& message);

private:
    struct Outcome;
    QFutureWatcher<std::shared_ptr<Outcome>> watcher_;
    std::stop_source stop_;
    bool busy_ = false;
};

}  // namespace sentiment::ui
