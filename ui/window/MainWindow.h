#pragma once

#include <QMainWindow>

#include "experiment/ExperimentPlan.h"
#include "ui/window/Controllers.h"

class QLabel;
class QTabWidget;

namespace sentiment::ui {

class CourseReference;
class LogDock;
class DataPage;
class DatasetController;
class ModelController;
class ModelPage;
class PredictController;
class EmbeddingPage;
class PredictPage;
class QueueController;
class QueuePanel;
class RunsController;
class RunsPage;
class TrainPage;
class TrainingController;

/// The main window: pages in tabs (Data, Model, Train, Runs, Predict), a menu, the log dock and a
/// status bar with device, threads, dataset and vectors. Files dropped on it are opened: IMDb
/// archives and folders as the dataset, GloVe `.txt`/`.zip` as vectors. Stays small: each page is
/// its own class.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `runtimeText` describes LibTorch's device and threads for the status bar.
    MainWindow(const Controllers& controllers, const QString& runtimeText,
               QWidget* parent = nullptr);
    DataPage* dataPage() const { return dataPage_; }
    ModelPage* modelPage() const { return modelPage_; }
    TrainPage* trainPage() const { return trainPage_; }
    RunsPage* runsPage() const { return runsPage_; }
    RunsController* runsController() const { return runs_; }
    PredictPage* predictPage() const { return predictPage_; }
    EmbeddingPage* embeddingPage() const { return embeddingPage_; }
    PredictController* predictController() const { return predictor_; }
    /// Sizes the window for a screen whose free area is `available`: 1100 × 980 where that fits,
    /// else maximised (a 1366 × 768 laptop), restoring to the free area less a margin.
    void fitTo(const QRect& available);
    /// The course reference runs are read against (File › Open course reference… reads one and
    /// shows in a dialog the message naming the file when it does not read).
    CourseReference* courseReference() const { return reference_; }
    /// Shows the page with this object name ("data", "model", "train").
    void showPage(const QString& name);
    /// Opens a dropped or given path: word vectors when it looks like GloVe, else a dataset.
    void openPath(const QString& path);
    /// Saves a PNG of `what` (the window or a page) to `file`, asking for a name when empty.
    bool saveScreenshot(QWidget* what, const QString& name, const QString& file = {});
    /// Writes every chart of the current page to `folder` as PNG, PDF and SVG; the files written.
    int exportCharts(const QString& folder);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildPages(const Controllers& controllers);
    void buildFileMenu();
    void buildViewAndHelpMenus();
    void buildToolbar();
    void buildStatusBar(const QString& runtimeText);
    void routeRuns();
    void choosePlan(const experiment::ExperimentPlan& plan);
    void routeQueue();
    void routeTrainAndData();

    DatasetController* datasets_;
    CourseReference* reference_ = nullptr;
    DataPage* dataPage_;
    ModelPage* modelPage_;
    TrainPage* trainPage_;
    RunsController* runs_;
    RunsPage* runsPage_;
    PredictController* predictor_;
    PredictPage* predictPage_;
    EmbeddingPage* embeddingPage_;
    QTabWidget* tabs_;
    TrainingController* training_;
    QueueController* queue_;
    QueuePanel* queuePanel_;
    QLabel* datasetLabel_;
    QLabel* vectorsLabel_;
    LogDock* log_ = nullptr;
};

}  // namespace sentiment::ui
