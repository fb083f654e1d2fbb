#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "foundation/Result.h"

namespace sentiment::data {

/// Labels to classes, as a student writes it: "1-4=negative,9-10=positive" (inclusive numeric
/// ranges), "pos=positive,neg=negative", or both. A label no rule names is dropped. The classes
/// keep the order in which the map first names them.
class LabelMap {
public:
    /// An error names the rule that does not read.
    static Result<LabelMap> parse(std::string_view text);

    /// The class of `label`, or nothing when no rule names it.
    std::optional<std::size_t> classOf(std::string_view label) const;
    const std::vector<std::string>& classes() const { return classes_; }
    bool empty() const { return rules_.empty(); }

    /// `label` as a number ("10", " 3.5 "), or nothing: what the ranges and the natural order
    /// of labels compare.
    static std::optional<double> numberOf(std::string_view label);
    /// The classes' values when every class name is a number ("1" ... "10", stars), in their
    /// order; empty otherwise. What the mean absolute error and the median call measure with.
    static std::vector<double> valuesOf(const std::vector<std::string>& classes);

private:
    struct Rule {
        std::string label;  ///< an exact label, or empty for a range
        double low = 0;     ///< a range's ends, inclusive
        double high = 0;
        std::size_t target = 0;
    };
    std::vector<Rule> rules_;
    std::vector<std::string> classes_;
};

}  // namespace sentiment::data
