// Any bytes as a stored run's plan JSON (runs keep theirs; "Run again" and the queue read it):
// no crash, and a plan that parses survives a round trip through its JSON unchanged.

#include <nlohmann/json.hpp>

#include "experiment/ExperimentPlan.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace sentiment;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto json = nlohmann::json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded()) return 0;
    const auto plan = experiment::ExperimentPlan::fromJson(json);
    if (!plan) return 0;
    const auto once = plan->toJson();
    const auto again = experiment::ExperimentPlan::fromJson(once);
    fuzz::require(again.ok(), "a plan's own JSON does not parse");
    fuzz::require(again->toJson() == once, "a plan changes in a round trip through its JSON");
    return 0;
}
