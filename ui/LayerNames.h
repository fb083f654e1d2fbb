#pragma once

#include <QCoreApplication>
#include <QString>

namespace sentiment::ui {

/// The parameter report's layer names and formulas come from the Qt-free core in English
/// ("LSTM layer 1, backward", "i+1 with i=512"); this puts them into the interface language.
class LayerNames {
    Q_DECLARE_TR_FUNCTIONS(LayerNames)
public:
    static QString layer(const QString& english);
    static QString formula(const QString& english);
};

}  // namespace sentiment::ui
