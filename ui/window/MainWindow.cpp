#include "ui/window/MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <algorithm>

#include "ui/charts/ChartExport.h"
#include "ui/charts/QCustomPlotHeader.h"
#include "ui/controllers/DatasetController.h"
#include "ui/controllers/ModelController.h"
#include "ui/controllers/PredictController.h"
#include "ui/controllers/QueueController.h"
#include "ui/controllers/RunsController.h"
#include "ui/controllers/TrainingController.h"
#include "ui/pages/DataPage.h"
#include "ui/pages/EmbeddingPage.h"
#include "ui/pages/ModelPage.h"
#include "ui/pages/PredictPage.h"
#include "ui/pages/RunsPage.h"
#include "ui/pages/TrainPage.h"
#include "ui/panels/ProxyDialog.h"
#include "ui/panels/QueuePanel.h"
#include "ui/panels/VectorsPanel.h"
#include "ui/platform/CourseReference.h"
#include "ui/platform/Logging.h"
#include "ui/platform/Settings.h"
#include "ui/window/Language.h"
#include "ui/window/LogDock.h"

namespace sentiment::ui {

MainWindow::MainWindow(const Controllers& controllers, const QString& runtimeText, QWidget* parent)
    : QMainWindow(parent),
      datasets_(controllers.datasets),
      dataPage_(new DataPage(controllers.datasets)),
      runs_(controllers.runs),
      predictor_(controllers.predictor),
      training_(controllers.training),
      queue_(controllers.queue) {
    buildPages(controllers);
    buildFileMenu();
    buildViewAndHelpMenus();
    buildToolbar();
    buildStatusBar(runtimeText);
    routeRuns();
    routeQueue();
    routeTrainAndData();
}

// The pages in their tabs, the log dock, and the window's size and place.
void MainWindow::buildPages(const Controllers& controllers) {
    const Settings settings;
    auto* const controller = controllers.datasets;
    auto* const models = controllers.models;
    auto* const training = controllers.training;
    modelPage_ = new ModelPage(models, controller);
    reference_ = new CourseReference(this);
    trainPage_ = new TrainPage(controller, models, training, reference_, settings.runStorePath(),
                               settings.checkpointDirectory());
    runsPage_ = new RunsPage(runs_, reference_, controller);
    predictPage_ = new PredictPage(runs_, predictor_);
    embeddingPage_ = new EmbeddingPage(runs_, controllers.embeddings);
    queuePanel_ = new QueuePanel(queue_);
    queuePanel_->setObjectName(QStringLiteral("queuePanel"));
    trainPage_->addSidePanel(queuePanel_);
    setWindowTitle(tr("Sentiment Lab"));
    setAcceptDrops(true);
    tabs_ = new QTabWidget;
    dataPage_->setObjectName(QStringLiteral("data"));
    modelPage_->setObjectName(QStringLiteral("model"));
    trainPage_->setObjectName(QStringLiteral("train"));
    runsPage_->setObjectName(QStringLiteral("runs"));
    predictPage_->setObjectName(QStringLiteral("predict"));
    embeddingPage_->setObjectName(QStringLiteral("words"));
    tabs_->addTab(dataPage_, tr("&Data"));
    tabs_->addTab(modelPage_, tr("&Model"));
    tabs_->addTab(trainPage_, tr("&Train"));
    tabs_->addTab(runsPage_, tr("&Runs"));
    tabs_->addTab(predictPage_, tr("&Predict"));
    tabs_->addTab(embeddingPage_, tr("&Words"));
    setCentralWidget(tabs_);
    log_ = new LogDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, log_);
    resizeDocks({log_}, {110}, Qt::Vertical);
    if (const auto* screen = QGuiApplication::primaryScreen()) {
        fitTo(screen->availableGeometry());
    } else {
        resize(1100, 820);
    }
    if (!settings.windowGeometry().isEmpty()) restoreGeometry(settings.windowGeometry());
}

