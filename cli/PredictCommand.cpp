#include "cli/PredictCommand.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>

#include <nlohmann/json.hpp>

#include "data/Utf8.h"
#include "training/Predictor.h"

namespace sentiment::cli {

namespace {
// "pos"/"positive"/"1" -> true, "neg"/"negative"/"0" -> false.
std::optional<bool> parseLabel(std::string_view s) {
    if (s == "pos" || s == "positive" || s == "1") return true;
    if (s == "neg" || s == "negative" || s == "0") return false;
    return std::nullopt;
}
}  // namespace

PredictCommand::PredictCommand(CLI::App& app) {
    command_ = app.add_subcommand("predict", "Score reviews with a trained checkpoint");
    command_->add_option("--model", model_, "a checkpoint written by train (.slckpt)")->required();
    auto* input = command_->add_option_group("input", "what to score");
    input->add_option("--text", text_, "one review");
    input->add_option("--file", file_, "a file: label<TAB>text per line (label pos/neg/1/0), or one review per line");
    input->require_option(1);
    command_->add_option("--precision", precision_,
                         "auto: bfloat16 weights for LSTM/RNN models where the CPU has AVX-512 BF16 (about 4x faster, "
                         "probabilities within about 0.01), else float; fp32; bf16")
        ->check(CLI::IsMember({"auto", "fp32", "bf16"}))
        ->capture_default_str();
    command_->add_flag("--json", json_, "print JSON");
}

int PredictCommand::run() const {
    auto predictor = training::Predictor::load(model_, *training::parsePrecision(precision_));
    if (!predictor) {
        std::fprintf(stderr, "error: %s\n", predictor.error().message.c_str());
        return 1;
    }
    std::vector<std::string> texts;
    std::vector<std::optional<bool>> labels;
    if (!file_.empty()) {
        std::ifstream in(file_, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "error: %s: cannot open the file\n", file_.c_str());
            return 1;
        }
        std::string line;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (line.empty()) continue;
            std::optional<bool> label;
            if (const auto tab = line.find('\t'); tab != std::string::npos) {
                label = parseLabel(std::string_view(line).substr(0, tab));
                if (label) line.erase(0, tab + 1);
            }
            texts.push_back(data::utf8::sanitize(line));
            labels.push_back(label);
        }
        if (texts.empty()) {
            std::fprintf(stderr, "error: %s: no reviews in the file\n", file_.c_str());
            return 1;
        }
    } else {
        texts.push_back(data::utf8::sanitize(text_));
        labels.emplace_back();
    }
    const auto results = predictor->predict(texts);
    std::size_t labelled = 0, right = 0;
    nlohmann::json out = nlohmann::json::array();
    for (std::size_t i = 0; i < results.size(); ++i) {
        const auto& r = results[i];
        if (labels[i]) {
            ++labelled;
            right += (*labels[i] == r.positive) ? 1 : 0;
        }
        if (json_) {
            out.push_back({{"probability", r.probability},
                           {"label", r.positive ? "positive" : "negative"},
                           {"tokens", r.tokens.size()}});
        } else {
            std::string preview = texts[i].substr(0, 60);
            if (texts[i].size() > 60) preview += "...";
            std::printf("%.4f  %s  %s\n", r.probability, r.positive ? "positive" : "negative", preview.c_str());
        }
    }
    if (json_) {
        nlohmann::json j = {{"predictions", out}, {"precision", training::toString(predictor->precision())}};
        if (labelled > 0) j["accuracy"] = double(right) / double(labelled);
        if (!text_.empty()) out[0]["precision"] = j["precision"];
        std::cout << (text_.empty() ? j.dump() : out[0].dump()) << '\n';
    } else if (labelled > 0) {
        std::printf("Accuracy: %.2f%% (%zu of %zu labelled reviews; %s)\n", 100.0 * double(right) / double(labelled),
                    right, labelled, std::string(training::toString(predictor->precision())).c_str());
    }
    return 0;
}

}  // namespace sentiment::cli
