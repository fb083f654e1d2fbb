#include "experiment/LectureReference.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "data/table/TableReader.h"
#include "experiment/LectureData.h"
#include "foundation/Message.h"
#include "foundation/TextFormat.h"

namespace sentiment::experiment {

namespace {

long lineAt(std::string_view text, std::size_t byte) {
    byte = std::min(byte, text.size());
    return 1 + long(std::count(text.begin(), text.begin() + std::ptrdiff_t(byte), '\n'));
}

bool isFraction(const nlohmann::json& j) {
    return j.is_number() && j.get<double>() >= 0 && j.get<double>() <= 1;
}

}  // namespace

std::pair<double, double> PresetReference::testRange() const {
    double low = testAccuracy, high = testAccuracy;
    for (const double a : otherTestAccuracies) {
        low = std::min(low, a);
        high = std::max(high, a);
    }
    return {low, high};
}

Result<LectureReference> LectureReference::parse(std::string_view json, const std::string& file) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(json.begin(), json.end());
    } catch (const nlohmann::json::parse_error& e) {
        return Error::at(file,
                         Message::tr("not a course reference: the JSON is malformed here (%1)")
                             .arg(e.what()),
                         lineAt(json, e.byte == 0 ? 0 : e.byte - 1))
            .as(ErrorKind::Damaged);
    }
    if (!j.is_object() || !j.contains("reference") || !j["reference"].is_number_integer()) {
        return Error::at(file,
                         Message::tr("not a course reference: it has no \"reference\" version"));
    }
    if (j["reference"].get<int>() > 1) {
        return Error::at(
                   file,
                   Message::tr(
                       "this course reference was written for a newer Sentiment Lab (version %1)")
                       .arg(j["reference"].get<int>()))
            .as(ErrorKind::NewerSchema);
    }
    if (!j.contains("presets") || !j["presets"].is_object() || j["presets"].empty()) {
        return Error::at(file, Message::tr("the course reference lists no presets"));
    }
    LectureReference out;
    out.course_ = j.value("course", std::string());
    out.source_ = j.value("source", std::string());
    for (const auto& [name, p] : j["presets"].items()) {
        const auto bad = [&](Message what) {
            return Error::at(file, Message::tr("preset '%1' of the course reference: %2")
                                       .arg(name)
                                       .arg(std::move(what)));
        };
        if (!p.is_object() || !p.contains("test_accuracy") || !isFraction(p["test_accuracy"])) {
            return bad(Message::tr("\"test_accuracy\" must be a fraction between 0 and 1"));
        }
        PresetReference r;
        if (p.contains("name") && !p["name"].is_string())
            return bad(Message::tr("\"name\" must be text"));
        r.name = p.value("name", name);
        r.testAccuracy = p["test_accuracy"].get<double>();
        if (p.contains("test_loss")) {
            if (!p["test_loss"].is_number())
                return bad(Message::tr("\"test_loss\" must be a number"));
            r.testLoss = p["test_loss"].get<double>();
        }
        r.chance = p.value("chance", false);
        if (p.contains("other_test_accuracies")) {
            if (!p["other_test_accuracies"].is_array())
                return bad(Message::tr("\"other_test_accuracies\" must be a list of fractions"));
            for (const auto& a : p["other_test_accuracies"]) {
                if (!isFraction(a))
                    return bad(
                        Message::tr("\"other_test_accuracies\" must be a list of fractions"));
                r.otherTestAccuracies.push_back(a.get<double>());
            }
        }
        if (p.contains("epochs")) {
            if (!p["epochs"].is_array())
                return bad(Message::tr("\"epochs\" must be a list of epochs"));
            for (const auto& e : p["epochs"]) {
                const bool ok = e.is_object() && e.contains("train_loss") &&
                                e["train_loss"].is_number() && e.contains("valid_loss") &&
                                e["valid_loss"].is_number() && e.contains("train_accuracy") &&
                                isFraction(e["train_accuracy"]) && e.contains("valid_accuracy") &&
                                isFraction(e["valid_accuracy"]);
                if (!ok)
                    return bad(
                        Message::tr("each epoch needs train_loss, train_accuracy, valid_loss and "
                                    "valid_accuracy (fractions)"));
                r.epochs.push_back(
                    {e["train_loss"].get<double>(), e["train_accuracy"].get<double>(),
                     e["valid_loss"].get<double>(), e["valid_accuracy"].get<double>()});
            }
        }
        out.presets_.emplace_back(name, std::move(r));
    }
    return out;
}

Result<LectureReference> LectureReference::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return Error::at(file.string(), Message::tr("cannot open the course reference"))
            .as(ErrorKind::NotFound);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (text.size() > (std::size_t(1) << 20)) {
        return Error::at(
            file.string(),
            Message::tr("the course reference is larger than 1 MiB: not a course reference"));
    }
    return parse(text, file.string());
}

