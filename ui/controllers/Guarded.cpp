#include "ui/controllers/Guarded.h"

#include <exception>

#include "model/ExceptionText.h"

namespace sentiment::ui {

void guarded(QString& error, const QString& failure, const std::function<void()>& work) {
    try {
        work();
    } catch (const std::exception& e) {
        error = failure.arg(QString::fromStdString(model::ExceptionText::of(e).text));
    }
}

}  // namespace sentiment::ui
