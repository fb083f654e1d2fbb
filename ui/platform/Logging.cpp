#include "ui/platform/Logging.h"

#include <spdlog/async.h>
#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>

#include "storage/RunStore.h"

namespace sentiment::ui {

namespace {

struct Sinks {
    std::shared_ptr<spdlog::logger> logger;
    std::shared_ptr<spdlog::sinks::dist_sink_mt> panels;
};

Sinks& sinks() {
    static Sinks s = [] {
        Sinks made;
        made.panels = std::make_shared<spdlog::sinks::dist_sink_mt>();
        std::vector<spdlog::sink_ptr> all{made.panels};
        const auto dir = storage::RunStore::defaultPath().parent_path() / "logs";
        std::error_code ec;
        std::filesystem::create_directories(dir, ec);
        try {
            all.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                (dir / "sentiment-lab.log").string(), 2 * 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex&) {
            // No log file (read-only home ...): the panels still get everything.
        }
        // Asynchronous: the GUI thread logs, and a write to the log file can wait behind the
        // training thread's fsyncs (run store, checkpoints) for tens of milliseconds.
        spdlog::init_thread_pool(8192, 1);
        made.logger = std::make_shared<spdlog::async_logger>(
            "sentiment", all.begin(), all.end(), spdlog::thread_pool(),
            spdlog::async_overflow_policy::overrun_oldest);
        made.logger->set_pattern("%Y-%m-%d %H:%M:%S %l: %v");
        made.logger->flush_on(spdlog::level::info);
        return made;
    }();
    // At exit, the asynchronous logger's thread is stopped (its queue written out) before `s` is
    // destroyed: registered once `s` is built, this handler runs before its destructor. Without
    // it the thread could still be writing to a sink being freed (ThreadSanitizer found it at
    // the end of every GUI test, tests/sanitizers/run.sh tsan).
    static const bool stopsFirstAtExit = [] {
        std::atexit([] {
            s.logger->flush();
            spdlog::shutdown();
        });
        return true;
    }();
    (void)stopsFirstAtExit;
    return s;
}

}  // namespace

std::shared_ptr<spdlog::logger> Logging::logger() {
    return sinks().logger;
}
void Logging::attach(const std::shared_ptr<spdlog::sinks::sink>& sink) {
    sinks().panels->add_sink(sink);
}
void Logging::detach(const std::shared_ptr<spdlog::sinks::sink>& sink) {
    sinks().panels->remove_sink(sink);
}

}  // namespace sentiment::ui
