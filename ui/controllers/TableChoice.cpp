#include "ui/controllers/TableChoice.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

#include "ui/platform/Settings.h"

namespace sentiment::ui {

QString TableChoice::toJson() const {
    QJsonObject o;
    o[QStringLiteral("text")] = textColumn;
    o[QStringLiteral("label")] = labelColumn;
    o[QStringLiteral("split")] = splitColumn;
    o[QStringLiteral("group")] = groupColumn;
    o[QStringLiteral("delimiter")] =
        QString(delimiter == 0 ? QString() : QString(QChar(delimiter)));
    o[QStringLiteral("header")] = header;
    o[QStringLiteral("label_map")] = labelMap;
    o[QStringLiteral("test_file")] = testFile;
    o[QStringLiteral("test_fraction")] = testFraction;
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

TableChoice TableChoice::fromJson(const QString& json) {
    TableChoice c;
    const auto doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject()) return c;
    const auto o = doc.object();
    c.textColumn = o[QStringLiteral("text")].toString();
    c.labelColumn = o[QStringLiteral("label")].toString();
    c.splitColumn = o[QStringLiteral("split")].toString();
    c.groupColumn = o[QStringLiteral("group")].toString();
    const QString d = o[QStringLiteral("delimiter")].toString();
    if (d.size() == 1 && QStringLiteral("\t,;|").contains(d)) c.delimiter = char(d[0].unicode());
    c.header = std::clamp(o[QStringLiteral("header")].toInt(), 0, 2);
    c.labelMap = o[QStringLiteral("label_map")].toString();
    c.testFile = o[QStringLiteral("test_file")].toString();
    const double f = o[QStringLiteral("test_fraction")].toDouble(0.2);
    c.testFraction = f > 0 && f < 1 ? f : 0.2;
    return c;
}

TableChoice TableChoice::lastFor(const QString& path) {
    const Settings settings;
    if (path.isEmpty() || QFileInfo(path) != QFileInfo(settings.lastDataset())) return {};
    return fromJson(settings.lastTable());
}

}  // namespace sentiment::ui
