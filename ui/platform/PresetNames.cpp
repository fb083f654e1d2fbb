#include "ui/platform/PresetNames.h"

#include <QCoreApplication>

namespace sentiment::ui {

QString presetDisplayName(std::string_view preset) {
    // The context is the one the translations were made in.
    static constexpr const char* kContext = "sentiment::ui::ExperimentChoice";
    const char* name = nullptr;
    if (preset == "base")
        name = QT_TRANSLATE_NOOP("sentiment::ui::ExperimentChoice", "Base RNN (lecture)");
    if (preset == "advanced")
        name = QT_TRANSLATE_NOOP("sentiment::ui::ExperimentChoice", "Advanced BiLSTM (lecture)");
    if (preset == "fasttext")
        name = QT_TRANSLATE_NOOP("sentiment::ui::ExperimentChoice", "FastText");
    if (preset == "cnn") name = QT_TRANSLATE_NOOP("sentiment::ui::ExperimentChoice", "CNN");
    if (preset == "nbsvm")
        name = QT_TRANSLATE_NOOP("sentiment::ui::ExperimentChoice", "NBSVM (linear baseline)");
    if (preset == "transformer")
        name = QT_TRANSLATE_NOOP("sentiment::ui::ExperimentChoice", "Transformer encoder");
    if (name == nullptr) return QString::fromUtf8(preset.data(), qsizetype(preset.size()));
    return QCoreApplication::translate(kContext, name);
}

}  // namespace sentiment::ui
