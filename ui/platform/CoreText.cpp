#include "ui/platform/CoreText.h"

#include <QCoreApplication>
#include <QLocale>

namespace sentiment::ui {

QString CoreText::of(const Message& message) {
    if (message.empty()) return {};
    const QString format = QCoreApplication::translate(kContext, message.format().c_str());
    QStringList args;
    for (const auto& a : message.args()) {
        switch (a.kind) {
            case Message::Kind::Text:
                args << QString::fromStdString(a.text);
                break;
            case Message::Kind::Integer:
                args << QString::number(a.number);
                break;
            case Message::Kind::Bytes:
                args << QLocale().formattedDataSize(a.number, 1, QLocale::DataSizeSIFormat);
                break;
            case Message::Kind::Nested:
                args << (a.nested ? of(*a.nested) : QString());
                break;
        }
    }
    // %1..%9 in one pass, so that an argument holding "%2" stays as it is.
    QString out;
    out.reserve(format.size());
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format[i];
        if (c == QLatin1Char('%') && i + 1 < format.size()) {
            const int index = format[i + 1].unicode() - '1';
            if (index >= 0 && index < 9 && index < args.size()) {
                out += args[index];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString CoreText::of(const Error& error) {
    return of(error.sentence());
}

}  // namespace sentiment::ui
