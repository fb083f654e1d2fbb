#include "ui/RunsPage.h"

#include "experiment/Baseline.h"
#include "experiment/Presets.h"

#include <QCoreApplication>
#include <QLocale>
#include <map>
#include <set>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QTableWidget>

#include "foundation/TextFormat.h"
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

#include "experiment/ReproducibilityCard.h"
#include "experiment/RunGroups.h"
#include "ui/ChartExport.h"
#include "ui/GradientFlowPanel.h"
#include "ui/GroupChart.h"
#include "ui/CoreText.h"
#include "ui/CourseReference.h"
#include "ui/DatasetController.h"
#include "ui/ErrorAnalysisPanel.h"
#include "ui/ReferenceCurves.h"
#include "ui/QCustomPlotHeader.h"
#include "ui/ReportWriter.h"
#include "ui/TableExport.h"
#include "ui/RunsController.h"
#include "ui/RunsTableModel.h"
#include "ui/EpochPlot.h"

namespace sentiment::ui {

namespace {
// Distinct colours for up to ten runs (matplotlib's tab10), then repeated.

QCustomPlot* overlayPlot(const QString& yLabel) {
    auto* plot = new QCustomPlot;
    // Small enough for a window of 1,100 x 820 to hold the page with the runs list;
    // about three steps keep the labels apart at that height.
    plot->setMinimumHeight(150);
    EpochPlot::style(*plot, yLabel);
    plot->yAxis->ticker()->setTickCount(3);
    // Epochs are whole numbers: ticks on them (and on multiples of them for long runs).
    QSharedPointer<QCPAxisTickerFixed> epochs(new QCPAxisTickerFixed);
    epochs->setTickStep(1);
    epochs->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->xAxis->setTicker(epochs);
    return plot;
}
}  // namespace

RunsPage::RunsPage(RunsController* runs, const CourseReference* reference, DatasetController* datasets, QWidget* parent)
    : QWidget(parent), runs_(runs), reference_(reference), datasets_(datasets) {
    model_ = new RunsTableModel(this);
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(RunsTableModel::SortRole);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(-1);
    filter_ = new QLineEdit;
    filter_->setPlaceholderText(tr("Filter by name, preset, status, tag…"));
    filter_->setClearButtonEnabled(true);
    auto* refresh = new QPushButton(tr("Refresh"));
    rename_ = new QPushButton(tr("Rename…"));
    notes_ = new QPushButton(tr("Notes…"));
    tags_ = new QPushButton(tr("Tags…"));
    delete_ = new QPushButton(tr("Delete…"));
    report_ = new QPushButton(tr("Assignment report…"));
    trainAgain_ = new QPushButton(tr("Train again…"));
    continue_ = new QPushButton(tr("Continue"));
    baseline_ = new QPushButton(tr("Train the linear baseline"));
    baseline_->setToolTip(tr("Train NBSVM (about a minute on a laptop) on the selected run's dataset and split, to read "
                             "the run against the strongest simple model"));
    baseline_->setVisible(false);
    repeat_ = new QPushButton(tr("Repeat with seeds…"));
    repeat_->setToolTip(tr("Is a difference between two runs real, or the seed? Train this run's settings again with other "
                           "seeds (queued) and read the group's mean ± sd"));
    repeat_->setVisible(false);
    keepBest_ = new QPushButton(tr("Keep only the best checkpoint"));
    keepBest_->setToolTip(tr("Delete the checkpoints of the group's other runs (their results stay): about 19 MB each for "
                             "the advanced model"));
    keepBest_->setVisible(false);
    disk_ = new QLabel;
    continue_->setToolTip(tr("Train a stopped or interrupted run on from its last finished epoch, as if it had never "
                             "stopped"));
    trainAgain_->setToolTip(tr("Train a new run with the selected run's settings: the same preset, data choices, model, "
                               "training and seed"));
    report_->setToolTip(tr("A PDF of the selected runs that follows the lecture's five assignments: settings in words, "
                           "per-epoch tables, test results, charts, parameters per layer, the verdicts against the lecture, "
                           "where the models are wrong and the environment"));
    auto* tools = new QHBoxLayout;
    tools->addWidget(filter_, 1);
    for (auto* b : {refresh, rename_, notes_, tags_, delete_, trainAgain_, continue_, report_}) tools->addWidget(b);

    view_ = new QTableView;
    view_->setObjectName(QStringLiteral("runs"));
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(RunsTableModel::Created, Qt::DescendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->verticalHeader()->setVisible(false);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->setAlternatingRowColors(true);

    split_ = new QComboBox;
    split_->addItem(tr("validation"), QStringLiteral("valid"));
    split_->addItem(tr("training"), QStringLiteral("train"));
    lossPlot_ = overlayPlot(tr("loss"));
    accuracyPlot_ = overlayPlot(tr("accuracy (%)"));
    differences_ = new QTableWidget(0, 1);
    differences_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    differences_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    differences_->horizontalHeader()->setStretchLastSection(true);
    epochs_ = new QTableWidget(0, 7);
    epochs_->setHorizontalHeaderLabels({tr("Run"), tr("Epoch"), tr("Train Loss"), tr("Train Acc"), tr("Val. Loss"),
                                        tr("Val. Acc"), tr("Epoch Time")});
    epochs_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    epochs_->verticalHeader()->setVisible(false);
    epochs_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    epochs_->horizontalHeader()->setStretchLastSection(true);
    TableExport::attach(epochs_, QStringLiteral("epochs"));
    ChartExport::attach(lossPlot_, QStringLiteral("runs-loss"));
    ChartExport::attach(accuracyPlot_, QStringLiteral("runs-accuracy"));
    TableExport::attach(differences_, QStringLiteral("runs-differences"));
    message_ = new QLabel(tr("Select runs (Ctrl/Shift-click for several) to overlay their curves and compare their "
                             "settings."));
    message_->setWordWrap(true);

    auto* curves = new QWidget;
    auto* cl = new QVBoxLayout(curves);
    cl->setContentsMargins(0, 0, 0, 0);
    auto* splitRow = new QHBoxLayout;
    splitRow->addWidget(message_, 1);
    splitRow->addWidget(baseline_);
    splitRow->addWidget(keepBest_);
    splitRow->addWidget(repeat_);
    splitRow->addWidget(new QLabel(tr("Curves of the")));
    splitRow->addWidget(split_);
    splitRow->addWidget(new QLabel(tr("split")));
    cl->addLayout(splitRow);
    auto* plots = new QHBoxLayout;
    plots->addWidget(lossPlot_);
    plots->addWidget(accuracyPlot_);
    cl->addLayout(plots, 1);
    errors_ = new ErrorAnalysisPanel;
    epochs_->setObjectName(QStringLiteral("epochs"));
    differences_->setObjectName(QStringLiteral("differences"));
    errors_->setObjectName(QStringLiteral("errors"));
    tables_ = new QTabWidget;
    tables_->addTab(epochs_, tr("Per-epoch results"));
    tables_->addTab(differences_, tr("Settings that differ"));
    tables_->addTab(errors_, tr("Where it is wrong"));
    gradientFlow_ = new GradientFlowPanel;
    gradientFlow_->setObjectName(QStringLiteral("gradients"));
    tables_->addTab(gradientFlow_, tr("Gradient flow"));
    groupPlot_ = new QCustomPlot;
    groupPlot_->setObjectName(QStringLiteral("group"));
    groupPlot_->yAxis->setLabel(tr("test accuracy (%)"));
    groupPlot_->xAxis->setLabel(tr("select the runs of one group (train --seeds, --sweep)"));
    ChartExport::attach(groupPlot_, QStringLiteral("group"));
    tables_->addTab(groupPlot_, tr("Group"));
    cl->addWidget(tables_);

    // The runs, and under them the disk their checkpoints take.
    auto* list = new QWidget;
    auto* ll = new QVBoxLayout(list);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(view_, 1);
    disk_->setAlignment(Qt::AlignRight);
    ll->addWidget(disk_);
    splitter_ = new QSplitter(Qt::Vertical);
    splitter_->addWidget(list);
    splitter_->addWidget(curves);
    splitter_->setStretchFactor(0, 2);
    splitter_->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(splitter_, 1);

    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(refresh, &QPushButton::clicked, runs_, &RunsController::refresh);
    connect(rename_, &QPushButton::clicked, this, &RunsPage::renameSelected);
    connect(notes_, &QPushButton::clicked, this, &RunsPage::editNotes);
    connect(tags_, &QPushButton::clicked, this, &RunsPage::editTags);
    connect(delete_, &QPushButton::clicked, this, &RunsPage::deleteSelected);
    connect(trainAgain_, &QPushButton::clicked, this, &RunsPage::trainAgain);
    connect(repeat_, &QPushButton::clicked, this, &RunsPage::askRepeat);
    connect(continue_, &QPushButton::clicked, this, &RunsPage::continueRun);
    connect(keepBest_, &QPushButton::clicked, this, [this] {
        if (dropCandidates_.isEmpty()) return;
        const auto answer = QMessageBox::question(
            this, tr("Keep only the best checkpoint"),
            tr("Delete the checkpoints of %1 run(s) of this group? Their results stay; they can no longer predict or continue.")
                .arg(dropCandidates_.size()));
        if (answer == QMessageBox::Yes) runs_->dropCheckpoints(dropCandidates_);
    });
    connect(baseline_, &QPushButton::clicked, this, [this] {
        const auto* run = selectedRun();
        if (run == nullptr) return;
        auto plan = experiment::Baseline::planFor(*run);
        if (!plan) {
            message_->setText(tr("The baseline for run %1 cannot be trained: %2").arg(run->id).arg(CoreText::of(plan.error())));
            return;
        }
        Q_EMIT baselineRequested(*plan, *run);
    });
    connect(report_, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save the assignment report"),
                                                          QStringLiteral("sentiment-lab-report.pdf"), tr("PDF (*.pdf)"));
        if (!file.isEmpty()) writeReport(file);
    });
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsPage::selectionChanged);
    connect(split_, &QComboBox::currentIndexChanged, this, [this] { showComparison(comparison_); });
    connect(reference_, &CourseReference::changed, this, [this] { showComparison(comparison_); });
    connect(runs_, &RunsController::listed, this, [this](const auto& rows) {
        const auto keep = pendingSelection_.isEmpty() ? selectedRuns() : pendingSelection_;
        pendingSelection_.clear();
        rows_ = rows;
        model_->setRuns(rows);
        selectRuns(keep);
    });
    connect(runs_, &RunsController::checkpointsOnDisk, this, [this](int files, quint64 bytes) {
        disk_->setText(tr("Checkpoint files: %1, %2 on disk").arg(files).arg(QString::fromStdString(byteSize(bytes))));
    });
    connect(runs_, &RunsController::compared, this, &RunsPage::showComparison);
    connect(runs_, &RunsController::failed, this, [this](const QString& m) {
        message_->setText(m);
        // A scoring that failed offers itself again.
        if (std::exchange(scoringRun_, 0) > 0) reshowEvaluation();
    });
    connect(runs_, &RunsController::evaluated, this, [this](qint64 id, const auto& evaluation) {
        if (id == scoringRun_ && evaluation && !evaluation->empty()) scoringRun_ = 0;
        evaluations_[id] = evaluation;  // for the report
        const auto* run = selectedRun();
        if (run == nullptr || run->id != id) return;  // the selection moved on
        errors_->show(*run, evaluation, datasets_->dataset() != nullptr);
    });
    connect(runs_, &RunsController::scoring, this, [this](qint64 id, int done, int total) {
        const auto* run = selectedRun();
        if (run != nullptr && run->id == id) errors_->showScoring(done, total);
    });
    connect(errors_, &ErrorAnalysisPanel::scoreRequested, this, [this](qint64 id) {
        const auto* run = selectedRun();
        if (run == nullptr || run->id != id) return;
        if (runs_->scoreTestSet(*run, datasets_->dataset())) {
            scoringRun_ = id;
        } else {
            reshowEvaluation();
        }
    });
    connect(errors_, &ErrorAnalysisPanel::openRequested, this, &RunsPage::reviewRequested);
    // A dataset to score with: a run shown without its predictions may offer it now.
    connect(datasets_, &DatasetController::loaded, this, &RunsPage::reshowEvaluation);
    selectionChanged();
}

