// Labelled tables (CSV, TSV, JSON Lines) as students have them: NSMC's Korean TSV, a quoted CSV,
// JSON Lines in other scripts; labels mapped to classes; splits given or made; and every kind of
// bad file named with its line.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "TestFiles.h"
#include "data/table/DelimitedParser.h"
#include "data/table/LabelMap.h"
#include "data/table/TableReader.h"

using namespace sentiment;
using namespace sentiment::data;
using sentiment::test::TempDir;
using sentiment::test::writeFile;

namespace {

std::vector<std::vector<std::string>> parseAll(std::string_view input, char delimiter,
                                               Quoting quoting, std::size_t chunk,
                                               Status* status = nullptr) {
    std::vector<std::vector<std::string>> out;
    DelimitedParser parser(delimiter, quoting);
    const DelimitedParser::Sink sink = [&](const std::vector<std::string>& f,
                                           std::uint64_t) -> Status {
        out.push_back(f);
        return Done{};
    };
    Status ok = Done{};
    for (std::size_t at = 0; at < input.size() && ok; at += chunk)
        ok = parser.feed(input.substr(at, chunk), sink);
    if (ok) ok = parser.finish(sink);
    if (status != nullptr) *status = ok;
    return out;
}

// NSMC's own layout: id, document, label; tab-separated, a header, Korean text.
const char* kNsmcTrain =
    "id\tdocument\tlabel\n"
    "9976970\t아 더빙.. 진짜 짜증나네요 목소리\t0\n"
    "3819312\t흠...포스터보고 초딩영화줄....오버연기조차 가볍지 않구나\t1\n"
    "10265843\t너무재밓었다그래서보는것을추천한다\t0\n"
    "9045019\t교도소 이야기구먼 ..솔직히 재미는 없다..평점 조정\t0\n"
    "6483659\t사이몬페그의 익살스런 연기가 돋보였던 영화!스파이더맨에서 늙어보이기만 했던\t1\n"
    "5403919\t막 걸음마 뗀 3세부터 초등학교 1학년생인 8살용영화.ㅋㅋㅋ...별반개도 아까움.\t0\n";
const char* kNsmcTest =
    "id\tdocument\tlabel\n"
    "6270596\t굳 ㅋ\t1\n"
    "9274899\tGDNTOPCLASSINTHECLUB\t0\n"
    "8544678\t뭐야 이 평점들은.... 나쁘진 않지만 10점 짜리는 더더욱 아니잖아\t0\n"
    "6825595\t지루하지는 않은데 완전 막장임... 돈주고 보기에는....\t1\n";

std::map<std::pair<Split, Label>, int> counts(const ImdbData& data) {
    std::map<std::pair<Split, Label>, int> c;
    for (const auto& r : data.reviews) ++c[{r.info.split, r.info.label}];
    return c;
}

}  // namespace

TEST(DelimitedParser, AnyChunkingGivesTheSameRecords) {
    const std::string csv =
        "text,label\r\n\"a, \"\"quoted\"\" one\nover two lines\",pos\r\nplain,neg\n\n,\nlast,pos";
    const auto whole = parseAll(csv, ',', Quoting::Double, csv.size());
    ASSERT_EQ(whole.size(), 5u);
    EXPECT_EQ(whole[1][0], "a, \"quoted\" one\nover two lines");
    EXPECT_EQ(whole[1][1], "pos");
    EXPECT_EQ(whole[3], (std::vector<std::string>{"", ""}));  // a line of delimiters
    EXPECT_EQ(whole[4][0], "last");                           // no line break at the end
    for (std::size_t chunk : {1u, 2u, 3u, 7u})
        EXPECT_EQ(parseAll(csv, ',', Quoting::Double, chunk), whole);
}

TEST(DelimitedParser, TabSeparatedTextKeepsItsQuotesAndAnOpenQuoteIsNamedByLine) {
    const auto tsv = parseAll("1\t\"최고\" 라고 하고 싶다\t1\n", '\t', Quoting::None, 4);
    ASSERT_EQ(tsv.size(), 1u);
    EXPECT_EQ(tsv[0][1], "\"최고\" 라고 하고 싶다");

    Status status = Done{};
    (void)parseAll("a,b\nc,\"never closed\nd,e\n", ',', Quoting::Double, 5, &status);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().line, 2);
    EXPECT_NE(status.error().message.find("never closed"), std::string::npos);
}

