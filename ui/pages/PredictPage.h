#pragma once

#include <QWidget>
#include <memory>
#include <vector>

#include "storage/RunRecords.h"
#include "ui/controllers/PredictController.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace sentiment::ui {

class AttentionPanel;
class RunsController;

/// The prediction box: type or paste a review and see P(positive) and the label as you type,
/// with the tokens as the chosen model sees them (`<unk>` marked) coloured by how much each one
/// moves the verdict (occlusion). Any completed run with a checkpoint can be the model.
class PredictPage : public QWidget {
    Q_OBJECT
public:
    PredictPage(RunsController* runs, PredictController* predictor, QWidget* parent = nullptr);

    /// Puts `text` in the review box, as if typed (a verdict follows when a model is loaded).
    void setText(const QString& text);
    /// How a Transformer's attention is shown: "heatmap", "lines" or "rollout" (AttentionPanel).
    void showAttentionAs(const QString& view);
    /// Shows a review of the test set with run `run`'s model and its word importance:
    /// `note` says what it is ("negative, rated 2/10; the model was 97 % sure it is positive").
    void showReview(qint64 run, const QString& text, const QString& note);
    /// The example reviews offered in the page.
    static QStringList examples();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void makeWidgets();
    void layOut();
    void connectInputs();
    void connectControllers();
    void showRuns(const std::shared_ptr<const std::vector<storage::RunRow>>& runs);
    void showPrediction(const PredictionView& v);
    void showClasses(const PredictionView& v);
    void showTokens(const PredictionView& v);
    /// The n-gram panel for `v` (a linear model's review), or the model's strongest n-grams alone.
    void showNgrams(const PredictionView* v);

    RunsController* runs_;
    PredictController* predictor_;
    QComboBox* model_;
    QLabel* modelInfo_;
    QComboBox* examples_;
    QPlainTextEdit* text_;
    QCheckBox* explain_;
    QProgressBar* gauge_;
    QLabel* verdict_;
    QLabel* classes_;  ///< more than two classes: each one's probability
    QTextBrowser* tokens_;
    QTextBrowser* ngrams_;
    AttentionPanel* attention_;  ///< a Transformer's attention (hidden for other models)
    QLabel* legend_;
    QLabel* note_;
    QString noteText_;  ///< the review the note is about
    QPushButton* save_;
    QTimer* debounce_;
    PredictionView last_;
    qint64 requested_ = 0;  ///< the run whose model was last asked for
};

}  // namespace sentiment::ui
