#include "ui/controllers/PredictController.h"
#include "ui/controllers/Guarded.h"
#include "ui/platform/CoreText.h"

#include <chrono>
#include <mutex>
#include <utility>

#include "foundation/TextFormat.h"
#include "training/Predictor.h"
#include "ui/platform/Logging.h"

namespace sentiment::ui {

struct PredictController::Current {
    std::shared_ptr<const training::Predictor> get() {
        const std::lock_guard lock(mutex);
        return predictor;
    }
    void set(std::shared_ptr<const training::Predictor> p) {
        const std::lock_guard lock(mutex);
        predictor = std::move(p);
    }
    std::mutex mutex;
    std::shared_ptr<const training::Predictor> predictor;
};

struct PredictController::Loaded {
    qint64 run = 0;
    std::shared_ptr<const training::Predictor> predictor;
    QList<NgramWeight> positive, negative;
    QString description;
    QString error;
};

struct PredictController::Scored {
    std::shared_ptr<const training::Predictor> predictor;  ///< the model that judged it
    bool explain = false;
    bool stopped = false;  ///< an explanation cut short by a newer model
    PredictionView view;
    QString error;
};

PredictController::PredictController(QObject* parent)
    : QObject(parent), current_(std::make_shared<Current>()) {
    qRegisterMetaType<sentiment::ui::PredictionView>();
}

// The task's destructor stops an explanation and waits for the running job.
PredictController::~PredictController() = default;

void PredictController::fail(const QString& message) {
    Logging::logger()->error("{}", message.toStdString());
    Q_EMIT failed(message);
}

void PredictController::loadModel(const QString& checkpoint, qint64 run) {
    tasks_.stop(kText);  // the explanation of the old model is no longer wanted
    tasks_.submit(
        [checkpoint, run] {
            auto out = std::make_shared<Loaded>();
            out->run = run;
            guarded(out->error, QObject::tr("The model failed: %1"), [&] {
                auto p = training::Predictor::load(checkpoint.toStdString());
                if (!p) {
                    out->error = CoreText::of(p.error());
                    return;
                }
                auto shared = std::make_shared<const training::Predictor>(std::move(*p));
                const auto& c = shared->checkpoint();
                const QString description =
                    shared->precision() == training::Precision::BFloat16
                        ? QObject::tr(
                              "%1 model, vocabulary of %2 entries, bfloat16 weights (AVX-512)")
                        : QObject::tr("%1 model, vocabulary of %2 entries");
                out->description = description.arg(
                    QString::fromLatin1(model::toString(c.model.architecture).data()),
                    QString::fromStdString(withCommas(c.vocab.size())));
                for (const auto& w : shared->strongest(kStrongest, true))
                    out->positive.push_back({QString::fromStdString(w.ngram), w.value});
                for (const auto& w : shared->strongest(kStrongest, false))
                    out->negative.push_back({QString::fromStdString(w.ngram), w.value});
                out->predictor = std::move(shared);
            });
            return out;
        },
        [this](const std::shared_ptr<Loaded>& loaded) {
            if (!loaded->error.isEmpty()) return fail(loaded->error);
            predictor_ = loaded->predictor;
            strongestPositive_ = loaded->positive;
            strongestNegative_ = loaded->negative;
            run_ = loaded->run;
            current_->set(predictor_);
            Logging::logger()->info(
                "{}", tr("Prediction model: %1").arg(loaded->description).toStdString());
            Q_EMIT modelLoaded(loaded->description);
        },
        kModel);
}

void PredictController::predict(const QString& text, bool explain) {
    // Newer text replaces text still waiting and drops a verdict or explanation of older text.
    tasks_.submit(
        [current = current_, text, explain] {
            auto out = std::make_shared<Scored>();
            out->predictor = current->get();
            out->explain = explain;
            out->view.text = text;
            if (!out->predictor) {
                out->error = QObject::tr("Choose a trained model first.");
                return out;
            }
            guarded(out->error, QObject::tr("The model failed: %1"), [&] {
                const auto start = std::chrono::steady_clock::now();
                const auto p = out->predictor->predict(text.toStdString());
                auto& v = out->view;
                v.probability = p.probability;
                v.truncated = p.truncated;
                if (const auto& classes = out->predictor->checkpoint().classes;
                    classes.size() > 2) {
                    for (const auto& c : classes) v.classes << QString::fromStdString(c);
                    for (const double q : p.probabilities) v.probabilities << q;
                    v.called = int(p.called);
                }
                for (std::size_t i = 0; i < p.tokens.size(); ++i) {
                    v.tokens << QString::fromStdString(p.tokens[i]);
                    v.unknown << (i < p.ids.size() && p.ids[i] == data::Vocabulary::kUnk);
                }
                // A Transformer's attention costs one more pass over the text.
                if (const auto maps = out->predictor->attention(text.toStdString())) {
                    auto& a = v.attention;
                    for (const auto& t : maps->tokens) a.tokens << QString::fromStdString(t);
                    a.layers = int(maps->layers);
                    a.heads = int(maps->heads);
                    a.weights = QList<float>(maps->weights.begin(), maps->weights.end());
                    const auto rollout = maps->rollout();
                    a.rollout = QList<float>(rollout.begin(), rollout.end());
                    a.cls = out->predictor->checkpoint().model.pooling == model::Pooling::Cls;
                    const auto reads = maps->classifierReads(a.cls, rollout);
                    a.reads = QList<float>(reads.begin(), reads.end());
                }
                // A linear model explains itself exactly, at no extra cost: no occlusion pass
                // follows.
                if (explain) {
                    if (const auto e = out->predictor->explain(text.toStdString())) {
                        v.exact = true;
                        v.logit = e->logit;
                        v.bias = e->bias;
                        v.ngrams = int(e->terms.size());
                        for (const double d : e->perToken) v.importance << d;
                        for (std::size_t i = 0;
                             i < e->terms.size() && v.terms.size() < 2 * kStrongest; ++i) {
                            v.terms.push_back(
                                {QString::fromStdString(e->terms[i].ngram), e->terms[i].value});
                        }
                    }
                }
                v.milliseconds = std::chrono::duration<double, std::milli>(
                                     std::chrono::steady_clock::now() - start)
                                     .count();
            });
            return out;
        },
        [this](const std::shared_ptr<Scored>& scored) {
            if (!scored->error.isEmpty()) return fail(scored->error);
            Q_EMIT predicted(scored->view);
            if (scored->view.exact) {  // already explained, exactly
                Q_EMIT explained(scored->view);
                return;
            }
            // The explanation takes the model once per token: it follows the verdict, and only when
            // no newer text or model waits.
            if (scored->explain && !tasks_.waiting(kText) && !tasks_.waiting(kModel))
                this->explain(scored);
        },
        kText);
}

void PredictController::explain(const std::shared_ptr<Scored>& scored) {
    tasks_.submit(
        [scored](std::stop_token stop) {
            auto out = std::make_shared<Scored>(*scored);
            guarded(out->error, QObject::tr("The model failed: %1"), [&] {
                const auto start = std::chrono::steady_clock::now();
                out->view.importance.clear();
                for (const double d :
                     out->predictor->importance(out->view.text.toStdString(), 64, stop))
                    out->view.importance << d;
                out->view.milliseconds = std::chrono::duration<double, std::milli>(
                                             std::chrono::steady_clock::now() - start)
                                             .count();
            });
            out->stopped = stop.stop_requested();
            return out;
        },
        [this](const std::shared_ptr<Scored>& result) {
            if (!result->error.isEmpty()) return fail(result->error);
            if (!result->stopped) Q_EMIT explained(result->view);
        },
        kText);
}

}  // namespace sentiment::ui
