#pragma once

#include <QString>

#include "ui/controllers/DatasetController.h"
#include "ui/controllers/EmbeddingController.h"
#include "ui/controllers/ModelController.h"
#include "ui/controllers/PredictController.h"
#include "ui/controllers/QueueController.h"
#include "ui/controllers/RunsController.h"
#include "ui/controllers/TrainingController.h"
#include "ui/window/MainWindow.h"

namespace sentiment::ui {

/// The application's object graph: owns every controller and the window, in the order they
/// depend on each other (the window wires its pages to them), and destroys them in reverse.
class Workbench {
public:
    /// `runtime` is the status bar's description of LibTorch (threads, CUDA).
    explicit Workbench(const QString& runtime);

    DatasetController& datasets() { return datasets_; }
    ModelController& models() { return models_; }
    TrainingController& training() { return training_; }
    QueueController& queue() { return queue_; }
    RunsController& runs() { return runs_; }
    PredictController& predictor() { return predictor_; }
    EmbeddingController& embeddings() { return embeddings_; }
    MainWindow& window() { return window_; }

private:
    DatasetController datasets_;
    ModelController models_;
    TrainingController training_;
    RunsController runs_;
    QueueController queue_;  // after runs_: it opens the store once runs_ has
    PredictController predictor_;
    EmbeddingController embeddings_;
    MainWindow window_;
};

}  // namespace sentiment::ui
