#include "storage/RunComparison.h"

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "storage/RunStore.h"

namespace sentiment::storage {

namespace {

using nlohmann::json;

void flatten(const json& value, const std::string& prefix,
             std::map<std::string, std::string>& out) {
    if (value.is_object() && !value.empty()) {
        for (const auto& [k, v] : value.items())
            flatten(v, prefix.empty() ? k : prefix + "." + k, out);
        return;
    }
    out[prefix] = value.is_string() ? value.get<std::string>() : value.dump();
}

// Everything that defines a run: its stored configuration plus the facts kept in columns.
std::map<std::string, std::string> settingsOf(const RunRow& r) {
    std::map<std::string, std::string> out;
    const auto config = json::parse(r.info.configJson, nullptr, false);
    if (config.is_discarded()) {
        out["config"] = r.info.configJson;
    } else {
        flatten(config, "", out);
    }
    out["preset"] = r.info.preset;
    out["dataset"] = r.info.datasetSource;
    out["dataset.hash"] = r.info.datasetHash;
    out["seed"] = std::to_string(r.info.seed);
    out["vocabulary"] = std::to_string(r.info.vocabSize);
    out["vectors"] = r.info.vectorsPath.empty() ? "none" : r.info.vectorsPath;
    out["parameters"] = std::to_string(r.info.parameters);
    out["device"] = r.info.device;
    out["threads"] = std::to_string(r.info.threads);
    return out;
}

}  // namespace

Result<RunComparison> RunComparison::of(const RunStore& store, std::span<const std::int64_t> runs) {
    std::vector<RunDetails> details;
    for (const auto id : runs) {
        auto d = store.details(id);
        if (!d) return d.error();
        details.push_back(std::move(*d));
    }
    return RunComparison(std::move(details));
}

RunComparison::RunComparison(std::vector<RunDetails> runs) : runs_(std::move(runs)) {
    std::vector<std::map<std::string, std::string>> settings;
    std::set<std::string> keys;
    for (const auto& r : runs_) {
        settings.push_back(settingsOf(r.run));
        for (const auto& [k, v] : settings.back()) keys.insert(k);
    }
    for (const auto& key : keys) {
        ConfigDifference d{key, {}};
        for (const auto& s : settings) {
            const auto it = s.find(key);
            d.values.push_back(it == s.end() ? "—" : it->second);
        }
        bool differs = false;
        for (const auto& v : d.values) differs = differs || v != d.values.front();
        if (differs) differences_.push_back(std::move(d));
    }
}

}  // namespace sentiment::storage