void RunsPage::reshowEvaluation() {
    const auto* run = selectedRun();
    if (run == nullptr) return;
    if (const auto it = evaluations_.find(run->id); it != evaluations_.end()) {
        errors_->show(*run, it->second, datasets_->dataset() != nullptr);
    }
}

void RunsPage::showTable(const QString& name) {
    if (auto* page = tables_->findChild<QWidget*>(name)) tables_->setCurrentWidget(page);
}

const storage::RunRow* RunsPage::selectedRun() const {
    const auto rows = view_->selectionModel()->selectedRows();
    if (rows.size() != 1) return nullptr;
    return model_->run(proxy_->mapToSource(rows.first()).row());
}

void RunsPage::continueRun() {
    const auto* run = selectedRun();
    if (run == nullptr) return;
    auto plan = experiment::ExperimentPlan::fromText(run->info.configJson);
    if (!plan) {
        message_->setText(tr("Run %1 cannot continue: %2").arg(run->id).arg(CoreText::of(plan.error())));
        return;
    }
    Q_EMIT continueRequested(*plan, run->id, QString::fromStdString(run->checkpointPath));
}

void RunsPage::trainAgain() {
    const auto* run = selectedRun();
    if (run == nullptr) return;
    auto plan = experiment::ExperimentPlan::fromText(run->info.configJson);
    if (!plan) {
        message_->setText(tr("Run %1 cannot be trained again: %2").arg(run->id).arg(CoreText::of(plan.error())));
        return;
    }
    Q_EMIT trainAgainRequested(*plan, run->id);
}

