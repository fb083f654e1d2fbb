#include "ui/pages/RunsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
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
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

#include "experiment/Baseline.h"
#include "foundation/TextFormat.h"
#include "ui/charts/ChartExport.h"
#include "ui/charts/GroupChart.h"
#include "ui/charts/QCustomPlotHeader.h"
#include "ui/charts/RunsTableModel.h"
#include "ui/controllers/DatasetController.h"
#include "ui/controllers/RunsController.h"
#include "ui/panels/ComparisonCurves.h"
#include "ui/panels/DifferencesTable.h"
#include "ui/panels/EpochTable.h"
#include "ui/panels/ErrorAnalysisPanel.h"
#include "ui/panels/GradientFlowPanel.h"
#include "ui/panels/RunsSummary.h"
#include "ui/platform/CoreText.h"
#include "ui/platform/CourseReference.h"
#include "ui/report/ReportWriter.h"

namespace sentiment::ui {

RunsPage::RunsPage(RunsController* runs, const CourseReference* reference,
                   DatasetController* datasets, QWidget* parent)
    : QWidget(parent), runs_(runs), reference_(reference), datasets_(datasets) {
    model_ = new RunsTableModel(this);
    model_->setObjectName(QStringLiteral("runsModel"));
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(RunsTableModel::SortRole);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(-1);
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
    auto* tools = buildToolbar();

    // The runs, and under them the disk their checkpoints take.
    auto* list = new QWidget;
    auto* ll = new QVBoxLayout(list);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(view_, 1);
    disk_ = new QLabel;
    disk_->setObjectName(QStringLiteral("diskLabel"));
    disk_->setAlignment(Qt::AlignRight);
    ll->addWidget(disk_);
    splitter_ = new QSplitter(Qt::Vertical);
    splitter_->addWidget(list);
    splitter_->addWidget(buildComparison());
    splitter_->setStretchFactor(0, 2);
    splitter_->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(splitter_, 1);
    connectButtons();
    connectController();
    selectionChanged();
}

QLayout* RunsPage::buildToolbar() {
    filter_ = new QLineEdit;
    filter_->setObjectName(QStringLiteral("filterEdit"));
    filter_->setPlaceholderText(tr("Filter by name, preset, status, tag…"));
    filter_->setClearButtonEnabled(true);
    refresh_ = new QPushButton(tr("Refresh"));
    rename_ = new QPushButton(tr("Rename…"));
    notes_ = new QPushButton(tr("Notes…"));
    tags_ = new QPushButton(tr("Tags…"));
    delete_ = new QPushButton(tr("Delete…"));
    report_ = new QPushButton(tr("Assignment report…"));
    report_->setToolTip(
        tr("A PDF of the selected runs that follows the lecture's five assignments: settings in "
           "words, "
           "per-epoch tables, test results, charts, parameters per layer, the verdicts against the "
           "lecture, "
           "where the models are wrong and the environment"));
    trainAgain_ = new QPushButton(tr("Train again…"));
    trainAgain_->setToolTip(tr(
        "Train a new run with the selected run's settings: the same preset, data choices, model, "
        "training and seed"));
    continue_ = new QPushButton(tr("Continue"));
    continue_->setToolTip(
        tr("Train a stopped or interrupted run on from its last finished epoch, as if it had never "
           "stopped"));
    auto* tools = new QHBoxLayout;
    tools->addWidget(filter_, 1);
    for (auto* b : {refresh_, rename_, notes_, tags_, delete_, trainAgain_, continue_, report_})
        tools->addWidget(b);
    return tools;
}

// The curves, the words on them with the buttons they offer, and the tables below.
QWidget* RunsPage::buildComparison() {
    baseline_ = new QPushButton(tr("Train the linear baseline"));
    baseline_->setObjectName(QStringLiteral("baselineButton"));
    baseline_->setToolTip(tr(
        "Train NBSVM (about a minute on a laptop) on the selected run's dataset and split, to read "
        "the run against the strongest simple model"));
    baseline_->setVisible(false);
    repeat_ = new QPushButton(tr("Repeat with seeds…"));
    repeat_->setObjectName(QStringLiteral("repeatButton"));
    repeat_->setToolTip(
        tr("Is a difference between two runs real, or the seed? Train this run's settings again "
           "with other "
           "seeds (queued) and read the group's mean ± sd"));
    repeat_->setVisible(false);
    keepBest_ = new QPushButton(tr("Keep only the best checkpoint"));
    keepBest_->setObjectName(QStringLiteral("keepBestButton"));
    keepBest_->setToolTip(
        tr("Delete the checkpoints of the group's other runs (their results stay): about 19 MB "
           "each for "
           "the advanced model"));
    keepBest_->setVisible(false);
    message_ = new QLabel(
        tr("Select runs (Ctrl/Shift-click for several) to overlay their curves and compare their "
           "settings."));
    message_->setObjectName(QStringLiteral("messageLabel"));
    message_->setWordWrap(true);
    split_ = new QComboBox;
    split_->addItem(tr("validation"), QStringLiteral("valid"));
    split_->addItem(tr("training"), QStringLiteral("train"));
    auto* words = new QHBoxLayout;
    words->addWidget(message_, 1);
    for (QWidget* w : std::initializer_list<QWidget*>{baseline_, keepBest_, repeat_,
                                                      new QLabel(tr("Curves of the")), split_,
                                                      new QLabel(tr("split"))}) {
        words->addWidget(w);
    }
    curves_ = new ComparisonCurves;
    epochs_ = new EpochTable;
    epochs_->setObjectName(QStringLiteral("epochTable"));
    differences_ = new DifferencesTable;
    differences_->setObjectName(QStringLiteral("differenceTable"));
    errors_ = new ErrorAnalysisPanel;
    errors_->setObjectName(QStringLiteral("errors"));
    gradientFlow_ = new GradientFlowPanel;
    gradientFlow_->setObjectName(QStringLiteral("gradients"));
    groupPlot_ = new QCustomPlot;
    groupPlot_->setObjectName(QStringLiteral("group"));
    groupPlot_->yAxis->setLabel(tr("test accuracy (%)"));
    groupPlot_->xAxis->setLabel(tr("select the runs of one group (train --seeds, --sweep)"));
    ChartExport::attach(groupPlot_, QStringLiteral("group"));
    tables_ = new QTabWidget;
    tables_->addTab(epochs_, tr("Per-epoch results"));
    tables_->addTab(differences_, tr("Settings that differ"));
    tables_->addTab(errors_, tr("Where it is wrong"));
    tables_->addTab(gradientFlow_, tr("Gradient flow"));
    tables_->addTab(groupPlot_, tr("Group"));
    auto* comparison = new QWidget;
    auto* layout = new QVBoxLayout(comparison);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(words);
    layout->addWidget(curves_, 1);
    layout->addWidget(tables_);
    return comparison;
}

void RunsPage::connectButtons() {
    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(refresh_, &QPushButton::clicked, runs_, &RunsController::refresh);
    connect(rename_, &QPushButton::clicked, this, &RunsPage::renameSelected);
    connect(notes_, &QPushButton::clicked, this, &RunsPage::editNotes);
    connect(tags_, &QPushButton::clicked, this, &RunsPage::editTags);
    connect(delete_, &QPushButton::clicked, this, &RunsPage::deleteSelected);
    connect(trainAgain_, &QPushButton::clicked, this, &RunsPage::trainAgain);
    connect(repeat_, &QPushButton::clicked, this, &RunsPage::askRepeat);
    connect(continue_, &QPushButton::clicked, this, &RunsPage::continueRun);
    connect(keepBest_, &QPushButton::clicked, this, [this] {
        if (dropCandidates_.isEmpty()) return;
        const auto answer =
            QMessageBox::question(this, tr("Keep only the best checkpoint"),
                                  tr("Delete the checkpoints of %1 run(s) of this group? Their "
                                     "results stay; they can no longer predict or continue.")
                                      .arg(dropCandidates_.size()));
        if (answer == QMessageBox::Yes) runs_->dropCheckpoints(dropCandidates_);
    });
    connect(baseline_, &QPushButton::clicked, this, [this] {
        const auto* run = selectedRun();
        if (run == nullptr) return;
        auto plan = experiment::Baseline::planFor(*run);
        if (!plan) {
            message_->setText(tr("The baseline for run %1 cannot be trained: %2")
                                  .arg(run->id)
                                  .arg(CoreText::of(plan.error())));
            return;
        }
        Q_EMIT baselineRequested(*plan, *run);
    });
    connect(report_, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Save the assignment report"), QStringLiteral("sentiment-lab-report.pdf"),
            tr("PDF (*.pdf)"));
        if (!file.isEmpty()) writeReport(file);
    });
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsPage::selectionChanged);
    connect(split_, &QComboBox::currentIndexChanged, this, [this] {
        curves_->show(overview_.get(), split_->currentData() == QStringLiteral("valid"));
    });
    connect(reference_, &CourseReference::changed, this, &RunsPage::compareSelected);
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
}

