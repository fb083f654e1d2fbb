#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "experiment/ExperimentPlan.h"
#include "foundation/Result.h"
#include "storage/RunRecords.h"
#include "storage/RunStore.h"

namespace sentiment::experiment {

/// The plans of a group of runs before they train: N seeds of one plan, or one setting over
/// several values. The CLI's `--seeds`/`--sweep` and the GUI's queue build them the same way.
struct GroupPlan {
    struct Member {
        std::string value;  ///< the group's value: the seed ("1235"), or "lr=1e-3" in a sweep
        ExperimentPlan plan;
    };
    storage::RunGroup::Kind kind = storage::RunGroup::Kind::Seeds;
    std::string knob;  ///< the swept setting; empty for seeds
    std::string name;  ///< "advanced, 5 seeds", "advanced, lr sweep"
    std::vector<Member> members;

    /// `count` seeds from `plan`'s (seedPlans); the split stays unless `varySplit`.
    static GroupPlan seeds(const ExperimentPlan& plan, int count, bool varySplit);
    /// "KNOB=V1,V2,..." over `plan` (Sweep); an error names the knob or the value that is wrong.
    static Result<GroupPlan> sweep(const ExperimentPlan& plan, std::string_view text);
    /// A group run's name from `base` (the preset when empty) and its value: "advanced, lr 1e-3",
    /// "advanced, seed 1235"; `base` itself for a run in no group (empty value).
    static std::string runName(const std::string& base, const std::string& value);
};

/// The run queue kept in the store: plans that train one after another, across restarts. The
/// GUI's QueueController and `train --from-queue` run it; this class keeps it and every change
/// of an entry's status.
class RunQueue {
public:
    explicit RunQueue(storage::RunStore& store) : store_(store) {}

    /// Queues one plan (in no group).
    Result<std::int64_t> add(const ExperimentPlan& plan);
    /// Records `group` in the store and queues its plans; the group's id.
    Result<std::int64_t> add(const GroupPlan& group);
    /// "Repeat with N seeds": `run` (recorded with `plan`) joins a new seeds group as its first
    /// member, and the other count - 1 seeds are queued; the group's id.
    Result<std::int64_t> repeat(std::int64_t run, const ExperimentPlan& plan, int count,
                                bool varySplit);
    /// At start-up: entries left running when the program ended go back to waiting (they start
    /// again from their beginning; the run they had begun stays recorded as interrupted), but
    /// `training` (an entry this program already started). How many.
    Result<int> recover(std::int64_t training = 0);
    /// The oldest waiting entry, if any.
    Result<std::optional<storage::QueueEntry>> next() const;
    /// An entry to train with its plan.
    struct Next {
        storage::QueueEntry entry;
        ExperimentPlan plan;
    };
    /// The next entry to train: the oldest waiting one whose plan reads. One whose plan does not
    /// read is marked failed on the way and handed to `unreadable` (to say so). None when nothing
    /// waits. The CLI's `train --from-queue` and the GUI's QueueController both take entries so.
    Result<std::optional<Next>> take(
        const std::function<void(const storage::QueueEntry&, const Error&)>& unreadable);
    /// `entry` is training (as `run`, once its run is recorded).
    Status started(std::int64_t entry, std::int64_t run = 0);
    /// `entry` could not start: it waits again.
    Status putBack(std::int64_t entry);
    /// `entry` ended: done (as `run`) or failed.
    Status finished(std::int64_t entry, bool succeeded, std::int64_t run = 0);
    /// Entries not yet trained (waiting or running).
    Result<int> pending() const;
    /// Removes the entries that are done or failed; how many.
    Result<int> clearFinished();
    /// The plan an entry holds; an error when its JSON does not read.
    static Result<ExperimentPlan> planOf(const storage::QueueEntry& entry);

private:
    storage::RunStore& store_;
};

}  // namespace sentiment::experiment