void RunsPage::askRepeat() {
    const auto* run = selectedRun();
    if (run == nullptr) return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Repeat run %1 with seeds").arg(run->id));
    auto* count = new QSpinBox;
    count->setRange(2, 50);
    count->setValue(5);
    count->setSuffix(tr(" seeds in all"));
    auto* vary = new QCheckBox(tr("Draw a new training/validation split for each seed"));
    auto* text = new QLabel(tr("Run %1 is the first seed; the others train one after another from the queue with the same "
                               "settings, split, vocabulary and vectors (unless a new split is drawn). The Runs page then "
                               "shows the group's mean ± standard deviation.")
                                .arg(run->id));
    text->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(count);
    layout->addWidget(vary);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted) repeatSelected(count->value(), vary->isChecked());
}

void RunsPage::repeatSelected(int count, bool varySplit) {
    const auto* run = selectedRun();
    if (run == nullptr) return;
    auto plan = experiment::ExperimentPlan::fromText(run->info.configJson);
    if (!plan) {
        message_->setText(tr("Run %1 cannot be repeated: %2").arg(run->id).arg(CoreText::of(plan.error())));
        return;
    }
    Q_EMIT repeatRequested(*plan, run->id, count, varySplit);
}

QList<qint64> RunsPage::selectedRuns() const {
    QList<qint64> ids;
    for (const auto& index : view_->selectionModel()->selectedRows()) ids << index.data(RunsTableModel::IdRole).toLongLong();
    return ids;
}

