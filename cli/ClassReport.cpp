#include "cli/ClassReport.h"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "data/table/LabelMap.h"
#include "foundation/TextFormat.h"

namespace sentiment::cli {

void ClassReport::print() const {
    const auto figures = confusion.perClass();
    std::size_t width = 5;  // the class names' column, in terminal columns (Hangul is two wide)
    for (const auto& c : classes) width = std::max(width, displayWidth(c));
    width = std::min<std::size_t>(width, 24);
    std::printf("%s %9s %9s %9s %9s\n", column("class", width).c_str(), "precision", "recall", "F1",
                "reviews");
    for (std::size_t c = 0; c < figures.size() && c < classes.size(); ++c) {
        const auto& f = figures[c];
        std::printf("%s %9.3f %9.3f %9.3f %9s\n", column(classes[c], width).c_str(), f.precision,
                    f.recall, f.f1, withCommas(static_cast<std::uint64_t>(f.support)).c_str());
    }
    std::printf("Accuracy: %s | Macro-F1: %.3f", percent(confusion.accuracy()).c_str(),
                confusion.macroF1());
    if (const auto mae = confusion.meanAbsoluteError(data::LabelMap::valuesOf(classes)))
        std::printf(" | Mean absolute error: %.2f", *mae);
    std::printf(
        "\nConfusion matrix (rows: the review's class; columns: the class it was called)\n");
    std::printf("%s", column("", width).c_str());
    for (const auto& c : classes) std::printf(" %s", column(c, 8, true).c_str());
    std::printf("\n");
    for (std::size_t t = 0; t < confusion.classes() && t < classes.size(); ++t) {
        std::printf("%s", column(classes[t], width).c_str());
        for (std::size_t c = 0; c < confusion.classes(); ++c)
            std::printf(" %8lld", static_cast<long long>(confusion.at(t, c)));
        std::printf("\n");
    }
}

nlohmann::json ClassReport::toJson() const {
    nlohmann::json j;
    j["classes"] = classes;
    j["accuracy"] = confusion.accuracy();
    j["macro_f1"] = confusion.macroF1();
    const auto mae = confusion.meanAbsoluteError(data::LabelMap::valuesOf(classes));
    j["mae"] = mae ? nlohmann::json(*mae) : nlohmann::json(nullptr);
    j["per_class"] = nlohmann::json::array();
    const auto figures = confusion.perClass();
    for (std::size_t c = 0; c < figures.size(); ++c) {
        j["per_class"].push_back({{"class", c < classes.size() ? classes[c] : std::to_string(c)},
                                  {"precision", figures[c].precision},
                                  {"recall", figures[c].recall},
                                  {"f1", figures[c].f1},
                                  {"support", figures[c].support}});
    }
    j["confusion"] = nlohmann::json::array();
    for (std::size_t t = 0; t < confusion.classes(); ++t) {
        auto row = nlohmann::json::array();
        for (std::size_t c = 0; c < confusion.classes(); ++c) row.push_back(confusion.at(t, c));
        j["confusion"].push_back(std::move(row));
    }
    return j;
}

}  // namespace sentiment::cli
