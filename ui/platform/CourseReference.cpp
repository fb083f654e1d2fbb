#include "ui/platform/CourseReference.h"

#include "ui/platform/CoreText.h"
#include "ui/platform/Logging.h"
#include "ui/platform/Settings.h"

namespace sentiment::ui {

CourseReference::CourseReference(QObject* parent) : QObject(parent) {
    const QString remembered = Settings().courseReference();
    if (remembered.isEmpty()) return;
    auto read = experiment::LectureReference::load(remembered.toStdString());
    if (!read) {
        Logging::logger()->warn(
            "The course reference could not be read; using the lecture's own figures: {}",
            CoreText::of(read.error()).toStdString());
        return;
    }
    loaded_ = std::make_shared<const experiment::LectureReference>(std::move(*read));
    file_ = remembered;
}

const experiment::LectureReference& CourseReference::current() const {
    return loaded_ ? *loaded_ : experiment::LectureReference::lecture();
}

std::shared_ptr<const experiment::LectureReference> CourseReference::shared() const {
    if (loaded_) return loaded_;
    // The lecture's own figures live as long as the program: nothing to own.
    return {&experiment::LectureReference::lecture(), [](const experiment::LectureReference*) {}};
}

QString CourseReference::course() const {
    return QString::fromStdString(current().course());
}

const experiment::PresetReference* CourseReference::preset(const QString& preset) const {
    return current().preset(preset.toStdString());
}

QString CourseReference::verdict(const QString& preset, double testAccuracy,
                                 const std::vector<double>& validAccuracies) const {
    const auto v = current().verdict(preset.toStdString(), testAccuracy, validAccuracies);
    return v ? CoreText::of(*v) : QString();
}

std::optional<QString> CourseReference::open(const QString& file) {
    auto read = experiment::LectureReference::load(file.toStdString());
    if (!read) return CoreText::of(read.error());
    loaded_ = std::make_shared<const experiment::LectureReference>(std::move(*read));
    file_ = file;
    Settings().setCourseReference(file);
    Logging::logger()->info("Course reference: {} ({})", course().toStdString(),
                            file.toStdString());
    Q_EMIT changed();
    return std::nullopt;
}

void CourseReference::useLecture() {
    loaded_.reset();
    file_.clear();
    Settings().setCourseReference(QString());
    Q_EMIT changed();
}

}  // namespace sentiment::ui
