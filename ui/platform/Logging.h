#pragma once

#include <memory>

#include <spdlog/logger.h>
#include <spdlog/sinks/sink.h>

namespace sentiment::ui {

/// The application's log: spdlog's "sentiment" logger writing to a rotating file in the user's
/// data folder (~/.local/share/sentiment-lab/logs/sentiment-lab.log, 3 x 2 MiB) and to any log
/// panels attached, from a thread of its own (no file I/O on the caller's thread). Usable from
/// any thread.
class Logging {
public:
    /// The logger (set up on first use).
    static std::shared_ptr<spdlog::logger> logger();
    /// Sends the log to a panel too, until detach().
    static void attach(const std::shared_ptr<spdlog::sinks::sink>& sink);
    static void detach(const std::shared_ptr<spdlog::sinks::sink>& sink);
};

}  // namespace sentiment::ui
