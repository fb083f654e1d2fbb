#include "ui/charts/RunCharts.h"

#include <algorithm>

#include "experiment/Baseline.h"

namespace sentiment::ui {

QCPGraph* RunCharts::addCurve(QCustomPlot& plot, const storage::RunDetails& run, Metric metric,
                              Split split, const QString& name, const QColor& colour) {
    QVector<double> x, y;
    const bool valid = split == Split::Valid;
    for (const auto& e : run.epochs) {
        x << e.epoch;
        if (metric == Metric::Loss) {
            y << (valid ? e.validLoss : e.trainLoss);
        } else {
            y << 100 * (valid ? e.validAccuracy : e.trainAccuracy);
        }
    }
    auto* g = plot.addGraph();
    g->setName(name);
    g->setPen(QPen(colour, 2));
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    g->setData(x, y, true);
    return g;
}

void RunCharts::addBaseline(QCustomPlot& plot, const storage::RunRow& baseline, int lastEpoch) {
    bool onValid = false;
    const double y = 100 * experiment::Baseline::chartAccuracy(baseline, &onValid);
    auto* line = plot.addGraph();
    line->setName(onValid ? tr("linear baseline (NBSVM #%1), valid").arg(baseline.id)
                          : tr("linear baseline (NBSVM #%1), test").arg(baseline.id));
    line->setPen(QPen(QColor(0, 158, 115), 1.5, Qt::DashDotLine));
    line->setData({0.5, lastEpoch + 0.5}, {y, y});
}

void RunCharts::addChance(QCustomPlot& plot, int lastEpoch) {
    auto* chance = plot.addGraph();
    chance->setName(tr("chance (50 %)"));
    chance->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    chance->setData({0.5, lastEpoch + 0.5}, {50, 50});
}

int RunCharts::addReference(QCustomPlot& plot, Metric metric,
                            const experiment::LectureReference& reference,
                            const std::string& preset, Split split, const QColor& colour) {
    const auto* figures = preset.empty() ? nullptr : reference.preset(preset);
    ReferenceCurves(&plot, metric).add(figures, split, colour);
    return figures != nullptr ? int(figures->epochs.size()) : 0;
}

void RunCharts::finish(QCustomPlot& plot, Metric metric, int lastEpoch) {
    plot.xAxis->setRange(0.5, lastEpoch + 0.5);
    if (metric == Metric::Loss) {
        double top = 0.8;
        for (int i = 0; i < plot.graphCount(); ++i) {
            for (const auto& point : *plot.graph(i)->data()) top = std::max(top, point.value * 1.1);
        }
        plot.yAxis->setRange(0, top);
    } else {
        plot.yAxis->setRange(40, 100);
    }
    plot.replot();
}

int RunCharts::lastEpoch(const storage::RunDetails& run) {
    int last = 1;
    for (const auto& e : run.epochs) last = std::max(last, e.epoch);
    return last;
}

QImage RunCharts::image(QCustomPlot& plot) {
    return plot.toPixmap(kReportWidth, kReportHeight, 2.0).toImage();
}

}  // namespace sentiment::ui
