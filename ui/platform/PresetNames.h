#pragma once

#include <QString>
#include <string_view>

namespace sentiment::ui {

/// A preset's name as the window shows it, translated: "Advanced BiLSTM (lecture)" for "advanced".
QString presetDisplayName(std::string_view preset);

}  // namespace sentiment::ui
