#pragma once

#include <QWidget>

#include "experiment/RunsOverview.h"

class QCustomPlot;

namespace sentiment::ui {

/// The Runs page's loss and accuracy charts: the selected runs' curves of one split overlaid
/// (one colour a run), the course's curve and band when they share a preset, each run's linear
/// baseline and each group's mean ± sd band.
class ComparisonCurves : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonCurves(QWidget* parent = nullptr);

    /// Draws `overview`'s runs on the validation (`valid`) or the training split; null: empty
    /// charts.
    void show(const experiment::RunsOverview* overview, bool valid);

private:
    QCustomPlot* loss_;
    QCustomPlot* accuracy_;
};

}  // namespace sentiment::ui
