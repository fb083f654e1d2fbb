#include "ui/CoreText.h"
#include "ui/PredictController.h"

#include <c10/util/Exception.h>

#include <QtConcurrent/QtConcurrentRun>
#include <chrono>
#include <utility>

#include "data/TextFormat.h"
#include "training/Predictor.h"
#include "ui/Logging.h"

namespace sentiment::ui {

struct PredictController::Job {
    enum class Kind { Load, Predict, Explain } kind = Kind::Predict;
    // Load
    QString checkpoint;
    qint64 run = 0;
    std::shared_ptr<const training::Predictor> loaded;
    QString description;
    // Predict
    std::shared_ptr<const training::Predictor> predictor;
    bool explain = false;
    std::stop_token stop;  ///< an explanation ends early when newer text arrives
    PredictionView view;
    QString error;
};

PredictController::PredictController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<sentiment::ui::PredictionView>();
    connect(&watcher_, &QFutureWatcher<std::shared_ptr<Job>>::finished, this, [this] {
        const auto job = watcher_.result();
        busy_ = false;  // a slot of the signals below may start newer work at once
        if (!job->error.isEmpty()) {
            Logging::logger()->error("{}", job->error.toStdString());
            Q_EMIT failed(job->error);
        } else if (job->kind == Job::Kind::Load) {
            predictor_ = job->loaded;
            run_ = job->run;
            Logging::logger()->info("{}", tr("Prediction model: %1").arg(job->description).toStdString());
            Q_EMIT modelLoaded(job->description);
        } else if (job->kind == Job::Kind::Predict) {
            Q_EMIT predicted(job->view);
        } else if (!job->stop.stop_requested()) {
            Q_EMIT explained(job->view);
        }
        if (busy_) return;
        if (pendingLoad_) {
            start(std::exchange(pendingLoad_, nullptr));
        } else if (pendingPredict_) {
            auto next = std::exchange(pendingPredict_, nullptr);
            next->predictor = predictor_;  // the model loaded meanwhile, if one was
            start(std::move(next));
        } else if (job->kind == Job::Kind::Predict && job->explain && job->error.isEmpty()) {
            // The explanation takes the model once per token: it follows the verdict, and only when
            // no newer text is waiting.
            auto explain = std::make_shared<Job>(*job);
            explain->kind = Job::Kind::Explain;
            explainStop_ = std::stop_source();
            explain->stop = explainStop_.get_token();
            start(std::move(explain));
        }
    });
}

PredictController::~PredictController() {
    explainStop_.request_stop();
    pendingLoad_.reset();
    pendingPredict_.reset();
    watcher_.waitForFinished();
}

void PredictController::start(std::shared_ptr<Job> job) {
    if (busy_) {
        (job->kind == Job::Kind::Load ? pendingLoad_ : pendingPredict_) = std::move(job);
        return;
    }
    busy_ = true;
    watcher_.setFuture(QtConcurrent::run([job] {
        try {
            if (job->kind == Job::Kind::Load) {
                auto p = training::Predictor::load(job->checkpoint.toStdString());
                if (!p) {
                    job->error = CoreText::of(p.error());
                    return job;
                }
                auto shared = std::make_shared<const training::Predictor>(std::move(*p));
                const auto& c = shared->checkpoint();
                job->description =
                    shared->precision() == training::Precision::BFloat16
                        ? QObject::tr("%1 model, vocabulary of %2 entries, bfloat16 weights (AVX-512)")
                        : QObject::tr("%1 model, vocabulary of %2 entries");
                job->description = job->description.arg(QString::fromLatin1(model::toString(c.model.architecture).data()),
                                                        QString::fromStdString(data::withCommas(c.vocab.size())));
                job->loaded = std::move(shared);
                return job;
            }
            if (!job->predictor) {
                job->error = QObject::tr("Choose a trained model first.");
                return job;
            }
            const auto start = std::chrono::steady_clock::now();
            const std::string text = job->view.text.toStdString();
            auto& v = job->view;
            const auto p = job->kind == Job::Kind::Predict ? job->predictor->predict(text) : training::Prediction{};
            if (job->kind == Job::Kind::Explain) {
                v.importance.clear();
                for (const double d : job->predictor->importance(text, 64, job->stop)) v.importance << d;
            } else {
                v.tokens.clear();
                v.unknown.clear();
                v.probability = p.probability;
                v.truncated = p.truncated;
                for (std::size_t i = 0; i < p.tokens.size(); ++i) {
                    v.tokens << QString::fromStdString(p.tokens[i]);
                    v.unknown << (i < p.ids.size() && p.ids[i] == data::Vocabulary::kUnk);
                }
            }
            v.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        } catch (const c10::Error& e) {
            job->error = QObject::tr("The model failed: %1").arg(QString::fromStdString(e.what_without_backtrace()));
        } catch (const std::exception& e) {
            job->error = QObject::tr("The model failed: %1").arg(QString::fromUtf8(e.what()));
        }
        return job;
    }));
}

void PredictController::loadModel(const QString& checkpoint, qint64 run) {
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Load;
    job->checkpoint = checkpoint;
    job->run = run;
    explainStop_.request_stop();  // the explanation of the old model is no longer wanted
    start(std::move(job));
}

void PredictController::predict(const QString& text, bool explain) {
    explainStop_.request_stop();  // an explanation of older text is not worth waiting for
    auto job = std::make_shared<Job>();
    job->predictor = predictor_;
    job->explain = explain;
    job->view.text = text;
    start(std::move(job));
}

}  // namespace sentiment::ui
