#include "ui/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include "ui/DataPage.h"
#include "ui/DatasetController.h"

namespace sentiment::ui {

MainWindow::MainWindow(DatasetController* controller, const QString& runtimeText, QWidget* parent)
    : QMainWindow(parent), dataPage_(new DataPage(controller)) {
    setWindowTitle(tr("Sentiment Lab"));
    setCentralWidget(dataPage_);
    resize(900, 700);

    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open IMDb…"), QKeySequence::Open, dataPage_, &DataPage::chooseDataset);
    file->addAction(tr("Use &demo sample"), this, [controller] { controller->load(QString()); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
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
    connect(controller, &DatasetController::loaded, this, [this](const DatasetSummary& s) {
        datasetLabel_->setText(s.demo ? tr("Dataset: demo sample") : tr("Dataset: %1").arg(s.source));
    });
}

}  // namespace sentiment::ui
