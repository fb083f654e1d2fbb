#pragma once

#include <QObject>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "experiment/LectureReference.h"

namespace sentiment::ui {

/// The course reference runs are read against: the lecture's own figures (built in), or a
/// teacher's file opened with File › Open course reference…, remembered across starts. A file
/// that no longer reads at start-up falls back to the lecture's, with a warning in the log.
class CourseReference : public QObject {
    Q_OBJECT
public:
    explicit CourseReference(QObject* parent = nullptr);

    const experiment::LectureReference& current() const;
    /// The reference in use, to hand to work off the GUI thread (it stays alive with the work).
    std::shared_ptr<const experiment::LectureReference> shared() const;
    /// The file in use; empty for the lecture's own figures.
    QString file() const { return file_; }
    /// The course's name as its file gives it.
    QString course() const;
    /// The figures for `preset`, or null when the course has none.
    const experiment::PresetReference* preset(const QString& preset) const;
    /// The verdict on a run of `preset` as a sentence in the interface language; empty when the
    /// course has no figures for it.
    QString verdict(const QString& preset, double testAccuracy,
                    const std::vector<double>& validAccuracies) const;

    /// Reads `file` and uses it; when it does not read, keeps the reference in use and returns
    /// the message naming the file and the problem (and the line, for malformed JSON).
    std::optional<QString> open(const QString& file);
    /// Goes back to the lecture's own figures.
    void useLecture();

Q_SIGNALS:
    void changed();

private:
    std::shared_ptr<const experiment::LectureReference> loaded_;  ///< null: the lecture's
    QString file_;
};

}  // namespace sentiment::ui
