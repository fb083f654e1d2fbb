// Downloads against a local HTTP server on 127.0.0.1 (LocalHttpServer): complete, broken half-way
// and resumed, wrong checksum, damaged zip member, cancelled, no connection, refused address.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <thread>

#include <random>

#include "LocalHttpServer.h"
#include "TestFiles.h"
#include "downloads/Downloader.h"
#include "foundation/Sha256.h"

using namespace sentiment;
using sentiment::test::LocalHttpServer;
using sentiment::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string randomBytes(std::size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::string s(n, '\0');
    for (auto& c : s) c = static_cast<char>(rng() & 0xFF);
    return s;
}

sentiment::downloads::DownloadSource source(const LocalHttpServer& server, const std::string& path,
                                            const std::string& body) {
    return {"fixture", server.url(path), "fixture.bin", body.size(), sentiment::Sha256::of(body),
            false};
}

struct Recorder : sentiment::downloads::DownloadObserver {
    std::vector<std::string> phases;
    std::uint64_t lastDone = 0, lastTotal = 0;
    void onPhase(std::string_view p) override { phases.emplace_back(p); }
    void onProgress(std::uint64_t done, std::uint64_t total, double, double) override {
        lastDone = done;
        lastTotal = total;
    }
};

}  // namespace

TEST(Downloader, FetchesAndChecksAFile) {
    LocalHttpServer server;
    const auto body = randomBytes(3'000'000, 1);
    server.serve("/imdb.tar.gz", body);
    TempDir dir;
    Recorder rec;
    auto got = sentiment::downloads::Downloader::fetch(source(server, "/imdb.tar.gz", body),
                                                       dir.path(), &rec);
    ASSERT_TRUE(got) << got.error().message;
    EXPECT_EQ(*got, dir / "fixture.bin");
    EXPECT_EQ(test::readFile(*got), body);
    EXPECT_FALSE(fs::exists(dir / "fixture.bin.part"));
    // Checked while it arrived: no second reading of the file.
    EXPECT_EQ(rec.phases, (std::vector<std::string>{"download"}));
    // A second call finds the checked file and fetches nothing.
    const auto requests = server.ranges().size();
    ASSERT_TRUE(
        sentiment::downloads::Downloader::fetch(source(server, "/imdb.tar.gz", body), dir.path()));
    EXPECT_EQ(server.ranges().size(), requests);
}

TEST(Downloader, ABrokenDownloadResumesWithARangeRequest) {
    LocalHttpServer server;
    const auto body = randomBytes(2'000'000, 2);
    server.serve("/half", body, LocalHttpServer::Mode::StopHalfwayOnce);
    TempDir dir;
    const auto src = source(server, "/half", body);
    auto first = sentiment::downloads::Downloader::fetch(src, dir.path());
    ASSERT_FALSE(first);
    EXPECT_NE(first.error().message.find("the connection broke after"), std::string::npos)
        << first.error().message;
    EXPECT_NE(first.error().message.find("resumes"), std::string::npos);
    EXPECT_FALSE(fs::exists(dir / "fixture.bin"));
    const auto kept = fs::file_size(dir / "fixture.bin.part");
    EXPECT_EQ(kept, body.size() / 2);

    auto second = sentiment::downloads::Downloader::fetch(src, dir.path());
    ASSERT_TRUE(second) << second.error().message;
    EXPECT_EQ(test::readFile(*second), body);
    const auto ranges = server.ranges();
    ASSERT_EQ(ranges.size(), 2u);
    EXPECT_EQ(ranges[0], "");
    EXPECT_EQ(ranges[1], std::to_string(kept) + "-");
}

