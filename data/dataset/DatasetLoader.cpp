#include "data/dataset/DatasetLoader.h"

#include <chrono>

#include "data/dataset/CorpusBuilder.h"
#include "data/dataset/CorpusCache.h"
#include "data/dataset/DatasetBuilder.h"
#include "data/dataset/Fingerprint.h"
#include "data/imdb/DemoData.h"
#include "data/imdb/ImdbReader.h"
#include "data/table/LabelMap.h"
#include "data/table/TableReader.h"

namespace sentiment::data {

namespace {
using Clock = std::chrono::steady_clock;
double since(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}
// IMDb read with a label map: the classes come from the stars in its file names ("1-4=negative,
// 7-10=positive", or "1=1,2=2,...,10=10" for one class a star); a review the map does not name
// is left out. The reviews keep their order; texts and tokens stay where they are.
Result<Corpus> classesFromStars(Corpus corpus, const std::string& labelMap,
                                const std::string& name) {
    auto map = LabelMap::parse(labelMap);
    if (!map) {
        const auto& e = map.error();
        return Error::at(name, e.what.empty() ? Message::verbatim(e.message) : e.what);
    }
    if (map->classes().size() > kMaxClasses)
        return Error::at(name,
                         Message::tr("the label map names more than %1 classes").arg(kMaxClasses));
    std::vector<std::size_t> perClass(map->classes().size(), 0);
    std::size_t kept = 0, dropped = 0;
    for (std::size_t i = 0; i < corpus.reviews.size(); ++i) {
        auto info = corpus.reviews[i];
        const auto c = map->classOf(std::to_string(info.rating));
        if (!c) {
            ++dropped;
            continue;
        }
        info.label = classLabel(*c);
        if (info.split == Split::Train) ++perClass[*c];
        corpus.reviews[kept] = info;
        corpus.textSpans[kept] = corpus.textSpans[i];
        corpus.reviewTokens[kept] = corpus.reviewTokens[i];
        ++kept;
    }
    corpus.reviews.resize(kept);
    corpus.textSpans.resize(kept);
    corpus.reviewTokens.resize(kept);
    for (std::size_t c = 0; c < perClass.size(); ++c) {
        if (perClass[c] == 0) {
            return Error::at(
                name,
                Message::tr("the class \"%1\" has no training example").arg(map->classes()[c]));
        }
    }
    if (dropped > 0) {
        corpus.report.warnings.push_back(
            Message::tr("%1 reviews were left out: the label map does not name their stars")
                .arg(dropped));
    }
    corpus.report.classes = map->classes();
    return corpus;
}
}  // namespace

DatasetLoader::DatasetLoader(std::filesystem::path cacheDirectory)
    : cacheDirectory_(std::move(cacheDirectory)) {}

Result<Dataset> DatasetLoader::load(const std::filesystem::path& path,
                                    const DatasetOptions& options, ProgressObserver* observer,
                                    std::stop_token stop) const {
    const auto start = Clock::now();
    LoadTimings t;
    const ImdbReader reader;
    const bool table = TableReader::reads(path);
    std::optional<Fingerprint> fingerprint;
    const CorpusCache cache(cacheDirectory_);
    if (std::filesystem::exists(path)) {
        if (auto fp = Fingerprint::of(path)) fingerprint = *fp;
    }
    // A table read with other columns, labels or split is another corpus: its own cache entry.
    auto cacheKey = fingerprint;
    if (cacheKey && table) cacheKey->source += "\n" + options.table.key();
    if (options.useCache) {
        if (cacheKey) {
            if (observer != nullptr) observer->onPhase("cache");
            auto cached = cache.load(*cacheKey, options.tokenizer);
            if (!cached) {
                if (observer != nullptr) observer->onWarning(cached.error().sentence());
            } else if (*cached) {
                t.read = since(start);
                t.cacheUsed = true;
                auto result =
                    finish(std::move(**cached), options, t, path.string(), table, observer);
                if (result) result->fingerprint = fingerprint;
                return result;
            }
        }
    }
    // Reading and tokenizing overlap: the other cores tokenize what has been read so far.
    const auto readStart = Clock::now();
    double readSeconds = 0;
    auto corpus =
        CorpusBuilder(options.tokenizer, options.threads)
            .build(
                [&](ReviewQueue& queue) {
                    return table ? TableReader(options.table).read(path, observer, stop, &queue)
                                 : reader.read(path, observer, stop, &queue);
                },
                observer, stop, &readSeconds);
    t.read = since(start) - since(readStart) + readSeconds;
    t.tokenize = since(readStart) - readSeconds;
    if (!corpus) return corpus.error();
    if (cacheKey && options.useCache) {
        if (auto saved = cache.save(*cacheKey, *corpus); !saved && observer != nullptr) {
            observer->onWarning(Message::tr("the tokenized dataset was not cached: %1")
                                    .arg(saved.error().sentence()));
        }
    }
    auto result = finish(std::move(corpus), options, t, path.string(), table, observer);
    if (result) result->fingerprint = fingerprint;
    return result;
}

Result<Dataset> DatasetLoader::loadDemo(const DatasetOptions& options, ProgressObserver* observer,
                                        std::stop_token stop) const {
    const auto start = Clock::now();
    LoadTimings t;
    double readSeconds = 0;
    auto corpus =
        CorpusBuilder(options.tokenizer, options.threads)
            .build(
                [&](ReviewQueue& queue) {
                    return ImdbReader().readArchive(
                        DemoData::archive(), std::string(DemoData::kName), observer, stop, &queue);
                },
                observer, stop, &readSeconds);
    t.read = readSeconds;
    t.tokenize = since(start) - readSeconds;
    auto result =
        finish(std::move(corpus), options, t, std::string(DemoData::kName), false, observer);
    if (result) {
        result->demo = true;
        result->fingerprint =
            Fingerprint::ofBytes(DemoData::archive(), std::string(DemoData::kName));
    }
    return result;
}

Result<Dataset> DatasetLoader::finish(Result<Corpus> corpus, const DatasetOptions& options,
                                      LoadTimings timings, std::string name, bool table,
                                      ProgressObserver* observer) const {
    if (!corpus) return corpus.error();
    const auto start = Clock::now();
    // A table applied its label map as it read; IMDb applies one to its stars here.
    if (!table && corpus->report.classes == ReadReport::imdbClasses() &&
        !options.table.labelMap.empty()) {
        corpus = classesFromStars(std::move(*corpus), options.table.labelMap, name);
        if (!corpus) return corpus.error();
    }
    if (observer != nullptr) observer->onPhase("vocab");
    auto shared = std::make_shared<const Corpus>(std::move(*corpus));
    Dataset ds = DatasetBuilder(options).build(std::move(shared));
    timings.vocab = since(start);
    timings.total = timings.read + timings.tokenize + timings.vocab;
    ds.timings = timings;
    ds.sourceName = std::move(name);
    return ds;
}

}  // namespace sentiment::data
