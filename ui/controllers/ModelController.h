#pragma once

#include <QObject>
#include <QString>
#include <memory>

#include "experiment/ExperimentPlan.h"
#include "ui/controllers/BackgroundTask.h"
#include "ui/controllers/ParameterSummary.h"

namespace sentiment::ui {

class DatasetController;

/// Holds the experiment the Model page sets up (the one the Train page runs), counts its
/// parameters and times it, both off the GUI thread. The only place in the GUI that builds
/// models outside a training run.
class ModelController : public QObject {
    Q_OBJECT
public:
    explicit ModelController(DatasetController* datasets, QObject* parent = nullptr);
    ~ModelController() override;

    /// This CPU trains recurrent layers in bfloat16 (AVX-512 BF16 or AMX, through oneDNN).
    static bool bf16TrainingAvailable();
    /// The resident memory a run of the current choice is expected to peak at, for a model of
    /// `parameters` trainable parameters, on the loaded dataset (the lecture's IMDb before one
    /// is loaded); training::MemoryEstimate.
    quint64 expectedPeakBytes(qint64 parameters) const;
    /// A run of the current choice trains in bfloat16 here (Trainer::effectivePrecision).
    bool trainsInBf16() const;
    /// What the system can give before it swaps now; 0 when unknown.
    static quint64 availableBytes();

    /// LibTorch's thread count, set once at start-up.
    static int threads();
    const experiment::ExperimentPlan& choice() const { return choice_; }
    /// Replaces the choice; counts its parameters again (the newest request wins).
    void setChoice(const experiment::ExperimentPlan& choice);
    /// Starts a timing probe of the current choice on the loaded dataset. Ignored while one runs.
    void measure();
    void cancelMeasure();
    bool measuring() const { return probe_.busy(); }
    /// True until the count for the current choice has been reported.
    bool counting() const { return counter_.busy(); }

Q_SIGNALS:
    void choiceChanged();
    void parametersCounted(const sentiment::ui::ParameterSummary& summary);
    void parametersFailed(const QString& message);
    void measureStarted();
    /// Seconds of one epoch (train + valid), the training throughput and the batches timed.
    void measured(double epochSeconds, double tokensPerSecond, int batchesTimed);
    void measureFailed(const QString& message);

private:
    void count();

    struct Counted;
    struct Timed;
    DatasetController* datasets_;
    experiment::ExperimentPlan choice_;
    BackgroundTask counter_{
        BackgroundTask::Policy::LatestWins};  ///< a count for an old choice is dropped
    BackgroundTask probe_{BackgroundTask::Policy::IgnoreWhileBusy};
};

}  // namespace sentiment::ui