void RunsPage::selectRuns(const QList<qint64>& ids) {
    if (model_->rowCount() == 0 && !ids.isEmpty()) {
        pendingSelection_ = ids;  // applied when the list arrives
        return;
    }
    QItemSelection selection;
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        const auto index = proxy_->index(row, 0);
        if (ids.contains(index.data(RunsTableModel::IdRole).toLongLong())) {
            selection.select(index, proxy_->index(row, RunsTableModel::Count - 1));
        }
    }
    view_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void RunsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (listSized_) return;
    listSized_ = true;
    // Once laid out: the curves below ask for more height than they need, and left to the
    // splitter the list would show two runs. It starts with room for five (a seed group, or runs
    // brought home from another machine, are seen together), at most half the page; the handle
    // moves it as before.
    QTimer::singleShot(0, this, [this] {
        const int rows = view_->horizontalHeader()->sizeHint().height() +
                         5 * view_->verticalHeader()->defaultSectionSize() +
                         view_->horizontalScrollBar()->sizeHint().height() + 2 * view_->frameWidth() +
                         disk_->sizeHint().height();
        const auto sizes = splitter_->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        const int list = std::min(rows, total / 2);
        if (list > sizes.value(0)) splitter_->setSizes({list, total - list});
    });
}

void RunsPage::selectionChanged() {
    const auto ids = selectedRuns();
    rename_->setEnabled(ids.size() == 1);
    notes_->setEnabled(ids.size() == 1);
    tags_->setEnabled(ids.size() == 1);
    delete_->setEnabled(!ids.isEmpty());
    trainAgain_->setEnabled(ids.size() == 1);
    bool continuable = false;
    if (ids.size() == 1) {
        if (const auto* run = selectedRun()) {
            continuable = !run->checkpointPath.empty() &&
                          (run->status == storage::RunStatus::Stopped || run->status == storage::RunStatus::Interrupted ||
                           run->status == storage::RunStatus::Failed);
        }
    }
    continue_->setEnabled(continuable);
    const auto* single = ids.size() == 1 ? selectedRun() : nullptr;
    repeat_->setVisible(single != nullptr && single->status == storage::RunStatus::Completed && single->info.groupId == 0);
    report_->setEnabled(false);  // until the selected runs are read
    if (const auto* run = ids.size() == 1 ? selectedRun() : nullptr; run != nullptr && run->testAccuracy) {
        errors_->clear(tr("Reading run %1's test predictions…").arg(run->id));  // they come with the comparison
    } else {
        errors_->clear(ids.size() > 1 ? tr("Select one run to see where its model is wrong.")
                                      : ids.isEmpty() ? tr("Select one run with a test result to see where its model is wrong.")
                                                      : tr("This run has no test result (it stopped, failed, or was trained without a test)."));
    }
    if (ids.isEmpty()) {
        showComparison(nullptr);
    } else {
        runs_->compare(ids);
    }
}

