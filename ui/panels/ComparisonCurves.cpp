#include "ui/panels/ComparisonCurves.h"

#include <QHBoxLayout>

#include "ui/charts/ChartExport.h"
#include "ui/charts/EpochPlot.h"
#include "ui/charts/GroupChart.h"
#include "ui/charts/QCustomPlotHeader.h"
#include "ui/charts/RunCharts.h"

namespace sentiment::ui {

namespace {

QCustomPlot* overlayPlot(const QString& yLabel) {
    auto* plot = new QCustomPlot;
    // Small enough for a window of 1,100 x 820 to hold the page with the runs list;
    // about three steps keep the labels apart at that height.
    plot->setMinimumHeight(150);
    EpochPlot::style(*plot, yLabel);
    plot->yAxis->ticker()->setTickCount(3);
    // Epochs are whole numbers: ticks on them (and on multiples of them for long runs).
    QSharedPointer<QCPAxisTickerFixed> epochs(new QCPAxisTickerFixed);
    epochs->setTickStep(1);
    epochs->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->xAxis->setTicker(epochs);
    return plot;
}

}  // namespace

ComparisonCurves::ComparisonCurves(QWidget* parent) : QWidget(parent) {
    loss_ = overlayPlot(tr("loss"));
    accuracy_ = overlayPlot(tr("accuracy (%)"));
    loss_->setObjectName(QStringLiteral("lossPlot"));
    accuracy_->setObjectName(QStringLiteral("accuracyPlot"));
    ChartExport::attach(loss_, QStringLiteral("runs-loss"));
    ChartExport::attach(accuracy_, QStringLiteral("runs-accuracy"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(loss_);
    layout->addWidget(accuracy_);
}

void ComparisonCurves::show(const experiment::RunsOverview* overview, bool valid) {
    using Metric = RunCharts::Metric;
    for (auto* plot : {loss_, accuracy_}) plot->clearGraphs();
    if (overview == nullptr || overview->runs.empty()) {
        for (auto* plot : {loss_, accuracy_}) plot->replot();
        return;
    }
    const auto split = valid ? RunCharts::Split::Valid : RunCharts::Split::Train;
    int last = 1;
    for (int i = 0; i < int(overview->runs.size()); ++i) {
        const auto& run = overview->runs[std::size_t(i)].details;
        const QString name = QStringLiteral("%1 (#%2)")
                                 .arg(QString::fromStdString(run.run.info.name))
                                 .arg(run.run.id);
        RunCharts::addCurve(*loss_, run, Metric::Loss, split, name, EpochPlot::runColour(i));
        RunCharts::addCurve(*accuracy_, run, Metric::Accuracy, split, name,
                            EpochPlot::runColour(i));
        last = std::max(last, RunCharts::lastEpoch(run));
    }
    // The course's curve of the split shown, when every selected run is of the same preset.
    const auto preset = overview->commonPreset();
    RunCharts::addReference(*loss_, Metric::Loss, *overview->reference, preset, split,
                            Qt::darkGray);
    last =
        std::max(last, RunCharts::addReference(*accuracy_, Metric::Accuracy, *overview->reference,
                                               preset, split, Qt::darkGray));
    // A line for each baseline (two runs on one dataset share theirs).
    std::map<std::int64_t, const storage::RunRow*> baselines;
    for (const auto& run : overview->runs) {
        if (run.baseline) baselines.emplace(run.baseline->id, &*run.baseline);
    }
    for (const auto& [id, b] : baselines) RunCharts::addBaseline(*accuracy_, *b, last);
    for (const auto& group : overview->groups) {
        GroupChart::addBand(*accuracy_,
                            valid ? group.summary.validAccuracy : group.summary.trainAccuracy,
                            group.id);
    }
    RunCharts::finish(*loss_, Metric::Loss, last);
    RunCharts::finish(*accuracy_, Metric::Accuracy, last);
}

}  // namespace sentiment::ui
