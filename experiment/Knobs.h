#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "experiment/ExperimentPlan.h"
#include "foundation/Message.h"

namespace sentiment::experiment {

/// One setting of an experiment that a student can change, defined once for every front end:
/// the Model page builds its form row, its change tracking and whether it is enabled from it;
/// the GUI's sweep list and `train --sweep` take the knobs that can be swept; `train`'s model and
/// training options are made from it. A value travels as text, as the command line spells it
/// ("256", "0.001", "true", "lstm"), so that every front end reads and writes a plan alike.
///
/// To add a knob: one entry in knobs() (Knobs.cpp), and its use in the engine (the plan's field
/// it reads and writes, the model or trainer that uses that field). Its form row, its option,
/// its place in the sweep list and its change tracking follow.
struct Knob {
    enum class Kind : std::uint8_t { Integer, Real, Flag, Choice };
    /// The box of the Model page it sits in.
    enum class Section : std::uint8_t { Model, Training, Data };
    struct Choice {
        std::string value;  ///< as the command line spells it
        Message label;      ///< as the form shows it
    };

    std::string name;  ///< the option (--NAME) and the sweep's knob (NAME=V1,V2)
    Section section = Section::Model;
    Kind kind = Kind::Integer;
    Message label;     ///< the form's row label ("Hidden units:")
    std::string help;  ///< the option's help (the command line speaks English)
    Message tip;       ///< the form's tooltip (empty: none)
    /// Integer and Real: the range, the step of the arrows and the decimals shown.
    double low = 0, high = 0, step = 1;
    int decimals = 0;
    Message lowText;   ///< what the lowest value means ("never", "off"); empty: it is a number
    Message suffix;    ///< after the number in the form (" epochs"); empty: none
    Message flagText;  ///< a Flag's check box text ("read both ways")
    std::vector<Choice> choices;  ///< a Choice's values
    /// Values a student would try first in a sweep ("64,128,256"); empty: it cannot be swept.
    std::string sweepValues;
    Message sweepLabel;  ///< the knob in the sweep list ("hidden units")
    bool option =
        true;          ///< `train` offers it (the data knobs are every data command's own options)
    bool form = true;  ///< the Model page shows it
    bool bareFlag = false;  ///< a Flag the command line gives without a value (--freeze-embeddings)
    /// Whether it means anything for `plan` (its architecture, optimizer, ...); null: always.
    bool (*appliesTo)(const ExperimentPlan& plan) = nullptr;
    std::string (*get)(const ExperimentPlan& plan) = nullptr;
    /// Sets the knob in `plan`; false when `value` is not one of its values.
    bool (*set)(ExperimentPlan& plan, std::string_view value) = nullptr;

    bool sweepable() const { return !sweepValues.empty(); }
    bool applies(const ExperimentPlan& plan) const {
        return appliesTo == nullptr || appliesTo(plan);
    }
    /// `value` checked against the knob's kind, range and choices, then set.
    Status apply(ExperimentPlan& plan, std::string_view value) const;
};

/// Every knob, in the Model page's order.
const std::vector<Knob>& knobs();
/// The knob spelt `name`; null when there is none.
const Knob* findKnob(std::string_view name);
/// The knobs that can be swept, in order.
std::vector<const Knob*> sweepableKnobs();
/// A real number as a knob's text: the shortest that reads back to the same double ("0.001").
std::string knobNumber(double value);

}  // namespace sentiment::experiment
