#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "experiment/ExperimentPlan.h"
#include "experiment/LectureReference.h"
#include "experiment/ReproducibilityCard.h"
#include "experiment/RunGroups.h"
#include "experiment/TestEvaluation.h"
#include "foundation/Message.h"
#include "foundation/Result.h"
#include "model/ParameterReport.h"
#include "storage/RunComparison.h"
#include "storage/RunRecords.h"

namespace sentiment::storage {
class RunStore;
}

namespace sentiment::experiment {

/// Everything the Runs page and the assignment report say about a set of runs, worked out once
/// and off the GUI thread: the runs side by side, where each one's model is wrong, its linear
/// baseline, its verdict against the course, its plan in words, its parameters by formula and
/// its reproducibility card against this machine; the groups among them. The front ends only
/// lay it out (they turn its Messages into their language), so the page and the report can
/// never say different things.
struct RunsOverview {
    /// One run and what is said about it.
    struct Run {
        storage::RunDetails details;
        std::optional<ExperimentPlan> plan;  ///< none for a run recorded before plans
        /// A run recorded before plans: its settings as stored, as dotted keys and values.
        std::vector<std::pair<std::string, std::string>> storedSettings;
        std::vector<Message> planInWords;  ///< PlanInWords::sentences (empty without a plan)
        std::optional<model::ParameterReport>
            parameters;                  ///< by formula (none: no model in its plan)
        std::optional<Message> verdict;  ///< against the course; none without figures
        std::optional<storage::RunRow>
            baseline;  ///< its linear baseline on the same data and split
        /// Against the baseline in words ("2.51 points below ..."); none for the baseline itself
        /// or a run without a test result.
        std::optional<Message> baselineWords;
        /// With a test result, not a baseline itself, and no baseline yet (a completed one is
        /// offered "Train the linear baseline").
        bool baselineMissing = false;
        std::optional<ReproducibilityCard> card;
        std::vector<Message>
            cardDifferences;  ///< what differs from this machine (empty: it matches)
        std::shared_ptr<const TestEvaluation> evaluation;  ///< null: no test predictions stored

        std::int64_t id() const { return details.run.id; }
    };
    /// Runs of one group (seeds, a sweep) shown together, at least two of them.
    struct Group {
        std::int64_t id = 0;
        std::vector<storage::RunDetails> members;
        GroupSummary summary;
        Message description;  ///< "Group 3 (5 runs): test 84.20% ± 0.61 points; ..."
        /// The members' runs but the best that still have a checkpoint ("Keep only the best").
        std::vector<std::int64_t> dropCandidates;
    };

    std::vector<Run> runs;  ///< in the order asked for
    std::vector<storage::ConfigDifference> differences;
    std::vector<Group> groups;
    std::shared_ptr<const LectureReference> reference;
    /// The lecture's BiLSTM by formula (assignment 5 when no advanced run is among the runs).
    std::optional<model::ParameterReport> lectureBiLstm;

    /// What a set of runs needs besides the store.
    struct Inputs {
        std::shared_ptr<const LectureReference> reference;  ///< null: the lecture's own
        std::string appVersion;  ///< this program's, for the cards against this machine
    };
    /// Reads `ids` from `store` with their test predictions and finds their baselines among its
    /// runs; an error names the store and the run that cannot be read.
    static Result<RunsOverview> read(const storage::RunStore& store,
                                     std::span<const std::int64_t> ids, const Inputs& inputs);
    /// The overview of runs already read: `all` is every run of the store (the baselines are
    /// found there), `evaluations` the test predictions by run id.
    static RunsOverview of(
        storage::RunComparison comparison, std::span<const storage::RunRow> all,
        const std::map<std::int64_t, std::shared_ptr<const TestEvaluation>>& evaluations,
        const Inputs& inputs);

    const Run* run(std::int64_t id) const;
    /// The runs in the order they were trained (by id).
    std::vector<const Run*> inTrainingOrder() const;
    /// Every run is of the same preset: that preset; otherwise empty.
    std::string commonPreset() const;
    /// "Group 3 (5 runs): test 84.20% ± 0.61 points; lr=1e-3 → 85.10% (best), ...".
    static Message describe(const GroupSummary& summary, std::int64_t group, std::size_t runs);
    /// A card in one line: "split …, vocabulary …, vectors …, plan …; Sentiment Lab …".
    static Message cardLine(const ReproducibilityCard& card);
};

}  // namespace sentiment::experiment