TEST(DelimitedParser, AFieldPastTheLimitIsRefusedNotGrown) {
    DelimitedParser parser(',', Quoting::Double, 1 << 20);
    const std::string big((1 << 20) + 10, 'x');
    const auto ok = parser.feed(big, [](const auto&, std::uint64_t) -> Status { return Done{}; });
    ASSERT_FALSE(ok);
    EXPECT_NE(ok.error().message.find("longer than 1 MiB"), std::string::npos)
        << ok.error().message;
}

TEST(LabelMap, RangesAndLabelsToClassesInTheOrderNamed) {
    const auto map = LabelMap::parse("9-10=positive, 1-4=negative, meh=neutral");
    ASSERT_TRUE(map) << map.error().message;
    EXPECT_EQ(map->classes(), (std::vector<std::string>{"positive", "negative", "neutral"}));
    EXPECT_EQ(map->classOf("10"), 0u);
    EXPECT_EQ(map->classOf(" 3 "), 1u);
    EXPECT_EQ(map->classOf("meh"), 2u);
    EXPECT_FALSE(map->classOf("5"));
    EXPECT_FALSE(map->classOf("10.5"));
    EXPECT_FALSE(LabelMap::parse("1-4"));
    EXPECT_FALSE(LabelMap::parse("4-1=x"));
    EXPECT_FALSE(LabelMap::parse(" , "));
}

TEST(TableReader, ReadsNsmcsKoreanFilesWithTheirOwnTestFile) {
    TempDir dir;
    writeFile(dir / "ratings_train.txt", kNsmcTrain);
    writeFile(dir / "ratings_test.txt", kNsmcTest);
    TableOptions options;
    options.testFile = dir / "ratings_test.txt";
    const auto data = TableReader(options).read(dir / "ratings_train.txt");
    ASSERT_TRUE(data) << data.error().message;
    const auto c = counts(*data);
    EXPECT_EQ((c.at({Split::Train, Label::Negative})), 4);
    EXPECT_EQ((c.at({Split::Train, Label::Positive})), 2);
    EXPECT_EQ((c.at({Split::Test, Label::Negative})), 2);
    EXPECT_EQ((c.at({Split::Test, Label::Positive})), 2);
    std::set<std::string_view> texts;
    for (const auto& r : data->reviews) texts.insert(r.text);
    EXPECT_TRUE(texts.count("굳 ㅋ"));  // the document column, found by its name
    EXPECT_TRUE(texts.count("아 더빙.. 진짜 짜증나네요 목소리"));

    const auto preview = TableReader(options).preview(dir / "ratings_train.txt", 3);
    ASSERT_TRUE(preview) << preview.error().message;
    EXPECT_EQ(preview->delimiter, '\t');
    EXPECT_TRUE(preview->header);
    EXPECT_EQ(preview->columns, (std::vector<std::string>{"id", "document", "label"}));
    EXPECT_EQ(preview->textColumn, 1u);
    EXPECT_EQ(preview->labelColumn, 2u);
    EXPECT_EQ(preview->rows.size(), 3u);
}

