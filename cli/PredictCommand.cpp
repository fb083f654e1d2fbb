#include "cli/PredictCommand.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <numeric>
#include <optional>

#include <nlohmann/json.hpp>

#include "data/text/Utf8.h"
#include "training/Predictor.h"

namespace sentiment::cli {

namespace {
// The `top` strongest parts of why `text` got its verdict, printed or as JSON.
nlohmann::json explanation(const training::Predictor& predictor, const std::string& text,
                           std::size_t top, bool print) {
    if (const auto e = predictor.explain(text)) {
        nlohmann::json terms = nlohmann::json::array();
        if (print) {
            std::printf(
                "  logit %+.3f = bias %+.3f + the contributions of %zu distinct n-grams; the "
                "strongest:\n",
                e->logit, e->bias, e->terms.size());
        }
        for (std::size_t i = 0; i < std::min(top, e->terms.size()); ++i) {
            const auto& t = e->terms[i];
            if (print) std::printf("  %+8.3f  %s\n", t.value, t.ngram.c_str());
            terms.push_back({{"ngram", t.ngram}, {"contribution", t.value}});
        }
        return {{"exact", true},
                {"towards", predictor.checkpoint().classes.at(e->towards)},
                {"logit", e->logit},
                {"bias", e->bias},
                {"ngrams", e->terms.size()},
                {"terms", terms}};
    }
    const auto tokens = predictor.predict(text).tokens;
    const auto importance = predictor.importance(text);
    std::vector<std::size_t> order(importance.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) {
        return std::abs(importance[a]) > std::abs(importance[b]);
    });
    const auto& classes = predictor.checkpoint().classes;
    const auto verdict = predictor.predict(text);
    const std::string towards =
        classes.size() == 2 ? std::string("positive") : classes.at(verdict.called);
    if (print)
        std::printf(
            "  the words that move it most (the drop in P(%s) without each, by occlusion):\n",
            towards.c_str());
    nlohmann::json words = nlohmann::json::array();
    for (std::size_t i = 0; i < std::min(top, order.size()); ++i) {
        const auto k = order[i];
        if (print)
            std::printf("  %+8.4f  %s (token %zu)\n", importance[k], tokens[k].c_str(), k + 1);
        words.push_back({{"token", tokens[k]}, {"position", k}, {"importance", importance[k]}});
    }
    return {{"exact", false}, {"towards", towards}, {"tokens", words}};
}

// The `top` positions the classifier reads most by attention rollout.
void printAttention(const training::Predictor& predictor, const std::string& text,
                    std::size_t top) {
    const auto maps = predictor.attention(text);
    if (!maps) return;
    const bool cls = predictor.checkpoint().model.pooling == model::Pooling::Cls;
    const auto reads = maps->classifierReads(cls, maps->rollout());
    std::vector<std::size_t> order(reads.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](auto a, auto b) { return reads[a] > reads[b]; });
    std::printf(
        "  what the classifier reads most, by attention rollout over %zu layers (attention "
        "is not an explanation by itself; compare --explain):\n",
        maps->layers);
    for (std::size_t i = 0; i < std::min(top, order.size()); ++i)
        std::printf("  %7.4f  %s (position %zu)\n", reads[order[i]], maps->tokens[order[i]].c_str(),
                    order[i]);
}

// A line's label as a class index: two classes take "pos"/"positive"/"1" and
// "neg"/"negative"/"0" (and their own names); more take their names.
std::optional<std::size_t> parseLabel(std::string_view s, const std::vector<std::string>& classes) {
    if (classes.size() == 2) {
        if (s == "pos" || s == "positive" || s == "1") return 1;
        if (s == "neg" || s == "negative" || s == "0") return 0;
    }
    const auto it = std::find(classes.begin(), classes.end(), s);
    if (it == classes.end()) return std::nullopt;
    return static_cast<std::size_t>(it - classes.begin());
}

// The name of a verdict: "positive"/"negative" for two classes (whatever the table called them,
// as the lecture says it), else the class's name.
std::string verdictName(const training::Prediction& r, const std::vector<std::string>& classes) {
    if (classes.size() == 2) return r.positive ? "positive" : "negative";
    return classes.at(r.called);
}
}  // namespace

