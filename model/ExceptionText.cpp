#include "model/ExceptionText.h"

#include <c10/util/Exception.h>

namespace sentiment::model {

ExceptionText ExceptionText::of(const std::exception& e) {
    if (const auto* torch = dynamic_cast<const c10::Error*>(&e))
        return {torch->what_without_backtrace(), true};
    return {e.what(), false};
}

}  // namespace sentiment::model
