#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "experiment/ExperimentPlan.h"
#include "foundation/Result.h"
#include "storage/RunRecords.h"

namespace sentiment::experiment {

/// One setting over several values: "lr=1e-2,1e-3,1e-4", "layers=1,2,3", "cell=lstm,gru".
struct Sweep {
    std::string knob;
    std::vector<std::string> values;

    /// The knobs a sweep can turn, as `train` spells them.
    static const std::vector<std::string_view>& knobs();
    /// Parses "KNOB=V1,V2,..."; an error names an unknown knob or an empty value list.
    static Result<Sweep> parse(std::string_view text);
    /// `plan` with the knob set to `value`; an error names a value out of range.
    Result<ExperimentPlan> apply(const ExperimentPlan& plan, const std::string& value) const;
};

/// The plans of a group, in order: `count` seeds from `plan`'s (seed, seed + 1, ...), keeping
/// its split and the embedding's random rows unless `varySplit`.
std::vector<ExperimentPlan> seedPlans(const ExperimentPlan& plan, int count, bool varySplit);

/// Mean and sample standard deviation of some numbers (sd 0 for one).
struct Spread {
    int n = 0;
    double mean = 0, sd = 0;
    static Spread of(const std::vector<double>& values);
};

/// A group's runs summed up: per epoch the spread of train and valid accuracy over the runs
/// that reached it, the spread of test accuracy, and for a sweep each value's test accuracy.
struct GroupSummary {
    std::vector<Spread> trainAccuracy, validAccuracy;  ///< [epoch - 1]
    Spread test;
    struct Point {
        std::string value;
        double testAccuracy = 0;
        std::int64_t run = 0;
    };
    std::vector<Point> byValue;  ///< completed runs with a test, in the group's order
    std::int64_t bestRun = 0;    ///< the completed run with the highest test accuracy (0: none)

    static GroupSummary of(const std::vector<storage::RunDetails>& runs);
};

}  // namespace sentiment::experiment
