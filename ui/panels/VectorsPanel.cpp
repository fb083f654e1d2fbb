#include "ui/panels/VectorsPanel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/controllers/DatasetController.h"
#include "ui/panels/DownloadBar.h"

namespace sentiment::ui {

VectorsPanel::VectorsPanel(DatasetController* controller, QWidget* parent)
    : QWidget(parent), controller_(controller) {
    open_ = new QPushButton(tr("Open vectors…"));
    open_->setToolTip(
        tr("GloVe: a .txt file such as glove.6B.100d.txt, or glove.6B.zip as downloaded"));
    download_ = new DownloadBar(downloads::DownloadSource::glove(), tr("Download GloVe 6B…"));
    download_->setObjectName(QStringLiteral("vectorsDownloadBar"));
    dimension_ = new QComboBox;
    for (int d : {50, 100, 200, 300}) dimension_->addItem(tr("%1 dimensions").arg(d), d);
    dimension_->setCurrentIndex(1);
    dimension_->setToolTip(tr("Which file of glove.6B.zip to read (the lecture uses 100)"));
    progress_ = new QProgressBar;
    progress_->setRange(0, 1000);
    progress_->setVisible(false);
    coverage_ = new QLabel(
        tr("No vectors loaded: the models start from random embeddings. The lecture uses GloVe 6B, "
           "100 dimensions."));
    coverage_->setObjectName(QStringLiteral("coverageLabel"));
    coverage_->setWordWrap(true);
    coverage_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    missing_ = new QTableWidget(0, 2);
    missing_->setObjectName(QStringLiteral("missingTable"));
    missing_->setHorizontalHeaderLabels(
        {tr("Most frequent words without a vector"), tr("Count in train")});
    missing_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    missing_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    missing_->verticalHeader()->setVisible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(open_);
    top->addWidget(dimension_);
    top->addWidget(download_, 1);
    top->addWidget(progress_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(coverage_);
    layout->addWidget(missing_, 1);

    connect(open_, &QPushButton::clicked, this, &VectorsPanel::chooseVectors);
    connect(download_, &DownloadBar::downloaded, this, [this](const QString& path) {
        controller_->loadVectors(path, dimension_->currentData().toInt());
    });
    connect(controller_, &DatasetController::vectorsStarted, this, [this](const QString& source) {
        open_->setEnabled(false);
        progress_->setValue(0);
        progress_->setFormat(tr("Reading %1: %p%").arg(QFileInfo(source).fileName()));
        progress_->setVisible(true);
    });
    connect(controller_, &DatasetController::vectorsProgress, this,
            [this](double fraction) { progress_->setValue(int(fraction * 1000)); });
    connect(controller_, &DatasetController::vectorsLoaded, this, &VectorsPanel::showSummary);
    connect(controller_, &DatasetController::vectorsFailed, this, [this](const QString& message) {
        open_->setEnabled(true);
        progress_->setVisible(false);
        coverage_->setText(QStringLiteral("<b>%1</b> %2")
                               .arg(tr("Could not load the vectors:"), message.toHtmlEscaped()));
    });
}

void VectorsPanel::chooseVectors() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open word vectors"), QString(), tr("GloVe vectors (*.txt *.zip);;All files (*)"));
    if (!path.isEmpty()) controller_->loadVectors(path, dimension_->currentData().toInt());
}

void VectorsPanel::showSummary(const VectorsSummary& s) {
    open_->setEnabled(true);
    progress_->setVisible(false);
    const QLocale locale;
    QString text =
        tr("<b>%1</b>: %2 words × %3 dimensions, read in %4 s%5.")
            .arg(s.source.toHtmlEscaped(), locale.toString(s.words), locale.toString(s.dimension),
                 locale.toString(s.seconds, 'f', 2), s.cacheUsed ? tr(" (from cache)") : QString());
    if (s.vocabSize > 0) {
        text +=
            QLatin1Char(' ') +
            tr("They cover <b>%1 %</b> of the vocabulary (%2 of %3 entries, %4 of them through "
               "the lower-case form); the others start from N(0, 1), &lt;unk&gt; and &lt;pad&gt; "
               "from zero.")
                .arg(locale.toString(s.coverage * 100, 'f', 1), locale.toString(s.found),
                     locale.toString(s.vocabSize), locale.toString(s.foundLowercase));
    }
    coverage_->setText(text);
    missing_->setRowCount(int(s.mostFrequentMissing.size()));
    for (int i = 0; i < s.mostFrequentMissing.size(); ++i) {
        missing_->setItem(i, 0, new QTableWidgetItem(s.mostFrequentMissing[i].first));
        auto* count = new QTableWidgetItem(locale.toString(s.mostFrequentMissing[i].second));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        missing_->setItem(i, 1, count);
    }
}

int VectorsPanel::dimension() const {
    return dimension_->currentData().toInt();
}

}  // namespace sentiment::ui
