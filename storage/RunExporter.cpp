#include "storage/RunExporter.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "foundation/TextFormat.h"

namespace sentiment::storage {

namespace {

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string number(double v, int digits = 6) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return buf;
}

std::string fixed3(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

// Table cells: a pipe would end the cell and a newline the row.
std::string markdownText(const std::string& s) {
    std::string out;
    for (const char c : s) {
        if (c == '|') {
            out += "\\|";
        } else if (c == '\n' || c == '\r') {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

nlohmann::json optionalJson(const std::optional<double>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace

std::optional<RunExporter::Format> RunExporter::parseFormat(std::string_view word) {
    if (word == "csv") return Format::Csv;
    if (word == "json") return Format::Json;
    if (word == "md" || word == "markdown") return Format::Markdown;
    return std::nullopt;
}

std::string RunExporter::epochsCsv(const std::vector<RunDetails>& runs) {
    std::string out =
        "run_id,run_name,preset,epoch,train_loss,train_acc,valid_loss,valid_acc,train_lecture_acc,"
        "valid_lecture_acc,"
        "seconds,tokens_per_s,best,valid_macro_f1\r\n";
    for (const auto& r : runs) {
        for (const auto& e : r.epochs) {
            out += std::to_string(r.run.id) + "," + csvField(r.run.info.name) + "," +
                   csvField(r.run.info.preset) + "," + std::to_string(e.epoch) + "," +
                   number(e.trainLoss) + "," + number(e.trainAccuracy) + "," + number(e.validLoss) +
                   "," + number(e.validAccuracy) + "," + number(e.trainLectureAccuracy) + "," +
                   number(e.validLectureAccuracy) + "," + number(e.seconds) + "," +
                   number(e.tokensPerSecond) + "," + (e.best ? "1" : "0") + "," +
                   (e.validMacroF1 ? number(*e.validMacroF1) : std::string()) + "\r\n";
        }
    }
    return out;
}

std::string RunExporter::runsCsv(const std::vector<RunRow>& runs) {
    std::string out =
        "id,name,status,preset,created_at,finished_at,epochs,best_epoch,test_loss,test_acc,"
        "parameters,vocab_size,"
        "dataset,vectors,seed,device,threads,checkpoint,tags,notes,test_macro_f1\r\n";
    for (const auto& r : runs) {
        std::string tags;
        for (const auto& t : r.tags) tags += (tags.empty() ? "" : ";") + t;
        out += std::to_string(r.id) + "," + csvField(r.info.name) + "," +
               std::string(toString(r.status)) + "," + csvField(r.info.preset) + "," + r.createdAt +
               "," + r.finishedAt + "," + std::to_string(r.epochs) + "," +
               std::to_string(r.bestEpoch) + "," + (r.testLoss ? number(*r.testLoss) : "") + "," +
               (r.testAccuracy ? number(*r.testAccuracy) : "") + "," +
               std::to_string(r.info.parameters) + "," + std::to_string(r.info.vocabSize) + "," +
               csvField(r.info.datasetSource) + "," + csvField(r.info.vectorsPath) + "," +
               std::to_string(r.info.seed) + "," + csvField(r.info.device) + "," +
               std::to_string(r.info.threads) + "," + csvField(r.checkpointPath) + "," +
               csvField(tags) + "," + csvField(r.notes) + "," +
               (r.testMacroF1 ? number(*r.testMacroF1) : "") + "\r\n";
    }
    return out;
}

std::string RunExporter::json(const std::vector<RunDetails>& runs) {
    auto all = nlohmann::json::array();
    for (const auto& d : runs) {
        const auto& r = d.run;
        nlohmann::json j;
        j["id"] = r.id;
        j["uid"] = r.uid;
        j["name"] = r.info.name;
        j["status"] = std::string(toString(r.status));
        j["preset"] = r.info.preset;
        j["created_at"] = r.createdAt;
        j["finished_at"] = r.finishedAt;
        const auto config = nlohmann::json::parse(r.info.configJson, nullptr, false);
        j["config"] = config.is_discarded() ? nlohmann::json(r.info.configJson) : config;
        j["seed"] = r.info.seed;
        j["dataset"] = {{"source", r.info.datasetSource}, {"size", r.info.datasetSize},
                        {"hash", r.info.datasetHash},     {"train", r.info.trainSize},
                        {"valid", r.info.validSize},      {"test", r.info.testSize}};
        j["vocab_size"] = r.info.vocabSize;
        j["vectors"] = {{"path", r.info.vectorsPath},
                        {"coverage", optionalJson(r.info.vectorsCoverage)}};
        j["parameters"] = r.info.parameters;
        j["device"] = r.info.device;
        j["host"] = r.host;
        j["threads"] = r.info.threads;
        if (!r.importedFrom.empty())
            j["imported"] = {{"from", r.importedFrom}, {"at", r.importedAt}};
        j["versions"] = {{"app", r.info.appVersion}, {"libtorch", r.info.torchVersion}};
        j["best_epoch"] = r.bestEpoch;
        j["test"] = {{"loss", optionalJson(r.testLoss)},
                     {"acc", optionalJson(r.testAccuracy)},
                     {"macro_f1", optionalJson(r.testMacroF1)}};
        j["checkpoint"] = {{"path", r.checkpointPath}, {"sha256", r.checkpointSha256}};
        j["error"] = r.error;
        j["notes"] = r.notes;
        j["tags"] = r.tags;
        j["group"] = r.info.groupId > 0
                         ? nlohmann::json{{"id", r.info.groupId}, {"value", r.info.groupValue}}
                         : nlohmann::json(nullptr);
        const auto card = nlohmann::json::parse(r.info.cardJson, nullptr, false);
        j["card"] = r.info.cardJson.empty() || card.is_discarded() ? nlohmann::json(nullptr) : card;
        j["epochs"] = nlohmann::json::array();
        for (const auto& e : d.epochs) {
            j["epochs"].push_back({{"epoch", e.epoch},
                                   {"train",
                                    {{"loss", e.trainLoss},
                                     {"acc", e.trainAccuracy},
                                     {"lecture_acc", e.trainLectureAccuracy}}},
                                   {"valid",
                                    {{"loss", e.validLoss},
                                     {"acc", e.validAccuracy},
                                     {"lecture_acc", e.validLectureAccuracy},
                                     {"macro_f1", e.validMacroF1 ? nlohmann::json(*e.validMacroF1)
                                                                 : nlohmann::json(nullptr)}}},
                                   {"seconds", e.seconds},
                                   {"tokens_per_s", e.tokensPerSecond},
                                   {"best", e.best}});
        }
        j["gradient_flow"] = nlohmann::json::array();
        for (const auto& g : d.gradientFlow)
            j["gradient_flow"].push_back({{"epoch", g.epoch}, {"norms", g.norms}});
        j["predictions"] = nlohmann::json::array();
        for (const auto& p : d.predictions) {
            j["predictions"].push_back(
                {{"text", p.text}, {"probability", p.probability}, {"time", p.createdAt}});
        }
        all.push_back(std::move(j));
    }
    return all.dump(2) + "\n";
}

std::string RunExporter::markdown(const std::vector<RunDetails>& runs) {
    std::string out;
    for (const auto& d : runs) {
        const auto& r = d.run;
        if (!out.empty()) out += "\n";
        out += "### Run " + std::to_string(r.id) + ": " + markdownText(r.info.name) + "\n\n";
        out +=
            "Model `" + markdownText(r.info.preset) + "`, " +
            withCommas(static_cast<std::uint64_t>(r.info.parameters)) +
            " trainable parameters; data " + markdownText(r.info.datasetSource) + " (" +
            withCommas(r.info.trainSize) + " train, " + withCommas(r.info.validSize) + " valid, " +
            withCommas(r.info.testSize) + " test); vectors " +
            (r.info.vectorsPath.empty() ? std::string("none") : markdownText(r.info.vectorsPath)) +
            "; " + std::string(toString(r.status)) + ".\n\n";
        out += "| Epoch | Train Loss | Train Acc | Val. Loss | Val. Acc | Time |\n";
        out += "| ---: | ---: | ---: | ---: | ---: | ---: |\n";
        for (const auto& e : d.epochs) {
            char epoch[8];
            std::snprintf(epoch, sizeof epoch, "%02d", e.epoch);
            out += std::string("| ") + epoch + (e.best ? " *" : "") + " | " + fixed3(e.trainLoss) +
                   " | " + percent(e.trainAccuracy) + " | " + fixed3(e.validLoss) + " | " +
                   percent(e.validAccuracy) + " | " + minutesSeconds(e.seconds) + " |\n";
        }
        out += "\n";
        if (r.testLoss && r.testAccuracy) {
            out += "Test Loss: " + fixed3(*r.testLoss) +
                   " | Test Acc: " + percent(*r.testAccuracy) + " (best-valid checkpoint, epoch " +
                   std::to_string(r.bestEpoch) + "; * marks the best epochs)\n";
        } else {
            out += "No test result (" + std::string(toString(r.status)) + ").\n";
        }
        if (!r.notes.empty()) out += "\nNotes: " + markdownText(r.notes) + "\n";
    }
    return out;
}

std::string RunExporter::render(Format format, const std::vector<RunDetails>& runs) {
    switch (format) {
        case Format::Csv:
            return epochsCsv(runs);
        case Format::Json:
            return json(runs);
        case Format::Markdown:
            return markdown(runs);
    }
    return {};
}

}  // namespace sentiment::storage