void RunsPage::connectController() {
    connect(runs_, &RunsController::listed, this, [this](const auto& rows) {
        const auto keep = pendingSelection_.isEmpty() ? selectedRuns() : pendingSelection_;
        pendingSelection_.clear();
        model_->setRuns(rows);
        selectRuns(keep);
    });
    connect(runs_, &RunsController::checkpointsOnDisk, this, [this](int files, quint64 bytes) {
        disk_->setText(tr("Checkpoint files: %1, %2 on disk")
                           .arg(files)
                           .arg(QString::fromStdString(byteSize(bytes))));
    });
    connect(runs_, &RunsController::compared, this, &RunsPage::showOverview);
    connect(runs_, &RunsController::failed, this, [this](const QString& m) {
        message_->setText(m);
        // A scoring that failed offers itself again.
        if (std::exchange(scoringRun_, 0) > 0) reshowEvaluation();
    });
    connect(runs_, &RunsController::scoring, this, [this](qint64 id, int done, int total) {
        const auto* run = selectedRun();
        if (run != nullptr && run->id == id) errors_->showScoring(done, total);
    });
}

void RunsPage::reshowEvaluation() {
    const auto* run = selectedRun();
    const auto* shown = overview_ && run != nullptr ? overview_->run(run->id) : nullptr;
    if (shown != nullptr && shown->details.run.testAccuracy) {
        errors_->show(*run, shown->evaluation,
                      shown->plan ? shown->plan->classNames() : std::vector<std::string>{},
                      datasets_->dataset() != nullptr);
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
        message_->setText(
            tr("Run %1 cannot continue: %2").arg(run->id).arg(CoreText::of(plan.error())));
        return;
    }
    Q_EMIT continueRequested(*plan, run->id, QString::fromStdString(run->checkpointPath));
}

