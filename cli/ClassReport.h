#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "training/Confusion.h"

namespace sentiment::cli {

/// A split's figures class by class, for the terminal and for `--json`: accuracy, macro-F1,
/// per-class precision, recall, F1 and support, the confusion matrix (rows: what a review is;
/// columns: what it was called) and, where every class is a number (stars), the mean absolute
/// error in those numbers.
struct ClassReport {
    std::vector<std::string> classes;
    training::Confusion confusion;

    void print() const;
    nlohmann::json toJson() const;
};

}  // namespace sentiment::cli
