#include "ui/Settings.h"

#include "storage/RunStore.h"

namespace sentiment::ui {

namespace {
const QString kRunStore = QStringLiteral("storage/runStore");
const QString kLastDataset = QStringLiteral("data/lastDataset");
const QString kGeometry = QStringLiteral("window/geometry");
}  // namespace

QString Settings::runStorePath() const {
    return settings_.value(kRunStore, QString::fromStdString(storage::RunStore::defaultPath().string())).toString();
}

void Settings::setRunStorePath(const QString& path) { settings_.setValue(kRunStore, path); }

QString Settings::checkpointDirectory() const {
    return QString::fromStdString(storage::RunStore::defaultCheckpointDirectory().string());
}

QString Settings::lastDataset() const { return settings_.value(kLastDataset).toString(); }
void Settings::setLastDataset(const QString& path) { settings_.setValue(kLastDataset, path); }
QByteArray Settings::windowGeometry() const { return settings_.value(kGeometry).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray& geometry) { settings_.setValue(kGeometry, geometry); }

}  // namespace sentiment::ui
