#pragma once

#include <QTableWidget>

#include "experiment/RunsOverview.h"

namespace sentiment::ui {

/// The lecture's per-epoch figures of every selected run (Train Loss | Train Acc | Val. Loss |
/// Val. Acc | Epoch Time), the best epoch starred, then the run's test result in one cell.
class EpochTable : public QTableWidget {
    Q_OBJECT
public:
    explicit EpochTable(QWidget* parent = nullptr);
    /// Shows `overview`'s runs; null: empty.
    void show(const experiment::RunsOverview* overview);

private:
    void addRow(const QStringList& cells);
};

}  // namespace sentiment::ui
