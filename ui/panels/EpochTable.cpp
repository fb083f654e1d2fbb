#include "ui/panels/EpochTable.h"

#include <QHeaderView>

#include "foundation/TextFormat.h"
#include "ui/charts/TableExport.h"

namespace sentiment::ui {

EpochTable::EpochTable(QWidget* parent) : QTableWidget(0, 8, parent) {
    setObjectName(QStringLiteral("epochs"));
    setHorizontalHeaderLabels({tr("Run"), tr("Epoch"), tr("Train Loss"), tr("Train Acc"),
                               tr("Val. Loss"), tr("Val. Acc"), tr("Val. Macro-F1"),
                               tr("Epoch Time")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    TableExport::attach(this, QStringLiteral("epochs"));
}

void EpochTable::addRow(const QStringList& cells) {
    const int row = rowCount();
    insertRow(row);
    for (int c = 0; c < cells.size(); ++c) setItem(row, c, new QTableWidgetItem(cells[c]));
}

void EpochTable::show(const experiment::RunsOverview* overview) {
    clearSpans();
    setRowCount(0);
    // The macro-F1 is shown when a run tells more than two classes apart (the lecture's two
    // keep its table).
    bool classes = false;
    if (overview != nullptr)
        for (const auto& shown : overview->runs)
            classes |= shown.plan && shown.plan->classes.size() > 2;
    setColumnHidden(6, !classes);
    if (overview == nullptr) return;
    for (const auto& shown : overview->runs) {
        const auto& run = shown.details;
        const QString name = QString::fromStdString(run.run.info.name);
        for (const auto& e : run.epochs) {
            addRow({name,
                    QStringLiteral("%1%2")
                        .arg(e.epoch, 2, 10, QLatin1Char('0'))
                        .arg(e.best ? QStringLiteral(" ★") : QString()),
                    QString::number(e.trainLoss, 'f', 3),
                    QString::fromStdString(percent(e.trainAccuracy)),
                    QString::number(e.validLoss, 'f', 3),
                    QString::fromStdString(percent(e.validAccuracy)),
                    e.validMacroF1 ? QString::number(*e.validMacroF1, 'f', 3) : QString(),
                    QString::fromStdString(minutesSeconds(e.seconds))});
        }
        if (run.run.testAccuracy) {
            // The test is no epoch: one cell across the epoch columns, in the lecture's words, so
            // its figures never sit under "Train Loss" and "Train Acc".
            const int row = rowCount();
            QString line = tr("Test Loss: %1 | Test Acc: %2")
                               .arg(QString::number(run.run.testLoss.value_or(0), 'f', 3),
                                    QString::fromStdString(percent(*run.run.testAccuracy)));
            if (run.run.testMacroF1 && shown.plan && shown.plan->classes.size() > 2)
                line += tr(" | Test Macro-F1: %1").arg(*run.run.testMacroF1, 0, 'f', 3);
            addRow({name, tr("Test"), line});
            setSpan(row, 2, 1, columnCount() - 2);
        }
    }
}

}  // namespace sentiment::ui
