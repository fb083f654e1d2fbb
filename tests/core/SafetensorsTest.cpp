#include <gtest/gtest.h>

#include <cstring>

#include <nlohmann/json.hpp>

#include "TestFiles.h"
#include "data/pretrained/SafetensorsFile.h"

using namespace sentiment;
using data::SafetensorsFile;

namespace {
// A safetensors file: the 8-byte little-endian length, the header, the data.
std::string file(const std::string& header, const std::string& data) {
    std::string out(8, '\0');
    std::uint64_t n = header.size();
    for (int i = 0; i < 8; ++i) out[std::size_t(i)] = char((n >> (8 * i)) & 0xFF);
    return out + header + data;
}
std::string file(const nlohmann::json& header, const std::string& data) {
    return file(header.dump(), data);
}
Result<SafetensorsFile> parse(const std::string& bytes) {
    return SafetensorsFile::parse(
        {reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()}, "model.safetensors");
}
// Two tensors: a 2 x 3 float matrix and a bias of 2 floats, in that order.
nlohmann::json twoTensors() {
    return {{"__metadata__", {{"format", "pt"}}},
            {"bias", {{"dtype", "F32"}, {"shape", {2}}, {"data_offsets", {24, 32}}}},
            {"weight", {{"dtype", "F32"}, {"shape", {2, 3}}, {"data_offsets", {0, 24}}}}};
}
std::string floats(std::initializer_list<float> values) {
    std::string out(values.size() * 4, '\0');
    std::memcpy(out.data(), values.begin(), out.size());
    return out;
}
// The error names the file and says `what`.
void expectRefused(const std::string& bytes, const std::string& what) {
    const auto r = parse(bytes);
    ASSERT_FALSE(r) << what;
    EXPECT_NE(r.error().message.find("model.safetensors"), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find(what), std::string::npos) << r.error().message;
}
}  // namespace

TEST(Safetensors, ReadsTensorsInTheOrderOfTheirDataWithTheirBytes) {
    test::TempDir dir;
    const auto data = floats({1, 2, 3, 4, 5, 6, 0.5f, -0.5f});
    test::writeFile(dir / "model.safetensors", file(twoTensors(), data));
    const auto f = SafetensorsFile::open(dir / "model.safetensors");
    ASSERT_TRUE(f) << f.error().message;
    ASSERT_EQ(f->entries().size(), 2u);
    EXPECT_EQ(f->entries()[0].name, "weight");
    EXPECT_EQ(f->entries()[0].shape, (std::vector<std::int64_t>{2, 3}));
    EXPECT_EQ(f->entries()[1].name, "bias");
    const auto* bias = f->find("bias");
    ASSERT_NE(bias, nullptr);
    const auto bytes = f->data(*bias);
    ASSERT_EQ(bytes.size(), 8u);
    float values[2];
    std::memcpy(values, bytes.data(), 8);
    EXPECT_EQ(values[0], 0.5f);
    EXPECT_EQ(values[1], -0.5f);
    EXPECT_EQ(f->metadata().at("format"), "pt");
    EXPECT_EQ(f->find("missing"), nullptr);
}

TEST(Safetensors, DamagedOrLyingFilesAreRefusedByNameBeforeAnyDataIsRead) {
    const auto data = floats({1, 2, 3, 4, 5, 6, 0.5f, -0.5f});
    const auto good = file(twoTensors(), data);
    expectRefused("abc", "too short");
    expectRefused(good.substr(0, good.size() - 3), "lies outside the file's 29 bytes");
    expectRefused(good.substr(0, 20), "is truncated");
    expectRefused(file(std::string("{\"weight\": "), data), "not a JSON object");
    expectRefused(file(std::string("[1, 2]"), data), "not a JSON object");
    auto header = twoTensors();
    header["bias"]["data_offsets"] = {24, 40};  // past the end of the data
    expectRefused(file(header, data), "lies outside");
    header = twoTensors();
    header["weight"]["shape"] = {3, 3};  // 36 bytes in a 24-byte range
    expectRefused(file(header, data), "its shape needs 36 bytes of F32, its offsets give 24");
    header = twoTensors();
    header["bias"]["data_offsets"] = {20, 28};  // overlaps the weight
    header["bias"]["shape"] = {2};
    expectRefused(file(header, data), "overlap or leave a hole");
    header = twoTensors();
    header["weight"]["dtype"] = "F8_E9";
    expectRefused(file(header, data), "unknown dtype 'F8_E9'");
    header = twoTensors();
    header["weight"]["shape"] = {-2, 3};
    expectRefused(file(header, data), "not whole numbers");
    header = twoTensors();
    header["weight"]["shape"] = {std::uint64_t(1) << 40, std::uint64_t(1) << 40};
    expectRefused(file(header, data), "more than 2^64");
    header = twoTensors();
    header["bias"].erase("dtype");
    expectRefused(file(header, data), "lacks a dtype");
    header = twoTensors();
    header["__metadata__"]["format"] = 3;
    expectRefused(file(header, data), "__metadata__");
    // A header length far beyond the file, and beyond the format's limit.
    std::string huge = good;
    huge[5] = '\x7F';
    expectRefused(huge, "more than the format allows");
    // Invalid UTF-8 inside the header's JSON.
    expectRefused(file(std::string("{\"w\xff\": {}}"), data), "not a JSON object");
    // Bytes appended after the last tensor.
    expectRefused(file(twoTensors(), data + "xx"), "cover 32 of its 34 bytes");
}

TEST(Safetensors, AMissingFileIsNamed) {
    test::TempDir dir;
    const auto f = SafetensorsFile::open(dir / "none.safetensors");
    ASSERT_FALSE(f);
    EXPECT_NE(f.error().message.find("none.safetensors"), std::string::npos);
}