// The preview dialog's facts: which columns were chosen, the labels of the first rows in natural
// order with their counts, and what a label map makes of them (dropped labels have no class).
TEST(TableReader, APreviewSaysWhatEachLabelOfItsRowsBecomes) {
    TempDir dir;
    writeFile(dir / "stars.csv",
              "movie,stars,review\n"
              "m1,10,최고\nm1,2,별로\nm2,10,좋아요\nm2,5,그냥\nm3,9,재밌다\nm3,1,최악\n");
    TableOptions options;
    options.groupColumn = "movie";
    auto plain = TableReader(options).preview(dir / "stars.csv", 10);
    ASSERT_TRUE(plain) << plain.error().message;
    EXPECT_EQ(plain->textColumn, 2u);
    EXPECT_EQ(plain->labelColumn, 1u);
    EXPECT_EQ(plain->groupColumn, std::optional<std::size_t>(0));
    EXPECT_FALSE(plain->splitColumn);
    ASSERT_EQ(plain->labels.size(), 5u);
    EXPECT_EQ(plain->labels[0].label, "1");  // natural order: 2 before 10
    EXPECT_EQ(plain->labels[1].label, "2");
    EXPECT_EQ(plain->labels[4].label, "10");
    EXPECT_EQ(plain->labels[4].rows, 2u);
    EXPECT_EQ(plain->labels[4].classIndex, std::optional<std::size_t>(4));
    EXPECT_EQ(plain->classes, (std::vector<std::string>{"1", "2", "5", "9", "10"}));

    options.labelMap = "1-4=negative,9-10=positive";
    auto mapped = TableReader(options).preview(dir / "stars.csv", 10);
    ASSERT_TRUE(mapped) << mapped.error().message;
    EXPECT_EQ(mapped->classes, (std::vector<std::string>{"negative", "positive"}));
    EXPECT_EQ(mapped->labels[0].classIndex, std::optional<std::size_t>(0));  // 1
    EXPECT_FALSE(mapped->labels[2].classIndex);                              // 5: dropped
    EXPECT_EQ(mapped->labels[4].classIndex, std::optional<std::size_t>(1));  // 10

    // No column named like a label among three: the rows are shown, with the problem.
    writeFile(dir / "plain.csv", "m1,10,최고의 영화였다\nm2,2,별로였다 정말\n");
    const auto unnamed = TableReader({}).preview(dir / "plain.csv", 10);
    ASSERT_TRUE(unnamed) << unnamed.error().message;
    ASSERT_TRUE(unnamed->problem);
    EXPECT_NE(unnamed->problem->message.find("--label-column"), std::string::npos);
    EXPECT_EQ(unnamed->columns, (std::vector<std::string>{"1", "2", "3"}));
    EXPECT_EQ(unnamed->rows.size(), 2u);
    EXPECT_EQ(unnamed->labelColumn, 3u);  // none

    options.labelMap = "1-4";
    const auto broken = TableReader(options).preview(dir / "stars.csv", 10);
    ASSERT_FALSE(broken);
    EXPECT_NE(broken.error().message.find("1-4"), std::string::npos) << broken.error().message;
}

TEST(TableReader, AGzippedFileReadsTheSame) {
    TempDir dir;
    writeFile(dir / "train.tsv", kNsmcTrain);
    ASSERT_EQ(std::system(("gzip -k " + (dir / "train.tsv").string()).c_str()), 0);
    TableOptions options;
    options.testFraction = 0.5;
    const auto plain = TableReader(options).read(dir / "train.tsv");
    const auto zipped = TableReader(options).read(dir / "train.tsv.gz");
    ASSERT_TRUE(plain) << plain.error().message;
    ASSERT_TRUE(zipped) << zipped.error().message;
    ASSERT_EQ(plain->reviews.size(), zipped->reviews.size());
    for (std::size_t i = 0; i < plain->reviews.size(); ++i) {
        EXPECT_EQ(plain->reviews[i].text, zipped->reviews[i].text);
        EXPECT_EQ(plain->reviews[i].info.split, zipped->reviews[i].info.split);
    }
}

TEST(TableReader, AQuotedCsvWithoutHeaderAndJsonLinesInOtherScripts) {
    TempDir dir;
    // No header: the longer column is the text, the other the label; quoted commas and breaks.
    writeFile(dir / "own.csv",
              "\"Great, \"\"really\"\" great\nfilm\",pos\nawful,neg\n\"fine\",pos\nboring,neg\n"
              "loved it,pos\nhated it,neg\n");
    TableOptions csv;
    csv.testFraction = 0.34;
    const auto a = TableReader(csv).read(dir / "own.csv");
    ASSERT_TRUE(a) << a.error().message;
    EXPECT_EQ(a->reviews.size(), 6u);
    bool found = false;
    for (const auto& r : a->reviews) found |= r.text == "Great, \"really\" great\nfilm";
    EXPECT_TRUE(found);

    writeFile(dir / "other.jsonl",
              "{\"text\": \"とても良い映画でした\", \"label\": \"good\"}\n"
              "{\"text\": \"فيلم سيء جدا\", \"label\": \"bad\"}\n"
              "{\"label\": \"good\", \"text\": \"素晴らしい\"}\n"
              "{\"text\": \"ممل\", \"label\": \"bad\"}\n");
    TableOptions json;
    json.testFraction = 0.5;
    const auto b = TableReader(json).read(dir / "other.jsonl");
    ASSERT_TRUE(b) << b.error().message;
    EXPECT_EQ(b->reviews.size(), 4u);
    for (const auto& r : b->reviews) {
        // "bad" before "good": bad is the first class (negative).
        const bool arabic = static_cast<unsigned char>(r.text[0]) == 0xD9;  // ف, م
        EXPECT_EQ(r.info.label, arabic ? Label::Negative : Label::Positive) << r.text;
    }
}

