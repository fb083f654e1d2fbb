#pragma once

#include <QList>
#include <QWidget>

#include "ui/controllers/PredictController.h"

class QComboBox;
class QCustomPlot;
class QLabel;

namespace sentiment::ui {

/// The Predict page's view of a Transformer's attention over the typed review: any layer and
/// head (or the heads' mean, or the rollout over all layers) as a token-by-token heat map or as
/// lines from each token to the tokens it reads, and beside it how the tokens the classifier
/// reads compare with the word importance by occlusion. Right-click exports the chart.
class AttentionPanel : public QWidget {
    Q_OBJECT
public:
    explicit AttentionPanel(QWidget* parent = nullptr);

    /// A new review's attention (empty: nothing to show).
    void showAttention(const AttentionView& attention);
    /// The same review's word importance by occlusion, one value per token (after showAttention).
    void showImportance(const QList<double>& importance);
    /// Chooses the view, now or when the first attention arrives: "heatmap" or "lines" (the top
    /// layer, its heads averaged) or "rollout" (all layers, as a heat map).
    void prefer(const QString& view);

    /// Spearman's rank correlation of two equally long lists (ties share their mean rank); 0
    /// when fewer than two values or one list is constant.
    static double rankCorrelation(const QList<double>& a, const QList<double>& b);
    /// The matrix the controls choose, [from][to]: a layer's head, the layer's mean of heads
    /// (`head` -1), or the rollout (`layer` -1).
    static QList<float> matrixOf(const AttentionView& attention, int layer, int head);

private:
    void redraw();
    void drawHeatMap(const QList<float>& matrix);
    void drawLines(const QList<float>& matrix);
    void describe();
    void applyPreference();

    QComboBox* layer_;
    QComboBox* head_;
    QComboBox* view_;
    QCustomPlot* plot_;
    QLabel* comparison_;
    AttentionView attention_;
    QList<double> importance_;
    int selected_ = -1;
    QString preferred_;  ///< a view asked for before the controls had layers to choose  ///< lines
                         ///< view: the token whose lines alone are drawn (-1: all)
};

}  // namespace sentiment::ui
