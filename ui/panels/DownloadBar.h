#pragma once

#include <QWidget>

#include "downloads/DownloadSource.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace sentiment::ui {

class DownloadController;

/// "Download…" for one source (IMDb or GloVe): asks first (size, address, folder), then shows
/// the bytes, rate and time left with Cancel, and says what went wrong in plain words. Emits
/// `downloaded` with the checked file, which the page then opens.
class DownloadBar : public QWidget {
    Q_OBJECT
public:
    DownloadBar(downloads::DownloadSource source, const QString& buttonText,
                QWidget* parent = nullptr);

    /// Downloads into `folder` (default: downloads::Downloader::defaultFolder()); `ask` shows the
    /// confirmation first.
    void start(bool ask = true, const QString& folder = QString());
    /// For tests and mirrors: another address of the same file (the checks stay).
    void setSource(const downloads::DownloadSource& source) { source_ = source; }
    bool busy() const;

Q_SIGNALS:
    void downloaded(const QString& path);

private:
    void showProgress(const QString& phase, qint64 done, qint64 total, double rate,
                      double secondsLeft);
    void setBusy(bool busy);

    downloads::DownloadSource source_;
    DownloadController* controller_;
    QPushButton* button_;
    QPushButton* cancel_;
    QProgressBar* progress_;
    QLabel* message_;
};

}  // namespace sentiment::ui
