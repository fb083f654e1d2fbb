#pragma once

#include <QColor>
#include <QString>

#include "ui/charts/QCustomPlotHeader.h"

namespace sentiment::ui {

/// The look every per-epoch chart shares (Train page, Runs overlay, the report): epochs on x,
/// `yLabel` on y, and the legend in a row of its own above the plot, wrapped after a few
/// entries, so that it never covers a point, however the curves fall.
class EpochPlot {
public:
    /// Styles `plot` in place.
    static void style(QCustomPlot& plot, const QString& yLabel);
    /// The colour of the i-th run on a chart (matplotlib's tab10, as the lecture's plots).
    static QColor runColour(int i);
    /// Entries per legend row before it wraps.
    static constexpr int kLegendColumns = 4;
};

}  // namespace sentiment::ui
