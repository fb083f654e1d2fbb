#pragma once

#include <QString>
#include <functional>
#include <vector>

#include "storage/RunRecords.h"

class QComboBox;

namespace sentiment::ui {

/// Fills `box` with the completed runs whose checkpoint is on disk, newest first, labelled
/// "name (#id) · preset" plus `suffix(run)`, those `accept` takes; each item holds the run's id
/// and (role UserRole + 1) its checkpoint. The run chosen before stays chosen without a signal;
/// when it is gone the newest is chosen and currentIndexChanged is emitted, so its model loads.
void fillRunChoice(QComboBox& box, const std::vector<storage::RunRow>& runs,
                   const std::function<bool(const storage::RunRow&)>& accept,
                   const std::function<QString(const storage::RunRow&)>& suffix);

}  // namespace sentiment::ui
