#pragma once

#include <QWidget>
#include <memory>
#include <string>
#include <vector>

#include "experiment/TestEvaluation.h"

#include <QStringList>
#include "storage/RunRecords.h"

class QCustomPlot;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sentiment::ui {

/// Where one run's model is wrong on the test set: the confusion matrix with its rates,
/// accuracy by review length, and the mistakes it was surest of. Opening a mistake asks for it
/// on the Predict page. For a run recorded without its test predictions it offers to score the
/// test set with the loaded dataset.
class ErrorAnalysisPanel : public QWidget {
    Q_OBJECT
public:
    explicit ErrorAnalysisPanel(QWidget* parent = nullptr);

    /// Nothing to show: `why` says what to select.
    void clear(const QString& why);
    /// `run`'s evaluation (empty: the run was recorded without its predictions; `canScore` when
    /// a dataset is loaded to score them with); `classes`: its class names by index, as its plan
    /// has them (more than two: the N x N matrix).
    void show(const storage::RunRow& run,
              const std::shared_ptr<const experiment::TestEvaluation>& evaluation,
              const std::vector<std::string>& classes, bool canScore);
    /// Scoring under way: `done` of `total` test reviews.
    void showScoring(int done, int total);
    /// Opens the mistake in row `row` of the table (the surest first).
    void openMistake(int row);

Q_SIGNALS:
    /// A mistake to show with the run's model: its text and what it is.
    void openRequested(qint64 run, const QString& text, const QString& note);
    /// The user asked to score the test set of `run` (recorded without its predictions).
    void scoreRequested(qint64 run);

private:
    /// More than two classes: the N x N matrix, the most confused pairs in the summary.
    void showClasses(const storage::RunRow& run, const experiment::TestEvaluation& evaluation);
    void showBinary(const storage::RunRow& run, const experiment::TestEvaluation& evaluation);
    void showLengths(const experiment::TestEvaluation& evaluation);
    /// The surest mistakes, of one pair (a review's class, the class it was called) when given.
    void showMistakes(const experiment::TestEvaluation& evaluation,
                      std::optional<std::pair<int, int>> pair = std::nullopt);
    /// A class's name: "positive"/"negative" with two, else the run's own.
    QString className(int index) const;
    QLabel* summary_;
    QPushButton* score_;
    QWidget* results_;
    QTableWidget* confusion_;
    QCustomPlot* lengths_;
    QTableWidget* mistakes_;
    QLabel* mistakesTitle_;
    QPushButton* open_;
    qint64 run_ = 0;
    QString preset_;
    QStringList classes_;  ///< the run's class names with more than two; empty with two
    std::shared_ptr<const experiment::TestEvaluation> evaluation_;
    std::vector<const storage::TestPrediction*> shown_;  ///< the table's rows
};

}  // namespace sentiment::ui
