// The knob table: each knob reads and writes a plan the same way for every front end, refuses a
// value outside its range or choices, says where it applies, and is what a sweep can turn.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "experiment/Knobs.h"
#include "experiment/Presets.h"
#include "experiment/RunGroups.h"

using sentiment::experiment::ExperimentPlan;
using sentiment::experiment::findKnob;
using sentiment::experiment::knobs;

TEST(Knobs, EveryKnobReadsBackWhatItWritesOnEveryPreset) {
    for (const auto preset : sentiment::experiment::kPresets) {
        const auto plan = ExperimentPlan::lecture(preset);
        for (const auto& knob : knobs()) {
            if (!knob.applies(plan)) continue;  // fastText's 0 layers: no value of the knob
            auto copy = ExperimentPlan::lecture(preset);
            const auto value = knob.get(plan);
            const auto set = knob.apply(copy, value);
            ASSERT_TRUE(set.ok()) << preset << " " << knob.name << "=" << value << ": "
                                  << set.error().message;
            EXPECT_EQ(knob.get(copy), value) << knob.name;
            EXPECT_EQ(copy.toJson(), plan.toJson()) << knob.name;  // nothing else changed
        }
    }
}

TEST(Knobs, AValueOutsideTheRangeOrChoicesIsRefusedByName) {
    auto plan = ExperimentPlan::lecture("advanced");
    const auto before = plan.toJson();
    for (const auto& [name, value] :
         std::vector<std::pair<std::string, std::string>>{{"layers", "25"},
                                                          {"layers", "two"},
                                                          {"cell", "transformer"},
                                                          {"lr", "abc"},
                                                          {"lr", "0"},
                                                          {"dropout", "0.99"},
                                                          {"bidirectional", "maybe"},
                                                          {"ngrams", "4"},
                                                          {"min-freq", "0"},
                                                          {"train-fraction", "1.5"},
                                                          {"hidden", "-3"}}) {
        const auto set = findKnob(name)->apply(plan, value);
        ASSERT_FALSE(set.ok()) << name << "=" << value;
        EXPECT_NE(set.error().message.find(name), std::string::npos) << set.error().message;
        EXPECT_NE(set.error().message.find(value), std::string::npos) << set.error().message;
    }
    EXPECT_EQ(plan.toJson(), before);
    ASSERT_TRUE(findKnob("lr")->apply(plan, "1e-2").ok());
    EXPECT_DOUBLE_EQ(plan.training.learningRate, 0.01);
    EXPECT_EQ(findKnob("lr")->get(plan), "0.01");
    ASSERT_TRUE(findKnob("min-freq")->apply(plan, "3").ok());
    EXPECT_EQ(plan.datasetOptions({}).vocabulary.minFreq, 3u);  // the engine reads it
    EXPECT_EQ(findKnob("no-such-knob"), nullptr);
}

TEST(Knobs, WhereEachKnobApplies) {
    const auto base = ExperimentPlan::lecture("base");
    const auto advanced = ExperimentPlan::lecture("advanced");
    const auto nbsvm = ExperimentPlan::lecture("nbsvm");
    EXPECT_FALSE(findKnob("cell")->applies(base));
    EXPECT_TRUE(findKnob("cell")->applies(advanced));
    EXPECT_TRUE(findKnob("hidden")->applies(base));
    EXPECT_FALSE(findKnob("hidden")->applies(nbsvm));
    EXPECT_TRUE(findKnob("ngrams")->applies(nbsvm));
    EXPECT_FALSE(findKnob("embedding-dim")->applies(nbsvm));
    EXPECT_TRUE(findKnob("momentum")->applies(base) !=
                findKnob("weight-decay")->applies(base));  // SGD or Adam
    auto frozen = advanced;
    frozen.training.freezeEmbeddings = true;
    EXPECT_TRUE(findKnob("freeze-epochs")->applies(advanced));
    EXPECT_FALSE(findKnob("freeze-epochs")->applies(frozen));
}

TEST(Knobs, ASweepTurnsTheSweepableKnobsWithTheirSuggestedValues) {
    std::vector<std::string_view> names;
    for (const auto* k : sentiment::experiment::sweepableKnobs()) names.push_back(k->name);
    EXPECT_EQ(names, sentiment::experiment::Sweep::knobs());
    EXPECT_NE(std::find(names.begin(), names.end(), "lr"), names.end());
    EXPECT_EQ(std::find(names.begin(), names.end(), "device"), names.end());
    const auto plan = ExperimentPlan::lecture("advanced");
    for (const auto* knob : sentiment::experiment::sweepableKnobs()) {
        const auto sweep =
            sentiment::experiment::Sweep::parse(knob->name + "=" + knob->sweepValues);
        ASSERT_TRUE(sweep.ok()) << knob->name;
        for (const auto& value : sweep->values) {
            const auto p = sweep->apply(plan, value);
            ASSERT_TRUE(p.ok()) << knob->name << "=" << value << ": " << p.error().message;
            EXPECT_EQ(knob->get(*p), knob->get([&] {
                auto q = plan;
                (void)knob->apply(q, value);
                return q;
            }()));
        }
    }
    // A seeds sweep keeps the split; "device" cannot be swept.
    const auto seeded = sentiment::experiment::Sweep::parse("seed=7")->apply(plan, "7");
    ASSERT_TRUE(seeded.ok());
    EXPECT_EQ(seeded->seed(), 7u);
    EXPECT_EQ(seeded->dataSeed(), plan.dataSeed());
    EXPECT_FALSE(sentiment::experiment::Sweep::parse("device=cpu,cuda").ok());
}
