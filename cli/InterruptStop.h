#pragma once

#include <stop_token>
#include <thread>

namespace sentiment::cli {

/// Turns the first Ctrl-C (SIGINT) into a stop request, so that a run ends within one batch
/// with its finished epochs recorded as "stopped"; a second Ctrl-C quits at once. The signal
/// handler only sets a flag: a small thread watches it and requests the stop.
class InterruptStop {
public:
    InterruptStop();
    ~InterruptStop();
    InterruptStop(const InterruptStop&) = delete;
    InterruptStop& operator=(const InterruptStop&) = delete;

    std::stop_token token() const { return source_.get_token(); }

private:
    std::stop_source source_;
    std::jthread watcher_;
};

}  // namespace sentiment::cli
