#pragma once
// The main window wired to its controllers as Workbench wires them, for the GUI tests: over a
// dataset controller the test owns (a dataset loaded once for the whole test) or one of its own.

#include <QSignalSpy>
#include <QString>
#include <memory>

#include "ui/controllers/DatasetController.h"
#include "ui/controllers/EmbeddingController.h"
#include "ui/controllers/ModelController.h"
#include "ui/controllers/PredictController.h"
#include "ui/controllers/QueueController.h"
#include "ui/controllers/RunsController.h"
#include "ui/controllers/TrainingController.h"
#include "ui/platform/Settings.h"
#include "ui/window/MainWindow.h"

namespace sentiment::ui {

class TestWindow {
    std::unique_ptr<DatasetController> own_;  // first: the members below use it

public:
    explicit TestWindow(DatasetController* shared = nullptr)
        : own_(shared != nullptr ? nullptr : std::make_unique<DatasetController>()),
          datasets(shared != nullptr ? *shared : *own_),
          models(&datasets),
          runs(Settings().runStorePath()),
          queue(Settings().runStorePath(), &datasets, &training, &runs),
          embeddings(&datasets),
          window(Controllers{&datasets, &models, &training, &queue, &runs, &predictor, &embeddings},
                 QStringLiteral("test")) {
        // The offscreen platform's screen (800 x 600) is shorter than the window wants, so the
        // window would open maximised to it; tests size the window themselves.
        window.setWindowState(Qt::WindowNoState);
    }

    /// Shows the Runs page and waits until it lists the runs.
    [[nodiscard]] bool showRuns() {
        QSignalSpy listed(&runs, &RunsController::listed);
        window.showPage(QStringLiteral("runs"));
        return listed.wait(10000);
    }

    DatasetController& datasets;
    ModelController models;
    TrainingController training;
    RunsController runs;
    QueueController queue;
    PredictController predictor;
    EmbeddingController embeddings;
    MainWindow window;
};

}  // namespace sentiment::ui