void RunsPage::trainAgain() {
    const auto* run = selectedRun();
    if (run == nullptr) return;
    auto plan = experiment::ExperimentPlan::fromText(run->info.configJson);
    if (!plan) {
        message_->setText(
            tr("Run %1 cannot be trained again: %2").arg(run->id).arg(CoreText::of(plan.error())));
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
    auto* text = new QLabel(tr("Run %1 is the first seed; the others train one after another from "
                               "the queue with the same "
                               "settings, split, vocabulary and vectors (unless a new split is "
                               "drawn). The Runs page then "
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
        message_->setText(
            tr("Run %1 cannot be repeated: %2").arg(run->id).arg(CoreText::of(plan.error())));
        return;
    }
    Q_EMIT repeatRequested(*plan, run->id, count, varySplit);
}

QList<qint64> RunsPage::selectedRuns() const {
    QList<qint64> ids;
    for (const auto& index : view_->selectionModel()->selectedRows())
        ids << index.data(RunsTableModel::IdRole).toLongLong();
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
                         view_->horizontalScrollBar()->sizeHint().height() +
                         2 * view_->frameWidth() + disk_->sizeHint().height();
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
            continuable =
                !run->checkpointPath.empty() && (run->status == storage::RunStatus::Stopped ||
                                                 run->status == storage::RunStatus::Interrupted ||
                                                 run->status == storage::RunStatus::Failed);
        }
    }
    continue_->setEnabled(continuable);
    const auto* single = ids.size() == 1 ? selectedRun() : nullptr;
    repeat_->setVisible(single != nullptr && single->status == storage::RunStatus::Completed &&
                        single->info.groupId == 0);
    report_->setEnabled(false);  // until the selected runs are read
    if (const auto* run = ids.size() == 1 ? selectedRun() : nullptr;
        run != nullptr && run->testAccuracy) {
        errors_->clear(tr("Reading run %1's test predictions…")
                           .arg(run->id));  // they come with the comparison
    } else {
        errors_->clear(
            ids.size() > 1 ? tr("Select one run to see where its model is wrong.")
            : ids.isEmpty()
                ? tr("Select one run with a test result to see where its model is wrong.")
                : tr("This run has no test result (it stopped, failed, or was trained without a "
                     "test)."));
    }
    if (ids.isEmpty()) {
        showOverview(nullptr);
    } else {
        compareSelected();
    }
}

