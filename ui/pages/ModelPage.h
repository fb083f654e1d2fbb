#pragma once

#include <QWidget>

#include "experiment/ExperimentPlan.h"
#include "ui/controllers/ParameterSummary.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sentiment::ui {

class DatasetController;
class KnobForm;
class ModelController;

/// The Model page: a preset fills every knob, every knob stays editable (the form is made from
/// experiment::knobs() by KnobForm); the parameter count
/// with its per-tensor breakdown and per-layer formulas follows every change (assignment 5);
/// a short timing probe estimates an epoch on this machine and suggests what to change when
/// it would take more than about 15 minutes.
class ModelPage : public QWidget {
    Q_OBJECT
public:
    ModelPage(ModelController* models, DatasetController* datasets, QWidget* parent = nullptr);

    /// Selects a preset ("base", "advanced", "fasttext", "cnn", "nbsvm") and fills the knobs with
    /// it.
    void applyPreset(const QString& preset);
    /// Trains for `epochs` epochs.
    void setEpochs(int epochs);
    /// Fills every knob from a plan (a stored run's, to train it again).
    void applyPlan(const experiment::ExperimentPlan& plan);

    /// The experiment the knobs describe now.
    experiment::ExperimentPlan plan() const { return read(); }

    /// The form's editor of knob `name` (experiment::knobs()); null where the form has none.
    /// Queues a sweep as a user would: `knob` and `values` ("1e-4,1e-3") in the sweep's boxes,
    /// then "Queue the sweep".
    void queueSweep(const QString& knob, const QString& values);

Q_SIGNALS:
    /// "Add to the queue": these settings, to train after what is queued.
    void queueRequested(const sentiment::experiment::ExperimentPlan& plan);
    /// "Queue the sweep": one run per value of a setting ("lr=1e-2,1e-3").
    void sweepRequested(const sentiment::experiment::ExperimentPlan& plan, const QString& sweep);
    /// "Queue the seeds": `count` runs of these settings with seeds from the one chosen.
    void seedsRequested(const sentiment::experiment::ExperimentPlan& plan, int count,
                        bool varySplit);

private:
    void fill(const experiment::ExperimentPlan& c);
    experiment::ExperimentPlan read() const;
    void knobsChanged();
    void updateEnabled();
    void showParameters(const ParameterSummary& s);
    void showTiming(double epochSeconds, double tokensPerSecond, int batches);
    QWidget* makeKnobsColumn();
    QWidget* makeRightColumn();
    QWidget* makeQueueBox();
    void adaptToThisMachine();
    void connectModels();

    ModelController* models_;
    DatasetController* datasets_;
    KnobForm* knobs_;
    QComboBox* preset_;
    QSpinBox* threads_;
    QTableWidget* tensors_;
    QTableWidget* formulas_;
    QLabel* total_;
    QPushButton* measure_;
    QLabel* timing_;
    QLabel* memory_;
    QPushButton *queue_, *queueSweep_, *queueSeeds_;
    QComboBox* sweepKnob_;
    QLineEdit* sweepValues_;
    QSpinBox* seedCount_;
    QCheckBox* varySplit_;
    bool filling_ = false;
};

}  // namespace sentiment::ui