PredictCommand::PredictCommand(CLI::App& app) {
    command_ = app.add_subcommand("predict", "Score reviews with a trained checkpoint");
    command_->add_option("--model", model_, "a checkpoint written by train (.slckpt)")->required();
    auto* input = command_->add_option_group("input", "what to score");
    input->add_option("--text", text_, "one review");
    input->add_option(
        "--file", file_,
        "a file: label<TAB>text per line (label pos/neg/1/0, or a class's name), or one review "
        "per line");
    input->require_option(1);
    command_
        ->add_option("--precision", precision_,
                     "auto: bfloat16 weights for LSTM/RNN models where the CPU has AVX-512 BF16 "
                     "(about 4x faster, "
                     "probabilities within about 0.01), else float; fp32; bf16")
        ->check(CLI::IsMember({"auto", "fp32", "bf16"}))
        ->capture_default_str();
    command_->add_flag("--explain", explain_,
                       "say why: NBSVM's n-grams with their exact contributions to the logit "
                       "(weight x log-count ratio; "
                       "they and the bias sum to it), or another model's words by how much "
                       "P(positive) drops without them");
    command_
        ->add_option("--top", top_,
                     "with --explain: how many n-grams or words to show (default 10)")
        ->check(CLI::Range(1, 100000));
    command_->add_flag("--attention", attention_,
                       "a Transformer's attention: with --json every layer's and head's matrix "
                       "and the rollout over all layers; else the tokens the classifier reads "
                       "most, by rollout");
    command_->add_flag("--json", json_, "print JSON");
}

int PredictCommand::run() const {
    auto predictor = training::Predictor::load(model_, *training::parsePrecision(precision_));
    if (!predictor) {
        std::fprintf(stderr, "error: %s\n", predictor.error().message.c_str());
        return 1;
    }
    if (attention_ &&
        predictor->checkpoint().model.architecture != model::Architecture::Transformer) {
        std::fprintf(
            stderr, "error: %s: --attention needs a Transformer (this is a %s model)\n",
            model_.c_str(),
            std::string(model::toString(predictor->checkpoint().model.architecture)).c_str());
        return 1;
    }
    const auto& classes = predictor->checkpoint().classes;
    std::vector<std::string> texts;
    std::vector<std::optional<std::size_t>> labels;
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
            std::optional<std::size_t> label;
            if (const auto tab = line.find('\t'); tab != std::string::npos) {
                label = parseLabel(std::string_view(line).substr(0, tab), classes);
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
            right += (*labels[i] == r.called) ? 1 : 0;
        }
        if (json_) {
            out.push_back({{"probability", r.probability},
                           {"label", verdictName(r, classes)},
                           {"tokens", r.tokens.size()}});
            if (classes.size() > 2) {
                auto& each = out.back()["probabilities"];
                for (std::size_t c = 0; c < classes.size(); ++c)
                    each[classes[c]] = r.probabilities.at(c);
            }
            if (explain_)
                out.back()["explanation"] = explanation(*predictor, texts[i], top_, false);
            if (attention_) {
                if (const auto maps = predictor->attention(texts[i]))
                    out.back()["attention"] = maps->toJson();
            }
        } else {
            std::string preview = texts[i].substr(0, 60);
            if (texts[i].size() > 60) preview += "...";
            std::printf("%.4f  %s  %s\n", r.probability, verdictName(r, classes).c_str(),
                        preview.c_str());
            if (explain_) explanation(*predictor, texts[i], top_, true);
            if (attention_) printAttention(*predictor, texts[i], top_);
        }
    }
    if (json_) {
        nlohmann::json j = {{"predictions", out},
                            {"precision", training::toString(predictor->precision())}};
        if (labelled > 0) j["accuracy"] = double(right) / double(labelled);
        if (!text_.empty()) out[0]["precision"] = j["precision"];
        std::cout << (text_.empty() ? j.dump() : out[0].dump()) << '\n';
    } else if (labelled > 0) {
        std::printf("Accuracy: %.2f%% (%zu of %zu labelled reviews; %s)\n",
                    100.0 * double(right) / double(labelled), right, labelled,
                    std::string(training::toString(predictor->precision())).c_str());
    }
    return 0;
}

}  // namespace sentiment::cli
