#include "ui/window/Automation.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <utility>

#include "ui/controllers/PredictController.h"
#include "ui/controllers/RunsController.h"
#include "ui/pages/EmbeddingPage.h"
#include "ui/pages/ModelPage.h"
#include "ui/pages/PredictPage.h"
#include "ui/pages/RunsPage.h"
#include "ui/pages/TrainPage.h"
#include "ui/panels/ErrorAnalysisPanel.h"
#include "ui/window/Workbench.h"

namespace sentiment::ui {

Automation::Automation(Workbench& workbench, Options options, QObject* parent)
    : QObject(parent),
      workbench_(workbench),
      options_(std::move(options)),
      vectorsSettled_(!options_.vectors) {
    if (!options_.train.isEmpty()) trainWhenReady();
    if (!options_.screenshot.isEmpty()) screenshotWhenDone();
    if (!options_.report.isEmpty()) reportWhenRead();
    if (options_.mistakes) showMistakes();
    if (!options_.attention.isEmpty())
        workbench_.window().predictPage()->showAttentionAs(options_.attention);
    if (!options_.predictText.isEmpty())
        workbench_.window().predictPage()->setText(options_.predictText);
    if (!options_.word.isEmpty()) exploreWhenReady();
}

void Automation::exploreWhenReady() {
    auto* page = workbench_.window().embeddingPage();
    auto& embeddings = workbench_.embeddings();
    // Once the vectors settled and the newest run's embedding is in (or there is none): GloVe
    // beside the run when both are there, else whichever is.
    auto ask = [this, page, &embeddings] {
        if (!vectorsSettled_ || asked_) return;
        const bool run = embeddings.hasRun();
        if (!run && page->offersRuns()) return;  // still loading it
        asked_ = true;
        const bool vectors = embeddings.hasVectors();
        using Space = EmbeddingQuery::Space;
        page->ask(vectors && run ? Space::Both
                  : run          ? Space::Run
                                 : Space::Vectors,
                  options_.word.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    };
    if (!options_.vectors) vectorsSettled_ = true;
    auto settle = [this, ask] {
        vectorsSettled_ = true;
        ask();
    };
    auto& datasets = workbench_.datasets();
    connect(&datasets, &DatasetController::vectorsLoaded, this, settle, Qt::QueuedConnection);
    connect(&datasets, &DatasetController::vectorsFailed, this, settle, Qt::QueuedConnection);
    connect(&embeddings, &EmbeddingController::runLoaded, this, ask, Qt::QueuedConnection);
    connect(&embeddings, &EmbeddingController::failed, this, ask, Qt::QueuedConnection);
    connect(workbench_.window().runsController(), &RunsController::listed, this, ask,
            Qt::QueuedConnection);
}

void Automation::trainWhenReady() {
    auto& window = workbench_.window();
    window.modelPage()->applyPreset(options_.train);
    window.modelPage()->setEpochs(options_.epochs);
    window.trainPage()->setBatchesPerEpoch(std::size_t(std::max(0, options_.batches)));
    // With vectors, training starts once both are in (or the vectors failed: the run then starts
    // from a random embedding, and the failure is on the Data page and in the log); otherwise
    // once the dataset is.
    auto start = [this] {
        if (started_ || !workbench_.datasets().dataset() || !vectorsSettled_) return;
        started_ = true;
        if (options_.sweep.isEmpty()) {
            workbench_.window().trainPage()->startTraining();
            return;
        }
        // As a user would: the knob and its values on the Model page, then "Queue the sweep".
        auto* model = workbench_.window().modelPage();
        const QString knob = options_.sweep.section(QLatin1Char('='), 0, 0);
        model->queueSweep(knob, options_.sweep.section(QLatin1Char('='), 1));
    };
    auto settle = [this, start] {
        vectorsSettled_ = true;
        start();
    };
    auto& datasets = workbench_.datasets();
    connect(&datasets, &DatasetController::loaded, this, start, Qt::QueuedConnection);
    connect(&datasets, &DatasetController::vectorsLoaded, this, settle, Qt::QueuedConnection);
    connect(&datasets, &DatasetController::vectorsFailed, this, settle, Qt::QueuedConnection);
}

void Automation::screenshotWhenDone() {
    auto& window = workbench_.window();
    auto& datasets = workbench_.datasets();
    auto grab = [this] {
        QTimer::singleShot(300, this, [this] {
            workbench_.window().grab().save(options_.screenshot);
            // A run still training (a queue shot mid-way) is stopped first: the window would ask.
            auto& training = workbench_.training();
            if (!training.running()) {
                QApplication::quit();
                return;
            }
            workbench_.queue().pause();
            connect(&training, &TrainingController::finished, qApp, &QApplication::quit,
                    Qt::QueuedConnection);
            connect(&training, &TrainingController::failed, qApp, &QApplication::quit,
                    Qt::QueuedConnection);
            training.stop();
        });
    };
    if (options_.tableDialog) {
        // The import dialog once it read its rows (it reads them before it is shown).
        QTimer::singleShot(1000, this, [this] {
            if (auto* dialog =
                    workbench_.window().findChild<QWidget*>(QStringLiteral("tableImport"))) {
                dialog->grab().save(options_.screenshot);
            } else {
                workbench_.window().grab().save(options_.screenshot);
            }
            QApplication::quit();
        });
        return;
    }
    if (options_.mistakes) {
        // Once the panel shows the run's evaluation (runs), or the mistake is explained (predict).
        if (options_.page == QStringLiteral("predict")) {
            connect(window.predictController(), &PredictController::explained, this, grab);
        } else {
            connect(window.runsController(), &RunsController::compared, this, grab);
        }
    } else if (options_.page == QStringLiteral("runs")) {
        // Every run selected: their curves overlaid and their differences listed.
        connect(window.runsController(), &RunsController::listed, this,
                [&window](const auto& rows) {
                    QList<qint64> ids;
                    for (const auto& r : *rows) ids << r.id;
                    window.runsPage()->selectRuns(ids);
                });
        connect(window.runsController(), &RunsController::compared, this, grab);
    } else if (options_.page == QStringLiteral("words")) {
        connect(&workbench_.embeddings(), &EmbeddingController::answered, this, grab);
    } else if (options_.page == QStringLiteral("predict")) {
        connect(window.predictController(), &PredictController::explained, this, grab);
        connect(window.predictController(), &PredictController::failed, this, grab);
    } else if (!options_.sweep.isEmpty()) {
        // Mid-queue: one run done, the next one's first epoch in, the rest waiting.
        auto starts = std::make_shared<int>(0);
        connect(&workbench_.training(), &TrainingController::started, this,
                [starts] { ++*starts; });
        connect(&workbench_.training(), &TrainingController::epoch, this,
                [grab, starts, taken = false]() mutable {
                    if (*starts == 2 && !taken) {
                        taken = true;
                        grab();
                    }
                });
        connect(&workbench_.training(), &TrainingController::failed, this, grab);
    } else if (!options_.train.isEmpty()) {
        connect(&workbench_.training(), &TrainingController::finished, this, grab);
        connect(&workbench_.training(), &TrainingController::failed, this, grab);
    } else if (options_.vectors) {
        connect(&datasets, &DatasetController::vectorsLoaded, this, grab);
        connect(&datasets, &DatasetController::vectorsFailed, this, grab);
    } else {
        connect(&datasets, &DatasetController::loaded, this, grab);
    }
    connect(&datasets, &DatasetController::failed, this, grab);
}

void Automation::reportWhenRead() {
    auto& window = workbench_.window();
    connect(window.runsController(), &RunsController::listed, this, [&window](const auto& rows) {
        QList<qint64> ids;
        for (auto it = rows->rbegin(); it != rows->rend(); ++it) ids << it->id;  // oldest first
        window.runsPage()->selectRuns(ids);
    });
    connect(window.runsController(), &RunsController::compared, this, [this] {
        const bool ok = workbench_.window().runsPage()->writeReport(options_.report);
        std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write",
                     qPrintable(options_.report));
        QApplication::exit(ok ? 0 : 1);
    });
}

void Automation::showMistakes() {
    auto& window = workbench_.window();
    connect(window.runsController(), &RunsController::listed, this, [&window](const auto& rows) {
        for (const auto& r : *rows) {  // newest first
            if (!r.testAccuracy) continue;
            window.runsPage()->selectRuns({r.id});
            window.runsPage()->showTable(QStringLiteral("errors"));
            return;
        }
    });
    if (options_.page == QStringLiteral("predict")) {
        // The surest mistake on the Predict page, once the panel has it and the model list is in.
        connect(window.runsController(), &RunsController::compared, this, [this] {
            if (std::exchange(mistakeOpened_, true))
                return;  // once, for the first run's evaluation
            QTimer::singleShot(500, this,
                               [this] { workbench_.window().runsPage()->openMistake(0); });
        });
    }
}

}  // namespace sentiment::ui
