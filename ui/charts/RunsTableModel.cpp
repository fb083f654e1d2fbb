#include "ui/charts/RunsTableModel.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

#include "foundation/TextFormat.h"
#include "storage/ProcessIdentity.h"

namespace sentiment::ui {

namespace {
QDateTime utc(const std::string& iso) {
    auto t = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}
QString percentText(const std::optional<double>& v) {
    return v ? QString::fromStdString(percent(*v)) : QStringLiteral("–");
}
}  // namespace

RunsTableModel::RunsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunsTableModel::setRuns(std::shared_ptr<const std::vector<storage::RunRow>> runs) {
    beginResetModel();
    runs_ = std::move(runs);
    endResetModel();
}

const storage::RunRow* RunsTableModel::run(int row) const {
    if (!runs_ || row < 0 || row >= int(runs_->size())) return nullptr;
    return &(*runs_)[std::size_t(row)];
}

int RunsTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !runs_ ? 0 : int(runs_->size());
}

int RunsTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Count;
}

QVariant RunsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Name:
            return tr("Name");
        case Created:
            return tr("Started");
        case Preset:
            return tr("Preset");
        case Status:
            return tr("Status");
        case Epochs:
            return tr("Epochs");
        case BestValid:
            return tr("Best valid acc");
        case TestAccuracy:
            return tr("Test acc");
        case Parameters:
            return tr("Parameters");
        case Device:
            return tr("Device");
        case Duration:
            return tr("Duration");
        case Tags:
            return tr("Tags");
        default:
            return {};
    }
}

QString RunsTableModel::toolTip(const storage::RunRow& run) {
    const auto* r = &run;
    QString tip = QString::fromStdString(r->info.name);
    if (!r->notes.empty()) tip += QStringLiteral("\n") + QString::fromStdString(r->notes);
    if (!r->error.empty()) tip += QStringLiteral("\n") + QString::fromStdString(r->error);
    if (!r->host.empty())
        tip += QStringLiteral("\n") +
               tr("Trained on %1 (%2)")
                   .arg(QString::fromStdString(r->host), QString::fromStdString(r->info.device));
    if (!r->importedFrom.empty()) {
        tip += QStringLiteral("\n") +
               tr("Imported from %1 on %2")
                   .arg(QString::fromStdString(r->importedFrom),
                        QLocale().toString(utc(r->importedAt).toLocalTime(), QLocale::ShortFormat));
    }
    return tip;
}

QVariant RunsTableModel::display(const storage::RunRow& run, int column, const QDateTime& started,
                                 qint64 seconds) {
    const auto* r = &run;
    switch (column) {
        case Name:
            return QString::fromStdString(r->info.name);
        case Created:
            return QLocale().toString(started.toLocalTime(), QLocale::ShortFormat);
        case Preset:
            return QString::fromStdString(r->info.preset);
        case Status:
            return QString::fromLatin1(storage::toString(r->status).data());
        case Epochs:
            return r->epochs;
        case BestValid:
            return percentText(r->bestValidAccuracy);
        case TestAccuracy:
            return percentText(r->testAccuracy);
        case Parameters:
            return QLocale().toString(qint64(r->info.parameters));
        case Device: {
            // Where it was trained, when that is another machine (a GPU server, a cluster node).
            const auto device = QString::fromStdString(r->info.device);
            // The same name the store records (ProcessIdentity), looked up once, not per painted
            // cell.
            static const std::string here = storage::ProcessIdentity::current().host;
            if (r->host.empty() || r->host == here) return device;
            return tr("%1 on %2").arg(device, QString::fromStdString(r->host));
        }
        case Duration:
            return seconds >= 0 ? QString::fromStdString(minutesSeconds(double(seconds)))
                                : QStringLiteral("–");
        case Tags: {
            QStringList tags;
            for (const auto& t : r->tags) tags << QString::fromStdString(t);
            return tags.join(QStringLiteral(", "));
        }
        default:
            return {};
    }
}

QVariant RunsTableModel::data(const QModelIndex& index, int role) const {
    const auto* r = index.isValid() ? run(index.row()) : nullptr;
    if (r == nullptr) return {};
    if (role == IdRole) return qint64(r->id);
    const auto started = utc(r->createdAt);
    const auto finished = r->finishedAt.empty() ? QDateTime() : utc(r->finishedAt);
    const qint64 seconds = finished.isValid() ? started.secsTo(finished) : -1;
    if (role == SortRole) {
        switch (index.column()) {
            case Created:
                return started;
            case Epochs:
                return r->epochs;
            case BestValid:
                return r->bestValidAccuracy.value_or(-1);
            case TestAccuracy:
                return r->testAccuracy.value_or(-1);
            case Parameters:
                return qint64(r->info.parameters);
            case Duration:
                return seconds;
            default:
                return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
            case Epochs:
            case BestValid:
            case TestAccuracy:
            case Parameters:
            case Duration:
                return int(Qt::AlignRight | Qt::AlignVCenter);
            default:
                return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        switch (r->status) {
            case storage::RunStatus::Failed:
                return QColor(170, 30, 30);
            case storage::RunStatus::Interrupted:
            case storage::RunStatus::Stopped:
                return QColor(140, 90, 0);
            default:
                return {};
        }
    }
    if (role == Qt::ToolTipRole) return toolTip(*r);
    if (role != Qt::DisplayRole) return {};
    return display(*r, index.column(), started, seconds);
}

}  // namespace sentiment::ui