ReportContents RunsPage::reportContents() const {
    ReportContents contents;
    if (comparison_) contents.runs = comparison_->runs();
    contents.baselines = baselines_;
    contents.evaluations = evaluations_;
    contents.reference = &reference_->current();
    return contents;
}

bool RunsPage::writeReport(const QString& file) {
    if (!comparison_) return false;
    QString error;
    if (!ReportWriter::write(reportContents(), file, &error)) {
        message_->setText(error);
        return false;
    }
    message_->setText(tr("Report written to %1").arg(file));
    return true;
}

void RunsPage::showComparison(const std::shared_ptr<const storage::RunComparison>& comparison) {
    comparison_ = comparison;
    // Only the compared runs' evaluations are kept (they came just before the comparison).
    for (auto it = evaluations_.begin(); it != evaluations_.end();) {
        const bool compared = comparison && std::any_of(comparison->runs().begin(), comparison->runs().end(),
                                                        [&](const auto& r) { return r.run.id == it->first; });
        it = compared ? std::next(it) : evaluations_.erase(it);
    }
    report_->setEnabled(comparison != nullptr);
    gradientFlow_->show(comparison);
    for (auto* plot : {lossPlot_, accuracyPlot_}) plot->clearGraphs();
    differences_->clear();
    differences_->setRowCount(0);
    epochs_->clearSpans();
    epochs_->setRowCount(0);
    differences_->setColumnCount(0);
    if (!comparison) {
        baselines_.clear();
        baseline_->setVisible(false);
        keepBest_->setVisible(false);
        dropCandidates_.clear();
        for (auto* plot : {lossPlot_, accuracyPlot_}) plot->replot();
        return;
    }
    const bool valid = split_->currentData() == QStringLiteral("valid");
    int maxEpoch = 1;
    double lossTop = 0.8;
    QStringList names;
    for (int i = 0; i < int(comparison->runs().size()); ++i) {
        const auto& run = comparison->runs()[std::size_t(i)];
        const QString name = QStringLiteral("%1 (#%2)").arg(QString::fromStdString(run.run.info.name)).arg(run.run.id);
        names << name;
        QVector<double> x, loss, acc;
        for (const auto& e : run.epochs) {
            x << e.epoch;
            loss << (valid ? e.validLoss : e.trainLoss);
            acc << 100 * (valid ? e.validAccuracy : e.trainAccuracy);
            maxEpoch = std::max(maxEpoch, e.epoch);
            lossTop = std::max(lossTop, loss.back() * 1.1);
        }
        for (auto [plot, ys] : {std::pair{lossPlot_, &loss}, std::pair{accuracyPlot_, &acc}}) {
            auto* g = plot->addGraph();
            g->setName(name);
            g->setPen(QPen(EpochPlot::runColour(i), 2));
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
            g->setData(x, *ys, true);
        }
    }
    // The course's curve of the split shown, when every selected run is of the same preset.
    const std::string& preset = comparison->runs().front().run.info.preset;
    const bool onePreset = std::all_of(comparison->runs().begin(), comparison->runs().end(),
                                       [&](const auto& r) { return r.run.info.preset == preset; });
    if (const auto* r = onePreset ? reference_->preset(QString::fromStdString(preset)) : nullptr) {
        const auto shown = valid ? ReferenceCurves::Split::Valid : ReferenceCurves::Split::Train;
        ReferenceCurves(lossPlot_, ReferenceCurves::Metric::Loss).add(r, shown, Qt::darkGray);
        ReferenceCurves(accuracyPlot_, ReferenceCurves::Metric::Accuracy).add(r, shown, Qt::darkGray);
        maxEpoch = std::max(maxEpoch, int(r->epochs.size()));
    }
    // The linear baseline of each run shown (an NBSVM run on its dataset and split), found once
    // for the chart, the words and the report; a line for each baseline.
    baselines_.clear();
    std::map<qint64, storage::RunRow> lines;
    for (const auto& run : comparison->runs()) {
        if (auto b = rows_ ? experiment::Baseline::find(run.run, *rows_) : std::nullopt) {
            lines.emplace(b->id, *b);
            baselines_.emplace(run.run.id, std::move(*b));
        }
    }
    for (const auto& [id, b] : lines) {
        bool onValid = false;
        const double y = 100 * experiment::Baseline::chartAccuracy(b, &onValid);
        auto* line = accuracyPlot_->addGraph();
        line->setName(onValid ? tr("linear baseline (NBSVM #%1), valid").arg(b.id) : tr("linear baseline (NBSVM #%1), test").arg(b.id));
        line->setPen(QPen(QColor(0, 158, 115), 1.5, Qt::DashDotLine));
        line->setData({0.5, maxEpoch + 0.5}, {y, y});
    }
    // Runs of one group (seeds, a sweep) shown together: their mean ± sd per epoch as a band.
    std::map<std::int64_t, std::vector<storage::RunDetails>> groups;
    for (const auto& run : comparison->runs()) {
        if (run.run.info.groupId > 0) groups[run.run.info.groupId].push_back(run);
    }
    QStringList groupLines;
    dropCandidates_.clear();
    groupPlot_->clearGraphs();
    groupPlot_->clearItems();
    for (const auto& [id, members] : groups) {
        if (members.size() < 2) continue;
        const auto summary = experiment::GroupSummary::of(members);
        for (const auto& m : members) {
            if (summary.bestRun > 0 && m.run.id != summary.bestRun && !m.run.checkpointPath.empty()) dropCandidates_ << m.run.id;
        }
        GroupChart::addBand(*accuracyPlot_, valid ? summary.validAccuracy : summary.trainAccuracy, id);
        groupLines << GroupChart::describe(summary, id, members.size());
        // The group's chart: each run's value (a sweep's knob, or its seed) against its test
        // accuracy; for one group at a time (the values of two groups share no axis).
        const auto shownGroups = std::count_if(groups.begin(), groups.end(), [](const auto& g) { return g.second.size() >= 2; });
        if (shownGroups != 1) {
            groupPlot_->xAxis->setLabel(tr("select the runs of one group (train --seeds, --sweep)"));
            continue;
        }
        GroupChart::drawValues(*groupPlot_, summary, id);
    }
    groupPlot_->replot();
    for (auto* plot : {lossPlot_, accuracyPlot_}) plot->xAxis->setRange(0.5, maxEpoch + 0.5);
    lossPlot_->yAxis->setRange(0, lossTop);
    accuracyPlot_->yAxis->setRange(40, 100);
    for (auto* plot : {lossPlot_, accuracyPlot_}) plot->replot();

    // The lecture's per-epoch figures of every selected run, then its test result.
    for (const auto& run : comparison->runs()) {
        auto add = [this](const QStringList& cells) {
            const int row = epochs_->rowCount();
            epochs_->insertRow(row);
            for (int c = 0; c < cells.size(); ++c) epochs_->setItem(row, c, new QTableWidgetItem(cells[c]));
        };
        const QString name = QString::fromStdString(run.run.info.name);
        for (const auto& e : run.epochs) {
            add({name, QStringLiteral("%1%2").arg(e.epoch, 2, 10, QLatin1Char('0')).arg(e.best ? QStringLiteral(" ★") : QString()),
                 QString::number(e.trainLoss, 'f', 3), QString::fromStdString(percent(e.trainAccuracy)),
                 QString::number(e.validLoss, 'f', 3), QString::fromStdString(percent(e.validAccuracy)),
                 QString::fromStdString(minutesSeconds(e.seconds))});
        }
        if (run.run.testAccuracy) {
            // The test is no epoch: one cell across the epoch columns, in the lecture's words, so
            // its figures never sit under "Train Loss" and "Train Acc".
            const int row = epochs_->rowCount();
            add({name, tr("Test"), tr("Test Loss: %1 | Test Acc: %2")
                                       .arg(QString::number(run.run.testLoss.value_or(0), 'f', 3),
                                            QString::fromStdString(percent(*run.run.testAccuracy)))});
            epochs_->setSpan(row, 2, 1, epochs_->columnCount() - 2);
        }
    }
    const auto& diffs = comparison->differences();
    differences_->setColumnCount(int(names.size()) + 1);
    differences_->setHorizontalHeaderLabels(QStringList{tr("Setting")} + names);
    differences_->setRowCount(int(diffs.size()));
    for (int r = 0; r < int(diffs.size()); ++r) {
        differences_->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(diffs[std::size_t(r)].key)));
        for (int c = 0; c < int(diffs[std::size_t(r)].values.size()); ++c) {
            differences_->setItem(r, c + 1, new QTableWidgetItem(QString::fromStdString(diffs[std::size_t(r)].values[std::size_t(c)])));
        }
    }
    QString text = names.size() == 1
                       ? tr("%1: epochs recorded: %2.").arg(names.front()).arg(comparison->runs().front().epochs.size())
                       : tr("%1 runs overlaid; settings that differ: %2.").arg(names.size()).arg(diffs.size());
    if (names.size() == 1) {
        if (const auto verdict = reference_->current().verdict(comparison->runs().front())) {
            text += QLatin1Char(' ') + tr("Against the lecture: %1").arg(CoreText::of(*verdict));
        }
    }
    // Each run against its baseline, in words; a run without one offers to train it.
    bool offer = false;
    for (const auto& run : comparison->runs()) {
        const auto& r = run.run;
        if (r.info.preset == experiment::kBaselinePreset || !r.testAccuracy) continue;
        if (const auto b = baselines_.find(r.id); b != baselines_.end()) {
            const auto words = experiment::Baseline::compare(r, b->second);
            text += QLatin1Char(' ') + (names.size() == 1 ? CoreText::of(*words)[0].toUpper() + CoreText::of(*words).mid(1)
                                                          : tr("%1: %2").arg(QString::fromStdString(r.info.name), CoreText::of(*words))) +
                    QLatin1Char('.');
        } else if (names.size() == 1) {
            text += QLatin1Char(' ') + tr("No linear baseline on this dataset and split yet.");
            offer = r.status == storage::RunStatus::Completed;
        }
    }
    baseline_->setVisible(offer);
    keepBest_->setVisible(!dropCandidates_.isEmpty());
    if (!groupLines.isEmpty()) text += QLatin1Char(' ') + groupLines.join(QLatin1Char(' '));
    // One run: its reproducibility card against this machine.
    if (names.size() == 1) {
        const auto& r = comparison->runs().front().run;
        if (const auto card = experiment::ReproducibilityCard::fromJson(r.info.cardJson); card && !r.info.cardJson.empty()) {
            const auto here = experiment::ReproducibilityCard::thisMachine(QCoreApplication::applicationVersion().toStdString());
            const auto differences = card->differences(here);
            QStringList why;
            for (const auto& d : differences) why << CoreText::of(d);
            text += QLatin1Char('\n') +
                    tr("Reproducibility: split %1, vocabulary %2, plan %3; %4, %5 threads, %6 (%7).")
                        .arg(QString::fromStdString(card->splitHash.substr(0, 12)), QString::fromStdString(card->vocabularyHash.substr(0, 12)),
                             QString::fromStdString(card->planHash.substr(0, 12)), QString::fromStdString(card->precision))
                        .arg(card->threads)
                        .arg(QString::fromStdString(card->cpuModel), QString::fromStdString(card->cpuFeatures)) +
                    QLatin1Char(' ') +
                    (why.isEmpty() ? tr("This machine matches: training it again here gives the same numbers.")
                                   : tr("Here the numbers may differ in the last digits: %1.").arg(why.join(QStringLiteral("; "))));
        }
    }
    message_->setText(text);
}