const PresetReference* LectureReference::preset(std::string_view name) const {
    const auto it = std::find_if(presets_.begin(), presets_.end(),
                                 [name](const auto& p) { return p.first == name; });
    return it == presets_.end() ? nullptr : &it->second;
}

std::pair<double, double> LectureReference::epochBand(const ReferenceEpoch& epoch) {
    return {std::max(0.0, epoch.validAccuracy - kEpochBand),
            std::min(1.0, epoch.validAccuracy + kEpochBand)};
}

std::optional<Judgement> LectureReference::judge(std::string_view name, double testAccuracy,
                                                 std::span<const double> validAccuracies) const {
    const auto* r = preset(name);
    if (r == nullptr) return std::nullopt;
    Judgement j;
    if (r->chance) {
        // The lecture's model is at chance: the band is chance itself.
        j.low = kChanceLow;
        j.high = kChanceHigh;
    } else {
        const auto [low, high] = r->testRange();
        j.low = low - kBand;
        j.high = high + kBand;
    }
    if (testAccuracy >= kChanceLow && testAccuracy <= kChanceHigh) {
        j.verdict = Verdict::AtChance;  // never "above" or "below" by a few points of noise
    } else if (testAccuracy > j.high) {
        j.verdict = Verdict::Above;
    } else if (testAccuracy < j.low) {
        j.verdict = Verdict::Below;
    } else {
        j.verdict = Verdict::Within;
    }
    const std::size_t epochs = std::min(validAccuracies.size(), r->epochs.size());
    for (std::size_t e = 0; e < epochs && !r->chance; ++e) {
        if (validAccuracies[e] < epochBand(r->epochs[e]).first) {
            j.fellBehind = EpochGap{int(e) + 1, validAccuracies[e], r->epochs[e].validAccuracy};
            break;
        }
    }
    return j;
}

const LectureReference& LectureReference::lecture() {
    // Built in and checked by the tests: a failure here is a programming error.
    static const LectureReference shipped = [] {
        auto parsed =
            parse(generated::kLectureReferenceJson, "resources/lecture/bentrevett-imdb.json");
        if (!parsed) throw std::logic_error(parsed.error().message);
        return std::move(*parsed);
    }();
    return shipped;
}

Message LectureReference::describe(const Judgement& j, std::string_view preset,
                                   double testAccuracy) {
    const std::string range = percent(j.low) + " - " + percent(j.high);
    const std::string acc = percent(testAccuracy);
    switch (j.verdict) {
        case Verdict::Within:
            return Message::tr("within the lecture's range for %1 (%2): %3")
                .arg(preset)
                .arg(range)
                .arg(acc);
        case Verdict::Above:
            return Message::tr("above the lecture's range for %1 (%2): %3")
                .arg(preset)
                .arg(range)
                .arg(acc);
        case Verdict::Below:
            if (j.fellBehind) {
                return Message::tr(
                           "below the lecture's range for %1 (%2): %3; it fell behind at epoch %4, "
                           "valid %5 against "
                           "the lecture's %6")
                    .arg(preset)
                    .arg(range)
                    .arg(acc)
                    .arg(j.fellBehind->epoch)
                    .arg(percent(j.fellBehind->validAccuracy))
                    .arg(percent(j.fellBehind->lectureAccuracy));
            }
            return Message::tr("below the lecture's range for %1 (%2): %3")
                .arg(preset)
                .arg(range)
                .arg(acc);
        case Verdict::AtChance:
            break;
    }
    return j.low == kChanceLow
               ? Message::tr("at chance (%1), like the lecture's %2").arg(acc).arg(preset)
               : Message::tr(
                     "at chance (%1): the model has not learned; the lecture's %2 reached %3")
                     .arg(acc)
                     .arg(preset)
                     .arg(range);
}

std::optional<Message> LectureReference::verdict(std::string_view preset, double testAccuracy,
                                                 std::span<const double> validAccuracies) const {
    const auto judged = judge(preset, testAccuracy, validAccuracies);
    if (!judged) return std::nullopt;
    return describe(*judged, this->preset(preset)->name, testAccuracy);
}

bool LectureReference::judges(const std::string& datasetSource) {
    return !data::TableReader::reads(datasetSource);
}

std::optional<Message> LectureReference::verdict(const storage::RunDetails& run) const {
    if (!run.run.testAccuracy || !judges(run.run.info.datasetSource)) return std::nullopt;
    std::vector<double> valid;
    for (const auto& e : run.epochs) valid.push_back(e.validAccuracy);
    return verdict(run.run.info.preset, *run.run.testAccuracy, valid);
}

const char* LectureReference::name(Verdict verdict) {
    switch (verdict) {
        case Verdict::Within:
            return "within";
        case Verdict::Above:
            return "above";
        case Verdict::Below:
            return "below";
        case Verdict::AtChance:
            break;
    }
    return "chance";
}

}  // namespace sentiment::experiment
