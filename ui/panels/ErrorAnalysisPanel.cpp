#include "ui/panels/ErrorAnalysisPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "foundation/TextFormat.h"
#include "ui/charts/ChartExport.h"
#include "ui/charts/QCustomPlotHeader.h"
#include "ui/charts/TableExport.h"

namespace sentiment::ui {

namespace {

// The colour-blind-safe pair of the Predict page: right in blue, wrong in vermillion.
const QColor kRight(0, 114, 178), kWrong(213, 94, 0);

QString count(std::size_t n) {
    return QString::fromStdString(withCommas(n));
}
QString share(double fraction) {
    return QString::fromStdString(percent(fraction, 1));
}
QString label(bool positive) {
    return positive ? ErrorAnalysisPanel::tr("positive") : ErrorAnalysisPanel::tr("negative");
}

QTableWidgetItem* cell(const QString& text, const QColor& tint = {}) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignCenter);
    if (tint.isValid()) {
        QColor light = tint;
        light.setAlpha(50);
        item->setBackground(light);
    }
    return item;
}

}  // namespace

ErrorAnalysisPanel::ErrorAnalysisPanel(QWidget* parent) : QWidget(parent) {
    summary_ = new QLabel;
    summary_->setObjectName(QStringLiteral("summaryLabel"));
    summary_->setWordWrap(true);
    score_ = new QPushButton(tr("Score the test set now"));
    score_->setObjectName(QStringLiteral("scoreButton"));
    score_->setToolTip(
        tr("Score every test review of the loaded dataset with this run's model and keep the "
           "predictions with the run"));
    score_->setVisible(false);

    confusion_ = new QTableWidget(2, 2);
    confusion_->setObjectName(QStringLiteral("confusionTable"));
    confusion_->setHorizontalHeaderLabels({tr("called positive"), tr("called negative")});
    confusion_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    confusion_->setSelectionMode(QAbstractItemView::NoSelection);
    confusion_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    confusion_->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    confusion_->setToolTip(
        tr("Rows: what the review is; columns: what the model called it. Each cell: reviews, and "
           "their share of the row"));
    confusion_->setMinimumWidth(300);
    confusion_->setMaximumHeight(130);

    lengths_ = new QCustomPlot;
    lengths_->setObjectName(QStringLiteral("lengthPlot"));
    lengths_->setMinimumHeight(150);
    lengths_->xAxis->setLabel(tr("review length (tokens)"));
    lengths_->yAxis->setLabel(tr("accuracy (%)"));
    lengths_->setMinimumWidth(300);

    mistakes_ = new QTableWidget(0, 6);
    mistakes_->setObjectName(QStringLiteral("mistakesTable"));
    mistakes_->setHorizontalHeaderLabels(
        {tr("Sure"), tr("Called"), tr("Is"), tr("Rating"), tr("Tokens"), tr("Review")});
    mistakes_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mistakes_->setSelectionBehavior(QAbstractItemView::SelectRows);
    mistakes_->setSelectionMode(QAbstractItemView::SingleSelection);
    mistakes_->setWordWrap(false);  // one line a review; the whole text opens on the Predict page
    mistakes_->verticalHeader()->setVisible(false);
    mistakes_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mistakes_->horizontalHeader()->setStretchLastSection(true);
    mistakes_->setToolTip(
        tr("The reviews the model got wrong, the ones it was surest of first. Double-click one to "
           "see it on the Predict page with its word importance."));
    open_ = new QPushButton(tr("Open on the Predict page"));
    open_->setEnabled(false);

    auto* left = new QVBoxLayout;
    left->addWidget(confusion_);
    left->addWidget(lengths_, 1);
    auto* right = new QVBoxLayout;
    auto* rightHead = new QHBoxLayout;
    mistakesTitle_ = new QLabel(tr("Mistakes, the surest first:"));
    mistakesTitle_->setObjectName(QStringLiteral("mistakesTitle"));
    rightHead->addWidget(mistakesTitle_, 1);
    rightHead->addWidget(open_);
    right->addLayout(rightHead);
    right->addWidget(mistakes_, 1);
    results_ = new QWidget;
    auto* both = new QHBoxLayout(results_);
    both->setContentsMargins(0, 0, 0, 0);
    both->addLayout(left, 2);
    both->addLayout(right, 3);
    auto* head = new QHBoxLayout;
    head->addWidget(summary_, 1);
    head->addWidget(score_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(results_, 1);

    ChartExport::attach(lengths_, QStringLiteral("accuracy-by-length"));
    TableExport::attach(confusion_, QStringLiteral("confusion-matrix"));
    TableExport::attach(mistakes_, QStringLiteral("mistakes"));
    connect(score_, &QPushButton::clicked, this, [this] {
        score_->setEnabled(false);
        Q_EMIT scoreRequested(run_);
    });
    connect(mistakes_, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { openMistake(row); });
    // A cell of the matrix: that pair's surest mistakes (the diagonal: all of them again).
    connect(confusion_, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (evaluation_ == nullptr || classes_.isEmpty()) return;
        showMistakes(*evaluation_, row == column
                                       ? std::nullopt
                                       : std::optional<std::pair<int, int>>({row, column}));
    });
    connect(mistakes_, &QTableWidget::itemSelectionChanged, this,
            [this] { open_->setEnabled(!mistakes_->selectedItems().isEmpty()); });
    connect(open_, &QPushButton::clicked, this, [this] {
        const auto rows = mistakes_->selectionModel()->selectedRows();
        if (!rows.isEmpty()) openMistake(rows.first().row());
    });
    clear(tr("Select one run with a test result to see where its model is wrong."));
}

