#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include "experiment/RunsOverview.h"
#include "ui/charts/QCustomPlotHeader.h"
#include "ui/charts/ReferenceCurves.h"

namespace sentiment::ui {

/// The per-epoch charts of recorded runs, drawn the same way on the Runs page and in the report:
/// one run's curve, the course's curve and band, the chance and linear-baseline lines, a group's
/// band, the axes. Each call adds to a chart styled with EpochPlot.
class RunCharts {
    Q_DECLARE_TR_FUNCTIONS(RunCharts)
public:
    using Metric = ReferenceCurves::Metric;
    using Split = ReferenceCurves::Split;

    /// `run`'s `metric` on `split` per epoch (accuracy in percent), named `name`.
    static QCPGraph* addCurve(QCustomPlot& plot, const storage::RunDetails& run, Metric metric,
                              Split split, const QString& name, const QColor& colour);
    /// The linear baseline's accuracy (experiment::Baseline::chartAccuracy) as a dashed line over
    /// epochs 1..`lastEpoch`.
    static void addBaseline(QCustomPlot& plot, const storage::RunRow& baseline, int lastEpoch);
    /// The 50 % line over epochs 1..`lastEpoch`.
    static void addChance(QCustomPlot& plot, int lastEpoch);
    /// The course's curve (and band) of `preset` on `split`; the epochs it covers, 0 without
    /// figures.
    static int addReference(QCustomPlot& plot, Metric metric,
                            const experiment::LectureReference& reference,
                            const std::string& preset, Split split, const QColor& colour);
    /// The axes: epochs 0.5 .. `lastEpoch` + 0.5; loss from 0 to above its highest point,
    /// accuracy 40-100 %. Then replots.
    static void finish(QCustomPlot& plot, Metric metric, int lastEpoch);
    /// The last epoch `run` reached (at least 1).
    static int lastEpoch(const storage::RunDetails& run);
    /// The size of a chart in the report, in points (drawn at twice the pixels).
    static constexpr int kReportWidth = 520, kReportHeight = 300;
    /// A chart as the report prints it: kReportWidth × kReportHeight at twice the pixels.
    static QImage image(QCustomPlot& plot);
};

}  // namespace sentiment::ui
