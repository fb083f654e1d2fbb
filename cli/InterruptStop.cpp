#include "cli/InterruptStop.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>

namespace sentiment::cli {

namespace {

std::atomic<int> interrupts{0};

extern "C" void onInterrupt(int) {
    if (interrupts.fetch_add(1) >= 1) {
        std::signal(SIGINT, SIG_DFL);
        std::raise(SIGINT);
    }
}

}  // namespace

InterruptStop::InterruptStop() {
    interrupts = 0;
    std::signal(SIGINT, onInterrupt);
    watcher_ = std::jthread([this](std::stop_token quit) {
        while (!quit.stop_requested()) {
            if (interrupts.load() > 0 && !source_.stop_requested()) {
                static constexpr char kMessage[] =
                    "\nStopping after this batch (Ctrl-C again quits at once) ...\n";
                (void)!write(STDERR_FILENO, kMessage, sizeof kMessage - 1);
                source_.request_stop();
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
}

InterruptStop::~InterruptStop() {
    watcher_.request_stop();
    watcher_.join();
    std::signal(SIGINT, SIG_DFL);
}

}  // namespace sentiment::cli
