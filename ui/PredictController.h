#pragma once

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <stop_token>

namespace sentiment::training {
class Predictor;
}

namespace sentiment::ui {

/// A verdict as the Predict page shows it.
struct PredictionView {
    QString text;
    double probability = 0;
    QStringList tokens;
    QList<bool> unknown;     ///< per token: not in the model's vocabulary (<unk>)
    QList<double> importance;  ///< per token, when explained: the drop in P(positive) without it
    double milliseconds = 0;
    bool truncated = false;  ///< longer than the model reads: only the first tokens were scored
};

/// Loads a trained model (separately from any training) and scores text off the GUI thread.
/// Requests do not pile up: while one is scored, only the newest text waits, so typing fast
/// costs one verdict per pause. An explanation (word importance) follows each verdict when asked.
class PredictController : public QObject {
    Q_OBJECT
public:
    explicit PredictController(QObject* parent = nullptr);
    ~PredictController() override;

    /// Loads the checkpoint of run `run`; `modelLoaded` or `failed` follows.
    void loadModel(const QString& checkpoint, qint64 run);
    bool hasModel() const { return predictor_ != nullptr; }
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
    struct Job;
    void start(std::shared_ptr<Job> job);

    std::shared_ptr<const training::Predictor> predictor_;
    qint64 run_ = 0;
    QFutureWatcher<std::shared_ptr<Job>> watcher_;
    // What waits while a job runs: the newest model to load (it runs first) and the newest text;
    // a newer request of one kind replaces the waiting one of that kind only.
    std::shared_ptr<Job> pendingLoad_, pendingPredict_;
    bool busy_ = false;
    std::stop_source explainStop_;
};

}  // namespace sentiment::ui

Q_DECLARE_METATYPE(sentiment::ui::PredictionView)
