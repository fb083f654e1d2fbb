#pragma once

#include <QString>
#include <functional>

namespace sentiment::ui {

/// Runs `work` (a background job's body) and turns an exception from LibTorch or the standard
/// library into `error`: `failure` with its "%1" replaced by what the exception said. Exceptions
/// never leave a job for the GUI thread.
void guarded(QString& error, const QString& failure, const std::function<void()>& work);

}  // namespace sentiment::ui
