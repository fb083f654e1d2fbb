#pragma once

#include <QWidget>
#include <map>
#include <memory>

#include "experiment/ExperimentPlan.h"
#include "experiment/RunsOverview.h"

class QComboBox;
class QLayout;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QPushButton;
class QShowEvent;
class QSplitter;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace sentiment::ui {

class ComparisonCurves;
class CourseReference;
class DatasetController;
class DifferencesTable;
class EpochTable;
class ErrorAnalysisPanel;
class GradientFlowPanel;
class RunsController;
class RunsTableModel;

/// The Runs page: every run in the store, sortable and filterable, with rename, notes, tags
/// and delete; select runs to overlay their per-epoch curves (one colour a run) and to see only
/// the settings in which they differ, with the course's curve and band when they share a preset
/// and the verdict against it for one run.
class RunsPage : public QWidget {
    Q_OBJECT
public:
    /// `datasets`: the loaded dataset, to score the test set of a run recorded without its
    /// predictions.
    RunsPage(RunsController* runs, const CourseReference* reference, DatasetController* datasets,
             QWidget* parent = nullptr);

    /// Where the selected run's model is wrong (one run with a test result selected).
    /// Opens mistake `row` (the surest first) of the shown run's test reviews with its model.
    void openMistake(int row);
    /// Shows the tab of the tables below the curves with this object name ("epochs",
    /// "differences", "errors").
    void showTable(const QString& name);
    /// Selects the runs with these ids (and so compares them).
    void selectRuns(const QList<qint64>& ids);
    QList<qint64> selectedRuns() const;
    /// Presses "Train again…" for the selected run.
    void trainSelectedAgain() { trainAgain(); }
    /// Repeats the selected run with `count` seeds in all, as the button's dialog does.
    void repeatSelected(int count, bool varySplit);
    /// Presses "Continue" for the selected run.
    void continueSelected() { continueRun(); }
    /// Writes the assignment report of the selected runs (once they are read) to `file`.
    bool writeReport(const QString& file);
    /// All that is said about the selected runs (what the page shows and the report prints);
    /// null until they are read.
    std::shared_ptr<const experiment::RunsOverview> overview() const { return overview_; }

Q_SIGNALS:
    /// "Train again with these settings": the selected run's stored plan.
    void trainAgainRequested(const sentiment::experiment::ExperimentPlan& plan, qint64 run);
    /// "Continue": the selected stopped or interrupted run goes on after its last finished epoch.
    void continueRequested(const sentiment::experiment::ExperimentPlan& plan, qint64 run,
                           const QString& checkpoint);
    /// A test review to show on the Predict page with run `run`'s model.
    void reviewRequested(qint64 run, const QString& text, const QString& note);
    /// "Train the linear baseline" for `run`: the nbsvm plan on its dataset and split.
    void baselineRequested(const sentiment::experiment::ExperimentPlan& plan,
                           const sentiment::storage::RunRow& run);
    /// "Repeat with N seeds": `run` becomes the first of `count` seeds; the others go to the queue.
    void repeatRequested(const sentiment::experiment::ExperimentPlan& plan, qint64 run, int count,
                         bool varySplit);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QLayout* buildToolbar();
    QWidget* buildComparison();
    void connectButtons();
    void connectController();
    void selectionChanged();
    /// Asks for the overview of the selected runs (again: the course reference changed).
    void compareSelected();
    void showOverview(const std::shared_ptr<const experiment::RunsOverview>& overview);
    void showErrors();
    void renameSelected();
    void editNotes();
    void editTags();
    void deleteSelected();
    void trainAgain();
    void continueRun();
    void askRepeat();
    const storage::RunRow* selectedRun() const;
    /// Shows the selected run's evaluation again as read (after a failed scoring, or with a
    /// dataset now loaded to score with), without reading it again.
    void reshowEvaluation();

    RunsController* runs_;
    const CourseReference* reference_;
    DatasetController* datasets_;
    RunsTableModel* model_;
    QSortFilterProxyModel* proxy_;
    QLineEdit* filter_;
    QTableView* view_;
    QSplitter* splitter_;
    bool listSized_ = false;
    QPushButton *refresh_, *rename_, *notes_, *tags_, *delete_, *report_, *trainAgain_, *continue_,
        *baseline_, *keepBest_, *repeat_;
    QLabel* disk_;
    QList<qint64> dropCandidates_;  // the shown group's runs but its best, with a checkpoint
    QComboBox* split_;
    GradientFlowPanel* gradientFlow_;
    QCustomPlot* groupPlot_;
    ComparisonCurves* curves_;
    DifferencesTable* differences_;
    EpochTable* epochs_;
    ErrorAnalysisPanel* errors_;
    QTabWidget* tables_;
    QLabel* message_;
    std::shared_ptr<const experiment::RunsOverview> overview_;
    QList<qint64> pendingSelection_;
    qint64 scoringRun_ = 0;  ///< the run whose test set is being scored
};

}  // namespace sentiment::ui
