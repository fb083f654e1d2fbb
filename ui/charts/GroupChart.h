#pragma once

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <vector>

#include "experiment/RunGroups.h"
#include "experiment/RunsOverview.h"
#include "ui/charts/QCustomPlotHeader.h"

namespace sentiment::ui {

/// How a group of runs (seeds, a sweep) is drawn, the same on the Runs page and in the report.
class GroupChart {
    Q_DECLARE_TR_FUNCTIONS(GroupChart)
public:
    /// The mean ± sd of accuracy per epoch (epochs reached by at least two runs) as a grey band
    /// on an accuracy chart, named "group N ± sd" in its legend.
    static void addBand(QCustomPlot& plot, const std::vector<experiment::Spread>& spreads,
                        std::int64_t group);
    /// Each run's value of the group's setting (a sweep's "lr=1e-3", or its seed) against its
    /// test accuracy, in the order the runs were trained, on an otherwise empty `plot`.
    static void drawValues(QCustomPlot& plot, const experiment::GroupSummary& summary,
                           std::int64_t group);
    /// The Runs page's group chart: drawValues for the one group among the shown runs; with none
    /// or several (their values share no axis), an empty chart that says what to select.
    static void showGroups(QCustomPlot& plot, const experiment::RunsOverview* overview);
    /// Each member's validation accuracy per epoch, thin, under the group's mean ± sd band.
    static void drawMembers(QCustomPlot& plot, const experiment::RunsOverview::Group& group);
};

}  // namespace sentiment::ui
