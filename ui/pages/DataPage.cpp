#include "ui/pages/DataPage.h"

#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/charts/ChartExport.h"
#include "ui/charts/QCustomPlotHeader.h"
#include "ui/charts/TableExport.h"
#include "ui/controllers/DatasetController.h"
#include "ui/panels/DownloadBar.h"
#include "ui/panels/ReviewBrowser.h"
#include "ui/panels/TableImportDialog.h"
#include "ui/panels/VectorsPanel.h"

namespace sentiment::ui {

namespace {
QTableWidgetItem* numberItem(qint64 n) {
    auto* item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
}  // namespace

DataPage::DataPage(DatasetController* controller, QWidget* parent)
    : QWidget(parent), controller_(controller) {
    title_ = new QLabel(tr("No dataset loaded"));
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title_->setFont(big);
    message_ = new QLabel;
    message_->setObjectName(QStringLiteral("messageLabel"));
    message_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addLayout(makeSourceBar());
    layout->addWidget(message_);
    layout->addLayout(makeOverview());
    layout->addWidget(makeTabs(), 1);
    setBusy(false);

    connectController();
}

// Where the reviews come from: open, a folder, the demo, a download; the progress of loading.
QHBoxLayout* DataPage::makeSourceBar() {
    open_ = new QPushButton(tr("Open dataset…"));
    open_->setToolTip(
        tr("aclImdb_v1.tar.gz as downloaded, or your own labelled texts: CSV, TSV, "
           "NSMC's .txt, JSON Lines"));
    openFolder_ = new QPushButton(tr("Open folder…"));
    openFolder_->setToolTip(
        tr("The extracted aclImdb folder, or a folder with one sub-folder "
           "per class (one text per file; train/ and test/ above them "
           "optional)"));
    demo_ = new QPushButton(tr("Use demo sample"));
    download_ = new DownloadBar(downloads::DownloadSource::imdb(), tr("Download IMDb…"));
    download_->setObjectName(QStringLiteral("downloadBar"));
    cancel_ = new QPushButton(tr("Cancel"));
    cancel_->setObjectName(QStringLiteral("cancelButton"));
    progress_ = new QProgressBar;
    progress_->setRange(0, 1000);
    details_ = new QLabel;
    details_->setObjectName(QStringLiteral("details"));
    details_->setWordWrap(true);  // the tokenizer advice is a sentence
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open_);
    buttons->addWidget(openFolder_);
    buttons->addWidget(demo_);
    buttons->addWidget(download_, 1);
    buttons->addWidget(progress_, 1);
    buttons->addWidget(cancel_);