void RunsPage::compareSelected() {
    const auto ids = selectedRuns();
    if (!ids.isEmpty()) runs_->compare(ids, reference_->shared());
}

bool RunsPage::writeReport(const QString& file) {
    if (!overview_) return false;
    QString error;
    if (!ReportWriter::write(*overview_, file, &error)) {
        message_->setText(error);
        return false;
    }
    message_->setText(tr("Report written to %1").arg(file));
    return true;
}

void RunsPage::showOverview(const std::shared_ptr<const experiment::RunsOverview>& overview) {
    overview_ = overview;
    const auto* shown = overview.get();
    report_->setEnabled(shown != nullptr);
    gradientFlow_->show(shown);
    curves_->show(shown, split_->currentData() == QStringLiteral("valid"));
    epochs_->show(shown);
    differences_->show(shown);
    GroupChart::showGroups(*groupPlot_, shown);
    dropCandidates_.clear();
    bool offerBaseline = false;
    if (shown != nullptr) {
        for (const auto& g : shown->groups)
            dropCandidates_.append(QList<qint64>(g.dropCandidates.begin(), g.dropCandidates.end()));
        const auto& first = shown->runs.front();
        offerBaseline = shown->runs.size() == 1 && first.baselineMissing &&
                        first.details.run.status == storage::RunStatus::Completed;
        message_->setText(RunsSummary::of(*shown));
        if (const auto* run = shown->run(scoringRun_);
            run != nullptr && run->evaluation && !run->evaluation->empty()) {
            scoringRun_ = 0;
        }
    }
    baseline_->setVisible(offerBaseline);
    keepBest_->setVisible(!dropCandidates_.isEmpty());
    reshowEvaluation();
}

void RunsPage::renameSelected() {
    const auto ids = selectedRuns();
    if (ids.size() != 1) return;
    const auto index = view_->selectionModel()->selectedRows(RunsTableModel::Name).first();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename run"), tr("Name:"),
                                               QLineEdit::Normal, index.data().toString(), &ok);
    if (ok && !name.trimmed().isEmpty()) runs_->rename(ids.first(), name.trimmed());
}

void RunsPage::editNotes() {
    const auto ids = selectedRuns();
    if (ids.size() != 1) return;
    const auto source = proxy_->mapToSource(view_->selectionModel()->selectedRows().first());
    const auto* run = model_->run(source.row());
    bool ok = false;
    const QString notes =
        QInputDialog::getMultiLineText(this, tr("Notes"), tr("Notes on this run:"),
                                       run ? QString::fromStdString(run->notes) : QString(), &ok);
    if (ok) runs_->setNotes(ids.first(), notes);
}

void RunsPage::editTags() {
    const auto ids = selectedRuns();
    if (ids.size() != 1) return;
    const auto index = view_->selectionModel()->selectedRows(RunsTableModel::Tags).first();
    bool ok = false;
    const QString tags = QInputDialog::getText(this, tr("Tags"), tr("Tags, separated by commas:"),
                                               QLineEdit::Normal, index.data().toString(), &ok);
    if (ok) runs_->setTags(ids.first(), tags.split(QLatin1Char(','), Qt::SkipEmptyParts));
}

void RunsPage::deleteSelected() {
    const auto ids = selectedRuns();
    if (ids.isEmpty()) return;
    QMessageBox box(QMessageBox::Warning, tr("Delete runs"),
                    tr("Delete the %1 selected run(s) with their epochs, curves and predictions? "
                       "This cannot be "
                       "undone.")
                        .arg(ids.size()),
                    QMessageBox::Cancel, this);
    auto* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    auto* withFiles = new QCheckBox(tr("Also delete their checkpoint files"));
    box.setCheckBox(withFiles);
    box.exec();
    if (box.clickedButton() == remove) runs_->remove(ids, withFiles->isChecked());
}

void RunsPage::openMistake(int row) {
    errors_->openMistake(row);
}

}  // namespace sentiment::ui
