#include "ui/panels/KnobForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>
#include <algorithm>

#include "ui/platform/CoreText.h"

namespace sentiment::ui {

using experiment::Knob;

KnobForm::KnobForm(QObject* parent) : QObject(parent) {
    for (const auto& knob : experiment::knobs()) {
        if (!knob.form) continue;
        auto* editor = make(knob);
        if (!knob.tip.empty()) editor->setToolTip(CoreText::of(knob.tip));
        editor->setObjectName(QString::fromStdString(knob.name));  // found by name, as in a test
        editors_.emplace(knob.name, editor);
    }
}

QWidget* KnobForm::make(const Knob& knob) {
    const auto changedUnlessFilling = [this] {
        if (!filling_) Q_EMIT changed();
    };
    switch (knob.kind) {
        case Knob::Kind::Integer: {
            auto* box = new QSpinBox;
            box->setRange(int(knob.low), int(knob.high));
            box->setSingleStep(int(knob.step));
            box->setGroupSeparatorShown(true);
            if (!knob.lowText.empty()) box->setSpecialValueText(CoreText::of(knob.lowText));
            if (!knob.suffix.empty()) box->setSuffix(CoreText::of(knob.suffix));
            connect(box, &QSpinBox::valueChanged, this, changedUnlessFilling);
            return box;
        }
        case Knob::Kind::Real: {
            auto* box = new QDoubleSpinBox;
            box->setDecimals(knob.decimals);
            box->setRange(knob.low, knob.high);
            box->setSingleStep(knob.step);
            if (!knob.lowText.empty()) box->setSpecialValueText(CoreText::of(knob.lowText));
            connect(box, &QDoubleSpinBox::valueChanged, this, changedUnlessFilling);
            return box;
        }
        case Knob::Kind::Flag: {
            auto* box = new QCheckBox(CoreText::of(knob.flagText));
            connect(box, &QCheckBox::toggled, this, changedUnlessFilling);
            return box;
        }
        case Knob::Kind::Choice:
            break;
    }
    auto* box = new QComboBox;
    for (const auto& choice : knob.choices)
        box->addItem(CoreText::of(choice.label), QString::fromStdString(choice.value));
    connect(box, &QComboBox::currentIndexChanged, this, changedUnlessFilling);
    return box;
}

QWidget* KnobForm::editor(std::string_view name) const {
    const auto it = editors_.find(name);
    return it == editors_.end() ? nullptr : it->second;
}

void KnobForm::addRows(QFormLayout& form, Knob::Section section) const {
    for (const auto& knob : experiment::knobs()) {
        if (knob.form && knob.section == section)
            form.addRow(CoreText::of(knob.label), editor(knob.name));
    }
}

std::string KnobForm::value(const Knob& knob) const {
    auto* widget = editor(knob.name);
    switch (knob.kind) {
        case Knob::Kind::Integer:
            return std::to_string(static_cast<QSpinBox*>(widget)->value());
        case Knob::Kind::Real:
            return experiment::knobNumber(static_cast<QDoubleSpinBox*>(widget)->value());
        case Knob::Kind::Flag:
            return static_cast<QCheckBox*>(widget)->isChecked() ? "true" : "false";
        case Knob::Kind::Choice:
            break;
    }
    return static_cast<QComboBox*>(widget)->currentData().toString().toStdString();
}

void KnobForm::setValue(const Knob& knob, const std::string& value) {
    auto* widget = editor(knob.name);
    const QString text = QString::fromStdString(value);
    switch (knob.kind) {
        case Knob::Kind::Integer:
            static_cast<QSpinBox*>(widget)->setValue(text.toInt());
            return;
        case Knob::Kind::Real:
            static_cast<QDoubleSpinBox*>(widget)->setValue(text.toDouble());
            return;
        case Knob::Kind::Flag:
            static_cast<QCheckBox*>(widget)->setChecked(value == "true");
            return;
        case Knob::Kind::Choice:
            break;
    }
    auto* box = static_cast<QComboBox*>(widget);
    box->setCurrentIndex(std::max(0, box->findData(text)));
}

void KnobForm::fill(const experiment::ExperimentPlan& plan) {
    filling_ = true;
    for (const auto& knob : experiment::knobs()) {
        if (knob.form) setValue(knob, knob.get(plan));
    }
    filling_ = false;
}

void KnobForm::readInto(experiment::ExperimentPlan& plan) const {
    for (const auto& knob : experiment::knobs()) {
        // One that does not apply keeps the plan's value (fastText's 0 layers, which no box shows).
        if (knob.form && knob.applies(plan)) knob.set(plan, value(knob));
    }
}

void KnobForm::enableFor(const experiment::ExperimentPlan& plan) {
    for (const auto& knob : experiment::knobs()) {
        if (knob.form) editor(knob.name)->setEnabled(knob.applies(plan));
    }
}

}  // namespace sentiment::ui
