#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace sentiment::ui {

/// The application's settings, typed, over QSettings (the only place that knows the keys).
/// The core never reads settings: controllers pass it plain values from here.
class Settings {
public:
    Settings() = default;
    /// Where runs are recorded (default ~/.local/share/sentiment-lab/runs.sqlite).
    QString runStorePath() const;
    void setRunStorePath(const QString& path);
    /// Where best-valid checkpoints are written (default ~/.local/share/sentiment-lab/checkpoints).
    QString checkpointDirectory() const;
    /// The last IMDb archive or folder opened (empty: the demo sample).
    QString lastDataset() const;
    /// How the last dataset was read when it is a table (TableChoice::toJson), for the next start.
    QString lastTable() const;
    void setLastTable(const QString& json);
    void setLastDataset(const QString& path);
    /// The last word vectors opened (empty: none).
    QString lastVectors() const;
    void setLastVectors(const QString& path);
    /// The preset last chosen on the Model page.
    QString lastPreset() const;
    void setLastPreset(const QString& preset);
    /// The interface language: "" follows the system, "en" or "ko". Applies at the next start.
    QString language() const;
    void setLanguage(const QString& language);
    /// The proxy for downloads: "" = the system's (desktop settings or environment), "none", or
    /// an address ("http://host:3128", "socks5h://host:1080").
    QString proxy() const;
    void setProxy(const QString& proxy);
    /// The course reference file opened with File › Open course reference… (empty: the lecture's
    /// own).
    QString courseReference() const;
    void setCourseReference(const QString& file);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

private:
    QSettings settings_;
};

}  // namespace sentiment::ui
