#include "ui/MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QTabWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include "ui/DataPage.h"
#include "ui/DatasetController.h"
#include "ui/LogDock.h"
#include "ui/Settings.h"
#include "ui/TrainPage.h"
#include "ui/TrainingController.h"

namespace sentiment::ui {

MainWindow::MainWindow(DatasetController* controller, TrainingController* training, const QString& runtimeText,
                       QWidget* parent)
    : QMainWindow(parent), dataPage_(new DataPage(controller)), training_(training) {
    const Settings settings;
    trainPage_ = new TrainPage(controller, training, settings.runStorePath(), settings.checkpointDirectory());
    setWindowTitle(tr("Sentiment Lab"));
    tabs_ = new QTabWidget;
    dataPage_->setObjectName(QStringLiteral("data"));
    trainPage_->setObjectName(QStringLiteral("train"));
    tabs_->addTab(dataPage_, tr("&Data"));
    tabs_->addTab(trainPage_, tr("&Train"));
    setCentralWidget(tabs_);
    auto* log = new LogDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, log);
    resizeDocks({log}, {110}, Qt::Vertical);
    resize(1100, 820);
    if (!settings.windowGeometry().isEmpty()) restoreGeometry(settings.windowGeometry());

    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open IMDb…"), QKeySequence::Open, dataPage_, &DataPage::chooseDataset);
    file->addAction(tr("Use &demo sample"), this, [controller] { controller->load(QString()); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    auto* view = menuBar()->addMenu(tr("&View"));
    view->addAction(log->toggleViewAction());
    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Sentiment Lab"), this, [this] {
        QMessageBox::about(this, tr("About Sentiment Lab"),
                           tr("<b>Sentiment Lab</b> %1<br>Run, watch and explain the IMDb sentiment-analysis lecture's "
                              "experiments.<br>IMDb: Maas et al., ACL 2011. GloVe: Pennington et al., EMNLP 2014.")
                               .arg(QApplication::applicationVersion()));
    });

    datasetLabel_ = new QLabel(tr("No dataset"));
    statusBar()->addWidget(datasetLabel_, 1);
    statusBar()->addPermanentWidget(new QLabel(runtimeText));
    connect(training, &TrainingController::started, this, [this] { tabs_->setCurrentWidget(trainPage_); });
    connect(controller, &DatasetController::loaded, this, [this](const DatasetSummary& s) {
        datasetLabel_->setText(s.demo ? tr("Dataset: demo sample") : tr("Dataset: %1").arg(s.source));
    });
}

void MainWindow::showPage(const QString& name) {
    if (auto* page = tabs_->findChild<QWidget*>(name)) tabs_->setCurrentWidget(page);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (training_->running()) {
        const auto answer = QMessageBox::question(this, tr("Training is running"),
                                                  tr("Stop the run and quit? Its finished epochs are kept."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        training_->stop();
    }
    Settings().setWindowGeometry(saveGeometry());
    event->accept();
}

}  // namespace sentiment::ui
