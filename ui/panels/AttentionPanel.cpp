#include "ui/panels/AttentionPanel.h"
#include "ui/charts/QCustomPlotHeader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "ui/charts/ChartExport.h"

namespace sentiment::ui {

namespace {
// Okabe and Ito's blue, as the Predict page's "positive": attention is drawn in one hue, from
// white (none) to full (the most any cell of the matrix has).
const QColor kAttention(0, 114, 178);
// The lines view draws at most this many positions (a longer review's first ones): more lines
// than that are a grey blur.
constexpr int kMostLines = 60;

// Mean ranks (1-based), ties sharing theirs.
QList<double> ranks(const QList<double>& v) {
    QList<qsizetype> order(v.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return v[a] < v[b]; });
    QList<double> r(v.size());
    for (qsizetype i = 0; i < order.size();) {
        qsizetype j = i;
        while (j + 1 < order.size() && v[order[j + 1]] == v[order[i]]) ++j;
        for (qsizetype k = i; k <= j; ++k) r[order[k]] = double(i + j) / 2.0 + 1.0;
        i = j + 1;
    }
    return r;
}
}  // namespace

AttentionPanel::AttentionPanel(QWidget* parent) : QWidget(parent) {
    layer_ = new QComboBox;
    layer_->setObjectName(QStringLiteral("attentionLayer"));
    head_ = new QComboBox;
    head_->setObjectName(QStringLiteral("attentionHead"));
    view_ = new QComboBox;
    view_->setObjectName(QStringLiteral("attentionView"));
    view_->addItem(tr("Heat map"));
    view_->addItem(tr("Lines"));
    plot_ = new QCustomPlot;
    plot_->setObjectName(QStringLiteral("attentionPlot"));
    plot_->setMinimumHeight(260);
    plot_->setInteraction(QCP::iSelectItems);
    ChartExport::attach(plot_, QStringLiteral("attention"));
    comparison_ = new QLabel;
    comparison_->setObjectName(QStringLiteral("attentionComparison"));
    comparison_->setWordWrap(true);
    comparison_->setTextFormat(Qt::RichText);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Attention of")));
    controls->addWidget(layer_);
    controls->addWidget(head_);
    controls->addWidget(new QLabel(tr("as")));
    controls->addWidget(view_);
    controls->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(plot_, 1);
    layout->addWidget(comparison_);

    for (auto* box : {layer_, head_, view_}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            head_->setEnabled(layer_->currentData().toInt() >= 0);
            selected_ = -1;
            redraw();
        });
    }
    // The lines view: a click on a token on the left draws only its lines; another click, all.
    connect(plot_, &QCustomPlot::itemClick, this, [this](QCPAbstractItem* item, QMouseEvent*) {
        const auto from = item->property("from");
        if (!from.isValid()) return;
        selected_ = selected_ == from.toInt() ? -1 : from.toInt();
        redraw();
    });
}

void AttentionPanel::showAttention(const AttentionView& attention) {
    const bool sameShape =
        attention.layers == attention_.layers && attention.heads == attention_.heads;
    attention_ = attention;
    importance_.clear();
    selected_ = -1;
    if (!sameShape) {
        const QSignalBlocker blockLayer(layer_), blockHead(head_);
        layer_->clear();
        for (int l = 0; l < attention.layers; ++l) layer_->addItem(tr("layer %1").arg(l + 1), l);
        layer_->addItem(tr("all layers (rollout)"), -1);
        head_->clear();
        head_->addItem(tr("mean of the heads"), -1);
        for (int h = 0; h < attention.heads; ++h) head_->addItem(tr("head %1").arg(h + 1), h);
        layer_->setCurrentIndex(std::max(0, attention.layers - 1));  // the top layer first
    }
    applyPreference();
    redraw();
}

void AttentionPanel::prefer(const QString& view) {
    preferred_ = view;
    if (!attention_.empty()) {
        applyPreference();
        redraw();
    }
}

