#pragma once

#include <optional>
#include <string_view>

namespace sentiment::storage {

/// Where a run stands. `interrupted`: the process that ran it died (crash, kill, power cut);
/// its committed epochs are kept.
enum class RunStatus { Running, Completed, Stopped, Failed, Interrupted };

/// "running", "completed", "stopped", "failed" or "interrupted" (the words stored in the file).
std::string_view toString(RunStatus status);
/// The status named by one of those words; nothing for anything else.
std::optional<RunStatus> parseRunStatus(std::string_view word);

}  // namespace sentiment::storage
