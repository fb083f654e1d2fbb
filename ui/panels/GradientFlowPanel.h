#pragma once

#include <QWidget>
#include <memory>

#include "ui/charts/QCustomPlotHeader.h"

class QLabel;

namespace sentiment::experiment {
struct RunsOverview;
}

namespace sentiment::ui {

/// "Why does the base RNN stay at chance?": for each selected run that measured it, how much
/// gradient reaches each step of a review (the mean ‖∂Loss/∂h_t‖ of its probe reviews, by the
/// number of steps before the state the classifier reads), on a log scale, before training
/// (dashed) and after its last epoch (solid), with the idea in plain words.
class GradientFlowPanel : public QWidget {
    Q_OBJECT
public:
    explicit GradientFlowPanel(QWidget* parent = nullptr);
    /// The overview's runs (null: none selected).
    void show(const experiment::RunsOverview* overview);
    /// The plain-words explanation of vanishing gradients shown above the chart.
    static QString explanation();

private:
    QCustomPlot* plot_;
    QLabel* summary_;
};

}  // namespace sentiment::ui