TEST(TableReader, ALabelMapMakesTwoClassesFromRatingsAndDropsTheRest) {
    TempDir dir;
    std::string tsv = "movie_id\treview_id\trating\treview\n";
    for (int i = 0; i < 40; ++i)
        tsv += std::to_string(i % 8) + "\t" + std::to_string(i) + "\t" +
               std::to_string(i % 10 + 1) + "\treview " + std::to_string(i) + "\n";
    writeFile(dir / "ratings.tsv", tsv);
    TableOptions options;
    options.labelMap = "1-4=negative,9-10=positive";
    options.groupColumn = "movie_id";
    options.testFraction = 0.25;
    const auto data = TableReader(options).read(dir / "ratings.tsv");
    ASSERT_TRUE(data) << data.error().message;
    EXPECT_EQ(data->reviews.size(), 24u);  // ratings 5-8 left out
    ASSERT_FALSE(data->report.warnings.empty());
    EXPECT_NE(data->report.warnings.back().english().find("16 rows were left out"),
              std::string::npos);
    // Split by movie: no movie on both sides.
    std::map<int, std::set<Split>> sides;
    for (const auto& r : data->reviews) {
        const int review = std::stoi(std::string(r.text.substr(7)));
        sides[review % 8].insert(r.info.split);
        EXPECT_EQ(r.info.label, review % 10 + 1 >= 9 ? Label::Positive : Label::Negative);
    }
    for (const auto& [movie, s] : sides) EXPECT_EQ(s.size(), 1u) << "movie " << movie;

    // The same seed makes the same split; another seed another one.
    const auto again = TableReader(options).read(dir / "ratings.tsv");
    ASSERT_TRUE(again);
    for (std::size_t i = 0; i < data->reviews.size(); ++i)
        EXPECT_EQ(data->reviews[i].text, again->reviews[i].text);
}

TEST(TableReader, AMadeSplitHoldsOutTheSameShareOfEachClass) {
    TempDir dir;
    std::string csv = "text,label\n";
    for (int i = 0; i < 100; ++i)
        csv += "review " + std::to_string(i) + "," + (i < 80 ? "a" : "b") + "\n";
    writeFile(dir / "skewed.csv", csv);
    TableOptions options;  // 20 % held out
    const auto data = TableReader(options).read(dir / "skewed.csv");
    ASSERT_TRUE(data) << data.error().message;
    const auto c = counts(*data);
    EXPECT_EQ((c.at({Split::Test, Label::Negative})), 16);
    EXPECT_EQ((c.at({Split::Test, Label::Positive})), 4);
}

