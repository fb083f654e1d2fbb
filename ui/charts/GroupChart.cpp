#include "ui/charts/GroupChart.h"

#include <QLocale>
#include <QStringList>
#include <algorithm>

#include "foundation/TextFormat.h"

#include "ui/charts/EpochPlot.h"

namespace sentiment::ui {

void GroupChart::addBand(QCustomPlot& plot, const std::vector<experiment::Spread>& spreads,
                         std::int64_t group) {
    QVector<double> x, low, high;
    for (std::size_t e = 0; e < spreads.size(); ++e) {
        if (spreads[e].n < 2) continue;
        x << double(e + 1);
        low << 100 * (spreads[e].mean - spreads[e].sd);
        high << 100 * (spreads[e].mean + spreads[e].sd);
    }
    if (x.isEmpty()) return;
    const QColor shade(90, 90, 90);
    auto* lower = plot.addGraph();
    lower->setPen(QPen(shade, 1, Qt::DotLine));
    lower->setData(x, low, true);
    lower->removeFromLegend();
    auto* upper = plot.addGraph();
    upper->setPen(QPen(shade, 1, Qt::DotLine));
    upper->setBrush(QColor(90, 90, 90, 50));
    upper->setChannelFillGraph(lower);
    upper->setData(x, high, true);
    // Short: the legend's columns cut longer names.
    upper->setName(tr("group %1 ± sd").arg(group));
}

void GroupChart::showGroups(QCustomPlot& plot, const experiment::RunsOverview* overview) {
    plot.clearGraphs();
    plot.clearItems();
    if (overview != nullptr && overview->groups.size() == 1) {
        const auto& group = overview->groups.front();
        drawValues(plot, group.summary, group.id);
    } else {
        plot.xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        plot.xAxis->setLabel(tr("select the runs of one group (train --seeds, --sweep)"));
    }
    plot.replot();
}

void GroupChart::drawMembers(QCustomPlot& plot, const experiment::RunsOverview::Group& group) {
    double last = 1;
    for (std::size_t i = 0; i < group.members.size(); ++i) {
        const auto& member = group.members[i];
        QVector<double> x, y;
        for (const auto& e : member.epochs) {
            x << e.epoch;
            y << 100 * (member.run.info.validSize > 0 ? e.validAccuracy : e.trainAccuracy);
            last = std::max(last, double(e.epoch));
        }
        auto* g = plot.addGraph();
        g->setPen(QPen(EpochPlot::runColour(int(i)), 1));
        g->setData(x, y);
        g->removeFromLegend();
    }
    const bool validated = !group.members.empty() && group.members.front().run.info.validSize > 0;
    addBand(plot, validated ? group.summary.validAccuracy : group.summary.trainAccuracy, group.id);
    plot.xAxis->setRange(0.5, last + 0.5);
    plot.yAxis->setRange(40, 100);
}

void GroupChart::drawValues(QCustomPlot& plot, const experiment::GroupSummary& summary,
                            std::int64_t group) {
    auto points = summary.byValue;
    std::sort(points.begin(), points.end(),
              [](const auto& a, const auto& b) { return a.run < b.run; });
    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    QVector<double> px, py;
    for (int i = 0; i < int(points.size()); ++i) {
        px << i + 1;
        py << 100 * points[std::size_t(i)].testAccuracy;
        ticks->addTick(i + 1, QString::fromStdString(points[std::size_t(i)].value));
    }
    auto* graph = plot.addGraph();
    graph->setPen(QPen(EpochPlot::runColour(0), 2));
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 8));
    graph->setData(px, py, true);
    graph->setName(tr("test accuracy (%)"));  // not QCustomPlot's "Graph 1" where a legend shows
    plot.xAxis->setTicker(ticks);
    plot.xAxis->setRange(0.5, double(px.size()) + 0.5);
    // A sweep's values read "lr=1e-3"; a seeds group's are the seeds.
    const bool seeds = std::none_of(points.begin(), points.end(), [](const auto& p) {
        return p.value.find('=') != std::string::npos;
    });
    plot.xAxis->setLabel(seeds ? tr("seed (group %1)").arg(group)
                               : tr("value of the swept setting (group %1)").arg(group));
    plot.yAxis->setLabel(tr("test accuracy (%)"));
    if (!py.isEmpty()) {
        const auto [low, high] = std::minmax_element(py.begin(), py.end());
        plot.yAxis->setRange(std::max(0.0, *low - 3), std::min(100.0, *high + 3));
    }
}

}  // namespace sentiment::ui
