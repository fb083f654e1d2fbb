#include "experiment/RunsOverview.h"

#include <algorithm>
#include <mutex>

#include <nlohmann/json.hpp>

#include "experiment/Baseline.h"
#include "experiment/PlanInWords.h"
#include "experiment/Presets.h"
#include "foundation/TextFormat.h"
#include "storage/RunStore.h"

namespace sentiment::experiment {

namespace {

// A run recorded before plans: its configuration JSON as dotted keys.
void flatten(const nlohmann::json& j, const std::string& prefix,
             std::vector<std::pair<std::string, std::string>>& out) {
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            flatten(it.value(), prefix.empty() ? it.key() : prefix + "." + it.key(), out);
        }
    } else {
        out.emplace_back(prefix, j.is_string() ? j.get<std::string>() : j.dump());
    }
}

// The model a run's configuration names, plan or not.
std::optional<model::ModelConfig> modelOf(const std::string& configJson) {
    try {
        const auto json = nlohmann::json::parse(configJson);
        if (json.contains("model")) {
            if (auto m = model::ModelConfig::fromJson(json["model"])) return *m;
        }
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

// Counting builds the model (tens of milliseconds for the BiLSTM): each configuration once a
// process, since the Runs page asks again with every selection.
std::optional<model::ParameterReport> parametersOf(
    const std::optional<model::ModelConfig>& config) {
    if (!config) return std::nullopt;
    static std::mutex mutex;
    static std::map<std::string, std::optional<model::ParameterReport>> counted;
    const std::string key = config->toJson().dump();
    const std::lock_guard lock(mutex);
    if (const auto it = counted.find(key); it != counted.end()) return it->second;
    std::optional<model::ParameterReport> report;
    try {
        report = model::ParameterReport::of(*config);
    } catch (const std::exception&) {
        // a model this build cannot make: the report says it has no count
    }
    return counted.emplace(key, std::move(report)).first->second;
}

// The plan, settings, verdict, baseline and card of one run.
RunsOverview::Run describeRun(storage::RunDetails details, std::span<const storage::RunRow> all,
                              const LectureReference& reference, const ReproducibilityCard& here) {
    RunsOverview::Run out;
    const auto& r = details.run;
    if (auto plan = ExperimentPlan::fromText(r.info.configJson)) {
        out.planInWords = PlanInWords::sentences(*plan, r.info);
        out.plan = std::move(*plan);
    } else {
        try {
            flatten(nlohmann::json::parse(r.info.configJson), "", out.storedSettings);
        } catch (const std::exception&) {
        }
    }
    out.parameters = parametersOf(modelOf(r.info.configJson));
    out.verdict = reference.verdict(details);
    out.baseline = Baseline::find(r, all);
    const bool judged = r.info.preset != kBaselinePreset && r.testAccuracy.has_value();
    if (judged && out.baseline) out.baselineWords = Baseline::compare(r, *out.baseline);
    out.baselineMissing = judged && !out.baseline;
    if (!r.info.cardJson.empty()) {
        if (auto card = ReproducibilityCard::fromJson(r.info.cardJson)) {
            out.cardDifferences = card->differences(here);
            out.card = std::move(*card);
        }
    }
    out.details = std::move(details);
    return out;
}

std::vector<RunsOverview::Group> groupsOf(const std::vector<RunsOverview::Run>& runs) {
    std::map<std::int64_t, std::vector<storage::RunDetails>> byId;
    for (const auto& run : runs) {
        if (run.details.run.info.groupId > 0)
            byId[run.details.run.info.groupId].push_back(run.details);
    }
    std::vector<RunsOverview::Group> out;
    for (auto& [id, members] : byId) {
        if (members.size() < 2) continue;
        RunsOverview::Group g;
        g.id = id;
        g.summary = GroupSummary::of(members);
        g.description = RunsOverview::describe(g.summary, id, members.size());
        for (const auto& m : members) {
            if (g.summary.bestRun > 0 && m.run.id != g.summary.bestRun &&
                !m.run.checkpointPath.empty()) {
                g.dropCandidates.push_back(m.run.id);
            }
        }
        g.members = std::move(members);
        out.push_back(std::move(g));
    }
    return out;
}

}  // namespace

RunsOverview RunsOverview::of(
    storage::RunComparison comparison, std::span<const storage::RunRow> all,
    const std::map<std::int64_t, std::shared_ptr<const TestEvaluation>>& evaluations,
    const Inputs& inputs) {
    RunsOverview out;
    out.reference = inputs.reference
                        ? inputs.reference
                        : std::shared_ptr<const LectureReference>(&LectureReference::lecture(),
                                                                  [](const LectureReference*) {});
    const auto here = ReproducibilityCard::thisMachine(inputs.appVersion);
    out.differences = comparison.differences();
    for (const auto& details : comparison.runs()) {
        auto run = describeRun(details, all, *out.reference, here);
        if (const auto e = evaluations.find(run.id()); e != evaluations.end())
            run.evaluation = e->second;
        out.runs.push_back(std::move(run));
    }
    out.groups = groupsOf(out.runs);
    const bool anyAdvanced = std::any_of(out.runs.begin(), out.runs.end(), [](const Run& r) {
        return r.details.run.info.preset == kBiLstmPreset && r.parameters;
    });
    if (!anyAdvanced)
        out.lectureBiLstm = parametersOf(ExperimentPlan::lecture(kBiLstmPreset).model);
    return out;
}

Result<RunsOverview> RunsOverview::read(const storage::RunStore& store,
                                        std::span<const std::int64_t> ids, const Inputs& inputs) {
    auto comparison = storage::RunComparison::of(store, ids);
    if (!comparison) return comparison.error();
    auto all = store.list();
    if (!all) return all.error();
    std::map<std::int64_t, std::shared_ptr<const TestEvaluation>> evaluations;
    for (const auto& run : comparison->runs()) {
        if (!run.run.testAccuracy) continue;
        auto predictions = store.testPredictions(run.run.id);
        if (!predictions) return predictions.error();
        evaluations[run.run.id] = std::make_shared<const TestEvaluation>(std::move(*predictions));
    }
    return of(std::move(*comparison), *all, evaluations, inputs);
}

const RunsOverview::Run* RunsOverview::run(std::int64_t id) const {
    const auto it =
        std::find_if(runs.begin(), runs.end(), [&](const Run& r) { return r.id() == id; });
    return it == runs.end() ? nullptr : &*it;
}

std::vector<const RunsOverview::Run*> RunsOverview::inTrainingOrder() const {
    std::vector<const Run*> out;
    for (const auto& r : runs) out.push_back(&r);
    std::sort(out.begin(), out.end(), [](const Run* a, const Run* b) { return a->id() < b->id(); });
    return out;
}

std::string RunsOverview::commonPreset() const {
    if (runs.empty()) return {};
    const auto& preset = runs.front().details.run.info.preset;
    const bool one = std::all_of(runs.begin(), runs.end(),
                                 [&](const Run& r) { return r.details.run.info.preset == preset; });
    return one ? preset : std::string();
}

Message RunsOverview::describe(const GroupSummary& summary, std::int64_t group, std::size_t runs) {
    Message line = Message::tr("Group %1 (%2 runs): test %3 ± %4 points")
                       .arg(group)
                       .arg(runs)
                       .arg(percent(summary.test.mean))
                       .arg(fixed(100 * summary.test.sd, 2));
    if (summary.byValue.size() > 1) {
        std::vector<Message> values;
        for (const auto& p : summary.byValue) {
            values.push_back(Message::tr("%1 → %2%3")
                                 .arg(p.value)
                                 .arg(percent(p.testAccuracy))
                                 .arg(p.run == summary.bestRun ? Message::tr(" (best)")
                                                               : Message::verbatim("")));
        }
        line = Message::joined({line, Message::joined(values, ", ")}, "; ");
    }
    return Message::joined({line, Message::verbatim(".")}, "");
}

Message RunsOverview::cardLine(const ReproducibilityCard& card) {
    auto brief = [](const std::string& h) {
        return h.empty() ? std::string("-") : h.substr(0, 12);
    };
    return Message::joined(
        {Message::tr(
             "split %1, vocabulary %2, vectors %3, plan %4; Sentiment Lab %5, LibTorch %6, %7 "
             "on %8, %9 threads")
             .arg(brief(card.splitHash))
             .arg(brief(card.vocabularyHash))
             .arg(brief(card.vectorsHash))
             .arg(brief(card.planHash))
             .arg(card.appVersion)
             .arg(card.torchVersion)
             .arg(card.precision)
             .arg(card.device)
             .arg(card.threads),
         Message::verbatim(card.cpuModel + " (" + card.cpuFeatures + ")")},
        "; ");
}

}  // namespace sentiment::experiment
