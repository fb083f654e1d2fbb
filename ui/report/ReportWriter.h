#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <memory>

#include "experiment/RunsOverview.h"

class QTextDocument;

namespace sentiment::ui {

/// The assignment report, in the order of the lecture's five assignments: (1) the base RNN
/// trained for 5 epochs, its settings in words and its charts; (2) its per-epoch train and valid
/// accuracy and test accuracy in the lecture's format, with the verdict against the lecture;
/// (3) and (4) the same for the multi-layer bidirectional LSTM; (5) the BiLSTM's parameters per
/// layer with their formulas. Then any further runs, the groups, the verdicts side by side, the
/// confusion matrices and accuracy by length, and the environment (versions, device, threads,
/// dataset fingerprint, seed). It lays out an experiment::RunsOverview, the one the Runs page
/// shows, so the two never disagree. In the interface language (English or Korean); written as
/// a PDF with Qt's PDF writer. Call on the GUI thread (the charts are drawn with QCustomPlot).
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    /// Writes `file`; false with `error` naming the file when it cannot.
    static bool write(const experiment::RunsOverview& overview, const QString& file,
                      QString* error = nullptr);
    /// The report as HTML with the charts as `run-ID-loss.png` / `run-ID-accuracy.png` and
    /// `group-ID-band.png` / `group-ID-values.png` resources (what the PDF is made from; tests
    /// read it).
    static QString html(const experiment::RunsOverview& overview);
    /// The report's first page drawn into an image `width` pixels wide (A4 proportions), as a
    /// preview and for tests.
    static QImage firstPage(const experiment::RunsOverview& overview, int width = 800);

private:
    /// The report laid out as a document, charts included, runs in the order they were trained.
    static std::unique_ptr<QTextDocument> document(const experiment::RunsOverview& overview);
};

}  // namespace sentiment::ui
