#include "ui/controllers/ModelController.h"
#include "ui/platform/CoreText.h"

#include <sstream>

#include "experiment/RunInputs.h"
#include "model/ParameterReport.h"
#include "model/ProcessMemory.h"
#include "model/Runtime.h"
#include "training/MemoryEstimate.h"
#include "training/TimingProbe.h"
#include "training/Trainer.h"
#include "ui/controllers/DatasetController.h"
#include "ui/controllers/Guarded.h"

namespace sentiment::ui {

namespace {
QString shapeText(const std::vector<std::int64_t>& shape) {
    QStringList parts;
    for (auto d : shape) parts << QString::number(d);
    return parts.join(QStringLiteral(" × "));
}
}  // namespace

struct ModelController::Counted {
    ParameterSummary summary;
    QString error;
};

struct ModelController::Timed {
    training::TimingEstimate estimate;
    QString error;
};

ModelController::ModelController(DatasetController* datasets, QObject* parent)
    : QObject(parent), datasets_(datasets) {
    qRegisterMetaType<sentiment::ui::ParameterSummary>();
    connect(datasets_, &DatasetController::loaded, this, [this] { count(); });
    connect(datasets_, &DatasetController::vectorsLoaded, this, [this] { count(); });
}

// The tasks' destructors stop the probe and wait for both jobs.
ModelController::~ModelController() = default;

int ModelController::threads() {
    return model::Runtime::info().threads;
}

bool ModelController::bf16TrainingAvailable() {
    return model::Runtime::bf16RecurrentLayers();
}

quint64 ModelController::expectedPeakBytes(qint64 parameters) const {
    const auto dataset = datasets_->dataset();
    const auto vectors = datasets_->vectors();
    // The loaded vectors stay (the Data page and the embedding explorer read them), and a run
    // makes its vocabulary's matrix from them.
    const std::uint64_t vocab =
        dataset ? dataset->vocab.size() : std::uint64_t(choice_.vocabularyLimit());
    const std::uint64_t vectorsBytes =
        vectors ? (std::uint64_t(vectors->size()) + (choice_.useVectors ? vocab : 0)) *
                      vectors->dimension() * sizeof(float)
                : 0;
    auto data = dataset ? training::MemoryEstimate::Data::of(*dataset, vectorsBytes)
                        : training::MemoryEstimate::Data::lectureImdb();
    return training::MemoryEstimate::of(choice_.model, choice_.training, parameters, data,
                                        /*gui=*/true)
        .total();
}

bool ModelController::trainsInBf16() const {
    return training::Trainer::effectivePrecision(choice_.model, choice_.training) ==
           training::Precision::BFloat16;
}

quint64 ModelController::availableBytes() {
    return model::ProcessMemory::availableBytes();
}

void ModelController::setChoice(const experiment::ExperimentPlan& choice) {
    choice_ = choice;
    Q_EMIT choiceChanged();
    count();
}

void ModelController::count() {
    auto config = choice_.model;
    const auto dataset = datasets_->dataset();
    const auto vectors = datasets_->vectors();
    // Exact when the loaded vocabulary is the one this model will train on; else the chosen limit.
    const bool exact = dataset && choice_.fits(*dataset);
    config.vocabSize = exact ? std::int64_t(dataset->vocab.size()) : choice_.vocabularyLimit();
    // The head has one output per class beyond two: the loaded dataset's classes.
    if (dataset) config.classes = std::int64_t(dataset->classes().size());
    if (choice_.useVectors && vectors) config.embeddingDim = std::int64_t(vectors->dimension());
    counter_.submit(
        [config, exact] {
            auto out = std::make_shared<Counted>();
            guarded(out->error, tr("This model cannot be built: %1"), [&] {
                const auto report = model::ParameterReport::of(config);
                auto& s = out->summary;
                for (const auto& row : report.rows) {
                    s.tensors.append(
                        {QString::fromStdString(row.name), shapeText(row.shape), row.count});
                }
                for (const auto& f : report.formulas) {
                    s.formulas.append({CoreText::of(f.layer), CoreText::of(f.formula), f.count});
                }
                s.trainable = report.trainable;
                s.total = report.total;
                s.vocabSize = config.vocabSize;
                s.embeddingDim = config.embeddingDim;
                s.vocabExact = exact;
            });
            return out;
        },
        [this](const std::shared_ptr<Counted>& counted) {
            if (!counted->error.isEmpty()) {
                Q_EMIT parametersFailed(counted->error);
                return;
            }
            auto summary = counted->summary;
            summary.expectedPeakBytes = expectedPeakBytes(summary.trainable);
            Q_EMIT parametersCounted(summary);
        });
}

void ModelController::measure() {
    if (probe_.busy()) return;
    const auto dataset = datasets_->dataset();
    if (!dataset) {
        Q_EMIT measureFailed(tr("Load a dataset first: the timing runs a few batches of it."));
        return;
    }
    Q_EMIT measureStarted();
    probe_.submit(
        [choice = choice_, dataset, vectors = datasets_->vectors()](std::stop_token stop) {
            auto out = std::make_shared<Timed>();
            guarded(out->error, tr("The timing failed: %1"), [&] {
                const auto inputs =
                    experiment::RunInputs::fit(choice, dataset, vectors, {}, nullptr, stop);
                if (!inputs) {
                    out->error = CoreText::of(inputs.error());
                    return;
                }
                const auto& ds = *inputs->dataset;
                const auto config = choice.modelFor(ds, inputs->matrix.get());
                auto estimate = training::TimingProbe::measure(config, choice.training, ds,
                                                               inputs->matrix.get(), 3, stop);
                if (!estimate) {
                    out->error = CoreText::of(estimate.error());
                } else {
                    out->estimate = *estimate;
                }
            });
            return out;
        },
        [this](const std::shared_ptr<Timed>& timed) {
            if (!timed->error.isEmpty()) {
                Q_EMIT measureFailed(timed->error);
            } else {
                Q_EMIT measured(timed->estimate.epochSeconds(), timed->estimate.tokensPerSecond,
                                int(timed->estimate.batchesMeasured));
            }
        });
}

void ModelController::cancelMeasure() {
    probe_.stop();
}

}  // namespace sentiment::ui
