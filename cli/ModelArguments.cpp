#include "cli/ModelArguments.h"

#include "experiment/Presets.h"

namespace sentiment::cli {

void ModelArguments::addKnobs(CLI::App& c, experiment::Knob::Section section) {
    using Kind = experiment::Knob::Kind;
    for (const auto& knob : experiment::knobs()) {
        if (!knob.option || knob.section != section) continue;
        const std::string flag = "--" + knob.name;
        const std::string& help = knob.help;
        if (knob.bareFlag) {
            c.add_flag_callback(
                flag, [this, name = knob.name] { given_[name] = "true"; }, help);
            continue;
        }
        // The value is kept as text for the knob to read; the help names what the check allows.
        auto* option = c.add_option(flag, given_[knob.name], help);
        const auto number = [](double v) { return experiment::knobNumber(v); };
        switch (knob.kind) {
            case Kind::Integer:
                option
                    ->check(CLI::Range(static_cast<std::int64_t>(knob.low),
                                       static_cast<std::int64_t>(knob.high))
                                .description(""))
                    ->type_name("INT in [" + number(knob.low) + " - " + number(knob.high) + "]");
                break;
            case Kind::Real:
                option->check(CLI::Range(knob.low, knob.high).description(""))
                    ->type_name("FLOAT in [" + number(knob.low) + " - " + number(knob.high) + "]");
                break;
            case Kind::Flag:
                option->check(CLI::IsMember({"true", "false", "1", "0"}).description(""))
                    ->type_name("true|false");
                break;
            case Kind::Choice: {
                std::vector<std::string> values;
                std::string names;
                for (const auto& choice : knob.choices) {
                    values.push_back(choice.value);
                    names += (names.empty() ? "" : "|") + choice.value;
                }
                option->check(CLI::IsMember(values).description(""))->type_name(names);
                break;
            }
        }
    }
}

void ModelArguments::addModelFlags(CLI::App& c) {
    presetOption_ =
        c.add_option(
             "--preset", preset,
             "base | advanced | fasttext | cnn: the lecture's models; nbsvm: the linear baseline "
             "(Wang & Manning 2012); transformer: a Transformer encoder")
            ->check(CLI::IsMember(
                std::vector<std::string>(experiment::kPresets.begin(), experiment::kPresets.end())))
            ->capture_default_str();
    addKnobs(c, experiment::Knob::Section::Model);
}

void ModelArguments::addTrainingFlags(CLI::App& c) {
    addKnobs(c, experiment::Knob::Section::Training);
    // The data knobs that are no data command's own option (--max-length, --truncation).
    addKnobs(c, experiment::Knob::Section::Data);
}

Result<experiment::ExperimentPlan> ModelArguments::plan() const {
    auto p = experiment::ExperimentPlan::forPreset(preset);
    if (!p) return p.error();
    if (auto applied = applyTo(*p); !applied) return applied.error();
    return p;
}

Status ModelArguments::applyTo(experiment::ExperimentPlan& plan) const {
    // An option not given leaves its knob as the plan has it (the map holds every option, given
    // or not: CLI11 writes only those given).
    for (const auto& [name, value] : given_) {
        if (value.empty()) continue;
        if (auto set = experiment::findKnob(name)->apply(plan, value); !set) return set.error();
    }
    return Done{};
}

}  // namespace sentiment::cli