void ErrorAnalysisPanel::clear(const QString& why) {
    run_ = 0;
    evaluation_.reset();
    shown_.clear();
    summary_->setText(why);
    score_->setVisible(false);
    results_->setVisible(false);
}

void ErrorAnalysisPanel::showScoring(int done, int total) {
    summary_->setText(tr("Scoring the test set: %1 of %2 reviews…")
                          .arg(count(std::size_t(done)), count(std::size_t(total))));
}

void ErrorAnalysisPanel::show(const storage::RunRow& run,
                              const std::shared_ptr<const experiment::TestEvaluation>& evaluation,
                              const std::vector<std::string>& classes, bool canScore) {
    run_ = run.id;
    preset_ = QString::fromStdString(run.info.preset);
    evaluation_ = evaluation;
    shown_.clear();
    if (!evaluation || evaluation->empty()) {
        summary_->setText(
            canScore ? tr("Run %1 was recorded without its test predictions. Score its test set "
                          "with the "
                          "loaded dataset to see where it is wrong (a few minutes for IMDb).")
                           .arg(run.id)
                     : tr("Run %1 was recorded without its test predictions. Load its dataset on "
                          "the Data "
                          "page to score them.")
                           .arg(run.id));
        score_->setVisible(true);
        score_->setEnabled(canScore);
        results_->setVisible(false);
        return;
    }
    score_->setVisible(false);
    results_->setVisible(true);
    classes_.clear();
    if (classes.size() > 2)
        for (const auto& c : classes) classes_ << QString::fromStdString(c);
    if (!classes_.isEmpty()) {
        showClasses(run, *evaluation);
    } else {
        showBinary(run, *evaluation);
    }
    showLengths(*evaluation);
    showMistakes(*evaluation);
}

QString ErrorAnalysisPanel::className(int index) const {
    if (classes_.isEmpty()) return label(index == 1);
    return classes_.value(index, QString::number(index));
}

