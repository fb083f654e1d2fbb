#include "ui/controllers/RunChoice.h"

#include <QComboBox>
#include <QFileInfo>
#include <QSignalBlocker>

namespace sentiment::ui {

void fillRunChoice(QComboBox& box, const std::vector<storage::RunRow>& runs,
                   const std::function<bool(const storage::RunRow&)>& accept,
                   const std::function<QString(const storage::RunRow&)>& suffix) {
    const qint64 current = box.currentIndex() >= 0 ? box.currentData().toLongLong() : 0;
    QSignalBlocker block(&box);
    box.clear();
    int select = -1;
    for (const auto& r : runs) {  // newest first
        if (r.status != storage::RunStatus::Completed || r.checkpointPath.empty() || !accept(r))
            continue;
        if (!QFileInfo::exists(QString::fromStdString(r.checkpointPath))) continue;
        const QString label = QStringLiteral("%1 (#%2) · %3")
                                  .arg(QString::fromStdString(r.info.name))
                                  .arg(r.id)
                                  .arg(QString::fromStdString(r.info.preset));
        box.addItem(label + suffix(r), qint64(r.id));
        box.setItemData(box.count() - 1, QString::fromStdString(r.checkpointPath),
                        Qt::UserRole + 1);
        if (r.id == current) select = box.count() - 1;
    }
    block.unblock();
    if (box.count() == 0) return;
    if (select >= 0) {
        box.setCurrentIndex(select);  // unchanged: no reload
    } else {
        box.setCurrentIndex(0);
        Q_EMIT box.currentIndexChanged(0);
    }
}

}  // namespace sentiment::ui
