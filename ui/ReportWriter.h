#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <map>
#include <memory>
#include <vector>

#include "experiment/LectureReference.h"
#include "experiment/TestEvaluation.h"
#include "storage/RunRecords.h"

class QTextDocument;

namespace sentiment::ui {

/// What a report is made of: the chosen runs, where each one's model is wrong (for the runs
/// whose test predictions are stored) and the course reference they are judged against.
struct ReportContents {
    std::vector<storage::RunDetails> runs;
    std::map<qint64, std::shared_ptr<const experiment::TestEvaluation>> evaluations;
    const experiment::LectureReference* reference = nullptr;  ///< null: the lecture's own
    /// Each run's linear baseline (experiment::Baseline::find), by run id; a run without one has none.
    std::map<qint64, storage::RunRow> baselines;
};

/// The assignment report, in the order of the lecture's five assignments: (1) the base RNN
/// trained for 5 epochs, its settings in words and its charts; (2) its per-epoch train and valid
/// accuracy and test accuracy in the lecture's format, with the verdict against the lecture;
/// (3) and (4) the same for the multi-layer bidirectional LSTM; (5) the BiLSTM's parameters per
/// layer with their formulas. Then any further runs, the verdicts side by side, the confusion
/// matrices and accuracy by length, and the environment (versions, device, threads, dataset
/// fingerprint, seed). In the interface language (English or Korean); written as a PDF with
/// Qt's PDF writer. Call on the GUI thread (the charts are drawn with QCustomPlot).
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    /// Writes `file`; false with `error` naming the file when it cannot.
    static bool write(const ReportContents& contents, const QString& file, QString* error = nullptr);
    /// The report as HTML with the charts as `chart-N-loss.png` / `chart-N-accuracy.png` resources
    /// (what the PDF is made from; tests read it).
    static QString html(const ReportContents& contents);
    /// The report's first page drawn into an image `width` pixels wide (A4 proportions), as a
    /// preview and for tests.
    static QImage firstPage(const ReportContents& contents, int width = 800);

private:
    /// The report laid out as a document, charts included, runs in the order they were trained.
    static std::unique_ptr<QTextDocument> document(const ReportContents& contents);
};

}  // namespace sentiment::ui