void ErrorAnalysisPanel::showClasses(const storage::RunRow& run,
                                     const experiment::TestEvaluation& evaluation) {
    const auto n = std::size_t(classes_.size());
    const auto m = evaluation.classConfusion(n);
    QStringList confused;
    for (const auto& pair : m.mostConfused(3)) {
        confused << tr("%1 called %2 (%3)")
                        .arg(className(int(pair.truth)), className(int(pair.called)),
                             count(std::size_t(pair.reviews)));
    }
    summary_->setText(
        tr("%1: %2 test reviews in %3 classes, %4 right; macro-F1 %5. Most confused: %6.")
            .arg(QString::fromStdString(run.info.name), count(std::size_t(m.total())))
            .arg(n)
            .arg(share(m.accuracy()), QLocale().toString(m.macroF1(), 'f', 3),
                 confused.isEmpty() ? tr("none") : confused.join(QStringLiteral("; "))));
    confusion_->setRowCount(int(n));
    confusion_->setColumnCount(int(n));
    // Up to four classes a cell holds its count and its share of the row; more, the share alone
    // (the count in its tooltip), so that ten columns fit beside the mistakes.
    const bool compact = n > 4;
    QStringList called, rows;
    for (std::size_t c = 0; c < n; ++c) {
        std::int64_t support = 0;
        for (std::size_t k = 0; k < n; ++k) support += m.at(c, k);
        called << (compact ? className(int(c)) : tr("called %1").arg(className(int(c))));
        rows << tr("%1 (%2)").arg(className(int(c)), count(std::size_t(support)));
        for (std::size_t k = 0; k < n; ++k) {
            const double rate = support > 0 ? double(m.at(c, k)) / double(support) : 0;
            // The row's share as the shade: the diagonal in blue, the confusions in vermillion.
            QColor tint = c == k ? kRight : kWrong;
            tint.setAlphaF(float(std::min(1.0, 0.08 + 0.8 * rate)));
            auto* item =
                new QTableWidgetItem(compact ? share(rate)
                                             : QStringLiteral("%1\n%2").arg(
                                                   count(std::size_t(m.at(c, k))), share(rate)));
            item->setToolTip(
                tr("%1 reviews of %2 called %3")
                    .arg(count(std::size_t(m.at(c, k))), className(int(c)), className(int(k))));
            item->setTextAlignment(Qt::AlignCenter);
            if (m.at(c, k) > 0) item->setBackground(tint);
            confusion_->setItem(int(c), int(k), item);
        }
    }
    confusion_->setHorizontalHeaderLabels(called);
    confusion_->setVerticalHeaderLabels(rows);
    confusion_->setMaximumHeight(QWIDGETSIZE_MAX);
    confusion_->setMinimumHeight(std::min<int>(480, 40 + (compact ? 33 : 38) * int(n)));
    confusion_->setMinimumWidth(std::min<int>(720, 90 + 58 * int(n)));
    confusion_->setToolTip(
        tr("Rows: what the review is; columns: the class the model called "
           "it; each cell: its share of the row (hover for the count)"));
}

void ErrorAnalysisPanel::showBinary(const storage::RunRow& run,
                                    const experiment::TestEvaluation& evaluation) {
    const auto c = evaluation.confusion();
    summary_->setText(
        tr("%1: %2 test reviews, %3 right; of the reviews called positive, %4 are (precision).")
            .arg(QString::fromStdString(run.info.name), count(c.total()), share(c.accuracy()),
                 share(c.precision())));

    const std::size_t positives = c.truePositives + c.falseNegatives,
                      negatives = c.falsePositives + c.trueNegatives;
    confusion_->setRowCount(2);
    confusion_->setColumnCount(2);
    confusion_->setHorizontalHeaderLabels({tr("called positive"), tr("called negative")});
    confusion_->setMinimumHeight(0);
    confusion_->setMaximumHeight(130);
    confusion_->setMinimumWidth(300);
    confusion_->setToolTip(
        tr("Rows: what the review is; columns: what the model called it. Each cell: reviews, and "
           "their share of the row"));
    confusion_->setVerticalHeaderLabels(
        {tr("positive (%1)").arg(count(positives)), tr("negative (%1)").arg(count(negatives))});
    const auto entry = [](std::size_t n, double rate) {
        return QStringLiteral("%1 (%2)").arg(count(n), share(rate));
    };
    confusion_->setItem(0, 0, cell(entry(c.truePositives, c.truePositiveRate()), kRight));
    confusion_->setItem(0, 1, cell(entry(c.falseNegatives, c.falseNegativeRate()), kWrong));
    confusion_->setItem(1, 0, cell(entry(c.falsePositives, c.falsePositiveRate()), kWrong));
    confusion_->setItem(1, 1, cell(entry(c.trueNegatives, c.trueNegativeRate()), kRight));
}

