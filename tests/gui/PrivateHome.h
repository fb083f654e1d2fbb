#pragma once

#include <QTemporaryDir>

namespace sentiment::test {

/// A temporary folder that the GUI tests use as the user's cache, data and settings folders, so
/// no test reads or writes anything of the user's. Call `use()` before any controller starts.
class PrivateHome {
public:
    void use() const {
        for (const char* name : {"SENTIMENT_LAB_CACHE_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME"}) {
            qputenv(name, dir_.path().toUtf8());
        }
    }
    QString path() const { return dir_.path(); }
    QString filePath(const QString& name) const { return dir_.filePath(name); }

private:
    QTemporaryDir dir_;
};

}  // namespace sentiment::test
