#include "experiment/RunQueue.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "experiment/RunGroups.h"

namespace sentiment::experiment {

using storage::QueueEntry;

GroupPlan GroupPlan::seeds(const ExperimentPlan& plan, int count, bool varySplit) {
    GroupPlan g;
    g.kind = storage::RunGroup::Kind::Seeds;
    g.name = plan.preset + ", " + std::to_string(count) + " seeds";
    for (auto& p : seedPlans(plan, count, varySplit)) {
        const std::string value = std::to_string(p.seed());
        g.members.push_back({value, std::move(p)});
    }
    return g;
}

Result<GroupPlan> GroupPlan::sweep(const ExperimentPlan& plan, std::string_view text) {
    auto sweep = Sweep::parse(text);
    if (!sweep) return sweep.error();
    GroupPlan g;
    g.kind = storage::RunGroup::Kind::Sweep;
    g.knob = sweep->knob;
    g.name = plan.preset + ", " + sweep->knob + " sweep";
    for (const auto& value : sweep->values) {
        auto p = sweep->apply(plan, value);
        if (!p) return p.error();
        g.members.push_back({sweep->knob + "=" + value, std::move(*p)});
    }
    return g;
}

std::string GroupPlan::runName(const std::string& base, const std::string& value) {
    if (value.empty()) return base;
    std::string label = value.find('=') == std::string::npos ? "seed " + value : value;
    std::replace(label.begin(), label.end(), '=', ' ');
    return base + ", " + label;
}

Result<std::int64_t> RunQueue::add(const ExperimentPlan& plan) {
    return store_.enqueue(plan.toJson().dump());
}

Result<std::int64_t> RunQueue::add(const GroupPlan& group) {
    auto id = store_.createGroup(group.kind, group.knob, group.name);
    if (!id) return id.error();
    for (const auto& m : group.members) {
        if (auto queued = store_.enqueue(m.plan.toJson().dump(), *id, m.value); !queued)
            return queued.error();
    }
    return *id;
}

Result<std::int64_t> RunQueue::repeat(std::int64_t run, const ExperimentPlan& plan, int count,
                                      bool varySplit) {
    if (auto recorded = store_.details(run); !recorded)
        return recorded.error();  // no group for a run that is not there
    auto group = GroupPlan::seeds(plan, std::max(count, 1), varySplit);
    auto id = store_.createGroup(group.kind, group.knob, group.name);
    if (!id) return id.error();
    // The recorded run is the first seed; only the others train.
    if (auto joined = store_.setRunGroup(run, *id, group.members.front().value); !joined)
        return joined.error();
    for (std::size_t i = 1; i < group.members.size(); ++i) {
        const auto& m = group.members[i];
        if (auto queued = store_.enqueue(m.plan.toJson().dump(), *id, m.value); !queued)
            return queued.error();
    }
    return *id;
}

Result<int> RunQueue::recover(std::int64_t training) {
    auto entries = store_.queue();
    if (!entries) return entries.error();
    int recovered = 0;
    for (const auto& e : *entries) {
        if (e.status != QueueEntry::Status::Running || e.id == training) continue;
        if (auto ok = store_.setQueueStatus(e.id, QueueEntry::Status::Waiting); !ok)
            return ok.error();
        ++recovered;
    }
    return recovered;
}

Result<std::optional<QueueEntry>> RunQueue::next() const {
    auto entries = store_.queue();
    if (!entries) return entries.error();
    for (auto& e : *entries) {
        if (e.status == QueueEntry::Status::Waiting) return std::optional<QueueEntry>(std::move(e));
    }
    return std::optional<QueueEntry>();
}

Result<std::optional<RunQueue::Next>> RunQueue::take(
    const std::function<void(const QueueEntry&, const Error&)>& unreadable) {
    for (;;) {
        auto entry = next();
        if (!entry) return entry.error();
        if (!*entry) return std::optional<Next>();
        auto plan = planOf(**entry);
        if (plan) return std::optional<Next>(Next{std::move(**entry), std::move(*plan)});
        if (auto ok = store_.setQueueStatus((*entry)->id, QueueEntry::Status::Failed); !ok)
            return ok.error();
        if (unreadable) unreadable(**entry, plan.error());
    }
}

Status RunQueue::started(std::int64_t entry, std::int64_t run) {
    return store_.setQueueStatus(entry, QueueEntry::Status::Running, run);
}

Status RunQueue::putBack(std::int64_t entry) {
    return store_.setQueueStatus(entry, QueueEntry::Status::Waiting);
}

Status RunQueue::finished(std::int64_t entry, bool succeeded, std::int64_t run) {
    return store_.setQueueStatus(
        entry, succeeded ? QueueEntry::Status::Done : QueueEntry::Status::Failed, run);
}

Result<int> RunQueue::pending() const {
    auto entries = store_.queue();
    if (!entries) return entries.error();
    return static_cast<int>(
        std::count_if(entries->begin(), entries->end(), [](const QueueEntry& e) {
            return e.status == QueueEntry::Status::Waiting ||
                   e.status == QueueEntry::Status::Running;
        }));
}

Result<int> RunQueue::clearFinished() {
    auto entries = store_.queue();
    if (!entries) return entries.error();
    int removed = 0;
    for (const auto& e : *entries) {
        if (e.status != QueueEntry::Status::Done && e.status != QueueEntry::Status::Failed)
            continue;
        if (auto ok = store_.removeFromQueue(e.id); !ok) return ok.error();
        ++removed;
    }
    return removed;
}

Result<ExperimentPlan> RunQueue::planOf(const QueueEntry& entry) {
    return ExperimentPlan::fromText(entry.planJson);
}

}  // namespace sentiment::experiment