void ErrorAnalysisPanel::showLengths(const experiment::TestEvaluation& evaluation) {
    const auto buckets = evaluation.byLength();
    lengths_->clearPlottables();
    lengths_->clearGraphs();
    auto* bars = new QCPBars(lengths_->xAxis, lengths_->yAxis);
    bars->setName(tr("accuracy"));
    bars->setBrush(QColor(kRight.red(), kRight.green(), kRight.blue(), 160));
    bars->setPen(QPen(kRight.darker(120)));
    bars->setWidth(0.7);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QVector<double> x, y;
    for (int i = 0; i < int(buckets.size()); ++i) {
        const auto& b = buckets[std::size_t(i)];
        const QString range = QString::fromStdString(b.name());
        ticker->addTick(i, QStringLiteral("%1\n(%2)").arg(range, count(b.reviews)));
        if (b.reviews == 0) continue;
        x << i;
        y << 100 * b.accuracy();
    }
    bars->setData(x, y);
    // Chance: one class in two, or in N.
    const double chanceLevel = 100.0 / double(classes_.isEmpty() ? 2 : classes_.size());
    auto* chance = lengths_->addGraph();
    chance->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    chance->setData({-0.5, double(buckets.size()) - 0.5}, {chanceLevel, chanceLevel});
    lengths_->xAxis->setTicker(ticker);
    lengths_->xAxis->setRange(-0.5, double(buckets.size()) - 0.5);
    lengths_->yAxis->setRange(std::max(0.0, chanceLevel - 10), 100);
    lengths_->replot();
}

void ErrorAnalysisPanel::showMistakes(const experiment::TestEvaluation& evaluation,
                                      std::optional<std::pair<int, int>> pair) {
    shown_ = evaluation.mistakes(experiment::TestEvaluation::kKeptMistakes, pair);
    mistakesTitle_->setText(
        pair ? tr("Mistakes of %1 called %2, the surest first (click the diagonal for all):")
                   .arg(className(pair->first), className(pair->second))
        : classes_.isEmpty() ? tr("Mistakes, the surest first:")
                             : tr("Mistakes, the surest first (click a cell of the matrix for "
                                  "one pair's):"));
    mistakes_->setRowCount(int(shown_.size()));
    for (int r = 0; r < int(shown_.size()); ++r) {
        const auto& m = *shown_[std::size_t(r)];
        mistakes_->setItem(r, 0, cell(share(m.confidence())));
        mistakes_->setItem(r, 1, cell(className(m.call())));
        mistakes_->setItem(r, 2, cell(className(m.truth())));
        mistakes_->setItem(
            r, 3, cell(m.rating > 0 ? QStringLiteral("%1/10").arg(m.rating) : QStringLiteral("–")));
        mistakes_->setItem(r, 4, cell(count(m.tokens)));
        auto* text = new QTableWidgetItem(QString::fromStdString(oneLine(m.text, 160)));
        text->setToolTip(QString::fromStdString(m.review));
        mistakes_->setItem(r, 5, text);
    }
    open_->setEnabled(false);
}

void ErrorAnalysisPanel::openMistake(int row) {
    if (row < 0 || row >= int(shown_.size())) return;
    const auto& m = *shown_[std::size_t(row)];
    const QString stars = m.rating > 0 ? tr(", rated %1/10").arg(m.rating) : QString();
    QString note =
        tr("A test review the model got wrong (%1): it is %2%3; the model was %4 sure it is %5.")
            .arg(QString::fromStdString(m.review), className(m.truth()), stars,
                 share(m.confidence()), className(m.call()));
    // FastText averages over the padded length and the CNN max-pools over it: a review scored
    // alone gets a slightly different figure than in its padded test batch.
    if (preset_ == QStringLiteral("cnn") || preset_ == QStringLiteral("fasttext")) {
        note += QLatin1Char(' ') + tr("Scored alone here, this model's figure differs a little "
                                      "from the test pass, which read "
                                      "the review padded in a batch.");
    }
    Q_EMIT openRequested(run_, QString::fromStdString(m.text), note);
}

}  // namespace sentiment::ui
