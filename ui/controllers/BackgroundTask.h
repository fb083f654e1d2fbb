#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <type_traits>

namespace sentiment::ui {

/// Runs a controller's jobs off the GUI thread, one at a time, and hands each result back on
/// the GUI thread. What happens to a job submitted while another runs is the policy, chosen
/// once per task:
///   - LatestWins: one job waits per kind; a newer job replaces the waiting one of its kind,
///     and the running job of its kind is asked to stop and its result dropped (a parameter
///     count for a setting already changed, a verdict for text already retyped).
///   - Queue: every job runs, in the order submitted (the run store's queries and changes).
///   - IgnoreWhileBusy: a job submitted while one runs or waits is refused (loading a dataset).
/// A job's work runs on the pool with a stop token; its `done` runs on the GUI thread with the
/// work's value, unless the result was dropped or the task is gone. `done` may submit more.
/// Destroying the task drops waiting jobs, asks the running one to stop and waits for it.
class BackgroundTask : public QObject {
    Q_OBJECT
public:
    enum class Policy { LatestWins, Queue, IgnoreWhileBusy };

    /// Runs on the global thread pool.
    explicit BackgroundTask(Policy policy, QObject* parent = nullptr);
    /// Runs on `pool` (for example a one-thread pool whose thread owns a database connection).
    BackgroundTask(Policy policy, QThreadPool* pool, QObject* parent = nullptr);
    ~BackgroundTask() override;

    /// Submits `work` (called as `work(std::stop_token)` or `work()` on the pool) and `done`
    /// (called with its value on the GUI thread). False when the policy refused the job.
    template <class Work, class Done>
    bool submit(Work work, Done done, int kind = 0);

    /// A job runs or waits.
    bool busy() const { return running_.has_value() || !waiting_.empty(); }
    /// A job of `kind` waits to run.
    bool waiting(int kind) const;
    /// Asks the running job to stop when it is of `kind` (any kind when empty); its result
    /// still comes, so its `done` can tell the user it stopped.
    void stop(std::optional<int> kind = std::nullopt);

private:
    using Finish = std::function<void()>;
    using Job = std::function<Finish(std::stop_token)>;
    bool enqueue(Job job, int kind);
    void startNext();

    Policy policy_;
    QThreadPool* pool_;
    QFutureWatcher<Finish> watcher_;
    struct Waiting {
        Job job;
        int kind;
    };
    std::deque<Waiting> waiting_;
    std::optional<int> running_;  ///< the kind of the running job
    std::stop_source stop_;       ///< the running job's
    bool dropResult_ = false;     ///< the running job was superseded
};

template <class Work, class Done>
bool BackgroundTask::submit(Work work, Done done, int kind) {
    return enqueue(
        [work = std::move(work), done = std::move(done)](std::stop_token stop) mutable -> Finish {
            auto value = [&] {
                if constexpr (std::is_invocable_v<Work&, std::stop_token>) {
                    return std::make_shared<std::invoke_result_t<Work&, std::stop_token>>(
                        work(stop));
                } else {
                    return std::make_shared<std::invoke_result_t<Work&>>(work());
                }
            }();
            return [done, value]() mutable { done(std::move(*value)); };
        },
        kind);
}

}  // namespace sentiment::ui