void AttentionPanel::applyPreference() {
    if (preferred_.isEmpty() || layer_->count() == 0) return;
    const QSignalBlocker blockLayer(layer_), blockHead(head_), blockView(view_);
    const bool rollout = preferred_ == QLatin1String("rollout");
    layer_->setCurrentIndex(rollout ? layer_->count() - 1 : std::max(0, layer_->count() - 2));
    head_->setCurrentIndex(0);
    head_->setEnabled(!rollout);
    view_->setCurrentIndex(preferred_ == QLatin1String("lines") ? 1 : 0);
    preferred_.clear();
}

void AttentionPanel::showImportance(const QList<double>& importance) {
    importance_ = importance;
    describe();
}

QList<float> AttentionPanel::matrixOf(const AttentionView& a, int layer, int head) {
    if (layer < 0) return a.rollout;
    const auto n = a.tokens.size();
    QList<float> m(n * n, 0.0f);
    for (int h = 0; h < a.heads; ++h) {
        if (head >= 0 && h != head) continue;
        const float share = head >= 0 ? 1.0f : 1.0f / float(a.heads);
        for (qsizetype i = 0; i < n; ++i)
            for (qsizetype j = 0; j < n; ++j)
                m[i * n + j] += share * a.at(layer, h, int(i), int(j));
    }
    return m;
}

void AttentionPanel::redraw() {
    plot_->clearPlottables();
    plot_->clearItems();
    if (attention_.empty()) {
        plot_->replot();
        comparison_->clear();
        return;
    }
    const auto matrix = matrixOf(attention_, layer_->currentData().toInt(),
                                 head_->isEnabled() ? head_->currentData().toInt() : -1);
    if (view_->currentIndex() == 0) {
        drawHeatMap(matrix);
    } else {
        drawLines(matrix);
    }
    describe();
}

void AttentionPanel::drawHeatMap(const QList<float>& matrix) {
    const int n = int(attention_.tokens.size());
    for (auto* axis : {plot_->xAxis, plot_->yAxis}) axis->setVisible(true);
    auto* map = new QCPColorMap(plot_->xAxis, plot_->yAxis);
    map->data()->setSize(n, n);
    map->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
    float top = 0;
    for (int from = 0; from < n; ++from) {
        for (int to = 0; to < n; ++to) {
            const float w = matrix.value(qsizetype(from) * n + to);
            map->data()->setCell(to, from, w);
            top = std::max(top, w);
        }
    }
    QCPColorGradient gradient;
    gradient.setColorStopAt(0, Qt::white);
    gradient.setColorStopAt(1, kAttention);
    map->setGradient(gradient);
    map->setDataRange(QCPRange(0, std::max(top, 1e-6f)));
    map->setInterpolate(false);
    // Every token named when they fit; else every k-th.
    const int every = std::max(1, n / 50);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < n; i += every) ticker->addTick(i, attention_.tokens[i]);
    for (auto* axis : {plot_->xAxis, plot_->yAxis}) {
        axis->setTicker(ticker);
        axis->setRange(-0.5, n - 0.5);
        axis->setTickLabelFont(QFont(font().family(), 7));
        axis->grid()->setVisible(false);
    }
    plot_->xAxis->setTickLabelRotation(60);
    plot_->yAxis->setRangeReversed(true);
    plot_->xAxis->setLabel(tr("reads this token"));
    plot_->yAxis->setLabel(tr("token"));
    plot_->replot();
}