TEST(TableReader, BadFilesAreNamedWithTheirLineAndNothingIsLoaded) {
    TempDir dir;
    const auto read = [&](const std::string& name, const std::string& content,
                          TableOptions options = {}) {
        writeFile(dir / name, content);
        return TableReader(options).read(dir / name);
    };
    const auto expectError = [](const Result<ImdbData>& r,
                                std::initializer_list<const char*> parts) {
        ASSERT_FALSE(r) << "read";
        for (const char* p : parts)
            EXPECT_NE(r.error().message.find(p), std::string::npos) << r.error().message;
    };
    expectError(TableReader({}).read(dir / "missing.csv"), {"missing.csv"});
    TableOptions named;
    named.textColumn = "review";
    expectError(read("columns.tsv", kNsmcTrain, named),
                {"columns.tsv", "no column named \"review\"", "id, document, label"});
    expectError(read("one.csv", "text,label\na,1\nb,1\nc,1\n"), {"one.csv", "same label", "\"1\""});
    std::string many = "text,label\n";
    for (int i = 0; i < 150; ++i) many += "a review," + std::to_string(i) + "\n";
    expectError(read("many.csv", many), {"many.csv", "150 classes", "100", "--label-map"});
    expectError(read("untested.csv", "text,label,part\na,1,train\nb,0,train\n",
                     [] {
                         TableOptions o;
                         o.splitColumn = "part";
                         return o;
                     }()),
                {"untested.csv", "no row is left for the test"});
    expectError(read("ragged.tsv", "id\tdocument\tlabel\n1\tgood\t1\n2\tbad\t0\textra\n"),
                {"ragged.tsv, line 3", "4 fields where the header has 3"});
    expectError(read("binary.csv", std::string("text,label\n\0\x01\x02,1\n", 17)),
                {"binary.csv", "binary file"});
    TableOptions map;
    map.labelMap = "1-4=negative,9-10=positive";
    expectError(read("nothing.tsv", "review\trating\na\t5\nb\t6\n", map),
                {"nothing.tsv", "label map leaves no row"});
    expectError(read("json.jsonl", "{\"text\": \"a\", \"label\": 1}\n[1, 2]\n"),
                {"json.jsonl, line 2", "not a JSON object"});
    TableOptions split;
    split.splitColumn = "part";
    expectError(read("split.csv", "text,label,part\na,1,train\nb,0,holdout\n", split),
                {"split.csv, line 3", "holdout"});
    expectError(read("empty.csv", ""), {"empty.csv", "empty"});
    expectError(read("nolabel.jsonl", "{\"text\": \"a\", \"label\": 1}\n{\"text\": \"b\"}\n"),
                {"nolabel.jsonl, line 2", "no label (column label)"});
    expectError(read("notrain.csv", "text,label,part\na,1,train\nb,0,test\nc,1,test\n", split),
                {"notrain.csv", "\"0\" has no training example"});
}

TEST(TableReader, ClassesBeyondTwoKeepTheirNamesInNaturalOrder) {
    TempDir dir;
    std::string csv = "text,stars\n";
    for (int i = 0; i < 60; ++i) {
        const int stars = i % 3 == 0 ? 10 : i % 3 == 1 ? 2 : 1;
        csv += "review " + std::to_string(i) + "," + std::to_string(stars) + "\n";
    }
    writeFile(dir / "stars.csv", csv);
    const auto data = TableReader({}).read(dir / "stars.csv");
    ASSERT_TRUE(data) << data.error().message;
    // Numbers by value ("10" after "2"), each class its index.
    EXPECT_EQ(data->report.classes, (std::vector<std::string>{"1", "2", "10"}));
    std::map<std::pair<Split, int>, int> counts;
    for (const auto& r : data->reviews) {
        ++counts[{r.info.split, int(r.info.label)}];
        const int stars = r.info.label == classLabel(2) ? 10 : int(r.info.label) + 1;
        EXPECT_EQ(r.info.rating, stars) << r.text;
    }
    for (int c = 0; c < 3; ++c) {
        EXPECT_GT((counts[{Split::Train, c}]), 0) << c;
        EXPECT_GT((counts[{Split::Test, c}]), 0) << c;  // stratified
    }
    // IMDb keeps its two named classes.
    EXPECT_EQ(ReadReport{}.classes, (std::vector<std::string>{"negative", "positive"}));
}

TEST(TableReader, EmptyTextsAreSkippedAndInvalidUtf8Repaired) {
    TempDir dir;
    writeFile(dir / "messy.csv",
              "text,label\ngood,1\n,0\nbad \xff\xfe bytes,0\nfine,1\nmeh,0\nok,1\n");
    TableOptions options;
    options.testFraction = 0.34;
    const auto data = TableReader(options).read(dir / "messy.csv");
    ASSERT_TRUE(data) << data.error().message;
    EXPECT_EQ(data->reviews.size(), 5u);
    EXPECT_EQ(data->report.emptyReviews, 1u);
    EXPECT_EQ(data->report.invalidUtf8Reviews, 1u);
    // Skipped before the split is made: no class is left with an empty review as its only
    // training example (what the fuzzer found), and the warning names the first one's line.
    bool named = false;
    for (const auto& w : data->report.warnings)
        named |= w.format().find("empty text") != std::string::npos &&
                 w.english().find("messy.csv, line 3") != std::string::npos;
    EXPECT_TRUE(named);
    for (const auto& r : data->reviews) EXPECT_FALSE(r.text.empty());
}
