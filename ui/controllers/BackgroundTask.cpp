#include "ui/controllers/BackgroundTask.h"

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <exception>

#include "ui/platform/Logging.h"

namespace sentiment::ui {

BackgroundTask::BackgroundTask(Policy policy, QObject* parent)
    : BackgroundTask(policy, QThreadPool::globalInstance(), parent) {}

BackgroundTask::BackgroundTask(Policy policy, QThreadPool* pool, QObject* parent)
    : QObject(parent), policy_(policy), pool_(pool) {
    connect(&watcher_, &QFutureWatcher<Finish>::finished, this, [this] {
        const Finish finish = watcher_.result();
        const bool dropped = dropResult_;
        running_.reset();
        dropResult_ = false;
        if (!dropped && finish)
            finish();  // may submit: a job then starts, or waits behind older ones
        if (!running_) startNext();
    });
}

BackgroundTask::~BackgroundTask() {
    waiting_.clear();
    stop_.request_stop();
    watcher_.waitForFinished();
}

bool BackgroundTask::waiting(int kind) const {
    return std::any_of(waiting_.begin(), waiting_.end(),
                       [kind](const Waiting& w) { return w.kind == kind; });
}

void BackgroundTask::stop(std::optional<int> kind) {
    if (running_ && (!kind || *kind == *running_)) stop_.request_stop();
}

bool BackgroundTask::enqueue(Job job, int kind) {
    switch (policy_) {
        case Policy::IgnoreWhileBusy:
            if (busy()) return false;
            break;
        case Policy::LatestWins: {
            if (running_ == kind) {
                stop_.request_stop();
                dropResult_ = true;
            }
            const auto same = std::find_if(waiting_.begin(), waiting_.end(),
                                           [kind](const Waiting& w) { return w.kind == kind; });
            if (same != waiting_.end()) {
                same->job =
                    std::move(job);  // keeps its place: what was asked first still runs first
                return true;
            }
            break;
        }
        case Policy::Queue:
            break;
    }
    waiting_.push_back({std::move(job), kind});
    if (!running_) startNext();
    return true;
}

void BackgroundTask::startNext() {
    if (waiting_.empty()) return;
    auto next = std::move(waiting_.front());
    waiting_.pop_front();
    running_ = next.kind;
    stop_ = std::stop_source();
    watcher_.setFuture(
        QtConcurrent::run(pool_, [job = std::move(next.job), stop = stop_.get_token()]() -> Finish {
            // Exceptions never cross the thread boundary: the work is expected to turn its failures
            // into values, and whatever escapes is logged here rather than lost in a future.
            try {
                return job(stop);
            } catch (const std::exception& e) {
                Logging::logger()->error("A background job failed: {}", e.what());
            } catch (...) {
                Logging::logger()->error("A background job failed with an unknown error");
            }
            return {};
        }));
}

}  // namespace sentiment::ui
