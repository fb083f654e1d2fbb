#pragma once

#include <QString>

#include "foundation/Error.h"
#include "foundation/Message.h"

namespace sentiment::ui {

/// The core's messages (errors, warnings, log lines) in the interface language. The core keeps
/// each sentence as an English template and its arguments (Message); this looks the
/// template up in the translations, where lupdate filed it under "sentiment::Message", and
/// fills in the arguments the way the locale writes them. Without a translation it is English.
class CoreText {
public:
    static constexpr const char* kContext = "sentiment::Message";

    static QString of(const Message& message);
    /// The whole sentence of an error, file and line included.
    static QString of(const Error& error);
};

}  // namespace sentiment::ui
