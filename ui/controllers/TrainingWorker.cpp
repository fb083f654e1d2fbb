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
        const auto inputs = experiment::RunInputs::fit(
            plan, request.dataset, request.vectors,
            request.vectors ? request.vectors->info().source : std::string(), nullptr, stop);
        if (!inputs) {
            Q_EMIT failed(CoreText::of(inputs.error()), inputs.error().kind);
            return;
        }
        if (inputs->rebuilt) {
            const auto& dataset = *inputs->dataset;
            Q_EMIT log(tr("Vocabulary rebuilt for this model: %1 entries%2")
                           .arg(QString::fromStdString(withCommas(dataset.vocab.size())),
                                dataset.options.charNgrams > 0
                                    ? tr(" (words, n-grams and character n-grams)")
                                : dataset.options.bigrams() ? tr(" (words and bigrams)")
                                                            : QString()));
        }
        auto setup = request.setup;
        setup.appVersion = QCoreApplication::applicationVersion().toStdString();
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
            setup.store = &*store;
        }
        experiment::ExperimentRunner runner(plan, std::move(setup));
        runner.onStart([this](const experiment::ExperimentOutcome& starting) {
            if (starting.runId) Q_EMIT runRecorded(*starting.runId);
        });
        const auto out = runner.run(*inputs, &observer, stop);

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
            summary.classes = int(result.test->confusion.classes());
            summary.testMacroF1 = result.test->confusion.macroF1();
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
