#include "experiment/RunGroups.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "model/ModelConfig.h"

namespace sentiment::experiment {

const std::vector<std::string_view>& Sweep::knobs() {
    static const std::vector<std::string_view> all{"lr", "layers", "hidden", "cell", "dropout", "batch-size",
                                                   "epochs", "optimizer", "embedding-dim", "seed"};
    return all;
}

Result<Sweep> Sweep::parse(std::string_view text) {
    const auto eq = text.find('=');
    Sweep s;
    s.knob = std::string(text.substr(0, eq));
    if (eq == std::string_view::npos || std::find(knobs().begin(), knobs().end(), std::string_view(s.knob)) == knobs().end()) {
        std::string names;
        for (const auto k : knobs()) names += (names.empty() ? "" : ", ") + std::string(k);
        return Error::at({}, Message::tr("--sweep takes KNOB=V1,V2,... with a knob of %1; not '%2'").arg(names).arg(text));
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
    auto p = plan;
    auto bad = [&] { return Error::at({}, Message::tr("'%1' is not a value of %2").arg(value).arg(knob)); };
    try {
        std::size_t used = 0;
        auto number = [&] {
            const double v = std::stod(value, &used);
            if (used != value.size()) throw std::invalid_argument(value);
            return v;
        };
        auto whole = [&] {
            const long long v = std::stoll(value, &used);
            if (used != value.size() || v < 0) throw std::invalid_argument(value);
            return v;
        };
        if (knob == "lr") {
            p.training.learningRate = number();
        } else if (knob == "layers") {
            p.model.layers = whole();
        } else if (knob == "hidden") {
            p.model.hidden = whole();
        } else if (knob == "dropout") {
            p.model.dropout = number();
        } else if (knob == "batch-size") {
            p.training.batchSize = static_cast<std::size_t>(whole());
        } else if (knob == "epochs") {
            p.training.epochs = static_cast<int>(whole());
        } else if (knob == "embedding-dim") {
            p.model.embeddingDim = whole();
        } else if (knob == "seed") {
            const auto data = p.dataSeed();
            p.setSeed(static_cast<std::uint64_t>(whole()));
            p.data.seed = data;  // the split stays
        } else if (knob == "cell") {
            const auto cell = model::parseCell(value);
            if (!cell) return bad();
            p.model.cell = *cell;
        } else if (knob == "optimizer") {
            if (value != "adam" && value != "sgd") return bad();
            p.training.optimizer = value == "adam" ? training::OptimizerKind::Adam : training::OptimizerKind::Sgd;
        } else {
            return bad();
        }
    } catch (const std::exception&) {
        return bad();
    }
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
