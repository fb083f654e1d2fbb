#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QString>

#include "experiment/LectureReference.h"
#include "ui/charts/QCustomPlotHeader.h"

namespace sentiment::ui {

/// The course's per-epoch figures for one preset on a per-epoch chart: the lecture's curves,
/// dashed, and around its accuracy the band a run is judged by (±LectureReference::kEpochBand).
/// Owns only the graphs it added; the chart's other graphs stay as they are.
class ReferenceCurves {
    Q_DECLARE_TR_FUNCTIONS(ReferenceCurves)
public:
    enum class Metric { Loss, Accuracy };  ///< accuracy in percent, as the charts draw it
    enum class Split { Train, Valid };

    ReferenceCurves(QCustomPlot* plot, Metric metric) : plot_(plot), metric_(metric) {}

    /// Draws `split` of `reference` in `colour`, with the band (accuracy only) in a lighter shade
    /// of it when `band`; several splits may be drawn. Null `reference` or one without epochs
    /// draws nothing.
    void add(const experiment::PresetReference* reference, Split split, const QColor& colour,
             bool band = true);
    /// Removes every graph it drew.
    void clear();
    /// The graphs drawn (the band counts as two).
    int graphs() const;

private:
    QCustomPlot* plot_;
    Metric metric_;
    QList<QPointer<QCPGraph>> graphs_;
};

}  // namespace sentiment::ui
