#include "ui/CoreText.h"
#include "ui/TrainingWorker.h"

#include <QCoreApplication>
#include <c10/util/Exception.h>

#include <nlohmann/json.hpp>
#include <optional>

#include "data/TextFormat.h"
#include "model/ModelFactory.h"
#include "model/ParameterReport.h"
#include "model/Runtime.h"
#include "storage/RunFacts.h"
#include "storage/RunRecorder.h"
#include "storage/RunStore.h"
#include "training/Trainer.h"
#include "ui/SignalingObserver.h"

namespace sentiment::ui {

void TrainingWorker::run(const TrainingRequest& request, std::stop_token stop) {
    try {
        SignalingObserver observer;
        connect(&observer, &SignalingObserver::batch, this, &TrainingWorker::batch, Qt::DirectConnection);
        connect(&observer, &SignalingObserver::epoch, this, &TrainingWorker::epoch, Qt::DirectConnection);
        connect(&observer, &SignalingObserver::log, this, &TrainingWorker::log, Qt::DirectConnection);

        const auto& choice = request.choice;
        // The loaded dataset, or the same reviews with the vocabulary this model needs (FastText's bigrams,
        // another size or tokenizer).
        auto prepared = choice.datasetFor(request.dataset, nullptr, stop);
        if (!prepared) {
            Q_EMIT failed(CoreText::of(prepared.error()));
            return;
        }
        if (*prepared != request.dataset) {
            Q_EMIT log(tr("Vocabulary rebuilt for this model: %1 entries%2")
                           .arg(QString::fromStdString(data::withCommas((*prepared)->vocab.size())),
                                (*prepared)->options.bigrams ? tr(" (words and bigrams)") : QString()));
        }
        const auto& dataset = **prepared;
        const auto matrix = choice.matrixFor(dataset.vocab, request.vectors);
        auto modelConfig = choice.model;
        modelConfig.vocabSize = static_cast<std::int64_t>(dataset.vocab.size());
        if (matrix) modelConfig.embeddingDim = static_cast<std::int64_t>(matrix->dimension);
        const auto parameters = model::ParameterReport::of(*model::ModelFactory::create(modelConfig)).trainable;

        std::optional<storage::RunStore> store;
        std::optional<storage::RunRecorder> recorder;
        QString storeWarning;
        if (!request.storePath.empty()) {
            auto opened = storage::RunStore::open(request.storePath);
            if (opened) {
                store.emplace(std::move(*opened));
                if (!store->openReport().setAside.empty()) {
                    Q_EMIT log(tr("The run store could not be used (%1); it was kept as %2 and a new one was started.")
                                   .arg(CoreText::of(store->openReport().problem),
                                        QString::fromStdString(store->openReport().setAside.string())));
                }
                storage::RunInfo info;
                info.name = request.runName.empty() ? choice.preset + " " + data::localTime("%Y-%m-%d %H:%M") : request.runName;
                info.preset = choice.preset;
                auto recorded = choice.training;  // what runs: "auto" precision resolved
                recorded.precision = training::Trainer::effectivePrecision(modelConfig, choice.training);
                info.configJson =
                    nlohmann::json{{"model", modelConfig.toJson()},
                                   {"training", recorded.toJson()},
                                   {"data",
                                    {{"source", dataset.sourceName},
                                     {"seed", dataset.options.seed},
                                     {"train_fraction", dataset.options.trainFraction},
                                     {"tokenizer", std::string(data::toString(dataset.options.tokenizer.kind))},
                                     {"lowercase", dataset.options.tokenizer.lowercase},
                                     {"max_vocab", dataset.options.vocabulary.maxSize},
                                     {"min_freq", dataset.options.vocabulary.minFreq},
                                     {"bigrams", dataset.options.bigrams}}}}
                        .dump();
                storage::describeDataset(info, dataset);
                if (matrix && request.vectors) {
                    info.vectorsPath = request.vectors->info().source;
                    info.vectorsCoverage = matrix->report.coverage();
                }
                info.parameters = parameters;
                const auto runtime = model::Runtime::info();
                info.device = choice.training.device;
                info.threads = runtime.threads;
                info.appVersion = QCoreApplication::applicationVersion().toStdString();
                info.torchVersion = runtime.libtorchVersion;
                if (auto id = store->beginRun(info)) {
                    recorder.emplace(*store, *id, &observer);
                    Q_EMIT runRecorded(*id);
                } else {
                    storeWarning = CoreText::of(id.error());
                }
            } else {
                storeWarning = CoreText::of(opened.error());
            }
            if (!storeWarning.isEmpty()) Q_EMIT log(tr("This run is not recorded: %1").arg(storeWarning));
        }

        training::Trainer trainer(modelConfig, choice.training);
        if (!request.checkpointDir.empty()) {
            trainer.setCheckpointPath(request.checkpointDir / (choice.preset + "-" + data::localTime("%Y%m%d-%H%M%S") + ".slckpt"));
        }
        training::TrainingObserver* watcher = recorder ? static_cast<training::TrainingObserver*>(&*recorder) : &observer;
        auto result = trainer.run(dataset, matrix.get(), watcher, stop);

        RunSummary summary;
        summary.parameters = parameters;
        if (recorder) {
            summary.runId = recorder->run();
            if (result) (void)store->updateRuntime(recorder->run(), result->device, result->threads, result->parameters.trainable);
            if (auto ok = recorder->finish(storage::outcomeOf(result)); !ok) storeWarning = CoreText::of(ok.error());
        }
        if (!result) {
            Q_EMIT failed(CoreText::of(result.error()));
            return;
        }
        summary.stopped = result->stopped;
        summary.tested = result->test.has_value();
        if (result->test) {
            summary.testLoss = result->test->loss;
            summary.testAccuracy = result->test->accuracy;
        }
        summary.bestEpoch = result->bestEpoch;
        summary.tokensPerSecond = result->tokensPerSecond;
        summary.checkpoint = QString::fromStdString(result->checkpoint.string());
        summary.storeWarning = storeWarning;
        Q_EMIT finished(summary);
    } catch (const c10::Error& e) {
        Q_EMIT failed(tr("LibTorch failed: %1").arg(QString::fromStdString(e.what_without_backtrace())));
    } catch (const std::exception& e) {
        Q_EMIT failed(tr("Training failed: %1").arg(QString::fromUtf8(e.what())));
    }
}

}  // namespace sentiment::ui
