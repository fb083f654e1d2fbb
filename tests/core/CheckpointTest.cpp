#include <cstring>
#include <string>

#include <gtest/gtest.h>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "TestFiles.h"
#include "data/io/Crc32.h"
#include "model/ModelFactory.h"
#include "training/Checkpoint.h"

using namespace sentiment;
using training::Checkpoint;

namespace {
Checkpoint tiny(const std::string& preset) {
    Checkpoint c;
    c.model = *model::ModelConfig::preset(preset);
    std::vector<std::pair<std::string_view, std::uint64_t>> counts{
        {"good", 3}, {"bad", 2}, {"movie", 1}};
    c.vocab = data::Vocabulary::build(counts, {});
    c.model.vocabSize = static_cast<std::int64_t>(c.vocab.size());
    c.model.embeddingDim = 4;
    if (c.model.hidden > 0) c.model.hidden = 3;
    if (c.model.filters > 0) c.model.filters = 2;
    torch::manual_seed(7);
    c.network = model::ModelFactory::create(c.model);
    c.network->eval();
    return c;
}

torch::Tensor logits(model::ClassifierImpl& network) {
    torch::NoGradGuard noGrad;
    const auto tokens = torch::tensor({2, 3, 4, 2, 3}, torch::kInt64).unsqueeze(1);
    return network.forward(tokens, torch::full({1}, 5, torch::kInt64));
}

std::string u32(std::uint32_t v) {
    return {reinterpret_cast<const char*>(&v), 4};
}
std::string u64(std::uint64_t v) {
    return {reinterpret_cast<const char*>(&v), 8};
}
std::uint32_t crcOf(const std::string& s) {
    return data::crc32({reinterpret_cast<const unsigned char*>(s.data()), s.size()});
}

// A version-2 file's two parts, and a file made of two parts.
struct Parts {
    std::string meta, weights;
};
Parts partsOf(const std::string& file) {
    std::uint64_t metaSize = 0, weightSize = 0;
    std::memcpy(&metaSize, file.data() + 12, 8);
    const std::size_t weightsAt = 12 + 12 + metaSize;
    std::memcpy(&weightSize, file.data() + weightsAt, 8);
    return {file.substr(24, metaSize), file.substr(weightsAt + 12, weightSize)};
}
std::string versionTwo(const Parts& p) {
    return std::string("SLCKPT01") + u32(2) + u64(p.meta.size()) + u32(crcOf(p.meta)) + p.meta +
           u64(p.weights.size()) + u32(crcOf(p.weights)) + p.weights;
}
}  // namespace

TEST(Checkpoint, EveryArchitectureRoundTripsWithItsOwnWeightFormat) {
    test::TempDir dir;
    for (const std::string preset :
         {"base", "advanced", "fasttext", "cnn", "nbsvm", "transformer"}) {
        auto c = tiny(preset);
        ASSERT_TRUE(c.save(dir / "a.ckpt")) << preset;
        const auto file = test::readFile(dir / "a.ckpt");
        std::uint32_t version = 0;
        std::memcpy(&version, file.data() + 8, 4);
        EXPECT_EQ(version, 2u);
        auto loaded = Checkpoint::load(dir / "a.ckpt");
        ASSERT_TRUE(loaded) << preset << ": " << loaded.error().message;
        EXPECT_TRUE(torch::equal(logits(*loaded->network), logits(*c.network))) << preset;
    }
}

