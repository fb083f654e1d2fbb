#include "data/table/LabelMap.h"

#include <algorithm>
#include <charconv>

namespace sentiment::data {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

}  // namespace

std::vector<double> LabelMap::valuesOf(const std::vector<std::string>& classes) {
    std::vector<double> out;
    for (const auto& c : classes) {
        const auto n = numberOf(c);
        if (!n) return {};
        out.push_back(*n);
    }
    return out;
}

std::optional<double> LabelMap::numberOf(std::string_view s) {
    s = trim(s);
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return v;
}

Result<LabelMap> LabelMap::parse(std::string_view text) {
    LabelMap map;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        const auto rule = trim(text.substr(
            start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        start = comma == std::string_view::npos ? text.size() + 1 : comma + 1;
        if (rule.empty()) continue;
        const auto eq = rule.rfind('=');
        const auto from =
            eq == std::string_view::npos ? std::string_view() : trim(rule.substr(0, eq));
        const auto to =
            eq == std::string_view::npos ? std::string_view() : trim(rule.substr(eq + 1));
        if (from.empty() || to.empty()) {
            return Error::at({}, Message::tr("the label map's rule \"%1\" is not LABELS=CLASS "
                                             "(for example 1-4=negative)")
                                     .arg(rule));
        }
        const auto it = std::find(map.classes_.begin(), map.classes_.end(), to);
        const auto target = static_cast<std::size_t>(it - map.classes_.begin());
        if (it == map.classes_.end()) map.classes_.emplace_back(to);
        Rule r;
        r.target = target;
        // "1-4" is a range; "-1" or "a-b" (not two numbers) is a label of its own.
        const auto dash = from.find('-', 1);
        const auto low =
            dash == std::string_view::npos ? std::nullopt : numberOf(from.substr(0, dash));
        const auto high =
            dash == std::string_view::npos ? std::nullopt : numberOf(from.substr(dash + 1));
        if (low && high) {
            if (*low > *high) {
                return Error::at(
                    {}, Message::tr("the label map's range \"%1\" runs backwards").arg(from));
            }
            r.low = *low;
            r.high = *high;
        } else {
            r.label = std::string(from);
        }
        map.rules_.push_back(std::move(r));
    }
    if (map.rules_.empty()) return Error::at({}, Message::tr("the label map is empty"));
    return map;
}

std::optional<std::size_t> LabelMap::classOf(std::string_view label) const {
    label = trim(label);
    const auto value = numberOf(label);
    for (const auto& r : rules_) {
        if (!r.label.empty() ? r.label == label : (value && *value >= r.low && *value <= r.high))
            return r.target;
    }
    return std::nullopt;
}

}  // namespace sentiment::data
