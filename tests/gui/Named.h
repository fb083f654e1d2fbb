#pragma once
// The GUI tests read and press what a page shows through its widgets' object names, as a user
// finds them on the screen; the pages keep no getters for tests.

#include <QObject>
#include <QString>
#include <QtGlobal>

namespace sentiment::ui {

/// The one child of `parent`, at any depth, of type T named `name`. The test program stops,
/// naming both, when there is none or more than one: a renamed or ambiguous widget is loud.
template <class T>
T* named(const QObject* parent, const char* name) {
    const auto found = parent->findChildren<T*>(QString::fromLatin1(name));
    if (found.size() != 1) {
        qFatal("%s has %lld children named %s of the type asked for",
               parent->metaObject()->className(), static_cast<long long>(found.size()), name);
    }
    return found.front();
}

}  // namespace sentiment::ui
