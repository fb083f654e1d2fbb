#include "ui/window/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sentiment::ui {

QStringList Language::available() {
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

QString Language::nativeName(const QString& code) {
    if (code == QLatin1String("ko")) return QStringLiteral("한국어");
    return QStringLiteral("English");
}

QString Language::install(QCoreApplication& app, const QString& choice) {
    QString code = choice;
    if (code.isEmpty()) {
        // The first of the system's preferred languages that we have.
        code = QStringLiteral("en");
        for (const QString& ui : QLocale::system().uiLanguages()) {
            const QString lang = ui.section(QLatin1Char('-'), 0, 0).toLower();
            if (available().contains(lang)) {
                code = lang;
                break;
            }
        }
    } else {
        // An explicit choice also sets the formats of numbers and dates.
        QLocale::setDefault(QLocale(code == QLatin1String("ko") ? QStringLiteral("ko_KR")
                                                                : QStringLiteral("en_US")));
    }
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/sentiment-lab_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(ours);
    }
    auto* qt = new QTranslator(
        &app);  // Qt's standard dialogs (from qt6-translations-l10n, when installed)
    if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    return code;
}

}  // namespace sentiment::ui
