#pragma once

#include <QObject>
#include <map>
#include <string>
#include <string_view>

#include "experiment/Knobs.h"

class QFormLayout;
class QWidget;

namespace sentiment::ui {

/// The Model page's editors, one per knob of experiment::knobs() that the form shows, made from
/// the knob's kind (a spin box, a check box, a list), range, labels and help. It fills them from
/// a plan, reads them into one, enables those that apply to it, and says when a student changed
/// one: adding a knob to the table adds its row here, with its change tracking.
class KnobForm : public QObject {
    Q_OBJECT
public:
    explicit KnobForm(QObject* parent = nullptr);

    /// The editor of knob `name` (null: the form does not show it).
    QWidget* editor(std::string_view name) const;
    /// Adds a row to `form` for each knob of `section`, in the table's order.
    void addRows(QFormLayout& form, experiment::Knob::Section section) const;
    /// Every editor set from `plan`, without `changed`.
    void fill(const experiment::ExperimentPlan& plan);
    /// Every knob of `plan` that applies to it set from its editor, in the table's order.
    void readInto(experiment::ExperimentPlan& plan) const;
    /// Enables each editor whose knob means something for `plan`.
    void enableFor(const experiment::ExperimentPlan& plan);

Q_SIGNALS:
    /// A student changed a knob (not fill()).
    void changed();

private:
    QWidget* make(const experiment::Knob& knob);
    std::string value(const experiment::Knob& knob) const;
    void setValue(const experiment::Knob& knob, const std::string& value);

    std::map<std::string, QWidget*, std::less<>> editors_;
    bool filling_ = false;
};

}  // namespace sentiment::ui
