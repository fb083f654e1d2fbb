#pragma once

#include <string>
#include <string_view>

#include "foundation/Message.h"

namespace sentiment::data {

/// Watches a long data job (reading, tokenizing, loading vectors). Calls come from the worker
/// thread; implementations forward them (the CLI prints, the GUI emits signals).
class ProgressObserver {
public:
    virtual ~ProgressObserver() = default;
    /// A new phase starts ("read", "tokenize", "vocab", "vectors" ...).
    virtual void onPhase(std::string_view /*phase*/) {}
    /// Progress within the phase; `total` is 0 when unknown.
    virtual void onProgress(double /*done*/, double /*total*/) {}
    /// Something the user should know that does not stop the job (a skipped file ...).
    virtual void onWarning(const Message& /*message*/) {}
};

}  // namespace sentiment::data
