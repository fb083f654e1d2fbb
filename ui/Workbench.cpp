#include "ui/Workbench.h"

namespace sentiment::ui {

Workbench::Workbench(const QString& runtime)
    : models_(&datasets_), window_(&datasets_, &models_, &training_, runtime) {}

}  // namespace sentiment::ui
