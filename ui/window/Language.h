#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace sentiment::ui {

/// The interface language: English (the source) or Korean, from the embedded translations
/// (:/i18n/sentiment-lab_<lang>.qm) plus Qt's own dialogs where the system has them. The CLI
/// stays English.
class Language {
public:
    /// "en" and "ko", with their names in their own language for the menu.
    static QStringList available();
    static QString nativeName(const QString& code);
    /// Installs the translators for `choice` ("" = the system's language) and makes its locale the
    /// default, so numbers and dates follow it. Returns the language in use ("en" or "ko").
    /// Call once, before any window is created.
    static QString install(QCoreApplication& app, const QString& choice);
};

}  // namespace sentiment::ui
