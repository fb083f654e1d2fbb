#pragma once

#include <QImage>
#include <QString>
#include <memory>
#include <vector>

#include "storage/RunRecords.h"

class QTextDocument;

namespace sentiment::ui {

/// The assignment report: for each chosen run its configuration, parameter count with the
/// per-layer breakdown, the per-epoch table in the lecture's format, the test result and the
/// loss and accuracy charts; at the end the environment (app, LibTorch and Qt versions, device,
/// threads, dataset fingerprint, seed). Written as a PDF with Qt's PDF writer. Call on the GUI
/// thread (the charts are drawn with QCustomPlot).
class ReportWriter {
public:
    /// Writes `file`; false with `error` naming the file when it cannot.
    static bool write(const std::vector<storage::RunDetails>& runs, const QString& file, QString* error = nullptr);
    /// The report as HTML with the charts as `chart-N-loss.png` / `chart-N-accuracy.png` resources
    /// (what the PDF is made from; tests read it).
    static QString html(const std::vector<storage::RunDetails>& runs);
    /// The report's first page drawn into an image `width` pixels wide (A4 proportions), as a
    /// preview and for tests.
    static QImage firstPage(const std::vector<storage::RunDetails>& runs, int width = 800);

private:
    /// The report laid out as a document, charts included, runs in the order they were trained.
    static std::unique_ptr<QTextDocument> document(const std::vector<storage::RunDetails>& runs);
};

}  // namespace sentiment::ui
