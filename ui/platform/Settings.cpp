#include "ui/platform/Settings.h"

#include "storage/RunStore.h"

namespace sentiment::ui {

namespace {
const QString kRunStore = QStringLiteral("storage/runStore");
const QString kLastDataset = QStringLiteral("data/lastDataset");
const QString kLastTable = QStringLiteral("data/lastTable");
const QString kLastVectors = QStringLiteral("data/lastVectors");
const QString kLastPreset = QStringLiteral("model/lastPreset");
const QString kLanguage = QStringLiteral("ui/language");
const QString kProxy = QStringLiteral("network/proxy");
const QString kCourseReference = QStringLiteral("course/reference");
const QString kGeometry = QStringLiteral("window/geometry");
}  // namespace

QString Settings::runStorePath() const {
    return settings_
        .value(kRunStore, QString::fromStdString(storage::RunStore::defaultPath().string()))
        .toString();
}

void Settings::setRunStorePath(const QString& path) {
    settings_.setValue(kRunStore, path);
}

QString Settings::checkpointDirectory() const {
    return QString::fromStdString(storage::RunStore::defaultCheckpointDirectory().string());
}

QString Settings::lastDataset() const {
    return settings_.value(kLastDataset).toString();
}
void Settings::setLastDataset(const QString& path) {
    settings_.setValue(kLastDataset, path);
}
QString Settings::lastTable() const {
    return settings_.value(kLastTable).toString();
}
void Settings::setLastTable(const QString& json) {
    settings_.setValue(kLastTable, json);
}
QString Settings::lastVectors() const {
    return settings_.value(kLastVectors).toString();
}
void Settings::setLastVectors(const QString& path) {
    settings_.setValue(kLastVectors, path);
}
QString Settings::language() const {
    return settings_.value(kLanguage).toString();
}
void Settings::setLanguage(const QString& language) {
    settings_.setValue(kLanguage, language);
}
QString Settings::proxy() const {
    return settings_.value(kProxy).toString();
}
void Settings::setProxy(const QString& proxy) {
    settings_.setValue(kProxy, proxy);
}

QString Settings::lastPreset() const {
    return settings_.value(kLastPreset, QStringLiteral("advanced")).toString();
}
void Settings::setLastPreset(const QString& preset) {
    settings_.setValue(kLastPreset, preset);
}
QString Settings::courseReference() const {
    return settings_.value(kCourseReference).toString();
}
void Settings::setCourseReference(const QString& file) {
    settings_.setValue(kCourseReference, file);
}
QByteArray Settings::windowGeometry() const {
    return settings_.value(kGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray& geometry) {
    settings_.setValue(kGeometry, geometry);
}

}  // namespace sentiment::ui