    return buttons;
}

// The reviews per split and the review lengths.
QHBoxLayout* DataPage::makeOverview() {
    counts_ = new QTableWidget(3, 3);
    counts_->setObjectName(QStringLiteral("countsTable"));
    counts_->setHorizontalHeaderLabels({tr("Negative"), tr("Positive"), tr("Total")});
    counts_->setVerticalHeaderLabels({tr("Train"), tr("Validation"), tr("Test")});
    counts_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    counts_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    counts_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    counts_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    counts_->setFixedHeight(counts_->verticalHeader()->length() +
                            counts_->horizontalHeader()->sizeHint().height() +
                            2 * counts_->frameWidth());

    lengths_ = new QCustomPlot;
    lengths_->setObjectName(QStringLiteral("lengthPlot"));
    lengths_->setMinimumSize(320, 180);
    lengths_->xAxis->setLabel(tr("tokens per review"));
    lengths_->yAxis->setLabel(tr("reviews"));
    auto* bars = new QCPBars(lengths_->xAxis, lengths_->yAxis);
    bars->setName(tr("reviews"));
    bars->setPen(QPen(QColor(31, 119, 180)));
    bars->setBrush(QColor(31, 119, 180, 120));

    auto* countsBox = new QGroupBox(tr("Reviews per split (seeded 70/30 train/validation split)"));
    auto* countsLayout = new QVBoxLayout(countsBox);
    countsLayout->addWidget(counts_);
    countsLayout->addWidget(details_);
    ChartExport::attach(lengths_, QStringLiteral("review-lengths"));
    TableExport::attach(counts_, QStringLiteral("reviews-per-split"));
    auto* lengthsBox = new QGroupBox(tr("Review lengths"));
    auto* lengthsLayout = new QVBoxLayout(lengthsBox);
    lengthsLayout->addWidget(lengths_);
    lengthsNote_ = new QLabel;
    lengthsLayout->addWidget(lengthsNote_);
    auto* overview = new QHBoxLayout;
    overview->addWidget(countsBox, 1);
    overview->addWidget(lengthsBox, 1);

    return overview;
}

// The most common tokens, the review browser and the word vectors.
QTabWidget* DataPage::makeTabs() {
    tokens_ = new QTableWidget(0, 2);
    tokens_->setHorizontalHeaderLabels({tr("Token"), tr("Count in train")});
    tokens_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tokens_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    browser_ = new ReviewBrowser(controller_);
    vectors_ = new VectorsPanel(controller_);
    tabs_ = new QTabWidget;
    tokens_->setObjectName(QStringLiteral("tokens"));
    browser_->setObjectName(QStringLiteral("reviews"));
    vectors_->setObjectName(QStringLiteral("vectors"));
    tabs_->addTab(tokens_, tr("Most common tokens"));
    tabs_->addTab(browser_, tr("Reviews"));
    tabs_->addTab(vectors_, tr("Word vectors"));

    TableExport::attach(tokens_, QStringLiteral("most-common-tokens"));
    return tabs_;
}

void DataPage::connectController() {
    connect(open_, &QPushButton::clicked, this, &DataPage::chooseDataset);
    connect(openFolder_, &QPushButton::clicked, this, &DataPage::chooseFolder);
    connect(demo_, &QPushButton::clicked, this, [this] { controller_->load(QString()); });
    connect(download_, &DownloadBar::downloaded, controller_,
            [this](const QString& path) { controller_->load(path); });
    connect(cancel_, &QPushButton::clicked, controller_, &DatasetController::cancel);
    connect(controller_, &DatasetController::started, this, [this](const QString& source) {
        setBusy(true);
        message_->setText(tr("Loading %1…").arg(source));
    });
    connect(controller_, &DatasetController::progress, this,
            [this](const QString& phase, double fraction) {
                progress_->setFormat(phaseName(phase) + QStringLiteral(" %p%"));
                progress_->setValue(int(fraction * 1000));
            });
    connect(controller_, &DatasetController::loaded, this, &DataPage::showSummary);
    connect(controller_, &DatasetController::failed, this, &DataPage::showError);
}

QString DataPage::phaseName(const QString& phase) {
    if (phase == QLatin1String("read")) return tr("Reading reviews");
    if (phase == QLatin1String("tokenize")) return tr("Tokenizing");
    if (phase == QLatin1String("vocab")) return tr("Building the vocabulary");
    if (phase == QLatin1String("cache")) return tr("Reading the cache");
    if (phase == QLatin1String("vectors")) return tr("Reading word vectors");
    return phase;
}

void DataPage::chooseDataset() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a dataset"), QString(),
        tr("IMDb archive (*.tar.gz *.tgz *.tar *.zip);;Labelled texts: CSV, TSV, NSMC's .txt, "
           "JSON Lines (*.csv *.tsv *.txt *.jsonl *.ndjson *.gz);;All files (*)"));
    if (!path.isEmpty()) openDataset(path);
}

void DataPage::openDataset(const QString& path) {
    if (!DatasetController::looksLikeTable(path)) {
        controller_->load(path);
        return;
    }
    auto* dialog = new TableImportDialog(path, TableChoice::lastFor(path), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { controller_->load(dialog->path(), dialog->choice()); });
    dialog->open();
}

void DataPage::chooseFolder() {
    const QString path =
        QFileDialog::getExistingDirectory(this, tr("Open aclImdb or a folder of class folders"));
    if (!path.isEmpty()) controller_->load(path);
}

void DataPage::showTab(const QString& name) {
    if (auto* tab = tabs_->findChild<QWidget*>(name)) tabs_->setCurrentWidget(tab);
}

void DataPage::chooseVectors() {
    showTab(QStringLiteral("vectors"));
    vectors_->chooseVectors();
}

void DataPage::loadVectors(const QString& path) {
    showTab(QStringLiteral("vectors"));
    controller_->loadVectors(path, vectors_->dimension());
}

void DataPage::setBusy(bool busy) {
    open_->setEnabled(!busy);
    openFolder_->setEnabled(!busy);
    demo_->setEnabled(!busy);
    cancel_->setVisible(busy);
    progress_->setVisible(busy);
    if (busy) progress_->setValue(0);
}

