#include "ui/panels/DifferencesTable.h"

#include <QHeaderView>

#include "ui/charts/TableExport.h"

namespace sentiment::ui {

DifferencesTable::DifferencesTable(QWidget* parent) : QTableWidget(0, 1, parent) {
    setObjectName(QStringLiteral("differences"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    TableExport::attach(this, QStringLiteral("runs-differences"));
}

void DifferencesTable::show(const experiment::RunsOverview* overview) {
    clear();
    setRowCount(0);
    setColumnCount(0);
    if (overview == nullptr) return;
    QStringList names{tr("Setting")};
    for (const auto& run : overview->runs) {
        names << QStringLiteral("%1 (#%2)")
                     .arg(QString::fromStdString(run.details.run.info.name))
                     .arg(run.id());
    }
    const auto& diffs = overview->differences;
    setColumnCount(int(names.size()));
    setHorizontalHeaderLabels(names);
    setRowCount(int(diffs.size()));
    for (int r = 0; r < int(diffs.size()); ++r) {
        const auto& d = diffs[std::size_t(r)];
        setItem(r, 0, new QTableWidgetItem(QString::fromStdString(d.key)));
        for (int c = 0; c < int(d.values.size()); ++c) {
            setItem(r, c + 1,
                    new QTableWidgetItem(QString::fromStdString(d.values[std::size_t(c)])));
        }
    }
}

}  // namespace sentiment::ui
