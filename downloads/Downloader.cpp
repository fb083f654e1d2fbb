#include "downloads/Downloader.h"

#include <curl/curl.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <system_error>

#include "downloads/DownloadCheck.h"
#include "foundation/DataDirectory.h"

namespace sentiment::downloads {

namespace fs = std::filesystem;

namespace {

void initCurlOnce() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// The host part of a URL ("https://host:port/path" -> "host").
std::string hostOf(const std::string& url) {
    const auto scheme = url.find("://");
    if (scheme == std::string::npos) return {};
    const auto start = scheme + 3;
    auto end = url.find_first_of(":/?#", start);
    return url.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

bool isLoopback(const std::string& host) {
    return host == "127.0.0.1" || host == "localhost" || host == "[::1]";
}

Message onlyHttps() {
    return Message::tr(
        "only https:// addresses are downloaded (plain http only from this computer)");
}

struct Transfer {
    std::FILE* file = nullptr;
    std::uint64_t start = 0;  // bytes already in the part file
    std::uint64_t written = 0;
    std::uint64_t expected = 0;
    DownloadObserver* observer = nullptr;
    std::stop_token stop;
    std::chrono::steady_clock::time_point began = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point lastReport{};
    bool writeFailed = false;
    DownloadCheck* check = nullptr;
    std::optional<Error> checkFailed;  // the bytes so far already fail a check
};

std::size_t onData(char* data, std::size_t size, std::size_t count, void* user) {
    auto* t = static_cast<Transfer*>(user);
    const std::size_t n = size * count;
    if (std::fwrite(data, 1, n, t->file) != n) {
        t->writeFailed = true;
        return 0;  // makes libcurl stop with CURLE_WRITE_ERROR
    }
    t->written += n;
    if (auto ok = t->check->feed({reinterpret_cast<const unsigned char*>(data), n}); !ok) {
        t->checkFailed = ok.error();
        return 0;
    }
    return n;
}

int onProgress(void* user, curl_off_t total, curl_off_t now, curl_off_t, curl_off_t) {
    auto* t = static_cast<Transfer*>(user);
    if (t->stop.stop_requested()) return 1;  // CURLE_ABORTED_BY_CALLBACK
    const auto clock = std::chrono::steady_clock::now();
    if (t->observer && clock - t->lastReport >= std::chrono::milliseconds(100)) {
        t->lastReport = clock;
        const double seconds = std::chrono::duration<double>(clock - t->began).count();
        const double rate = seconds > 0 ? static_cast<double>(now) / seconds : 0;
        const std::uint64_t all =
            t->expected ? t->expected
                        : (total > 0 ? t->start + static_cast<std::uint64_t>(total) : 0);
        const std::uint64_t done = t->start + static_cast<std::uint64_t>(now);
        const double left = rate > 0 && all >= done ? static_cast<double>(all - done) / rate : -1;
        t->observer->onProgress(done, all, rate, left);
    }
    return 0;
}

std::uint64_t sizeOf(const fs::path& p) {
    std::error_code ec;
    const auto n = fs::file_size(p, ec);
    return ec ? 0 : n;
}

enum class Outcome { Done, Restart, Failed, Damaged };

// One transfer attempt into `part`, appending from its current size.
// The bytes go through `check` as they arrive; Damaged: they fail it (the part is worthless).
Outcome transfer(const DownloadSource& source, const fs::path& part, DownloadObserver* observer,
                 std::stop_token stop, const std::optional<std::string>& proxy,
                 std::chrono::seconds stallAfter, DownloadCheck& check, Error& error) {
    const auto start = sizeOf(part);
    if (source.size && start == source.size)
        return Outcome::Done;  // complete already; the checks decide
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(part.c_str(), "ab"),
                                                         &std::fclose);
    if (!file) {
        error = Error::at(
            part.string(),
            Message::tr("cannot be written (%1)").arg(std::generic_category().message(errno)));
        return Outcome::Failed;
    }
    std::unique_ptr<CURL, void (*)(CURL*)> curl(curl_easy_init(), &curl_easy_cleanup);
    Transfer t;
    t.file = file.get();
    t.start = start;
    t.expected = source.size;
    t.observer = observer;
    t.stop = stop;
    t.check = &check;
    char message[CURL_ERROR_SIZE] = {0};
    CURL* h = curl.get();
    const bool plainAllowed = isLoopback(hostOf(source.url));
    curl_easy_setopt(h, CURLOPT_URL, source.url.c_str());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, plainAllowed ? "http,https" : "https");
    curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "https");
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(h, CURLOPT_FAILONERROR, 1L);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, message);
    curl_easy_setopt(h, CURLOPT_USERAGENT, "sentiment-lab");
    if (proxy)
        curl_easy_setopt(h, CURLOPT_PROXY,
                         proxy->c_str());  // "" = none, even if the environment names one
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 30L);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT,
                     1L);  // nothing for stallAfter: give up (resumable)
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, static_cast<long>(stallAfter.count()));
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &onData);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, &t);
    curl_easy_setopt(h, CURLOPT_RESUME_FROM_LARGE, static_cast<curl_off_t>(start));
    const CURLcode rc = curl_easy_perform(h);
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    file.reset();
    const std::string detail = message[0] ? message : curl_easy_strerror(rc);
    const std::string host = hostOf(source.url);
    switch (rc) {
        case CURLE_OK:
            return Outcome::Done;
        case CURLE_RANGE_ERROR:  // the server ignored the range: start again from zero
            return start > 0 ? Outcome::Restart : Outcome::Failed;
        case CURLE_ABORTED_BY_CALLBACK:
            error = Error::at(
                source.url,
                Message::tr("download cancelled after %1; the part is kept in %2 and the next "
                            "download resumes it")
                    .bytes(start + t.written)
                    .arg(part.string()));
            return Outcome::Failed;
        case CURLE_UNSUPPORTED_PROTOCOL:
            error = Error::at(source.url, onlyHttps());
            return Outcome::Failed;
        case CURLE_COULDNT_RESOLVE_PROXY:
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_CONNECT:
            if (rc == CURLE_COULDNT_RESOLVE_PROXY ||
                (rc == CURLE_COULDNT_CONNECT && proxy && !proxy->empty())) {
                error = Error::at(
                    source.url,
                    proxy && !proxy->empty()
                        ? Message::tr("the proxy %1 cannot be reached (%2); check the proxy "
                                      "setting, or open a file you downloaded yourself")
                              .arg(*proxy)
                              .arg(detail)
                        : Message::tr("the proxy named in the environment (https_proxy) cannot "
                                      "be reached (%1); open a file you downloaded yourself")
                              .arg(detail));
                return Outcome::Failed;
            }
            error = Error::at(source.url,
                              Message::tr("no connection to %1 (%2): you can also open a file you "
                                          "downloaded yourself")
                                  .arg(host)
                                  .arg(detail));
            return Outcome::Failed;
        case CURLE_WRITE_ERROR:
            if (t.checkFailed) {
                error = *t.checkFailed;
                return Outcome::Damaged;
            }
            if (t.writeFailed) {
                error =
                    Error::at(part.string(), Message::tr("cannot be written (disk full?) after %1")
                                                 .bytes(start + t.written));
                return Outcome::Failed;
            }
            break;
        case CURLE_HTTP_RETURNED_ERROR:
            if (status == 416 && start > 0)
                return Outcome::Restart;  // the part is longer than the file
            error = Error::at(source.url, Message::tr("the server answered HTTP %1").arg(status));
            return Outcome::Failed;
        case CURLE_OPERATION_TIMEDOUT:
            if (t.written > 0 || start > 0) {
                error = Error::at(
                    source.url,
                    Message::tr("the server sent nothing for %1 s after %2; the part is kept in %3 "
                                "and the next download resumes it")
                        .arg(static_cast<std::int64_t>(stallAfter.count()))
                        .bytes(start + t.written)
                        .arg(part.string()));
                return Outcome::Failed;
            }
            [[fallthrough]];
        case CURLE_PARTIAL_FILE:
        case CURLE_RECV_ERROR:
        case CURLE_GOT_NOTHING:
            error = Error::at(
                source.url,
                Message::tr("the connection broke after %1 (%2); the part is kept in %3 and "
                            "the next download resumes it")
                    .bytes(start + t.written)
                    .arg(detail)
                    .arg(part.string()));
            return Outcome::Failed;
        default:
            break;
    }
    error = Error::at(source.url, Message::tr("download failed: %1").arg(detail));
    return Outcome::Failed;
}

}  // namespace

