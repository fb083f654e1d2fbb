#include "ui/charts/EpochPlot.h"

#include <QFont>

namespace sentiment::ui {

void EpochPlot::style(QCustomPlot& plot, const QString& yLabel) {
    plot.xAxis->setLabel(QObject::tr("epoch"));
    plot.yAxis->setLabel(yLabel);
    auto* legend = plot.legend;
    legend->setVisible(true);
    legend->setFont(QFont(plot.font().family(), 8));
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(kLegendColumns);
    // Out of the axis rect (where QCustomPlot puts it, over the data) into a row above it that
    // takes only the height the legend needs.
    if (plot.axisRect()->insetLayout()->take(legend)) {
        plot.axisRect()->insetLayout()->simplify();
        plot.plotLayout()->insertRow(0);
        plot.plotLayout()->addElement(0, 0, legend);
        plot.plotLayout()->setRowStretchFactor(0, 0.001);
        plot.plotLayout()->setRowSpacing(0);
        legend->setMargins(QMargins(4, 2, 4, 0));
    }
}

QColor EpochPlot::runColour(int i) {
    static const QColor colours[] = {
        {31, 119, 180}, {255, 127, 14},  {44, 160, 44},   {214, 39, 40},  {148, 103, 189},
        {140, 86, 75},  {227, 119, 194}, {127, 127, 127}, {188, 189, 34}, {23, 190, 207}};
    return colours[i % 10];
}

}  // namespace sentiment::ui
