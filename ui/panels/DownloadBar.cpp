#include "ui/panels/DownloadBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>

#include "downloads/Downloader.h"
#include "ui/controllers/DownloadController.h"
#include "ui/platform/ProxyChoice.h"
#include "ui/platform/Settings.h"

namespace sentiment::ui {

DownloadBar::DownloadBar(downloads::DownloadSource source, const QString& buttonText,
                         QWidget* parent)
    : QWidget(parent), source_(std::move(source)), controller_(new DownloadController(this)) {
    button_ = new QPushButton(buttonText);
    button_->setToolTip(
        tr("Downloads %1 (%2) from %3 — only when you click")
            .arg(QString::fromStdString(source_.fileName),
                 QLocale().formattedDataSize(qint64(source_.size), 0, QLocale::DataSizeSIFormat),
                 QUrl(QString::fromStdString(source_.url)).host()));
    cancel_ = new QPushButton(tr("Cancel download"));
    progress_ = new QProgressBar;
    progress_->setRange(0, 1000);
    progress_->setTextVisible(true);
    message_ = new QLabel;
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(button_);
    layout->addWidget(progress_, 1);
    layout->addWidget(cancel_);
    layout->addWidget(message_, 1);
    layout->addStretch();
    setBusy(false);
    message_->hide();

    connect(button_, &QPushButton::clicked, this, [this] { start(true); });
    connect(cancel_, &QPushButton::clicked, controller_, &DownloadController::cancel);
    connect(controller_, &DownloadController::progress, this, &DownloadBar::showProgress);
    connect(controller_, &DownloadController::finished, this, [this](const QString& path) {
        setBusy(false);
        message_->setText(tr("Saved and checked: %1").arg(path));
        message_->show();
        Q_EMIT downloaded(path);
    });
    connect(controller_, &DownloadController::failed, this, [this](const QString& error) {
        setBusy(false);
        message_->setText(
            QStringLiteral("<span style='color:#b00020'>%1</span>").arg(error.toHtmlEscaped()));
        message_->show();
    });
}

bool DownloadBar::busy() const {
    return controller_->busy();
}

void DownloadBar::start(bool ask, const QString& folder) {
    if (controller_->busy()) return;
    const QString where =
        folder.isEmpty() ? QString::fromStdString(downloads::Downloader::defaultFolder().string())
                         : folder;
    // The system's proxy is asked once (it may evaluate a PAC file), for the question and the
    // download.
    const auto proxy =
        ProxyChoice::resolve(Settings().proxy(), QString::fromStdString(source_.url));
    if (ask) {
        const QString size =
            QLocale().formattedDataSize(qint64(source_.size), 1, QLocale::DataSizeSIFormat);
        const auto answer = QMessageBox::question(
            this, tr("Download %1").arg(QString::fromStdString(source_.fileName)),
            tr("Download %1 (%2) from %3 into %4?\n\nProxy: %5 (File > Network proxy…)\n\nAn "
               "interrupted download "
               "resumes where it stopped. The file is checked against its published size and "
               "checksum while it "
               "arrives, and gets its name only when it passes.")
                .arg(QString::fromStdString(source_.fileName), size,
                     QString::fromStdString(source_.url), where,
                     ProxyChoice::describe(Settings().proxy(), proxy)));
        if (answer != QMessageBox::Yes) return;
    }
    message_->hide();
    setBusy(true);
    progress_->setValue(0);
    progress_->setFormat(tr("connecting…"));
    controller_->start(source_, where, proxy);
}

void DownloadBar::showProgress(const QString& phase, qint64 done, qint64 total, double rate,
                               double secondsLeft) {
    const QLocale locale;
    if (total > 0) progress_->setValue(int(1000.0 * double(done) / double(total)));
    if (phase == QLatin1String("verify")) {
        progress_->setFormat(tr("checking %1 %").arg(total > 0 ? 100 * done / total : 0));
        return;
    }
    QString text = tr("%1 of %2")
                       .arg(locale.formattedDataSize(done, 1, QLocale::DataSizeSIFormat),
                            locale.formattedDataSize(total, 1, QLocale::DataSizeSIFormat));
    if (rate > 0)
        text += QStringLiteral(" · ") + tr("%1/s").arg(locale.formattedDataSize(
                                            qint64(rate), 1, QLocale::DataSizeSIFormat));
    if (secondsLeft >= 0) {
        const int s = int(secondsLeft);
        text += QStringLiteral(" · ") +
                tr("%1:%2 left").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    progress_->setFormat(text);
}

void DownloadBar::setBusy(bool busy) {
    button_->setEnabled(!busy);
    progress_->setVisible(busy);
    cancel_->setVisible(busy);
}

}  // namespace sentiment::ui
