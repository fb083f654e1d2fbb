#include "ui/controllers/DatasetController.h"
#include "data/imdb/DemoData.h"
#include "ui/platform/CoreText.h"

#include "experiment/Baseline.h"
#include "experiment/ExperimentPlan.h"
#include "experiment/RunFacts.h"

#include "ui/platform/Logging.h"

#include <QFileInfo>
#include <QLocale>
#include <QMetaObject>
#include <algorithm>
#include <filesystem>

#include "data/dataset/DatasetLoader.h"
#include "data/dataset/DatasetStatistics.h"
#include "data/table/TableReader.h"
#include "data/text/ScriptCensus.h"
#include "data/vectors/EmbeddingMatrix.h"
#include "data/vectors/VectorsLoader.h"
#include "foundation/CacheDirectory.h"

namespace sentiment::ui {

namespace {
// Forwards a loader's progress to one of the controller's signals (queued to the GUI thread).
class Forwarder final : public data::ProgressObserver {
public:
    using Emit = void (*)(DatasetController*, const QString&, double);
    Forwarder(DatasetController* target, Emit emit) : target_(target), emit_(emit) {}
    void onPhase(std::string_view phase) override {
        phase_ = QString::fromUtf8(phase.data(), qsizetype(phase.size()));
    }
    void onProgress(double done, double total) override {
        const double f = total > 0 ? done / total : 0;
        QMetaObject::invokeMethod(
            target_, [t = target_, e = emit_, p = phase_, f] { e(t, p, f); }, Qt::QueuedConnection);
    }

private:
    DatasetController* target_;
    Emit emit_;
    QString phase_;
};

data::TableOptions tableOptions(const TableChoice& c) {
    data::TableOptions o;
    o.textColumn = c.textColumn.toStdString();
    o.labelColumn = c.labelColumn.toStdString();
    o.splitColumn = c.splitColumn.toStdString();
    o.groupColumn = c.groupColumn.toStdString();
    o.delimiter = c.delimiter;
    o.header = c.header == 1   ? data::TableOptions::Header::Yes
               : c.header == 2 ? data::TableOptions::Header::No
                               : data::TableOptions::Header::Auto;
    o.labelMap = c.labelMap.toStdString();
    o.testFile = c.testFile.toStdString();
    o.testFraction = c.testFraction;
    return o;
}

QString fromUtf8(const std::string& s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

VectorsSummary summarize(const data::WordVectors& vectors, const data::Dataset* dataset) {
    VectorsSummary s;
    s.source = QString::fromStdString(vectors.info().source);
    s.dimension = int(vectors.dimension());
    s.words = qint64(vectors.size());
    s.seconds = vectors.info().seconds;
    s.cacheUsed = vectors.info().cacheUsed;
    if (dataset != nullptr) {
        data::EmbeddingOptions options;
        options.topMissing = 30;
        const auto report = data::EmbeddingMatrix::build(dataset->vocab, vectors, options).report;
        s.vocabSize = qint64(report.vocabSize);
        s.found = qint64(report.found);
        s.foundLowercase = qint64(report.foundLowercase);
        s.coverage = report.coverage();
        for (const auto& [w, c] : report.mostFrequentMissing)
            s.mostFrequentMissing.append({QString::fromStdString(w), qint64(c)});
    }
    return s;
}
}  // namespace

struct DatasetController::VectorsOutcome {
    std::shared_ptr<const data::WordVectors> vectors;
    std::shared_ptr<const data::Dataset> dataset;  ///< the one whose coverage `summary` gives
    VectorsSummary summary;
    QString error;
};

struct DatasetController::Outcome {
    std::shared_ptr<const data::Dataset> dataset;
    DatasetSummary summary;
    QString error;
};

DatasetController::DatasetController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<sentiment::ui::DatasetSummary>();
    qRegisterMetaType<sentiment::ui::VectorsSummary>();
    connect(this, &DatasetController::started, this, [](const QString& source) {
        Logging::logger()->info("{}", tr("Loading %1").arg(source).toStdString());
    });
    connect(this, &DatasetController::loaded, this, [](const DatasetSummary& s) {
        const QLocale locale;
        const QString line = s.cacheUsed ? tr("Loaded %1: vocabulary %2, %3 s (from the cache)")
                                         : tr("Loaded %1: vocabulary %2, %3 s");
        Logging::logger()->info(
            "{}", line.arg(sourceLabel(s.source), locale.toString(qlonglong(s.vocabSize)),
                           locale.toString(s.seconds, 'f', 2))
                      .toStdString());
        for (const auto& w : s.warnings) Logging::logger()->warn("{}", w.toStdString());
    });
    connect(this, &DatasetController::failed, this,
            [](const QString& message) { Logging::logger()->error("{}", message.toStdString()); });
}

DatasetController::~DatasetController() = default;

bool DatasetController::vectorsBusy() const {
    return vectorsLoading_.busy();
}

void DatasetController::vectorsDone(const std::shared_ptr<VectorsOutcome>& outcome) {
    if (!outcome->error.isEmpty()) {
        Logging::logger()->error("{}", outcome->error.toStdString());
        Q_EMIT vectorsFailed(outcome->error);
        return;
    }
    vectors_ = outcome->vectors;
    if (outcome->dataset !=
        dataset_) {  // a dataset loaded meanwhile: say how much of its vocabulary is covered
        coverVocabulary();
        return;
    }
    const QLocale locale;
    Logging::logger()->info(
        "{}", tr("Vectors %1: %2 words of %3 dimensions, %4 % of the vocabulary found")
                  .arg(outcome->summary.source, locale.toString(qlonglong(outcome->summary.words)),
                       locale.toString(outcome->summary.dimension),
                       locale.toString(100.0 * outcome->summary.coverage, 'f', 1))
                  .toStdString());
    Q_EMIT vectorsLoaded(outcome->summary);
}

void DatasetController::loadVectors(const QString& path, int dimension) {
    if (vectorsBusy()) return;
    vectorsPath_ = path;
    Q_EMIT vectorsStarted(path);
    Logging::logger()->info("{}", tr("Loading vectors %1").arg(path).toStdString());
    vectorsLoading_.submit(
        [this, path, dimension, dataset = dataset_] {
            auto outcome = std::make_shared<VectorsOutcome>();
            outcome->dataset = dataset;
            try {
                Forwarder forwarder(this, [](DatasetController* c, const QString&, double f) {
                    Q_EMIT c->vectorsProgress(f);
                });
                data::VectorsOptions options;
                options.dimension = dimension;
                auto loaded = data::VectorsLoader(CacheDirectory::defaultPath())
                                  .load(path.toStdString(), options, &forwarder);
                if (!loaded) {
                    outcome->error = CoreText::of(loaded.error());
                    return outcome;
                }
                outcome->vectors = std::make_shared<const data::WordVectors>(std::move(*loaded));
                outcome->summary = summarize(*outcome->vectors, dataset.get());
            } catch (const std::exception& e) {
                outcome->error = tr("Loading %1 failed: %2").arg(path, QString::fromUtf8(e.what()));
            }
            return outcome;
        },
        [this](const std::shared_ptr<VectorsOutcome>& outcome) { vectorsDone(outcome); });
}

void DatasetController::coverVocabulary() {
    if (!vectors_ || !dataset_ || vectorsBusy()) return;
    vectorsLoading_.submit(
        [vectors = vectors_, dataset = dataset_] {
            auto outcome = std::make_shared<VectorsOutcome>();
            outcome->vectors = vectors;
            outcome->dataset = dataset;
            outcome->summary = summarize(*vectors, dataset.get());
            return outcome;
        },
        [this](const std::shared_ptr<VectorsOutcome>& outcome) { vectorsDone(outcome); });
}

int DatasetController::reviewCount(int split) const {
    if (!dataset_ || split < 0 || split > 2) return 0;
    const data::Examples* parts[] = {&dataset_->train, &dataset_->valid, &dataset_->test};
    return int(parts[split]->size());
}

ReviewView DatasetController::review(int split, int row) const {
    ReviewView v;
    if (row < 0 || row >= reviewCount(split) || !dataset_->corpus) return v;
    const data::Examples* parts[] = {&dataset_->train, &dataset_->valid, &dataset_->test};
    const auto& examples = *parts[split];
    const auto& corpus = *dataset_->corpus;
    const auto index = examples.reviewIndex[std::size_t(row)];
    const auto text = corpus.text(index);
    v.valid = true;
    v.text = QString::fromUtf8(text.data(), qsizetype(text.size()));
    v.positive = examples.labels[std::size_t(row)] > 0.5f;
    for (const auto id : corpus.tokensOf(index)) {
        const auto word = corpus.dictionary[id];
        const bool unknown = !dataset_->vocab.contains(word);
        v.tokens.append(QString::fromUtf8(word.data(), qsizetype(word.size())));
        v.unknown.append(unknown);
        v.unknownCount += unknown ? 1 : 0;
    }
    return v;
}

bool DatasetController::busy() const {
    return loading_.busy();
}

void DatasetController::cancel() {
    loading_.stop();
}

QString DatasetController::sourceLabel(const QString& source) {
    return source == QLatin1String(data::DemoData::kName.data(),
                                   qsizetype(data::DemoData::kName.size()))
               ? tr("the demo sample")
               : source;
}

bool DatasetController::looksLikeTable(const QString& path) {
    const QFileInfo info(path);
    return info.isFile() && data::TableReader::looksLikeTable(path.toStdString()) &&
           !holdsVectors(path);
}

TablePreviewView DatasetController::preview(const QString& path, const TableChoice& choice,
                                            int rows) {
    TablePreviewView v;
    const auto p = data::TableReader(tableOptions(choice))
                       .preview(path.toStdString(), std::size_t(std::max(rows, 1)));
    if (!p) {
        v.error = CoreText::of(p.error());
        return v;
    }
    for (const auto& c : p->columns) v.columns << fromUtf8(c);
    for (const auto& row : p->rows) {
        QStringList cells;
        for (const auto& f : row) cells << fromUtf8(f);
        v.rows << cells;
    }
    v.jsonLines = p->jsonLines;
    v.delimiter = p->delimiter;
    v.header = p->header;
    if (p->problem) {
        v.error = CoreText::of(*p->problem);
        return v;
    }
    v.textColumn = int(p->textColumn);
    v.labelColumn = int(p->labelColumn);
    v.splitColumn = p->splitColumn ? int(*p->splitColumn) : -1;
    v.groupColumn = p->groupColumn ? int(*p->groupColumn) : -1;
    for (const auto& l : p->labels)
        v.labels << TablePreviewView::Label{fromUtf8(l.label), int(l.rows),
                                            l.classIndex ? int(*l.classIndex) : -1};
    for (const auto& c : p->classes) v.classes << fromUtf8(c);
    return v;
}

void DatasetController::load(const QString& path) {
    load(path, TableChoice{});
}

void DatasetController::load(const QString& path, const TableChoice& table) {
    if (busy()) return;
    const QString source = path.isEmpty() ? tr("the demo sample") : path;
    Q_EMIT started(source);
    data::DatasetOptions options;
    options.table = tableOptions(table);
    loading_.submit(
        [this, path, options](std::stop_token token) {
            auto outcome = std::make_shared<Outcome>();
            try {
                Forwarder forwarder(this, [](DatasetController* c, const QString& p, double f) {
                    Q_EMIT c->progress(p, f);
                });
                const data::DatasetLoader loader(CacheDirectory::defaultPath());
                auto result = path.isEmpty()
                                  ? loader.loadDemo({}, &forwarder, token)
                                  : loader.load(path.toStdString(), options, &forwarder, token);
                if (!result) {
                    outcome->error = CoreText::of(result.error());
                    return outcome;
                }
                auto ds = std::make_shared<const data::Dataset>(std::move(*result));
                DatasetSummary& s = outcome->summary;
                s.source = QString::fromStdString(ds->sourceName);
                s.demo = ds->demo;
                const auto stats = data::DatasetStatistics::of(*ds, /*batchSize=*/64, /*top=*/30);
                for (const auto& c : ds->classes()) s.classes << QString::fromStdString(c);
                int row = 0;
                for (const auto* e : {&stats.train, &stats.valid, &stats.test}) {
                    for (const auto n : e->perClass) s.counts[row] << int(n);
                    ++row;
                }
                s.vocabSize = int(stats.vocabSize);
                s.tokens = qint64(stats.tokens);
                s.paddingBucketed = stats.paddingBucketed;
                s.paddingRandom = stats.paddingRandom;
                s.seconds = ds->timings.total;
                s.cacheUsed = ds->timings.cacheUsed;
                s.medianLength = int(stats.medianLength);
                s.maxLength = int(stats.train.longest);
                s.lengthBinWidth = int(stats.binWidth);
                s.lengthCounts =
                    QList<double>(stats.lengthCounts.begin(), stats.lengthCounts.end());
                for (const auto& [w, c] : stats.mostCommon)
                    s.mostCommon.append({QString::fromStdString(w), qint64(c)});
                for (const auto& w : ds->corpus->report.warnings)
                    s.warnings.append(CoreText::of(w));
                adviseTokenizer(*ds, s);
                outcome->dataset = std::move(ds);
            } catch (const std::exception& e) {
                outcome->error = tr("Loading failed: %1").arg(QString::fromUtf8(e.what()));
            }
            return outcome;
        },
        [this, table](const std::shared_ptr<Outcome>& outcome) {
            if (!outcome->error.isEmpty()) {
                Q_EMIT failed(outcome->error);
                return;
            }
            dataset_ = outcome->dataset;
            table_ = table;
            Q_EMIT loaded(outcome->summary);
            coverVocabulary();
        });
}

bool DatasetController::holds(const storage::RunInfo& run) const {
    if (!dataset_) return false;
    storage::RunInfo loaded;
    experiment::describeDataset(loaded, *dataset_);
    return experiment::Baseline::sameDataset(loaded, run);
}

void DatasetController::stampSources(experiment::ExperimentPlan& plan) const {
    plan.source = dataset_ ? experiment::ExperimentPlan::sourceOf(*dataset_) : std::string();
    plan.data.table = dataset_ ? dataset_->options.table : data::TableOptions{};
    plan.vectorsPath = vectors_ && plan.useVectors
                           ? std::filesystem::absolute(vectors_->info().source).string()
                           : std::string();
}

QString DatasetController::missingFor(const experiment::ExperimentPlan& plan) const {
    const QString source = sourceLabel(QString::fromStdString(plan.source));
    if (!dataset_) return tr("open %1 on the Data page").arg(source);
    if (!plan.source.empty() && plan.source != experiment::ExperimentPlan::sourceOf(*dataset_)) {
        return tr("it trains on %1: open it on the Data page").arg(source);
    }
    if (!dataset_->demo && plan.data.table != dataset_->options.table) {
        return tr("it reads %1 with other columns, labels or split: open it again on the Data "
                  "page")
            .arg(source);
    }
    if (plan.useVectors && !plan.vectorsPath.empty() &&
        (!vectors_ ||
         std::filesystem::absolute(vectors_->info().source).string() != plan.vectorsPath)) {
        return tr("it starts from the vectors %1: open them on the Data page")
            .arg(QString::fromStdString(plan.vectorsPath));
    }
    return {};
}

bool DatasetController::holdsVectors(const QString& path) {
    return data::VectorsLoader::looksLikeVectors(path.toStdString());
}

void DatasetController::adviseTokenizer(const data::Dataset& dataset, DatasetSummary& s) {
    if (dataset.options.tokenizer.kind == data::TokenizerKind::Unicode || !dataset.corpus) return;
    std::vector<std::string_view> texts;
    const auto& corpus = *dataset.corpus;
    for (std::size_t i = 0; i < corpus.size() && i < 2000; ++i) texts.push_back(corpus.text(i));
    const auto census = data::ScriptCensus::of(texts);
    if (!census.wantsUnicodeTokenizer()) return;
    s.unicodeScript = QString::fromStdString(census.main);
    s.unicodeScriptShare = census.mainShare;
}

}  // namespace sentiment::ui
