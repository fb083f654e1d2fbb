// A folder with one sub-folder per class, as students keep texts they collected (and as Keras's
// text_dataset_from_directory reads them): the folder's name is the label; train/ and test/
// above the class folders give the split; IMDb's own folder still goes to the IMDb reader.
#include <gtest/gtest.h>

#include <fstream>
#include <map>

#include "TestFiles.h"
#include "data/dataset/DatasetLoader.h"
#include "data/dataset/Fingerprint.h"
#include "data/table/ClassFolders.h"
#include "data/table/TableReader.h"

using namespace sentiment;
using namespace sentiment::data;
using sentiment::test::TempDir;
using sentiment::test::writeFile;

namespace {

// Three classes, in Korean, Japanese and Arabic among English, three texts each.
void writeClasses(const std::filesystem::path& root) {
    const std::map<std::string, std::vector<std::string>> classes{
        {"긍정", {"정말 재미있는 영화", "배우들의 연기가 최고", "또 보고 싶다"}},
        {"부정", {"시간이 아까운 영화", "지루하고 뻔하다", "최악의 결말"}},
        {"neutral", {"映画は普通でした", "لا بأس به", "it was fine I guess"}},
    };
    for (const auto& [label, texts] : classes)
        for (std::size_t i = 0; i < texts.size(); ++i)
            writeFile(root / label / ("t" + std::to_string(i) + ".txt"), texts[i]);
}

std::map<std::pair<std::string, Split>, int> counts(const ImdbData& data) {
    std::map<std::pair<std::string, Split>, int> c;
    for (const auto& r : data.reviews)
        ++c[{data.report.classes[std::size_t(r.info.label)], r.info.split}];
    return c;
}

}  // namespace

TEST(ClassFolders, EachSubFolderIsAClassAndTheSplitIsMadePerClass) {
    TempDir dir;
    writeClasses(dir.path());
    writeFile(dir / ".hidden/x.txt", "not a class");
    writeFile(dir / "README.md", "beside the classes: left alone");
    TableOptions options;
    options.testFraction = 0.34;  // one of each class's three
    const auto data = TableReader(options).read(dir.path());
    ASSERT_TRUE(data) << data.error().message;
    EXPECT_EQ(data->report.classes, (std::vector<std::string>{"neutral", "긍정", "부정"}));
    const auto c = counts(*data);
    for (const char* label : {"neutral", "긍정", "부정"}) {
        EXPECT_EQ((c.at({label, Split::Train})), 2) << label;
        EXPECT_EQ((c.at({label, Split::Test})), 1) << label;
    }
    EXPECT_EQ(data->reviews.size(), 9u);
}

TEST(ClassFolders, TrainAndTestFoldersGiveTheSplitAndALabelMapRenamesOrDrops) {
    TempDir dir;
    writeClasses(dir / "train");
    writeFile(dir / "test/긍정/a.txt", "좋았다");
    writeFile(dir / "test/부정/b.txt", "별로였다");
    writeFile(dir / "test/neutral/c.txt", "so-so");
    TableOptions options;
    options.labelMap = "긍정=positive,부정=negative";
    const auto data = TableReader(options).read(dir.path());
    ASSERT_TRUE(data) << data.error().message;
    EXPECT_EQ(data->report.classes, (std::vector<std::string>{"positive", "negative"}));
    const auto c = counts(*data);
    EXPECT_EQ((c.at({"positive", Split::Train})), 3);
    EXPECT_EQ((c.at({"positive", Split::Test})), 1);
    EXPECT_EQ((c.at({"negative", Split::Test})), 1);
    EXPECT_EQ(data->reviews.size(), 8u);  // neutral's four dropped
    ASSERT_FALSE(data->report.warnings.empty());
}

TEST(ClassFolders, BadFoldersAndFilesAreNamed) {
    TempDir empty;
    auto none = TableReader({}).read(empty.path());
    ASSERT_FALSE(none);
    EXPECT_NE(none.error().message.find("no class folders"), std::string::npos)
        << none.error().message;

    TempDir one;
    writeFile(one / "positive/a.txt", "good");
    writeFile(one / "positive/b.txt", "fine");
    auto single = TableReader({}).read(one.path());
    ASSERT_FALSE(single);
    EXPECT_NE(single.error().message.find("same label"), std::string::npos)
        << single.error().message;

    TempDir binary;
    writeClasses(binary.path());
    writeFile(binary / "긍정/image.png", std::string("\x89PNG\r\n\x1a\n\0\0\0", 11));
    auto bad = TableReader({}).read(binary.path());
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message.find("image.png"), std::string::npos) << bad.error().message;
    EXPECT_NE(bad.error().message.find("binary"), std::string::npos) << bad.error().message;

    TempDir huge;
    writeClasses(huge.path());
    writeFile(huge / "부정/long.txt", std::string((1 << 20) + 1, 'a'));
    auto big = TableReader({}).read(huge.path());
    ASSERT_FALSE(big);
    EXPECT_NE(big.error().message.find("long.txt"), std::string::npos) << big.error().message;
}

TEST(ClassFolders, ImdbsOwnFolderIsToldApartFromClassFolders) {
    TempDir imdb;
    for (const auto& [name, content] : sentiment::test::smallImdb(2, ""))
        writeFile(imdb / name, content);
    EXPECT_TRUE(ClassFolders::isImdb(imdb.path()));
    EXPECT_FALSE(TableReader::reads(imdb.path()));

    // The same four folders with a student's own file names: class folders.
    TempDir own;
    for (const char* sub : {"train/pos", "train/neg", "test/pos", "test/neg"})
        writeFile(own / sub / "review.txt", std::string("text of ") + sub);
    EXPECT_FALSE(ClassFolders::isImdb(own.path()));
    EXPECT_TRUE(TableReader::reads(own.path()));
}

TEST(ClassFolders, TheLoaderReadsThemAndTheFingerprintFollowsTheirFiles) {
    TempDir dir;
    writeClasses(dir / "texts");
    TempDir cache;
    DatasetOptions options;
    options.table.testFraction = 0.34;
    const auto loaded = DatasetLoader(cache.path()).load(dir / "texts", options);
    ASSERT_TRUE(loaded) << loaded.error().message;
    EXPECT_EQ(loaded->classes(), (std::vector<std::string>{"neutral", "긍정", "부정"}));
    EXPECT_EQ(loaded->test.size(), 3u);

    const auto before = Fingerprint::of(dir / "texts");
    ASSERT_TRUE(before);
    writeFile(dir / "texts/긍정/t9.txt", "새 리뷰");
    const auto after = Fingerprint::of(dir / "texts");
    ASSERT_TRUE(after);
    EXPECT_NE(before->contentHash, after->contentHash);
    // Read again (not from the cache): the new file is in.
    const auto again = DatasetLoader(cache.path()).load(dir / "texts", options);
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(again->train.size() + again->valid.size() + again->test.size(), 10u);
}