void RunsPage::renameSelected() {
    const auto ids = selectedRuns();
    if (ids.size() != 1) return;
    const auto index = view_->selectionModel()->selectedRows(RunsTableModel::Name).first();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename run"), tr("Name:"), QLineEdit::Normal,
                                               index.data().toString(), &ok);
    if (ok && !name.trimmed().isEmpty()) runs_->rename(ids.first(), name.trimmed());
}

void RunsPage::editNotes() {
    const auto ids = selectedRuns();
    if (ids.size() != 1) return;
    const auto source = proxy_->mapToSource(view_->selectionModel()->selectedRows().first());
    const auto* run = model_->run(source.row());
    bool ok = false;
    const QString notes = QInputDialog::getMultiLineText(this, tr("Notes"), tr("Notes on this run:"),
                                                         run ? QString::fromStdString(run->notes) : QString(), &ok);
    if (ok) runs_->setNotes(ids.first(), notes);
}

void RunsPage::editTags() {
    const auto ids = selectedRuns();
    if (ids.size() != 1) return;
    const auto index = view_->selectionModel()->selectedRows(RunsTableModel::Tags).first();
    bool ok = false;
    const QString tags = QInputDialog::getText(this, tr("Tags"), tr("Tags, separated by commas:"), QLineEdit::Normal,
                                               index.data().toString(), &ok);
    if (ok) runs_->setTags(ids.first(), tags.split(QLatin1Char(','), Qt::SkipEmptyParts));
}

void RunsPage::deleteSelected() {
    const auto ids = selectedRuns();
    if (ids.isEmpty()) return;
    QMessageBox box(QMessageBox::Warning, tr("Delete runs"),
                    tr("Delete the %1 selected run(s) with their epochs, curves and predictions? This cannot be "
                       "undone.").arg(ids.size()),
                    QMessageBox::Cancel, this);
    auto* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    auto* withFiles = new QCheckBox(tr("Also delete their checkpoint files"));
    box.setCheckBox(withFiles);
    box.exec();
    if (box.clickedButton() == remove) runs_->remove(ids, withFiles->isChecked());
}

}  // namespace sentiment::ui
