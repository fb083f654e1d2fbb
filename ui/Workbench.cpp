#include "ui/Workbench.h"

#include "ui/Settings.h"

namespace sentiment::ui {

Workbench::Workbench(const QString& runtime)
    : models_(&datasets_),
      runs_(Settings().runStorePath()),
      window_(Controllers{&datasets_, &models_, &training_, &runs_, &predictor_}, runtime) {}

}  // namespace sentiment::ui
