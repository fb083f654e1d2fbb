#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

#include "ui/controllers/BackgroundTask.h"

namespace sentiment::training {
class Predictor;
}

namespace sentiment::ui {

/// An n-gram and what it adds to a linear model's logit.
struct NgramWeight {
    QString ngram;
    double value = 0;
};

/// A Transformer's attention over a review, as the Predict page draws it.
struct AttentionView {
    QStringList tokens;  ///< the positions: "[CLS]" first when the model classifies from one
    int layers = 0, heads = 0;
    QList<float> weights;  ///< [layer][head][from][to]: how much `from` reads `to`; rows sum to 1
    QList<float> rollout;  ///< [from][to]: attention rollout over all layers
    QList<float> reads;    ///< per position: what the classifier reads, by rollout (sums to 1)
    bool cls = false;      ///< the classifier reads the [CLS] position (else the mean of all)

    bool empty() const { return layers == 0 || tokens.isEmpty(); }
    float at(int layer, int head, int from, int to) const {
        const auto n = tokens.size();
        return weights.value(((qsizetype(layer) * heads + head) * n + from) * n + to);
    }
};

/// A verdict as the Predict page shows it.
struct PredictionView {
    QString text;
    double probability = 0;  ///< P(positive) with two classes; with more, of the class called
    /// More than two classes: their names, each one's probability and the class called (its
    /// index); empty with two.
    QStringList classes;
    QList<double> probabilities;
    int called = -1;
    QStringList tokens;
    QList<bool> unknown;  ///< per token: not in the model's vocabulary (<unk>)
    /// Per token, when explained: the drop in P(positive) (with more classes: in the called
    /// class's probability) without it (occlusion), or for a linear model (`exact`) its share of
    /// its n-grams' contributions to the logit (of the called class).
    QList<double> importance;
    bool exact = false;
    double logit = 0, bias = 0;  ///< exact: the logit = the bias + every n-gram's contribution
    int ngrams = 0;              ///< exact: the review's distinct n-grams
    QList<NgramWeight> terms;    ///< exact: the review's strongest n-grams, largest |value| first
    double milliseconds = 0;
    bool truncated = false;   ///< longer than the model reads: only the first tokens were scored
    AttentionView attention;  ///< a Transformer's; empty for the other models
};

/// Loads a trained model (separately from any training) and scores text off the GUI thread.
/// Requests do not pile up (BackgroundTask, latest wins): while one is scored, only the newest
/// text and the newest model wait, in the order asked, so typing fast costs one verdict per
/// pause, and text typed after choosing a model is judged by that model. An explanation (word
/// importance) follows a verdict when asked and nothing newer waits.
class PredictController : public QObject {
    Q_OBJECT
public:
    explicit PredictController(QObject* parent = nullptr);
    ~PredictController() override;

    /// Loads the checkpoint of run `run`; `modelLoaded` or `failed` follows.
    void loadModel(const QString& checkpoint, qint64 run);
    bool hasModel() const { return predictor_ != nullptr; }
    /// A linear model's n-grams with the largest contributions towards positive and towards
    /// negative (empty for other models).
    const QList<NgramWeight>& strongestPositive() const { return strongestPositive_; }
    const QList<NgramWeight>& strongestNegative() const { return strongestNegative_; }
    /// How many strongest n-grams are kept per direction, for the model and for a review.
    static constexpr int kStrongest = 12;
    qint64 run() const { return run_; }
    /// Scores `text` (and explains it when `explain`).
    void predict(const QString& text, bool explain);

Q_SIGNALS:
    void modelLoaded(const QString& description);
    void predicted(const sentiment::ui::PredictionView& view);
    /// The same view with `importance` filled, after `predicted`.
    void explained(const sentiment::ui::PredictionView& view);
    void failed(const QString& message);

private:
    enum Kind { kModel = 1, kText = 2 };
    struct Loaded;
    struct Scored;
    struct Current;
    void explain(const std::shared_ptr<Scored>& scored);
    void fail(const QString& message);

    std::shared_ptr<const training::Predictor> predictor_;
    QList<NgramWeight> strongestPositive_, strongestNegative_;
    qint64 run_ = 0;
    /// The model the next scoring job uses: set on the GUI thread when a load is done, read by
    /// the job when it starts (so text asked for before the load landed still gets the new model).
    std::shared_ptr<Current> current_;
    BackgroundTask tasks_{BackgroundTask::Policy::LatestWins};
};

}  // namespace sentiment::ui

Q_DECLARE_METATYPE(sentiment::ui::PredictionView)