TEST(Checkpoint, VersionOneFilesWithALibTorchArchiveStillLoad) {
    test::TempDir dir;
    auto c = tiny("advanced");
    ASSERT_TRUE(c.save(dir / "v2.ckpt"));
    const auto parts = partsOf(test::readFile(dir / "v2.ckpt"));
    std::ostringstream archive;
    torch::serialize::OutputArchive out;
    c.network->save(out);
    out.save_to(archive);
    const std::string v1 = std::string("SLCKPT01") + u32(1) + u64(parts.meta.size()) + parts.meta +
                           u64(archive.str().size()) + archive.str();
    test::writeFile(dir / "v1.ckpt", v1);
    auto loaded = Checkpoint::load(dir / "v1.ckpt");
    ASSERT_TRUE(loaded) << loaded.error().message;
    EXPECT_TRUE(torch::equal(logits(*loaded->network), logits(*c.network)));

    // A changed byte inside the archive's data is caught by the zip's CRC-32s, before LibTorch.
    auto damaged = v1;
    const auto at = v1.size() - archive.str().size() / 2;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x40);
    test::writeFile(dir / "v1-damaged.ckpt", damaged);
    auto refused = Checkpoint::load(dir / "v1-damaged.ckpt");
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("v1-damaged.ckpt"), std::string::npos)
        << refused.error().message;
    EXPECT_NE(refused.error().message.find("damaged"), std::string::npos)
        << refused.error().message;
}

TEST(Checkpoint, AChangedByteAnywhereIsFoundByItsChecksum) {
    test::TempDir dir;
    ASSERT_TRUE(tiny("cnn").save(dir / "a.ckpt"));
    const auto file = test::readFile(dir / "a.ckpt");
    int refused = 0;
    for (std::size_t at = 12; at < file.size(); at += 7) {
        auto damaged = file;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x01);
        test::writeFile(dir / "b.ckpt", damaged);
        auto loaded = Checkpoint::load(dir / "b.ckpt");
        ASSERT_FALSE(loaded) << "byte " << at;
        EXPECT_NE(loaded.error().message.find("b.ckpt"), std::string::npos);
        ++refused;
    }
    EXPECT_GT(refused, 10);
}

TEST(Checkpoint, AModelLargerThanTheFileIsRefusedBeforeItIsBuilt) {
    test::TempDir dir;
    ASSERT_TRUE(tiny("advanced").save(dir / "a.ckpt"));
    auto parts = partsOf(test::readFile(dir / "a.ckpt"));
    auto meta = nlohmann::json::parse(parts.meta);
    // 2 layers of 2^20 hidden units would be terabytes; the file holds a few hundred numbers.
    meta["model"]["hidden"] = 1 << 20;
    test::writeFile(dir / "huge.ckpt", versionTwo({meta.dump(), parts.weights}));
    auto huge = Checkpoint::load(dir / "huge.ckpt");
    ASSERT_FALSE(huge);
    EXPECT_NE(huge.error().message.find("its model needs"), std::string::npos)
        << huge.error().message;

    meta["model"]["hidden"] = std::int64_t{1} << 40;  // its count does not fit in 64 bits
    test::writeFile(dir / "overflow.ckpt", versionTwo({meta.dump(), parts.weights}));
    auto overflow = Checkpoint::load(dir / "overflow.ckpt");
    ASSERT_FALSE(overflow);
    EXPECT_NE(overflow.error().message.find("overflow.ckpt"), std::string::npos);
}

TEST(Checkpoint, WeightsMustNameAndShapeEveryParameter) {
    test::TempDir dir;
    ASSERT_TRUE(tiny("fasttext").save(dir / "a.ckpt"));
    const auto parts = partsOf(test::readFile(dir / "a.ckpt"));
    auto renamed = parts;
    const auto at = renamed.weights.find("fc.weight");
    ASSERT_NE(at, std::string::npos);
    renamed.weights[at] = 'g';  // "gc.weight", checksum made to match
    test::writeFile(dir / "renamed.ckpt", versionTwo(renamed));
    auto loaded = Checkpoint::load(dir / "renamed.ckpt");
    ASSERT_FALSE(loaded);
    EXPECT_NE(loaded.error().message.find("has no 'fc.weight'"), std::string::npos)
        << loaded.error().message;

    auto extra = parts;
    extra.weights += "xyz";
    test::writeFile(dir / "extra.ckpt", versionTwo(extra));
    auto trailing = Checkpoint::load(dir / "extra.ckpt");
    ASSERT_FALSE(trailing);
    EXPECT_NE(trailing.error().message.find("follow the last tensor"), std::string::npos)
        << trailing.error().message;
}
