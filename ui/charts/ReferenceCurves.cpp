#include "ui/charts/ReferenceCurves.h"

namespace sentiment::ui {

void ReferenceCurves::add(const experiment::PresetReference* reference, Split split,
                          const QColor& colour, bool band) {
    if (reference == nullptr || reference->epochs.empty()) return;
    const bool valid = split == Split::Valid;
    const bool accuracy = metric_ == Metric::Accuracy;
    QVector<double> x, y, low, high;
    for (int i = 0; i < int(reference->epochs.size()); ++i) {
        const auto& e = reference->epochs[std::size_t(i)];
        x << i + 1;
        if (accuracy) {
            y << 100 * (valid ? e.validAccuracy : e.trainAccuracy);
            // The band is the judge's, around the validation accuracy; the same width around the
            // training curve when that is the one shown.
            const double centre = valid ? e.validAccuracy : e.trainAccuracy;
            const auto [l, h] = experiment::LectureReference::epochBand({0, centre, 0, centre});
            low << 100 * l;
            high << 100 * h;
        } else {
            y << (valid ? e.validLoss : e.trainLoss);
        }
    }
    if (accuracy && band) {
        QColor fill = colour;
        fill.setAlpha(40);
        auto* lower = plot_->addGraph();
        lower->setPen(Qt::NoPen);
        lower->setData(x, low, true);
        lower->removeFromLegend();
        auto* upper = plot_->addGraph();
        upper->setPen(Qt::NoPen);
        upper->setBrush(fill);
        upper->setChannelFillGraph(lower);
        upper->setData(x, high, true);
        upper->setName(
            tr("lecture ±%1 points").arg(int(100 * experiment::LectureReference::kEpochBand)));
        graphs_ << lower << upper;
        for (auto* g : {lower, upper})
            g->setLayer(QStringLiteral("grid"));  // behind the run's own curves
    }
    auto* line = plot_->addGraph();
    line->setName(valid ? tr("lecture: valid") : tr("lecture: train"));
    line->setPen(QPen(colour, 1.5, valid ? Qt::DashLine : Qt::DotLine));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, 5));
    line->setData(x, y, true);
    line->setLayer(QStringLiteral("grid"));
    graphs_ << line;
}

void ReferenceCurves::clear() {
    for (const auto& g : graphs_) {
        if (g) plot_->removeGraph(g.data());
    }
    graphs_.clear();
}

int ReferenceCurves::graphs() const {
    int n = 0;
    for (const auto& g : graphs_) n += g ? 1 : 0;
    return n;
}

}  // namespace sentiment::ui
