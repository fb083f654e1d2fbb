#include "ui/panels/QueuePanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/charts/TableExport.h"
#include "ui/controllers/QueueController.h"

namespace sentiment::ui {

using storage::QueueEntry;

namespace {
QString statusText(QueueEntry::Status s) {
    switch (s) {
        case QueueEntry::Status::Waiting:
            return QueuePanel::tr("waiting");
        case QueueEntry::Status::Running:
            return QueuePanel::tr("training");
        case QueueEntry::Status::Done:
            return QueuePanel::tr("done");
        case QueueEntry::Status::Failed:
            return QueuePanel::tr("failed");
    }
    return {};
}
}  // namespace

QueuePanel::QueuePanel(QueueController* queue, QWidget* parent)
    : QGroupBox(tr("Run queue"), parent), queue_(queue) {
    table_ = new QTableWidget(0, 3);
    table_->setObjectName(QStringLiteral("table"));
    table_->setHorizontalHeaderLabels({tr("Queued run"), tr("State"), tr("Run")});
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    run_ = new QPushButton;
    run_->setObjectName(QStringLiteral("runButton"));
    remove_ = new QPushButton(tr("Remove"));
    remove_->setObjectName(QStringLiteral("removeButton"));
    remove_->setToolTip(tr("Take the selected run out of the queue (the run training now stays)"));
    clear_ = new QPushButton(tr("Clear finished"));
    clear_->setObjectName(QStringLiteral("clearButton"));
    state_ = new QLabel;
    state_->setObjectName(QStringLiteral("stateLabel"));
    state_->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(run_);
    buttons->addWidget(remove_);
    buttons->addWidget(clear_);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);
    layout->addWidget(state_);
    TableExport::attach(table_, QStringLiteral("queue"));

    connect(run_, &QPushButton::clicked, this, [this] {
        if (queue_->active()) {
            queue_->pause();
        } else {
            queue_->start();
        }
    });
    connect(remove_, &QPushButton::clicked, this, [this] {
        const int row = table_->currentRow();
        if (row >= 0) queue_->remove(table_->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    connect(clear_, &QPushButton::clicked, queue_, &QueueController::clearFinished);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &QueuePanel::refresh);
    connect(queue_, &QueueController::changed, this, &QueuePanel::refresh);
    refresh();
}

void QueuePanel::refresh() {
    const auto& entries = queue_->entries();
    const QSignalBlocker quiet(table_);
    const int selected = table_->currentRow();
    table_->setRowCount(int(entries.size()));
    int finished = 0;
    for (int i = 0; i < int(entries.size()); ++i) {
        const auto& e = entries[std::size_t(i)];
        auto* name = new QTableWidgetItem(QueueController::describe(e));
        name->setData(Qt::UserRole, qint64(e.id));
        table_->setItem(i, 0, name);
        table_->setItem(i, 1, new QTableWidgetItem(statusText(e.status)));
        table_->setItem(i, 2,
                        new QTableWidgetItem(e.runId > 0 ? QString::number(e.runId) : QString()));
        if (e.status == QueueEntry::Status::Done || e.status == QueueEntry::Status::Failed)
            ++finished;
    }
    if (selected >= 0 && selected < table_->rowCount()) table_->selectRow(selected);
    const int pending = queue_->pending();
    run_->setText(queue_->active()                          ? tr("Pause")
                  : queue_->recovered() > 0 || finished > 0 ? tr("Resume")
                                                            : tr("Start the queue"));
    run_->setEnabled(queue_->active() || pending > 0);
    const int row = table_->currentRow();
    remove_->setEnabled(row >= 0 &&
                        table_->item(row, 0)->data(Qt::UserRole).toLongLong() != queue_->current());
    clear_->setEnabled(finished > 0);
    state_->setText(queue_->state().isEmpty()
                        ? (entries.empty() ? tr("Nothing queued: add runs from the Model page, or "
                                                "repeat a run with more seeds from the Runs page.")
                                           : tr("%n run(s) waiting.", "", pending))
                        : queue_->state());
}

}  // namespace sentiment::ui
