#include "ui/controllers/TrainingWorker.h"
#include "ui/platform/CoreText.h"

#include <QCoreApplication>

#include <optional>

#include "experiment/ExperimentRunner.h"
#include "foundation/TextFormat.h"
#include "model/ExceptionText.h"
#include "storage/RunStore.h"
#include "ui/controllers/SignalingObserver.h"

namespace sentiment::ui {

void TrainingWorker::run(const TrainingRequest& request, std::stop_token stop) {
    try {
        SignalingObserver observer;
        connect(&observer, &SignalingObserver::batch, this, &TrainingWorker::batch,
                Qt::DirectConnection);
        connect(&observer, &SignalingObserver::evaluation, this, &TrainingWorker::evaluation,
                Qt::DirectConnection);
        connect(&observer, &SignalingObserver::epoch, this, &TrainingWorker::epoch,
                Qt::DirectConnection);
        connect(&observer, &SignalingObserver::log, this, &TrainingWorker::log,
                Qt::DirectConnection);

        const auto& plan = request.choice;
        // The loaded dataset, or the same reviews with the vocabulary and split this plan needs
        // (FastText's bigrams, another size, tokenizer or seed).
        auto prepared = plan.datasetFor(request.dataset, nullptr, stop);
        if (!prepared) {
            Q_EMIT failed(CoreText::of(prepared.error()), prepared.error().kind);
            return;
        }
        if (*prepared != request.dataset) {
            Q_EMIT log(
                tr("Vocabulary rebuilt for this model: %1 entries%2")
                    .arg(QString::fromStdString(withCommas((*prepared)->vocab.size())),
                         (*prepared)->options.bigrams() ? tr(" (words and bigrams)") : QString()));
        }
        const auto& dataset = **prepared;
        const auto matrix = plan.matrixFor(dataset.vocab, request.vectors);

        experiment::ExperimentRunner runner(plan);
        std::optional<storage::RunStore> store;
        if (!request.storePath.empty()) {
            auto opened = storage::RunStore::open(request.storePath);
            if (!opened) {
                Q_EMIT failed(tr("Nothing was trained: the run store cannot be used (%1)")
                                  .arg(CoreText::of(opened.error())),
                              opened.error().kind);
                return;
            }
            store.emplace(std::move(*opened));
            if (const auto warning = store->setAsideWarning()) Q_EMIT log(CoreText::of(*warning));
            runner.recordIn(*store, request.runName,
                            QCoreApplication::applicationVersion().toStdString());
            if (request.groupId > 0) runner.joinGroup(request.groupId, request.groupValue);
        }
        runner.setCheckpointDirectory(request.checkpointDir);
        if (request.continueRun > 0) {
            // The same run goes on: on the same reviews, or not at all.
            if (!plan.source.empty() &&
                plan.source != experiment::ExperimentPlan::sourceOf(dataset)) {
                Q_EMIT failed(
                    tr("Run %1 trained on %2; open that dataset on the Data page to continue it")
                        .arg(request.continueRun)
                        .arg(QString::fromStdString(plan.source)),
                    ErrorKind::Other);
                return;
            }
            runner.continueRun(request.continueRun, request.continueCheckpoint);
        }
        runner.onStart([this](const experiment::ExperimentOutcome& starting) {
            if (starting.runId) Q_EMIT runRecorded(*starting.runId);
        });
        const auto out =
            runner.run(dataset, matrix.get(),
                       request.vectors && matrix ? request.vectors->info().source : std::string(),
                       &observer, stop);

        RunSummary summary;
        summary.parameters = out.parameters;
        summary.runId = out.runId.value_or(0);
        if (out.storeFailure) summary.storeWarning = CoreText::of(*out.storeFailure);
        if (out.failure) {
            Q_EMIT failed(CoreText::of(*out.failure), out.failure->kind);
            return;
        }
        const auto& result = *out.result;
        summary.stopped = result.stopped;
        summary.tested = result.test.has_value();
        if (result.test) {
            summary.testLoss = result.test->loss;
            summary.testAccuracy = result.test->accuracy;
        }
        summary.bestEpoch = result.bestEpoch;
        summary.tokensPerSecond = result.tokensPerSecond;
        summary.checkpoint = QString::fromStdString(result.checkpoint.string());
        Q_EMIT finished(summary);
    } catch (const std::exception& e) {
        const auto what = model::ExceptionText::of(e);
        const auto text = QString::fromStdString(what.text);
        Q_EMIT failed(what.fromLibTorch ? tr("LibTorch failed: %1").arg(text)
                                        : tr("Training failed: %1").arg(text),
                      ErrorKind::Other);
    }
}

}  // namespace sentiment::ui
