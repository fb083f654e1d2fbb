#include "cli/ParamsCommand.h"

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "foundation/TextFormat.h"
#include "model/ParameterReport.h"

namespace sentiment::cli {

ParamsCommand::ParamsCommand(CLI::App& app) {
    command_ = app.add_subcommand("params",
                                  "Count a model's parameters, layer by layer, with the formulas");
    model_.addModelFlags(*command_);
    command_->add_option("--vocab-size", vocabSize_, "vocabulary size including <unk> and <pad>")
        ->check(CLI::Range(2, 100'000'000))
        ->capture_default_str();
    command_->add_flag("--json", json_, "print one JSON object");
}

int ParamsCommand::run() const {
    auto plan = model_.plan();
    if (!plan) {
        std::fprintf(stderr, "error: %s\n", plan.error().message.c_str());
        return 1;
    }
    auto* mc = &plan->model;
    mc->vocabSize = vocabSize_;
    const auto report = model::ParameterReport::of(*mc);
    if (json_) {
        auto j = report.toJson();
        j["config"] = mc->toJson();
        std::cout << j.dump() << '\n';
        return 0;
    }
    std::printf("%-34s %-14s %14s\n", "parameter", "shape", "count");
    for (const auto& row : report.rows) {
        std::string shape = "[";
        for (std::size_t i = 0; i < row.shape.size(); ++i)
            shape += (i ? ", " : "") + std::to_string(row.shape[i]);
        shape += "]";
        std::printf("%-34s %-14s %14s%s\n", row.name.c_str(), shape.c_str(),
                    withCommas(static_cast<std::uint64_t>(row.count)).c_str(),
                    row.trainable ? "" : "  (frozen)");
    }
    std::printf("\nBy layer:\n");
    for (const auto& f : report.formulas) {
        std::printf("  %-28s %14s   %s\n", f.layer.english().c_str(),
                    withCommas(static_cast<std::uint64_t>(f.count)).c_str(),
                    f.formula.english().c_str());
    }
    std::printf("\nThe model has %s trainable parameters\n",
                withCommas(static_cast<std::uint64_t>(report.trainable)).c_str());
    return 0;
}

}  // namespace sentiment::cli
