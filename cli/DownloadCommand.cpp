#include "cli/DownloadCommand.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/InterruptStop.h"
#include "downloads/Downloader.h"

namespace sentiment::cli {

namespace {

// A one-line bar on stderr when it is a terminal: "download  41.2 / 84.1 MB  5.3 MB/s  0:08 left".
struct DownloadBar final : downloads::DownloadObserver {
    bool tty = ::isatty(STDERR_FILENO) != 0;
    bool drawn = false;
    std::string phase;
    void onPhase(std::string_view p) override {
        finish();
        phase = p;
    }
    void onProgress(std::uint64_t done, std::uint64_t total, double rate, double left) override {
        if (!tty) return;
        std::fprintf(stderr, "\r%-9s %8.1f / %.1f MB", phase.c_str(), double(done) / 1e6,
                     double(total) / 1e6);
        if (rate > 0) std::fprintf(stderr, "  %5.1f MB/s", rate / 1e6);
        if (left >= 0) std::fprintf(stderr, "  %d:%02d left", int(left) / 60, int(left) % 60);
        std::fprintf(stderr, "   ");
        drawn = true;
    }
    void finish() {
        if (drawn) std::fprintf(stderr, "\r%60s\r", "");
        drawn = false;
    }
};

}  // namespace

DownloadCommand::DownloadCommand(CLI::App& app) {
    command_ = app.add_subcommand(
        "download", "Download IMDb or GloVe over HTTPS, resumable, checked before use");
    command_
        ->add_option("what", what_,
                     "imdb (aclImdb_v1.tar.gz, 84 MB) or glove (glove.6B.zip, 862 MB)")
        ->required()
        ->check(CLI::IsMember({"imdb", "glove"}));
    command_
        ->add_option("--dim", dim_,
                     "GloVe: the dimension you will use (the zip holds 50, 100, 200 and 300)")
        ->check(CLI::IsMember({50, 100, 200, 300}))
        ->capture_default_str();
    command_->add_option("--to", to_,
                         "folder to save into (default: ~/.local/share/sentiment-lab/downloads)");
    command_->add_option("--url", url_,
                         "another address of the same file (a mirror); the same checks apply");
    command_->add_option(
        "--proxy", proxy_,
        "proxy to use (http://host:3128, socks5h://host:1080) or none; default: https_proxy / "
        "no_proxy from the environment");
    command_->add_flag("--json", json_, "print the result as JSON");
}

int DownloadCommand::run() const {
    auto source = *downloads::DownloadSource::named(what_);
    if (!url_.empty()) source.url = url_;
    const auto folder =
        to_.empty() ? downloads::Downloader::defaultFolder() : std::filesystem::path(to_);
    std::fprintf(stderr, "Downloading %s\n  to %s\n", source.url.c_str(),
                 (folder / source.fileName).c_str());
    InterruptStop interrupt;  // Ctrl-C cancels; the part file stays for the next run
    DownloadBar bar;
    const auto start = std::chrono::steady_clock::now();
    std::optional<std::string> proxy;
    if (proxy_ == "none") {
        proxy = "";
    } else if (!proxy_.empty()) {
        proxy = proxy_;
    }
    auto saved = downloads::Downloader::fetch(source, folder, &bar, interrupt.token(), proxy);
    bar.finish();
    if (!saved) {
        std::fprintf(stderr, "error: %s\n", saved.error().message.c_str());
        return 1;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const std::string checks = source.sha256.empty() ? "size and every member's CRC-32 checked"
                                                     : "size and SHA-256 checked";
    const std::string next = what_ == "imdb"
                                 ? "sentiment-lab-cli dataset --data " + saved->string()
                                 : "sentiment-lab-cli vectors --vectors " + saved->string() +
                                       " --dim " + std::to_string(dim_);
    if (json_) {
        std::cout << nlohmann::json{{"file", saved->string()},
                                    {"bytes", std::filesystem::file_size(*saved)},
                                    {"url", source.url},
                                    {"seconds", seconds},
                                    {"checked", checks}}
                         .dump()
                  << '\n';
    } else {
        std::printf("Saved %s (%s)\nNext: %s\n", saved->c_str(), checks.c_str(), next.c_str());
    }
    return 0;
}

}  // namespace sentiment::cli