fs::path Downloader::defaultFolder() {
    return DataDirectory::defaultPath() / "downloads";
}

Status Downloader::verify(const DownloadSource& source, const fs::path& file,
                          DownloadObserver* observer) {
    if (observer) observer->onPhase("verify");
    DownloadCheck check(source, file.string());
    if (auto ok = check.feedFile(file, observer); !ok) return ok;
    return check.finish();
}

Result<fs::path> Downloader::fetch(const DownloadSource& source, const fs::path& folder,
                                   DownloadObserver* observer, std::stop_token stop,
                                   const std::optional<std::string>& proxy,
                                   std::chrono::seconds stallAfter) {
    initCurlOnce();
    const auto host = hostOf(source.url);
    if (source.url.rfind("https://", 0) != 0 &&
        !(source.url.rfind("http://", 0) == 0 && isLoopback(host))) {
        return Error::at(source.url, onlyHttps());
    }
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        return Error::at(folder.string(),
                         Message::tr("cannot create the download folder (%1)").arg(ec.message()));
    const fs::path target = folder / source.fileName;
    if (fs::exists(target)) {
        if (auto ok = verify(source, target, observer); !ok) {
            return Error::at(target.string(),
                             Message::tr("is already there but fails its check: %1; delete it to "
                                         "download again")
                                 .arg(ok.error().sentence()));
        }
        return target;
    }
    const fs::path part = fs::path(target).concat(".part");
    auto check = std::make_unique<DownloadCheck>(source, part.string());
    if (sizeOf(part) > 0) {
        // Resuming: the part's bytes go through the checks first. A part that already fails them
        // (or is longer than the file) is started again.
        if (observer) observer->onPhase("verify");
        if (!check->feedFile(part, observer)) {
            fs::remove(part, ec);
            check = std::make_unique<DownloadCheck>(source, part.string());
        }
    }
    if (observer) observer->onPhase("download");
    Error error;
    Outcome outcome = transfer(source, part, observer, stop, proxy, stallAfter, *check, error);
    if (outcome == Outcome::Restart) {
        fs::remove(part, ec);
        check = std::make_unique<DownloadCheck>(source, part.string());
        outcome = transfer(source, part, observer, stop, proxy, stallAfter, *check, error);
    }
    auto failedCheck = [&](const Error& why) {
        fs::remove(part, ec);
        return Error::at(
            source.url,
            Message::tr("the download failed its check and was deleted: %1").arg(why.sentence()));
    };
    if (outcome == Outcome::Damaged) return failedCheck(error);
    if (outcome != Outcome::Done) {
        if (fs::exists(part) && sizeOf(part) == 0) fs::remove(part, ec);  // nothing worth resuming
        return error;
    }
    if (auto ok = check->finish(); !ok) return failedCheck(ok.error());
    fs::rename(part, target, ec);
    if (ec)
        return Error::at(
            target.string(),
            Message::tr("cannot be renamed from its .part file (%1)").arg(ec.message()));
    return target;
}

}  // namespace sentiment::downloads
