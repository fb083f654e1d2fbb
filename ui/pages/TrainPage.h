#pragma once

#include <QVector>
#include <QWidget>
#include <optional>

#include "experiment/ExperimentPlan.h"
#include "ui/charts/ReferenceCurves.h"
#include "ui/controllers/TrainingRequest.h"
#include "ui/controllers/TrainingUpdates.h"

class QHBoxLayout;
class QCPGraph;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace sentiment::ui {

class CourseReference;
class DatasetController;
class ModelController;
class TrainingController;

/// The live dashboard: start and stop a run of the experiment set up on the Model page on the
/// loaded dataset, watch its progress, loss and accuracy curves and the per-epoch table in the
/// lecture's words, then the test result and the verdict against the course reference (whose
/// curves and band the charts draw); with plain-words diagnostics.
class TrainPage : public QWidget {
    Q_OBJECT
public:
    /// `storePath` and `checkpointDir`: where runs are recorded and checkpoints written;
    /// `reference`: the course's figures a run is drawn and judged against.
    TrainPage(DatasetController* datasets, ModelController* models, TrainingController* training,
              const CourseReference* reference, QString storePath, QString checkpointDir,
              QWidget* parent = nullptr);

    void startTraining();
    /// Trains `plan` (a queued one) instead of the Model page's choice, in group `group` with
    /// `value` (experiment::RunSetup names the run); false when it cannot start now.
    bool trainQueued(const experiment::ExperimentPlan& plan, qint64 group, const QString& value);
    /// Continues recorded run `run` (its settings already chosen) after its last finished epoch.
    void continueRun(qint64 run, const QString& checkpoint);
    /// Trains at most `batches` batches an epoch (0: all).
    void setBatchesPerEpoch(std::size_t batches);
    /// Batches per epoch (0: all).
    std::size_t batchesPerEpoch() const;
    /// `plan` as this page trains it: with its batches per epoch (the one place they join a plan).
    experiment::ExperimentPlan withBatchesPerEpoch(experiment::ExperimentPlan plan) const;
    /// Puts `panel` (the run queue) beside the epochs table.
    void addSidePanel(QWidget* panel);
    /// The lecture's graphs drawn on the loss and the accuracy chart.
    int referenceGraphs() const { return lossReference_.graphs() + accuracyReference_.graphs(); }

Q_SIGNALS:
    /// The user asked to change the experiment (the Model page).
    void changeExperimentRequested();
    /// The diagnosis's link: show run `run`'s gradient flow on the Runs page.
    void gradientFlowRequested(qint64 run);

private:
    QHBoxLayout* makeControls();
    QHBoxLayout* makeStatus();
    QHBoxLayout* makePlots();
    void makeResults();
    void connectControls();
    void connectControllers();
    void start(qint64 continueRun, const QString& checkpoint);
    bool launch(TrainingRequest request);
    void describeExperiment();
    void onBatch(const BatchUpdate& u);
    void onEvaluation(const EvaluationUpdate& u);
    void onEpoch(const EpochUpdate& u);
    void onFinished(const RunSummary& s);
    void onFailed(const QString& message, sentiment::ErrorKind kind);
    void setRunning(bool running);
    void resetCharts();
    /// Draws the course's curves for the preset of the run shown (or about to be).
    void showReference();
    /// Coalesces redraws: the plots marked dirty are drawn once, at most 25 times a second.
    void scheduleReplot(bool loss = true, bool accuracy = true);
    void replot();
    void updateSmoothing();
    void diagnose();

    DatasetController* datasets_;
    ModelController* models_;
    TrainingController* training_;
    const CourseReference* reference_;
    QString storePath_, checkpointDir_;
    QLabel* experiment_;
    QPushButton* change_;
    int runEpochs_ = 5;
    QSpinBox* maxBatches_;
    QPushButton* start_;
    QPushButton* stop_;
    QProgressBar* progress_;
    QLabel* speed_;
    QSlider* smoothing_;
    QCustomPlot* lossPlot_;
    QCustomPlot* accuracyPlot_;
    QTableWidget* table_;
    class QHBoxLayout* bottom_;
    QLabel* result_;
    QLabel* diagnosis_;
    ReferenceCurves lossReference_, accuracyReference_;
    /// True unless the loaded dataset is a student's own table (no course figures for it).
    bool onLectureData() const;
    QString runPreset_;  ///< the preset of the run shown, judged against the course
    QTimer* replotTimer_;
    QVector<double> batchSteps_, batchLosses_;
    QCPGraph* rateGraph_ = nullptr;  ///< the learning rate per batch, on the loss plot's right axis
    double firstRate_ = 0, topRate_ = 0;
    QVector<EpochUpdate> epochsSeen_;
    bool lossDiverged_ = false;  ///< the last run failed on a NaN or infinite loss
    bool lossDirty_ = false, accuracyDirty_ = false;
    qint64 runId_ = 0;
    qint64 parameters_ = 0;
    /// A queued run's plan while it trains (the label describes it, not the Model page's choice).
    std::optional<experiment::ExperimentPlan> queued_;
};

}  // namespace sentiment::ui
