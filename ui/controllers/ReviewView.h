#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sentiment::ui {

/// One review as the Data page's browser shows it: the raw text next to its tokens, with the
/// tokens the vocabulary does not know (they become `<unk>`) marked.
struct ReviewView {
    bool valid = false;
    QString text;
    bool positive = false;
    QStringList tokens;
    QList<bool> unknown;  ///< per token
    int unknownCount = 0;
};

}  // namespace sentiment::ui
