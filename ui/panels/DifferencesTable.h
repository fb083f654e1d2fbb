#pragma once

#include <QTableWidget>

#include "experiment/RunsOverview.h"

namespace sentiment::ui {

/// The settings in which the selected runs differ: a row a setting, a column a run.
class DifferencesTable : public QTableWidget {
    Q_OBJECT
public:
    explicit DifferencesTable(QWidget* parent = nullptr);
    void show(const experiment::RunsOverview* overview);
};

}  // namespace sentiment::ui