void DataPage::showSummary(const DatasetSummary& s) {
    setBusy(false);
    title_->setText(s.demo ? tr("Demo sample (3,000 real IMDb reviews)") : s.source);
    // A column per class, then the total: IMDb's "Negative" and "Positive" in the window's
    // language, a table's classes by their own names.
    QStringList headers;
    if (s.classes == QStringList{QStringLiteral("negative"), QStringLiteral("positive")}) {
        headers = {tr("Negative"), tr("Positive")};
    } else {
        headers = s.classes;
    }
    counts_->setColumnCount(int(headers.size()) + 1);
    counts_->setHorizontalHeaderLabels(headers << tr("Total"));
    counts_->setHorizontalScrollBarPolicy(s.classes.size() > 4 ? Qt::ScrollBarAsNeeded
                                                               : Qt::ScrollBarAlwaysOff);
    for (int row = 0; row < 3; ++row) {
        int total = 0;
        for (int c = 0; c < s.counts[row].size(); ++c) {
            counts_->setItem(row, c, numberItem(s.counts[row][c]));
            total += s.counts[row][c];
        }
        counts_->setItem(row, int(s.counts[row].size()), numberItem(total));
    }
    const QLocale locale;
    details_->setText(tr("Vocabulary: %1 entries · %2 tokens · padding %3 % with bucketing (random "
                         "batches: %4 %) · "
                         "loaded in %5 s%6")
                          .arg(locale.toString(s.vocabSize), locale.toString(s.tokens),
                               locale.toString(s.paddingBucketed * 100, 'f', 1),
                               locale.toString(s.paddingRandom * 100, 'f', 1),
                               locale.toString(s.seconds, 'f', 2),
                               s.cacheUsed ? tr(" (from cache)") : QString()));
    if (!s.unicodeScript.isEmpty()) {
        details_->setText(
            details_->text() + QLatin1Char('\n') +
            tr("Most letters are %1 (%2 %): the Unicode tokenizer splits them by their own word "
               "boundaries. Choose it on the Model page (Tokenizer › Unicode words). With "
               "FastText or NBSVM, character n-grams help too where words carry particles or "
               "endings (Character n-grams: 3).")
                .arg(s.unicodeScript, locale.toString(s.unicodeScriptShare * 100, 'f', 0)));
    }
    auto* bars = qobject_cast<QCPBars*>(lengths_->plottable(0));
    QVector<double> keys, values;
    for (int i = 0; i < s.lengthCounts.size(); ++i) {
        keys << (i + 0.5) * s.lengthBinWidth;
        values << s.lengthCounts[i];
    }
    bars->setWidth(s.lengthBinWidth * 0.9);
    bars->setData(keys, values, true);
    lengths_->rescaleAxes();
    lengths_->xAxis->setRange(0, s.lengthBinWidth * double(s.lengthCounts.size()));
    lengths_->yAxis->setRangeLower(0);
    lengths_->yAxis->setRangeUpper(lengths_->yAxis->range().upper * 1.08);
    lengths_->setToolTip(
        tr("Median %1 tokens, longest %2; the last bar counts every review of %3 tokens or more")
            .arg(locale.toString(s.medianLength), locale.toString(s.maxLength),
                 locale.toString(s.lengthBinWidth * (int(s.lengthCounts.size()) - 1))));
    lengthsNote_->setText(tr("Train split: median %1 tokens, longest %2")
                              .arg(locale.toString(s.medianLength), locale.toString(s.maxLength)));
    lengths_->replot();
    tokens_->setRowCount(int(s.mostCommon.size()));
    for (int i = 0; i < s.mostCommon.size(); ++i) {
        tokens_->setItem(i, 0, new QTableWidgetItem(s.mostCommon[i].first));
        tokens_->setItem(i, 1, numberItem(s.mostCommon[i].second));
    }
    message_->setText(
        s.warnings.isEmpty()
            ? QString()
            : tr("%n warning(s): %1", "", int(s.warnings.size())).arg(s.warnings.first()));
}

void DataPage::showError(const QString& message) {
    setBusy(false);
    message_->setText(QStringLiteral("<b>%1</b> %2")
                          .arg(tr("Could not load the dataset:"), message.toHtmlEscaped()));
}

}  // namespace sentiment::ui