void AttentionPanel::drawLines(const QList<float>& matrix) {
    const int n = int(attention_.tokens.size());
    const int shown = std::min(n, kMostLines);
    for (auto* axis : {plot_->xAxis, plot_->yAxis}) axis->setVisible(false);
    plot_->xAxis->setRange(-0.6, 1.6);
    plot_->yAxis->setRangeReversed(false);
    plot_->yAxis->setRange(-shown, 1);
    const QFont small(font().family(), 8);
    for (int i = 0; i < shown; ++i) {
        auto* left = new QCPItemText(plot_);
        left->position->setCoords(0, -i);
        left->setPositionAlignment(Qt::AlignRight | Qt::AlignVCenter);
        left->setText(attention_.tokens[i]);
        left->setFont(small);
        left->setSelectable(true);
        left->setSelectedFont(QFont(small.family(), small.pointSize(), QFont::Bold));
        left->setProperty("from", i);
        if (selected_ == i) left->setFont(QFont(small.family(), small.pointSize(), QFont::Bold));
        auto* right = new QCPItemText(plot_);
        right->position->setCoords(1, -i);
        right->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        right->setText(attention_.tokens[i]);
        right->setFont(small);
        right->setSelectable(false);
    }
    // Each line as strong as its weight against the strongest shown: a diffuse layer still shows
    // which tokens stand out. Below a tenth of it a line is left out (a haze says nothing).
    float strongest = 0;
    for (int from = 0; from < shown; ++from)
        for (int to = 0; to < shown; ++to)
            if (selected_ < 0 || from == selected_)
                strongest = std::max(strongest, matrix.value(qsizetype(from) * n + to));
    for (int from = 0; from < shown; ++from) {
        if (selected_ >= 0 && from != selected_) continue;
        for (int to = 0; to < shown; ++to) {
            const double share =
                matrix.value(qsizetype(from) * n + to) / std::max(strongest, 1e-6f);
            if (share < 0.1) continue;
            auto* line = new QCPItemLine(plot_);
            line->start->setCoords(0.04, -from);
            line->end->setCoords(0.96, -to);
            QColor colour = kAttention;
            colour.setAlphaF(std::clamp(share * share, 0.04, 1.0));
            line->setPen(QPen(colour, 0.5 + 2.5 * share));
            line->setSelectable(false);
        }
    }
    auto* hint = new QCPItemText(plot_);
    hint->position->setType(QCPItemPosition::ptAxisRectRatio);
    hint->position->setCoords(0.5, 0.0);
    hint->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    hint->setFont(QFont(small.family(), small.pointSize() - 1));
    hint->setColor(Qt::gray);
    hint->setText(selected_ < 0 ? tr("click a token on the left: its lines alone")
                                : tr("click it again: every token's lines"));
    hint->setSelectable(false);
    plot_->replot();
}

// What the classifier reads beside what moves the verdict, and the warning that goes with it.
void AttentionPanel::describe() {
    const int offset = attention_.cls ? 1 : 0;
    const auto n = attention_.tokens.size();
    auto top = [&](const QList<double>& values) {
        QList<qsizetype> order(values.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](auto a, auto b) { return values[a] > values[b]; });
        QStringList words;
        for (qsizetype i = 0; i < order.size() && words.size() < 5; ++i)
            words << attention_.tokens.value(order[i] + offset).toHtmlEscaped();
        return words.join(QStringLiteral(", "));
    };
    QList<double> reads;  // the review's tokens only, not [CLS]
    for (qsizetype i = offset; i < n; ++i) reads << double(attention_.reads.value(i));
    QString text =
        tr("<b>Read most by the classifier</b> (attention rollout over %n layer(s)): %1.", nullptr,
           attention_.layers)
            .arg(top(reads));
    if (!importance_.isEmpty() && importance_.size() >= reads.size()) {
        QList<double> moved;
        for (qsizetype i = 0; i < reads.size(); ++i) moved << std::abs(importance_[i]);
        text += QLatin1Char(' ') +
                tr("<b>Move the verdict most</b> (occlusion): %1. Rank correlation of the two "
                   "over the %2 tokens: %3.")
                    .arg(top(moved))
                    .arg(reads.size())
                    .arg(QLocale().toString(rankCorrelation(reads, moved), 'f', 2));
    }
    text += QStringLiteral("<br><i>%1</i>")
                .arg(tr("Attention is not an explanation by itself: it shows where the model "
                        "looks, not what decides. A token can be read much and change nothing, "
                        "or little and decide the verdict; compare with the importance colours "
                        "above."));
    comparison_->setText(text);
}

double AttentionPanel::rankCorrelation(const QList<double>& a, const QList<double>& b) {
    if (a.size() != b.size() || a.size() < 2) return 0;
    const auto ra = ranks(a), rb = ranks(b);
    const double mean = (double(a.size()) + 1) / 2;
    double sab = 0, saa = 0, sbb = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        sab += (ra[i] - mean) * (rb[i] - mean);
        saa += (ra[i] - mean) * (ra[i] - mean);
        sbb += (rb[i] - mean) * (rb[i] - mean);
    }
    return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : 0;
}

}  // namespace sentiment::ui
