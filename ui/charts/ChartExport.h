#pragma once

#include <QString>

class QCustomPlot;

namespace sentiment::ui {

/// Saves and copies QCustomPlot charts for reports: PNG at twice the device pixels, PDF and SVG
/// as vectors (legend and axis labels included), and the clipboard. `attach` gives a chart the
/// right-click menu that offers all of it.
class ChartExport {
public:
    /// Writes the chart as PNG, PDF or SVG, chosen by the file's extension; false (with
    /// `error` set, naming the file) when it cannot be written.
    static bool save(QCustomPlot* plot, const QString& file, QString* error = nullptr);
    /// Puts a PNG of the chart (2x) on the clipboard.
    static void copy(QCustomPlot* plot);
    /// Right-click menu: Save as PNG/PDF/SVG…, Copy. `name` is the suggested file name.
    static void attach(QCustomPlot* plot, const QString& name);
};

}  // namespace sentiment::ui
