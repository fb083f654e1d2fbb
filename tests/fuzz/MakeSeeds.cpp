// Writes the fuzz targets' seed corpora into tests/fuzz/corpus/NAME/ (small, valid files of
// every kind each reader takes), from fixtures made here the way the app makes them:
//   build/dev/tests/fuzz/fuzz_make_seeds tests/fuzz/corpus
// Run it when a file format changes, and commit what it writes.

#include <cstdio>
#include <fstream>

#include <nlohmann/json.hpp>

#include "data/dataset/CorpusCache.h"
#include "data/dataset/DatasetLoader.h"
#include "data/vectors/VectorsLoader.h"
#include "experiment/ExperimentPlan.h"
#include "experiment/Presets.h"
#include "model/ModelFactory.h"
#include "storage/RunStore.h"
#include "tests/core/TestFiles.h"
#include "tests/fuzz/FuzzSupport.h"
#include "training/Checkpoint.h"

using namespace sentiment;
namespace fs = std::filesystem;

namespace {
fs::path out;

void seed(const std::string& target, const std::string& name, std::string_view bytes) {
    fs::create_directories(out / target);
    std::ofstream f(out / target / name, std::ios::binary | std::ios::trunc);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::printf("%s/%s: %zu bytes\n", target.c_str(), name.c_str(), bytes.size());
}

void seedFile(const std::string& target, const std::string& name, const fs::path& from,
              std::size_t dropFront = 0, std::size_t dropBack = 0) {
    const auto bytes = test::readFile(from);
    seed(target, name,
         std::string_view(bytes).substr(dropFront, bytes.size() - dropFront - dropBack));
}

training::Checkpoint tinyCheckpoint(const std::string& preset) {
    training::Checkpoint c;
    c.model = *model::ModelConfig::preset(preset);
    std::vector<std::pair<std::string_view, std::uint64_t>> counts{
        {"good", 3}, {"bad", 2}, {"movie", 1}};
    c.vocab = data::Vocabulary::build(counts, {});
    c.model.vocabSize = static_cast<std::int64_t>(c.vocab.size());
    c.model.embeddingDim = 4;
    if (c.model.hidden > 0) c.model.hidden = 3;
    if (c.model.filters > 0) c.model.filters = 2;
    c.ngrams = preset == "fasttext" || preset == "nbsvm" ? 2 : 1;
    torch::manual_seed(1);
    c.network = model::ModelFactory::create(c.model);
    return c;
}
}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_make_seeds CORPUS_FOLDER\n");
        return 2;
    }
    out = argv[1];
    const test::TempDir tmp;

    seed("tokenizers", "english",
         std::string("\x00", 1) + "I loved it!<br /><br />Don't miss it :) 10/10, \"great\".");
    seed("tokenizers", "basic_english",
         std::string("\x01", 1) + "It's BAD... (really) bad; 2 stars? e-mail me@x.org");
    seed("tokenizers", "english_lower",
         std::string("\x02", 1) + "Ünïcödé Film, テスト 😀 — can't won't U.S.A. $20.50");
    seed("tokenizers", "invalid_utf8",
         std::string("\x03", 1) + "bad \xff\xfe bytes \xc3 and \xe2\x82 cut");

    seed("vectors_text", "glove",
         "the 0.418 0.24968 -0.41242\n, 0.013441 0.23682 -0.16899\nmovie 1e-3 -2.5E+1 7\n");
    seed("vectors_text", "word2vec_header", "2 3\nthe 0.1 0.2 0.3\ngood -1 0 1\n");
    seed("vectors_text", "spaces_in_word", "a b 1 2\ncd 3 4\r\n. . 5 6\n");
    seed("table", "nsmc_tsv",
         "id\tdocument\tlabel\n1\t\xEC\xA2\x8B\xEC\x95\x84\xEC\x9A\x94\t1\n2\tbad one\t0\n3\tgood "
         "film\t1\n4\tdull\t0\n");
    seed("table", "quoted_csv",
         "text,label\r\n\"a, \"\"quoted\"\"\nline\",pos\r\nplain,neg\r\n\"x\",pos\r\ny,neg\r\n");
    seed(
        "table", "json_lines",
        "{\"text\": \"\xE3\x81\x84\xE3\x81\x84\", \"label\": 1}\n{\"text\": \"no\", \"label\": 0}\n"
        "{\"text\": \"yes\", \"label\": 1}\n{\"text\": \"nah\", \"label\": 0}\n");

    // Safetensors: the 8-byte little-endian header length, the JSON header, the data.
    const auto safetensors = [](const std::string& header, std::size_t dataBytes) {
        std::string bytes(8, '\0');
        for (std::size_t i = 0; i < 8; ++i) bytes[i] = char((header.size() >> (8 * i)) & 0xFF);
        return bytes + header + std::string(dataBytes, '\x3F');
    };
    seed("safetensors", "two_tensors",
         safetensors("{\"__metadata__\":{\"format\":\"pt\"},\"b\":{\"dtype\":\"F32\",\"shape\":[2],"
                     "\"data_offsets\":[24,32]},\"w\":{\"dtype\":\"F32\",\"shape\":[2,3],"
                     "\"data_offsets\":[0,24]}}",
                     32));
    seed("safetensors", "bf16_and_ids",
         safetensors("{\"e\":{\"dtype\":\"BF16\",\"shape\":[3,2],\"data_offsets\":[0,12]},"
                     "\"ids\":{\"dtype\":\"I64\",\"shape\":[1],\"data_offsets\":[12,20]}}",
                     20));
    // Entries "path\x1Fcontent" separated by \x1E (the class_folders target's tree).
    const auto tree = [](std::initializer_list<std::pair<const char*, const char*>> files) {
        std::string bytes;
        for (const auto& [path, content] : files)
            bytes += (bytes.empty() ? "" : "\x1E") + std::string(path) + "\x1F" + content;
        return bytes;
    };
    seed("class_folders", "three_classes",
         tree({{"pos/a.txt", "good film"},
               {"pos/b.txt", "great"},
               {"neg/a.txt", "bad film"},
               {"neg/b.txt", "dull"},
               {"\xEC\xA4\x91\xEB\xA6\xBD/c.txt", "\xEA\xB7\xB8\xEB\x83\xA5"},
               {"\xEC\xA4\x91\xEB\xA6\xBD/d.txt", "so-so"},
               {"README", "left alone"}}));
    seed("class_folders", "train_test",
         tree({{"train/a/1.txt", "one"},
               {"train/a/2.txt", "two"},
               {"train/b/1.txt", "three"},
               {"train/b/2.txt", "four"},
               {"test/a/1.txt", "five"},
               {"test/b/1.txt", "six"},
               {"test/b/.hidden", "skip"}}));
    seed("class_folders", "ratings",
         tree({{"1/a", "awful"},
               {"2/b", "bad"},
               {"9/c", "good"},
               {"10/d", "best"},
               {"10/e", "super"},
               {"1/f", "\xff\xfe invalid"}}));

    const auto entries = test::smallImdb(1);
    test::writeArchive(tmp / "imdb.tar.gz", entries);
    test::writeArchive(tmp / "imdb.tar", entries, "ustar", "none");
    test::writeArchive(tmp / "imdb.zip", entries, "zip", "none");
    seedFile("imdb_archive", "small.tar.gz", tmp / "imdb.tar.gz");
    seedFile("imdb_archive", "small.tar", tmp / "imdb.tar");
    seedFile("imdb_archive", "small.zip", tmp / "imdb.zip");

    test::writeArchive(tmp / "deflated.zip",
                       {{"glove.6B.50d.txt", "the 0.1 0.2\nmovie 0.3 0.4\n"}, {"b.txt", "x"}},
                       "zip");
    seedFile("zip", "deflated.zip", tmp / "deflated.zip");
    seedFile("zip", "stored.zip", tmp / "imdb.zip");

    for (const std::string preset : {"base", "advanced", "fasttext", "cnn", "nbsvm"}) {
        const auto file = tmp / (preset + ".ckpt");
        if (!tinyCheckpoint(preset).save(file)) return 1;
        seedFile("checkpoint", preset + ".ckpt", file);
    }

    // The corpus cache of the small archive, under the fuzz target's source key, less its footer.
    data::DatasetOptions options;
    options.useCache = false;
    auto dataset = data::DatasetLoader(tmp / "cache").load(tmp / "imdb.tar.gz", options);
    if (!dataset) return 1;
    const data::CorpusCache corpusCache(tmp / "cache");
    if (!corpusCache.save(fuzz::cacheSource(), *dataset->corpus)) return 1;
    seedFile("corpus_cache", "small", corpusCache.fileFor(fuzz::cacheSource(), {}), 0,
             sizeof(data::BinaryReader::Footer));

    // The vectors cache less what the target writes itself (magic, version, key; the footer).
    test::writeFile(tmp / "vectors.txt", "the 0.5 -1 2\nmovie 1e-3 4 -0.25\ngood 0 0 1\n");
    const data::VectorsLoader vectors(tmp / "cache");
    if (!vectors.load(tmp / "vectors.txt", {})) return 1;
    const auto vectorsCache = *vectors.cacheFileFor(tmp / "vectors.txt", {});
    seedFile("vectors_cache", "small", vectorsCache,
             fuzz::vectorsCacheHeader(vectorsCache.stem().string()).size(),
             sizeof(data::BinaryReader::Footer));

    // A store with one finished run and one queued plan.
    {
        auto store = storage::RunStore::open(tmp / "runs.sqlite");
        if (!store) return 1;
        storage::RunInfo info;
        info.name = "seed";
        info.preset = "base";
        const auto run = store->beginRun(info);
        if (!run) return 1;
        storage::EpochRecord epoch;
        epoch.epoch = 1;
        epoch.trainAccuracy = 0.5;
        (void)store->recordEpoch(*run, epoch, {});
        (void)store->finishRun(*run, {}, {});
        (void)store->enqueue(experiment::ExperimentPlan::lecture("base").toJson().dump());
    }
    seedFile("run_store", "one_run.sqlite", tmp / "runs.sqlite");

    for (const auto preset : experiment::kPresets) {
        seed("plan_json", std::string(preset) + ".json",
             experiment::ExperimentPlan::lecture(preset).toJson().dump());
    }
    return 0;
}
