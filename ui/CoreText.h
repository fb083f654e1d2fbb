#pragma once

#include <QString>

#include "data/Error.h"
#include "data/Message.h"

namespace sentiment::ui {

/// The core's messages (errors, warnings, log lines) in the interface language. The core keeps
/// each sentence as an English template and its arguments (data::Message); this looks the
/// template up in the translations, where lupdate filed it under "sentiment::data::Message", and
/// fills in the arguments the way the locale writes them. Without a translation it is English.
class CoreText {
public:
    static constexpr const char* kContext = "sentiment::data::Message";

    static QString of(const data::Message& message);
    /// The whole sentence of an error, file and line included.
    static QString of(const data::Error& error);
};

}  // namespace sentiment::ui
