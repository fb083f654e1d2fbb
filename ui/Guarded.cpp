#include "ui/Guarded.h"

#include <c10/util/Exception.h>

#include <exception>

namespace sentiment::ui {

void guarded(QString& error, const QString& failure, const std::function<void()>& work) {
    try {
        work();
    } catch (const c10::Error& e) {
        error = failure.arg(QString::fromStdString(e.what_without_backtrace()));
    } catch (const std::exception& e) {
        error = failure.arg(QString::fromUtf8(e.what()));
    }
}

}  // namespace sentiment::ui