TEST(Downloader, AServerWithoutRangesRestartsFromZero) {
    LocalHttpServer server;
    const auto body = randomBytes(500'000, 3);
    server.serve("/norange", body, LocalHttpServer::Mode::IgnoreRange);
    TempDir dir;
    test::writeFile(dir / "fixture.bin.part", body.substr(0, 1000));  // an older partial download
    auto got =
        sentiment::downloads::Downloader::fetch(source(server, "/norange", body), dir.path());
    ASSERT_TRUE(got) << got.error().message;
    EXPECT_EQ(test::readFile(*got), body);
}

TEST(Downloader, AWrongChecksumKeepsNothing) {
    LocalHttpServer server;
    const auto body = randomBytes(100'000, 4);
    server.serve("/bad", body);
    TempDir dir;
    auto src = source(server, "/bad", body);
    src.sha256 = sentiment::Sha256::of("something else");
    auto got = sentiment::downloads::Downloader::fetch(src, dir.path());
    ASSERT_FALSE(got);
    EXPECT_NE(got.error().message.find("SHA-256"), std::string::npos) << got.error().message;
    EXPECT_NE(got.error().message.find("deleted"), std::string::npos);
    EXPECT_FALSE(fs::exists(dir / "fixture.bin"));
    EXPECT_FALSE(fs::exists(dir / "fixture.bin.part"));
    // A wrong size is caught the same way.
    src = source(server, "/bad", body);
    src.size += 1;
    EXPECT_FALSE(sentiment::downloads::Downloader::fetch(src, dir.path()));
    EXPECT_FALSE(fs::exists(dir / "fixture.bin"));
}

TEST(Downloader, EveryZipMemberMustPassItsCrc) {
    TempDir fixtures;
    // Stored members, so a flipped byte of content is a CRC failure (not a deflate error).
    test::writeArchive(fixtures / "good.zip",
                       {{"glove.6B.50d.txt", std::string(5000, 'a')},
                        {"glove.6B.100d.txt", std::string(7000, 'b')}},
                       "zip", "none");
    std::string zip = test::readFile(fixtures / "good.zip");
    std::string bad = zip;
    const auto at = bad.find(std::string(7000, 'b'));
    ASSERT_NE(at, std::string::npos) << "the fixture's second member is not stored";
    bad[at + 3500] = 'c';
    LocalHttpServer server;
    server.serve("/good.zip", zip);
    server.serve("/bad.zip", bad);
    TempDir dir;
    sentiment::downloads::DownloadSource good{
        "glove", server.url("/good.zip"), "glove.zip", zip.size(), "", true};
    auto ok = sentiment::downloads::Downloader::fetch(good, dir.path());
    ASSERT_TRUE(ok) << ok.error().message;
    fs::remove(*ok);
    sentiment::downloads::DownloadSource damaged{
        "glove", server.url("/bad.zip"), "glove.zip", bad.size(), "", true};
    auto got = sentiment::downloads::Downloader::fetch(damaged, dir.path());
    ASSERT_FALSE(got);
    EXPECT_NE(got.error().message.find("glove.6B.100d.txt"), std::string::npos)
        << got.error().message;
    EXPECT_FALSE(fs::exists(dir / "glove.zip"));
    EXPECT_FALSE(fs::exists(dir / "glove.zip.part"));
}

// The proxy the caller names is used ("" = none, even when the environment names one); an
// unreachable proxy is named in the message.
TEST(Downloader, TheCallersProxyIsUsed) {
    LocalHttpServer origin, proxy;
    const auto body = randomBytes(200'000, 3);
    origin.serve("/f.bin", body);
    proxy.serve("/f.bin", body);  // a proxy answering from the same routes
    TempDir dir;
    auto src = source(origin, "/f.bin", body);
    auto got = sentiment::downloads::Downloader::fetch(
        src, dir.path(), nullptr, {}, "http://127.0.0.1:" + std::to_string(proxy.port()));
    ASSERT_TRUE(got) << got.error().message;
    EXPECT_EQ(proxy.proxied(), 1);
    EXPECT_TRUE(origin.ranges().empty()) << "went to the origin, not through the proxy";
    fs::remove(*got);

    ::setenv("http_proxy", ("http://127.0.0.1:" + std::to_string(proxy.port())).c_str(), 1);
    ::unsetenv("no_proxy");
    ::unsetenv("NO_PROXY");
    got = sentiment::downloads::Downloader::fetch(src, dir.path(), nullptr, {},
                                                  std::string());  // "": no proxy at all
    ASSERT_TRUE(got) << got.error().message;
    EXPECT_EQ(proxy.proxied(), 1);
    EXPECT_EQ(origin.ranges().size(), 1u);
    fs::remove(*got);
    got = sentiment::downloads::Downloader::fetch(src,
                                                  dir.path());  // nothing: the environment's proxy
    ::unsetenv("http_proxy");
    ASSERT_TRUE(got) << got.error().message;
    EXPECT_EQ(proxy.proxied(), 2);
    EXPECT_EQ(origin.ranges().size(), 1u);
    fs::remove(*got);

    got =
        sentiment::downloads::Downloader::fetch(src, dir.path(), nullptr, {}, "http://127.0.0.1:1");
    ASSERT_FALSE(got);
    EXPECT_NE(got.error().message.find("the proxy http://127.0.0.1:1 cannot be reached"),
              std::string::npos)
        << got.error().message;
}

// A part left by an earlier attempt goes through the checks before the download resumes; one
// that already fails them (here: an error page, not a zip) is started again from zero.
TEST(Downloader, APartThatFailsItsChecksIsStartedAgain) {
    TempDir fixtures;
    test::writeArchive(fixtures / "good.zip", {{"glove.6B.50d.txt", std::string(50'000, 'a')}},
                       "zip", "");
    const std::string zip = test::readFile(fixtures / "good.zip");
    LocalHttpServer server;
    server.serve("/good.zip", zip);
    TempDir dir;
    {
        std::ofstream part(dir / "glove.zip.part", std::ios::binary);
        part << "<!DOCTYPE html><html>502 Bad Gateway</html>";
    }
    Recorder rec;
    sentiment::downloads::DownloadSource src{
        "glove", server.url("/good.zip"), "glove.zip", zip.size(), "", true};
    auto got = sentiment::downloads::Downloader::fetch(src, dir.path(), &rec);
    ASSERT_TRUE(got) << got.error().message;
    EXPECT_EQ(test::readFile(*got), zip);
    EXPECT_EQ(server.ranges(), (std::vector<std::string>{""})) << "resumed a damaged part";
    EXPECT_EQ(rec.phases, (std::vector<std::string>{"verify", "download"}));
}

// The members are checked while the zip arrives: a damaged first member stops the download
// there. The server sends the first eighth of the file (the first member whole) and then
// nothing: only a check made while the bytes arrive can end this download with the member's
// CRC error (one that waited for the whole file would stall, and be given up on as stalled).
TEST(Downloader, ADamagedZipMemberStopsTheDownloadEarly) {
    TempDir fixtures;
    std::string first(200'000, 'a'), second;
    for (std::uint64_t i = 0; second.size() < 3'000'000; ++i)
        second += std::to_string(i * 7919 % 100003) + " ";
    test::writeArchive(fixtures / "g.zip",
                       {{"glove.6B.50d.txt", first}, {"glove.6B.300d.txt", second}}, "zip", "none");
    std::string bad = test::readFile(fixtures / "g.zip");
    const auto at = bad.find(first.substr(0, 64));
    ASSERT_NE(at, std::string::npos);
    bad[at + 1000] = 'b';
    ASSERT_LT(at + first.size() + 1000, bad.size() / 8)
        << "the first member should end in the first eighth";
    LocalHttpServer server;
    server.serve("/g.zip", bad, LocalHttpServer::Mode::StallAfterAnEighth);
    TempDir dir;
    sentiment::downloads::DownloadSource src{"glove", server.url("/g.zip"), "g.zip", bad.size(), "",
                                             true};
    auto got = sentiment::downloads::Downloader::fetch(src, dir.path());
    ASSERT_FALSE(got);
    EXPECT_NE(got.error().message.find("'glove.6B.50d.txt': the CRC-32 check failed"),
              std::string::npos)
        << got.error().message;
    EXPECT_FALSE(fs::exists(dir / "g.zip.part"));
    // The client hung up on the silent server (it notices within its next poll; the bound only
    // stops a hang).
    for (int i = 0; i < 1200 && server.hangUps("/g.zip") == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_EQ(server.hangUps("/g.zip"), 1);
}

TEST(Downloader, CancelKeepsThePartForLater) {
    LocalHttpServer server;
    const auto body = randomBytes(1'600'000, 5);
    server.serve("/f", body, LocalHttpServer::Mode::Slow);
    TempDir dir;
    // Cancelled before any byte: nothing is left behind.
    std::stop_source early;
    early.request_stop();
    auto got = sentiment::downloads::Downloader::fetch(source(server, "/f", body), dir.path(),
                                                       nullptr, early.get_token());
    ASSERT_FALSE(got);
    EXPECT_NE(got.error().message.find("cancelled"), std::string::npos) << got.error().message;
    EXPECT_TRUE(fs::is_empty(dir.path()));
    // Cancelled once bytes arrived (the Cancel button): the part stays and the next call resumes
    // it.
    struct CancelOnData : sentiment::downloads::DownloadObserver {
        std::stop_source stop;
        void onProgress(std::uint64_t done, std::uint64_t, double, double) override {
            if (done > 0) stop.request_stop();
        }
    } cancel;
    got = sentiment::downloads::Downloader::fetch(source(server, "/f", body), dir.path(), &cancel,
                                                  cancel.stop.get_token());
    ASSERT_FALSE(got);
    EXPECT_NE(got.error().message.find("cancelled after"), std::string::npos)
        << got.error().message;
    ASSERT_TRUE(fs::exists(dir / "fixture.bin.part"));
    const auto kept = fs::file_size(dir / "fixture.bin.part");
    EXPECT_GT(kept, 0u);
    EXPECT_LT(kept, body.size());
    EXPECT_FALSE(fs::exists(dir / "fixture.bin"));
    got = sentiment::downloads::Downloader::fetch(source(server, "/f", body), dir.path());
    ASSERT_TRUE(got) << got.error().message;
    EXPECT_EQ(test::readFile(*got), body);
    EXPECT_EQ(server.ranges().back(), std::to_string(kept) + "-");
}

TEST(Downloader, NoConnectionSaysWhatElseToDo) {
    int port = 0;
    {
        LocalHttpServer closed;  // a port that was just free; nobody listens once it is gone
        port = closed.port();
    }
    TempDir dir;
    sentiment::downloads::DownloadSource src{
        "imdb", "http://127.0.0.1:" + std::to_string(port) + "/x", "x.bin", 10, "", false};
    auto got = sentiment::downloads::Downloader::fetch(src, dir.path());
    ASSERT_FALSE(got);
    EXPECT_NE(got.error().message.find("no connection"), std::string::npos) << got.error().message;
    EXPECT_NE(got.error().message.find("a file you downloaded yourself"), std::string::npos);
}

TEST(Downloader, OnlyHttpsLeavesThisComputer) {
    TempDir dir;
    for (const char* url :
         {"http://example.com/aclImdb_v1.tar.gz", "ftp://example.com/x", "file:///etc/passwd"}) {
        sentiment::downloads::DownloadSource src{"x", url, "x.bin", 0, "", false};
        auto got = sentiment::downloads::Downloader::fetch(src, dir.path());
        ASSERT_FALSE(got) << url;
        EXPECT_NE(got.error().message.find("only https://"), std::string::npos)
            << got.error().message;
    }
    EXPECT_TRUE(fs::is_empty(dir.path()));
}

TEST(Downloader, ARedirectToPlainHttpIsNotFollowed) {
    LocalHttpServer server;
    const auto body = randomBytes(10'000, 3);
    server.serve("/imdb.tar.gz", body, LocalHttpServer::Mode::RedirectToHttp);
    server.serve("/imdb.tar.gz-plain", body);
    TempDir dir;
    auto got =
        sentiment::downloads::Downloader::fetch(source(server, "/imdb.tar.gz", body), dir.path());
    ASSERT_FALSE(got);
    EXPECT_NE(got.error().message.find("only https://"), std::string::npos) << got.error().message;
    EXPECT_EQ(server.ranges().size(), 1u) << "the plain-http address was asked for";
    EXPECT_FALSE(fs::exists(dir / "fixture.bin"));
}

TEST(Downloader, AStalledServerIsGivenUpOnAndThePartResumes) {
    LocalHttpServer server;
    const auto body = randomBytes(400'000, 4);
    server.serve("/imdb.tar.gz", body, LocalHttpServer::Mode::StallHalfwayOnce);
    TempDir dir;
    auto got =
        sentiment::downloads::Downloader::fetch(source(server, "/imdb.tar.gz", body), dir.path(),
                                                nullptr, {}, std::nullopt, std::chrono::seconds(2));
    ASSERT_FALSE(got);
    EXPECT_NE(got.error().message.find("sent nothing for 2 s"), std::string::npos)
        << got.error().message;
    EXPECT_NE(got.error().message.find("fixture.bin.part"), std::string::npos)
        << got.error().message;
    EXPECT_EQ(fs::file_size(dir / "fixture.bin.part"), body.size() / 2);
    auto resumed =
        sentiment::downloads::Downloader::fetch(source(server, "/imdb.tar.gz", body), dir.path());
    ASSERT_TRUE(resumed) << resumed.error().message;
    EXPECT_EQ(test::readFile(*resumed), body);
    EXPECT_EQ(server.ranges().back(), std::to_string(body.size() / 2) + "-");
}

TEST(Downloader, TheCatalogueHasThePublishedFigures) {
    const auto imdb = sentiment::downloads::DownloadSource::imdb();
    EXPECT_EQ(imdb.url, "https://ai.stanford.edu/~amaas/data/sentiment/aclImdb_v1.tar.gz");
    EXPECT_EQ(imdb.size, 84'125'825u);
    EXPECT_EQ(imdb.sha256, "c40f74a18d3b61f90feba1e17730e0d38e8b97c05fde7008942e91923d1658fe");
    const auto glove = sentiment::downloads::DownloadSource::glove();
    EXPECT_EQ(glove.url, "https://nlp.stanford.edu/data/glove.6B.zip");
    EXPECT_EQ(glove.size, 862'182'613u);
    EXPECT_TRUE(glove.zipCrc);
    EXPECT_FALSE(sentiment::downloads::DownloadSource::named("mnist"));
}

// The real archive in ../shared/data (a trimmed copy of the official one: its README gives its
// size and SHA-256) passes checks with its own figures and fails the official ones by size.
TEST(Downloader, TheSharedImdbArchiveIsChecked) {
    const fs::path real = fs::path(SENTIMENT_LAB_SHARED_DATA) / "aclImdb_v1.tar.gz";
    if (!fs::exists(real)) GTEST_SKIP() << real << " is not here";
    auto own = sentiment::downloads::DownloadSource::imdb();
    own.size = 57'176'934;
    own.sha256 = "1f1c6f5f2d383ef13b9a5e2c51c90e8eeeccfc86d7bc664643c12e35c67efe77";
    auto ok = sentiment::downloads::Downloader::verify(own, real);
    EXPECT_TRUE(ok) << ok.error().message;
    auto official = sentiment::downloads::Downloader::verify(
        sentiment::downloads::DownloadSource::imdb(), real);
    ASSERT_FALSE(official);
    EXPECT_NE(official.error().message.find("has 57176934 bytes"), std::string::npos)
        << official.error().message;
}
