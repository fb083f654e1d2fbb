#include "experiment/RunGroups.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "experiment/Knobs.h"
#include "model/ModelConfig.h"

namespace sentiment::experiment {

const std::vector<std::string_view>& Sweep::knobs() {
    static const std::vector<std::string_view> all = [] {
        std::vector<std::string_view> names;
        for (const auto* k : sweepableKnobs()) names.push_back(k->name);
        return names;
    }();
    return all;
}

Result<Sweep> Sweep::parse(std::string_view text) {
    const auto eq = text.find('=');
    Sweep s;
    s.knob = std::string(text.substr(0, eq));
    if (eq == std::string_view::npos ||
        std::find(knobs().begin(), knobs().end(), std::string_view(s.knob)) == knobs().end()) {
        std::string names;
        for (const auto k : knobs()) names += (names.empty() ? "" : ", ") + std::string(k);
        return Error::at({}, Message::tr("--sweep takes KNOB=V1,V2,... with a knob of %1; not '%2'")
                                 .arg(names)
                                 .arg(text));
    }
    std::string_view rest = text.substr(eq + 1);
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        const auto value = rest.substr(0, comma);
        if (!value.empty()) s.values.emplace_back(value);
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
    }
    if (s.values.empty()) return Error::at({}, Message::tr("--sweep %1 has no values").arg(text));
    return s;
}

Result<ExperimentPlan> Sweep::apply(const ExperimentPlan& plan, const std::string& value) const {
    const auto* k = findKnob(knob);
    if (k == nullptr || !k->sweepable()) {
        return Error::at({}, Message::tr("'%1' is not a value of %2").arg(value).arg(knob));
    }
    auto p = plan;
    const auto split = p.dataSeed();
    if (auto set = k->apply(p, value); !set) return set.error();
    if (knob == "seed") p.data.seed = split;  // a seeds sweep keeps the split
    if (auto ok = p.validate(); !ok) return ok.error();
    return p;
}

std::vector<ExperimentPlan> seedPlans(const ExperimentPlan& plan, int count, bool varySplit) {
    std::vector<ExperimentPlan> out;
    for (int i = 0; i < count; ++i) {
        auto p = plan;
        if (!varySplit) p.data.seed = plan.dataSeed();
        p.setSeed(plan.seed() + static_cast<std::uint64_t>(i));
        if (varySplit) p.data.seed.reset();
        out.push_back(std::move(p));
    }
    return out;
}

Spread Spread::of(const std::vector<double>& values) {
    Spread s;
    s.n = static_cast<int>(values.size());
    if (s.n == 0) return s;
    s.mean = std::accumulate(values.begin(), values.end(), 0.0) / s.n;
    if (s.n > 1) {
        double sq = 0;
        for (const double v : values) sq += (v - s.mean) * (v - s.mean);
        s.sd = std::sqrt(sq / (s.n - 1));
    }
    return s;
}

GroupSummary GroupSummary::of(const std::vector<storage::RunDetails>& runs) {
    GroupSummary g;
    std::vector<std::vector<double>> train, valid;
    std::vector<double> tests;
    double best = -1;
    for (const auto& d : runs) {
        for (const auto& e : d.epochs) {
            if (e.epoch < 1) continue;
            const auto i = static_cast<std::size_t>(e.epoch - 1);
            if (train.size() <= i) {
                train.resize(i + 1);
                valid.resize(i + 1);
            }
            train[i].push_back(e.trainAccuracy);
            if (d.run.info.validSize > 0) valid[i].push_back(e.validAccuracy);
        }
        if (d.run.status == storage::RunStatus::Completed && d.run.testAccuracy) {
            tests.push_back(*d.run.testAccuracy);
            g.byValue.push_back({d.run.info.groupValue, *d.run.testAccuracy, d.run.id});
            if (*d.run.testAccuracy > best) {
                best = *d.run.testAccuracy;
                g.bestRun = d.run.id;
            }
        }
    }
    for (std::size_t i = 0; i < train.size(); ++i) {
        g.trainAccuracy.push_back(Spread::of(train[i]));
        g.validAccuracy.push_back(Spread::of(valid[i]));
    }
    g.test = Spread::of(tests);
    return g;
}

}  // namespace sentiment::experiment
