#include "storage/RunStatus.h"

#include <array>
#include <utility>

namespace sentiment::storage {

namespace {
constexpr std::array<std::pair<RunStatus, std::string_view>, 5> kWords{
    {{RunStatus::Running, "running"},
     {RunStatus::Completed, "completed"},
     {RunStatus::Stopped, "stopped"},
     {RunStatus::Failed, "failed"},
     {RunStatus::Interrupted, "interrupted"}}};
}  // namespace

std::string_view toString(RunStatus status) {
    for (const auto& [s, word] : kWords) {
        if (s == status) return word;
    }
    return "unknown";
}

std::optional<RunStatus> parseRunStatus(std::string_view word) {
    for (const auto& [s, w] : kWords) {
        if (w == word) return s;
    }
    return std::nullopt;
}

}  // namespace sentiment::storage