// File: datasets, vectors, imported runs, the course reference, the proxy, screenshots.
void MainWindow::buildFileMenu() {
    auto* const controller = datasets_;
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open dataset…"), QKeySequence::Open, this, [this] {
        showPage(QStringLiteral("data"));
        dataPage_->chooseDataset();
    });
    file->addAction(tr("Open IMDb &folder…"), this, [this] {
        showPage(QStringLiteral("data"));
        dataPage_->chooseFolder();
    });
    file->addAction(tr("Use &demo sample"), this, [controller] { controller->load(QString()); });
    file->addAction(tr("Open word &vectors…"), this, [this] {
        showPage(QStringLiteral("data"));
        dataPage_->chooseVectors();
    });
    file->addAction(tr("&Import runs…"), this, [this] {
        const QStringList stores = QFileDialog::getOpenFileNames(
            this, tr("Import the runs of other run stores"), QString(),
            tr("Run stores (*.sqlite *.db);;All files (*)"));
        if (stores.isEmpty()) return;
        showPage(QStringLiteral("runs"));
        statusBar()->showMessage(tr("Importing runs…"));
        runs_->importRuns(stores);
    });
    file->addSeparator();
    file->addAction(tr("Open course &reference…"), this, [this] {
        const QString chosen =
            QFileDialog::getOpenFileName(this, tr("Open a course reference"), QString(),
                                         tr("Course reference (*.json);;All files (*)"));
        if (chosen.isEmpty()) return;
        if (const auto error = reference_->open(chosen)) {
            QMessageBox::warning(
                this, tr("Course reference not opened"),
                tr("%1\n\nRuns are still read against: %2").arg(*error, reference_->course()));
        }
    });
    auto* lecture = file->addAction(tr("Use the &lecture's reference"), this,
                                    [this] { reference_->useLecture(); });
    lecture->setEnabled(!reference_->file().isEmpty());
    connect(reference_, &CourseReference::changed, lecture, [this, lecture] {
        lecture->setEnabled(!reference_->file().isEmpty());
        statusBar()->showMessage(tr("Runs are read against: %1").arg(reference_->course()), 8000);
    });
    file->addSeparator();
    file->addAction(tr("Network &proxy…"), this, [this] {
        Settings stored;
        ProxyDialog dialog(stored.proxy(), this);
        if (dialog.exec() == QDialog::Accepted) stored.setProxy(dialog.setting());
    });
    file->addSeparator();
    file->addAction(tr("Save screenshot of the &window…"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this,
                    [this] { saveScreenshot(this, QStringLiteral("sentiment-lab")); });
    file->addAction(
        tr("Save screenshot of this &page…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), this,
        [this] { saveScreenshot(tabs_->currentWidget(), tabs_->currentWidget()->objectName()); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
}

// View (the log, the language) and Help.
void MainWindow::buildViewAndHelpMenus() {
    auto* view = menuBar()->addMenu(tr("&View"));
    view->addAction(log_->toggleViewAction());
    // The language applies at the next start: every page is built with its strings.
    auto* languages = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(languages);
    const QString chosen = Settings().language();
    QStringList codes{QString()};
    codes << Language::available();
    for (const QString& code : codes) {
        auto* action = languages->addAction(code.isEmpty() ? tr("System language")
                                                           : Language::nativeName(code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            Settings().setLanguage(code);
            QMessageBox::information(
                this, tr("Language"),
                tr("The new language applies when Sentiment Lab starts again."));
        });
    }
    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Sentiment Lab"), this, [this] {
        QMessageBox::about(
            this, tr("About Sentiment Lab"),
            tr("<b>Sentiment Lab</b> %1<br>Run, watch and explain the IMDb sentiment-analysis "
               "lecture's "
               "experiments.<br>IMDb: Maas et al., ACL 2011. GloVe: Pennington et al., EMNLP 2014.")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildToolbar() {
    auto* toolbar = addToolBar(tr("Export"));
    toolbar->setObjectName(QStringLiteral("exportToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(tr("Screenshot of this page…"), this, [this] {
        saveScreenshot(tabs_->currentWidget(), tabs_->currentWidget()->objectName());
    });
    toolbar->addAction(tr("Export this page's charts…"), this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Export the charts to a folder"));
        if (folder.isEmpty()) return;
        const int written = exportCharts(folder);
        statusBar()->showMessage(tr("%1 chart files written to %2").arg(written).arg(folder), 5000);
    });
}

// The dataset and vectors open, and what LibTorch runs on.
void MainWindow::buildStatusBar(const QString& runtimeText) {
    datasetLabel_ = new QLabel(tr("No dataset"));
    vectorsLabel_ = new QLabel(tr("Vectors: none"));
    statusBar()->addWidget(datasetLabel_, 1);
    statusBar()->addWidget(vectorsLabel_);
    statusBar()->addPermanentWidget(new QLabel(runtimeText));
}

// A stored run's plan on the Model page, its batches per epoch on the Train page.
void MainWindow::choosePlan(const experiment::ExperimentPlan& plan) {
    modelPage_->applyPlan(plan);
    trainPage_->setBatchesPerEpoch(plan.training.maxBatches);
}

// From the Runs page to the others (a review to Predict, a run's plan to Model and Train), and
// the runs table following training and imports.
void MainWindow::routeRuns() {
    auto* const training = training_;
    connect(training, &TrainingController::started, this,
            [this] { tabs_->setCurrentWidget(trainPage_); });
    // "Train again…" on the Runs page: its plan on the Model page, the Train page ready to start.
    connect(runsPage_, &RunsPage::reviewRequested, this,
            [this](qint64 run, const QString& text, const QString& note) {
                predictPage_->showReview(run, text, note);
                showPage(QStringLiteral("predict"));
            });
    connect(runsPage_, &RunsPage::trainAgainRequested, this,
            [this](const experiment::ExperimentPlan& plan, qint64 run) {
                choosePlan(plan);
                Logging::logger()->info(
                    "{}", tr("The settings of run %1 are chosen; press Start to train it again")
                              .arg(run)
                              .toStdString());
                tabs_->setCurrentWidget(trainPage_);
            });
    // "Train the linear baseline": on the run's own dataset (loaded), straight away: about a
    // minute.
    connect(
        runsPage_, &RunsPage::baselineRequested, this,
        [this](const experiment::ExperimentPlan& plan, const storage::RunRow& row) {
            const qint64 run = row.id;
            if (!datasets_->holds(row.info)) {
                QMessageBox::information(
                    this, tr("Train the linear baseline"),
                    tr("Run %1 was trained on %2. Open that dataset on the Data page first, then "
                       "train its baseline.")
                        .arg(run)
                        .arg(QString::fromStdString(plan.source)));
                return;
            }
            modelPage_->applyPlan(plan);
            trainPage_->setBatchesPerEpoch(0);
            Logging::logger()->info(
                "{}", tr("Training the linear baseline for run %1").arg(run).toStdString());
            tabs_->setCurrentWidget(trainPage_);
            trainPage_->startTraining();
        });
    connect(runsPage_, &RunsPage::continueRequested, this,
            [this](const experiment::ExperimentPlan& plan, qint64 run, const QString& checkpoint) {
                choosePlan(plan);
                tabs_->setCurrentWidget(trainPage_);
                trainPage_->continueRun(run, checkpoint);
            });
    // The runs table follows the store: a new run appears when it starts, its results when it ends.
    connect(training, &TrainingController::runRecorded, runs_, &RunsController::refresh);
    connect(training, &TrainingController::finished, runs_, &RunsController::refresh);
    connect(training, &TrainingController::failed, runs_, &RunsController::refresh);
    connect(runs_, &RunsController::imported, this, [this](const QString& summary) {
        statusBar()->clearMessage();
        QMessageBox::information(this, tr("Runs imported"), summary);
    });
    connect(tabs_, &QTabWidget::currentChanged, this, [this] {
        if (tabs_->currentWidget() == runsPage_ || tabs_->currentWidget() == predictPage_ ||
            tabs_->currentWidget() == embeddingPage_) {
            runs_->refresh();
        }
    });
}

// What the Model and Runs pages queue trains on the Train page, one run after another.
void MainWindow::routeQueue() {
    // The queue trains on the Train page, with the batches per epoch chosen there when queued.
    queue_->setStarter(
        [this](const experiment::ExperimentPlan& plan, qint64 groupId, const QString& value) {
            return trainPage_->trainQueued(plan, groupId, value);
        });
    const auto queued = [this](bool added) {
        if (!added) return;
        statusBar()->showMessage(tr("Queued: %n run(s) waiting", "", queue_->pending()), 8000);
        queue_->start();
        if (!training_->running()) tabs_->setCurrentWidget(trainPage_);
    };
    const auto withBatches = [this](const experiment::ExperimentPlan& plan) {
        return trainPage_->withBatchesPerEpoch(plan);
    };
    connect(modelPage_, &ModelPage::queueRequested, this,
            [=, this](const experiment::ExperimentPlan& plan) {
                queued(queue_->add(withBatches(plan)));
            });
    connect(modelPage_, &ModelPage::sweepRequested, this,
            [=, this](const experiment::ExperimentPlan& plan, const QString& sweep) {
                queued(queue_->addSweep(withBatches(plan), sweep));
            });
    connect(modelPage_, &ModelPage::seedsRequested, this,
            [=, this](const experiment::ExperimentPlan& plan, int count, bool vary) {
                queued(queue_->addSeeds(withBatches(plan), count, vary));
            });
    connect(runsPage_, &RunsPage::repeatRequested, this,
            [=, this](const experiment::ExperimentPlan& plan, qint64 run, int count, bool vary) {
                const bool added = queue_->repeat(run, plan, count, vary);
                if (added) runs_->refresh();
                queued(added);
            });
    connect(queue_, &QueueController::problem, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Run queue"), message);
    });
}

// The Train page's requests, and the status bar following the dataset and the vectors.
void MainWindow::routeTrainAndData() {
    auto* const controller = datasets_;
    connect(trainPage_, &TrainPage::changeExperimentRequested, this,
            [this] { tabs_->setCurrentWidget(modelPage_); });
    connect(trainPage_, &TrainPage::gradientFlowRequested, this, [this](qint64 run) {
        showPage(QStringLiteral("runs"));
        runsPage_->showTable(QStringLiteral("gradients"));
        if (run > 0) runsPage_->selectRuns({run});
    });
    connect(controller, &DatasetController::loaded, this, [this](const DatasetSummary& s) {
        datasetLabel_->setText(s.demo ? tr("Dataset: demo sample")
                                      : tr("Dataset: %1").arg(s.source));
        if (!s.demo) {
            Settings settings;
            settings.setLastDataset(s.source);
            settings.setLastTable(datasets_->table().toJson());
        }
    });
    connect(controller, &DatasetController::vectorsLoaded, this, [this](const VectorsSummary& s) {
        vectorsLabel_->setText(tr("Vectors: %1 (%2d, %3 % of the vocabulary)")
                                   .arg(QFileInfo(datasets_->vectorsPath()).fileName())
                                   .arg(s.dimension)
                                   .arg(s.coverage * 100, 0, 'f', 1));
        Settings().setLastVectors(datasets_->vectorsPath());
    });
}

bool MainWindow::saveScreenshot(QWidget* what, const QString& name, const QString& file) {
    QString target = file;
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(
            this, tr("Save screenshot"), name + QStringLiteral(".png"), tr("PNG image (*.png)"));
        if (target.isEmpty()) return false;
    }
    if (!what->grab().save(target, "PNG")) {
        QMessageBox::warning(this, tr("Save screenshot"),
                             tr("%1 could not be written.").arg(target));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(target), 5000);
    return true;
}

int MainWindow::exportCharts(const QString& folder) {
    int written = 0;
    const auto plots = tabs_->currentWidget()->findChildren<QCustomPlot*>();
    for (int i = 0; i < plots.size(); ++i) {
        const QString base = QStringLiteral("%1/%2-chart-%3")
                                 .arg(folder, tabs_->currentWidget()->objectName())
                                 .arg(i + 1);
        for (const char* suffix : {"png", "pdf", "svg"}) {
            QString error;
            if (ChartExport::save(plots[i], base + QLatin1Char('.') + QLatin1String(suffix),
                                  &error)) {
                ++written;
            } else {
                QMessageBox::warning(this, tr("Export charts"), error);
                return written;
            }
        }
    }
    return written;
}

void MainWindow::openPath(const QString& path) {
    const QFileInfo info(path);
    const bool vectors = info.isFile() && DatasetController::holdsVectors(path);
    showPage(QStringLiteral("data"));
    if (vectors) {
        dataPage_->loadVectors(path);
    } else {
        dataPage_->openDataset(path);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    for (const auto& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) openPath(url.toLocalFile());
    }
    event->acceptProposedAction();
}

void MainWindow::showPage(const QString& name) {
    if (auto* page = tabs_->findChild<QWidget*>(name)) tabs_->setCurrentWidget(page);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (training_->running()) {
        QString question = tr("Stop the run and quit? Its finished epochs are kept.");
        if (queue_->pending() > 1)
            question += QLatin1Char(' ') + tr("The queue keeps its other runs for the next start.");
        const auto answer = QMessageBox::question(this, tr("Training is running"), question);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        training_->stop();
    }
    Settings().setWindowGeometry(saveGeometry());
    event->accept();
}

void MainWindow::fitTo(const QRect& available) {
    // As tall as a common 1080-line screen allows: the Runs page's list, curves and tables share
    // the height. A shorter screen (a 1366 x 768 or 1440 x 900 laptop) is too small for that:
    // the window takes all of it, maximised, and its size when restored is the free area less
    // a margin.
    constexpr int kWidth = 1100, kHeight = 980, kMargin = 48;  // room for the title bar and a panel
    if (available.height() < kHeight + kMargin) {
        resize(available.width() - kMargin, available.height() - kMargin);
        setWindowState(windowState() | Qt::WindowMaximized);
    } else {
        resize(std::min(kWidth, available.width() - kMargin), kHeight);
    }
}

}  // namespace sentiment::ui
