#include "ui/window/Workbench.h"

#include "ui/platform/Settings.h"

namespace sentiment::ui {

Workbench::Workbench(const QString& runtime)
    : models_(&datasets_),
      runs_(Settings().runStorePath()),
      queue_(Settings().runStorePath(), &datasets_, &training_, &runs_),
      embeddings_(&datasets_),
      window_(
          Controllers{&datasets_, &models_, &training_, &queue_, &runs_, &predictor_, &embeddings_},
          runtime) {}

}  // namespace sentiment::ui
