#include "ui/panels/GradientFlowPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "experiment/RunsOverview.h"
#include "ui/charts/ChartExport.h"
#include "ui/charts/EpochPlot.h"

namespace sentiment::ui {

namespace {

// Below this a gradient is nothing a float step can use (and zeros cannot sit on a log axis).
constexpr double kFloor = 1e-30;

}  // namespace

QString GradientFlowPanel::explanation() {
    return tr(
        "Vanishing gradients: training changes a weight by how much the loss would change with it. "
        "For a word early in "
        "a review, that signal has to travel back through every later step of the recurrence, and "
        "a plain tanh RNN "
        "multiplies it by a factor below 1 at each step: after a few dozen steps almost nothing is "
        "left, so the model "
        "cannot learn from the start of a review, and the base RNN stays at chance. An LSTM's cell "
        "state adds instead "
        "of multiplying, so the gradient reaches far back. The chart shows, on a log scale, how "
        "much gradient "
        "(‖∂Loss/∂h_t‖) reaches the step t steps before the state the classifier reads.");
}

GradientFlowPanel::GradientFlowPanel(QWidget* parent) : QWidget(parent) {
    auto* text = new QLabel(explanation());
    text->setWordWrap(true);
    summary_ = new QLabel;
    summary_->setObjectName(QStringLiteral("summaryLabel"));
    summary_->setWordWrap(true);
    plot_ = new QCustomPlot;
    plot_->setObjectName(QStringLiteral("plot"));
    plot_->setMinimumHeight(160);
    plot_->xAxis->setLabel(tr("Steps before the state the classifier reads"));
    plot_->yAxis->setLabel(tr("‖∂Loss/∂h_t‖ (log scale)"));
    plot_->yAxis->setScaleType(QCPAxis::stLogarithmic);
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    plot_->yAxis->setNumberFormat(QStringLiteral("eb"));
    plot_->yAxis->setNumberPrecision(0);
    plot_->legend->setVisible(true);
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    ChartExport::attach(plot_, QStringLiteral("gradient-flow"));
    // The chart beside its explanation, not under it: at the window's first-start size the
    // chart keeps the tab's whole height, and the words scroll when they need more.
    auto* words = new QWidget;
    auto* wl = new QVBoxLayout(words);
    wl->setContentsMargins(0, 0, 0, 0);
    wl->addWidget(summary_);  // what these runs show first, then why
    wl->addWidget(text);
    wl->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(words);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(plot_, 3);
    layout->addWidget(scroll, 2);
}

void GradientFlowPanel::show(const experiment::RunsOverview* overview) {
    plot_->clearGraphs();
    QStringList lines, without;
    double longest = 10;
    int i = 0;
    if (overview != nullptr) {
        for (const auto& shown : overview->runs) {
            const auto& d = shown.details;
            const auto& r = d.run;
            const QString name =
                tr("run %1 (%2)").arg(r.id).arg(QString::fromStdString(r.info.preset));
            if (d.gradientFlow.empty()) {
                without << name;
                continue;
            }
            const QColor c = EpochPlot::runColour(i++);
            auto draw = [&](const storage::GradientFlowRecord& g, Qt::PenStyle style) {
                auto* graph = plot_->addGraph();
                graph->setPen(QPen(c, 2, style));
                graph->setName(g.epoch == 0 ? tr("%1, before training").arg(name)
                                            : tr("%1, after epoch %2").arg(name).arg(g.epoch));
                QVector<double> x, y;
                // The curve ends where the gradient falls below what a float holds (it reads 0
                // there).
                for (std::size_t k = 0; k < g.norms.size() && g.norms[k] >= kFloor; ++k) {
                    x << double(k);
                    y << g.norms[k];
                }
                graph->setData(x, y, true);
                longest = std::max(longest, double(g.norms.size()));
            };
            const auto& last = d.gradientFlow.back();
            if (d.gradientFlow.front().epoch == 0 && d.gradientFlow.size() > 1)
                draw(d.gradientFlow.front(), Qt::DashLine);
            draw(last, Qt::SolidLine);
            // In words: how far back a thousandth of the gradient still arrives.
            std::size_t reach = 0;
            while (reach + 1 < last.norms.size() && last.norms[reach + 1] >= 1e-3 * last.norms[0])
                ++reach;
            const QString at50 =
                last.norms.size() > 50
                    ? tr("; 50 steps back %1 of it arrives")
                          .arg(QLocale().toString(last.norms[50] / last.norms[0], 'g', 2))
                    : QString();
            lines << tr("%1: a thousandth of the gradient still reaches %2 steps back%3.")
                         .arg(name)
                         .arg(reach)
                         .arg(at50);
        }
    }
    if (!without.isEmpty()) {
        lines << tr("Not measured for %1: tick \"Measure the gradient flow\" on the Model page "
                    "(CLI: train --gradient-flow) "
                    "and train again.")
                     .arg(without.join(QStringLiteral(", ")));
    }
    if (overview == nullptr || overview->runs.empty())
        lines << tr("Select runs to see how much gradient reaches each step.");
    summary_->setText(lines.join(QLatin1Char('\n')));
    plot_->xAxis->setRange(0, longest);
    plot_->yAxis->setRange(kFloor, 10);
    if (plot_->graphCount() > 0) {
        bool found = false;
        double low = 10, high = kFloor;
        for (int g = 0; g < plot_->graphCount(); ++g) {
            const auto range = plot_->graph(g)->data()->valueRange(found);
            if (found) {
                low = std::min(low, range.lower);
                high = std::max(high, range.upper);
            }
        }
        plot_->yAxis->setRange(std::max(kFloor, low / 3), high * 3);
    }
    plot_->replot();
}

}  // namespace sentiment::ui
