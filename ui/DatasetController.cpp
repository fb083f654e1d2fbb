#include "ui/DatasetController.h"

#include "ui/Logging.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

#include "data/BucketIterator.h"
#include "data/CacheDirectory.h"
#include "data/DatasetLoader.h"

namespace sentiment::ui {

namespace {
// Forwards the loader's progress to the controller's signals (queued to the GUI thread).
class Forwarder final : public data::ProgressObserver {
public:
    explicit Forwarder(DatasetController* target) : target_(target) {}
    void onPhase(std::string_view phase) override { phase_ = QString::fromUtf8(phase.data(), qsizetype(phase.size())); }
    void onProgress(double done, double total) override {
        const double f = total > 0 ? done / total : 0;
        QMetaObject::invokeMethod(target_, [t = target_, p = phase_, f] { Q_EMIT t->progress(p, f); }, Qt::QueuedConnection);
    }

private:
    DatasetController* target_;
    QString phase_;
};
}  // namespace

struct DatasetController::Outcome {
    std::shared_ptr<const data::Dataset> dataset;
    DatasetSummary summary;
    QString error;
};

DatasetController::DatasetController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<sentiment::ui::DatasetSummary>();
    connect(this, &DatasetController::started, this, [](const QString& source) {
        Logging::logger()->info("Loading {}", source.toStdString());
    });
    connect(this, &DatasetController::loaded, this, [](const DatasetSummary& s) {
        Logging::logger()->info("Loaded {}: vocabulary {}, {:.2f} s{}", s.source.toStdString(), s.vocabSize, s.seconds,
                                s.cacheUsed ? " (from the cache)" : "");
        for (const auto& w : s.warnings) Logging::logger()->warn("{}", w.toStdString());
    });
    connect(this, &DatasetController::failed, this,
            [](const QString& message) { Logging::logger()->error("{}", message.toStdString()); });
    connect(&watcher_, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, [this] {
        const auto outcome = watcher_.result();
        if (!outcome->error.isEmpty()) {
            Q_EMIT failed(outcome->error);
            return;
        }
        dataset_ = outcome->dataset;
        Q_EMIT loaded(outcome->summary);
    });
}

DatasetController::~DatasetController() {
    stop_.request_stop();
    watcher_.waitForFinished();
}

bool DatasetController::busy() const { return watcher_.isRunning(); }

void DatasetController::cancel() { stop_.request_stop(); }

void DatasetController::load(const QString& path) {
    if (busy()) return;
    stop_ = std::stop_source();
    const QString source = path.isEmpty() ? QStringLiteral("demo sample") : path;
    Q_EMIT started(source);
    watcher_.setFuture(QtConcurrent::run([this, path, token = stop_.get_token()] {
        auto outcome = std::make_shared<Outcome>();
        try {
            Forwarder forwarder(this);
            const data::DatasetLoader loader(data::CacheDirectory::defaultPath());
            auto result = path.isEmpty() ? loader.loadDemo({}, &forwarder, token)
                                         : loader.load(path.toStdString(), {}, &forwarder, token);
            if (!result) {
                outcome->error = QString::fromStdString(result.error().message);
                return outcome;
            }
            auto ds = std::make_shared<const data::Dataset>(std::move(*result));
            DatasetSummary& s = outcome->summary;
            s.source = QString::fromStdString(ds->sourceName);
            s.demo = ds->demo;
            int row = 0;
            for (const auto* e : {&ds->train, &ds->valid, &ds->test}) {
                s.counts[row][1] = int(e->positives());
                s.counts[row][0] = int(e->size() - e->positives());
                ++row;
            }
            s.vocabSize = int(ds->vocab.size());
            s.tokens = qint64(ds->corpus->tokenCount());
            const data::BucketIterator it(ds->train, {});
            s.paddingBucketed = it.padding(it.plan(0)).ratio();
            s.paddingRandom = it.randomPadding(0).ratio();
            s.seconds = ds->timings.total;
            s.cacheUsed = ds->timings.cacheUsed;
            for (const auto& [w, c] : ds->vocab.mostCommon(30)) s.mostCommon.append({QString::fromStdString(w), qint64(c)});
            for (const auto& w : ds->corpus->report.warnings) s.warnings.append(QString::fromStdString(w));
            outcome->dataset = std::move(ds);
        } catch (const std::exception& e) {
            outcome->error = tr("Loading failed: %1").arg(QString::fromUtf8(e.what()));
        }
        return outcome;
    }));
}

}  // namespace sentiment::ui
