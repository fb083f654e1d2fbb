#include "experiment/ReproducibilityCard.h"

#include <fstream>
#include <span>

#include <nlohmann/json.hpp>

#include "foundation/Sha256.h"
#include "model/Bf16Matrix.h"
#include "model/Runtime.h"
#include "training/Precision.h"

namespace sentiment::experiment {

namespace {

template <class T>
std::span<const unsigned char> bytesOf(const T* data, std::size_t n) {
    return {reinterpret_cast<const unsigned char*>(data), n * sizeof(T)};
}

void hashExamples(Sha256& h, const data::Examples& e) {
    h.update(bytesOf(e.tokens.data(), e.tokens.size()));
    h.update(bytesOf(e.starts.data(), e.starts.size()));
    h.update(bytesOf(e.labels.data(), e.labels.size()));
}

std::string readCpuModel() {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            if (colon != std::string::npos)
                return line.substr(line.find_first_not_of(' ', colon + 1));
        }
    }
    return "unknown";
}

std::string readCpuFeatures() {
    std::string out;
#if defined(__x86_64__)
    __builtin_cpu_init();
    auto add = [&](bool has, const char* name) {
        if (has) out += (out.empty() ? "" : " ") + std::string(name);
    };
    add(__builtin_cpu_supports("avx2"), "avx2");
    add(__builtin_cpu_supports("fma"), "fma");
    add(__builtin_cpu_supports("avx512f"), "avx512f");
    add(model::Bf16Matrix::supported(), "avx512_bf16");
#else
    out = "not x86-64";
#endif
    return out;
}

}  // namespace

ReproducibilityCard ReproducibilityCard::thisMachine(const std::string& appVersion) {
    ReproducibilityCard c;
    const auto runtime = model::Runtime::info();
    c.appVersion = appVersion;
    c.torchVersion = runtime.libtorchVersion;
    c.threads = runtime.threads;
    c.cpuModel = readCpuModel();
    c.cpuFeatures = readCpuFeatures();
    c.device = runtime.cudaAvailable ? "cuda" : "cpu";
    return c;
}

ReproducibilityCard ReproducibilityCard::of(const ExperimentPlan& plan,
                                            const data::Dataset& dataset,
                                            const data::EmbeddingMatrix* matrix,
                                            const std::string& appVersion) {
    auto c = thisMachine(appVersion);
    if (plan.training.device != "auto") c.device = plan.training.device;
    c.precision = std::string(training::toString(plan.training.precision));
    {
        Sha256 h;
        hashExamples(h, dataset.train);
        hashExamples(h, dataset.valid);
        c.splitHash = h.hexDigest();
    }
    {
        Sha256 h;
        for (const auto& token : dataset.vocab.itos()) {
            h.update(token);
            h.update(std::string_view("\n", 1));
        }
        c.vocabularyHash = h.hexDigest();
    }
    if (matrix != nullptr) {
        Sha256 h;
        h.update(bytesOf(matrix->values.data(), matrix->values.size()));
        c.vectorsHash = h.hexDigest();
    }
    // The plan without where its files were (the same files elsewhere make the same run) and
    // without what the machine's side of the card holds or what changes no number.
    auto j = plan.toJson();
    j["data"].erase("source");
    j["vectors"].erase("path");
    for (const char* key : {"threads", "device", "precision", "gradient_flow"})
        j["training"].erase(key);
    c.planHash = Sha256::of(j.dump());
    return c;
}

std::vector<Message> ReproducibilityCard::differences(const ReproducibilityCard& o) const {
    std::vector<Message> out;
    auto differ = [](const std::string& a, const std::string& b) {
        return !a.empty() && !b.empty() && a != b;
    };
    if (differ(splitHash, o.splitHash))
        out.push_back(Message::tr(
            "the training and validation reviews differ (another dataset, tokenizer or split)"));
    if (differ(vocabularyHash, o.vocabularyHash))
        out.push_back(Message::tr("the vocabulary differs"));
    if (differ(vectorsHash, o.vectorsHash))
        out.push_back(Message::tr("the starting word vectors differ"));
    if (differ(planHash, o.planHash))
        out.push_back(Message::tr("the plan differs (a setting or the seed)"));
    if (differ(cpuFeatures, o.cpuFeatures)) {
        out.push_back(Message::tr("the CPU's vector units differ (%1 against %2): the kernels sum "
                                  "in another order, so the "
                                  "last digits differ and grow over the epochs")
                          .arg(cpuFeatures)
                          .arg(o.cpuFeatures));
    }
    if (threads > 0 && o.threads > 0 && threads != o.threads) {
        out.push_back(
            Message::tr("the thread count differs (%1 against %2): sums are split differently")
                .arg(threads)
                .arg(o.threads));
    }
    if (differ(precision, o.precision))
        out.push_back(
            Message::tr("the precision differs (%1 against %2)").arg(precision).arg(o.precision));
    if (differ(device, o.device))
        out.push_back(Message::tr("the device differs (%1 against %2)").arg(device).arg(o.device));
    if (differ(torchVersion, o.torchVersion)) {
        out.push_back(
            Message::tr("LibTorch differs (%1 against %2)").arg(torchVersion).arg(o.torchVersion));
    }
    if (differ(appVersion, o.appVersion)) {
        out.push_back(
            Message::tr("Sentiment Lab differs (%1 against %2)").arg(appVersion).arg(o.appVersion));
    }
    return out;
}

nlohmann::json ReproducibilityCard::toJson() const {
    return {{"split_sha256", splitHash},
            {"vocabulary_sha256", vocabularyHash},
            {"vectors_sha256", vectorsHash},
            {"plan_sha256", planHash},
            {"app_version", appVersion},
            {"torch_version", torchVersion},
            {"precision", precision},
            {"device", device},
            {"cpu_model", cpuModel},
            {"cpu_features", cpuFeatures},
            {"threads", threads}};
}

Result<ReproducibilityCard> ReproducibilityCard::fromJson(std::string_view text) {
    try {
        const auto j = nlohmann::json::parse(text);
        ReproducibilityCard c;
        c.splitHash = j.value("split_sha256", "");
        c.vocabularyHash = j.value("vocabulary_sha256", "");
        c.vectorsHash = j.value("vectors_sha256", "");
        c.planHash = j.value("plan_sha256", "");
        c.appVersion = j.value("app_version", "");
        c.torchVersion = j.value("torch_version", "");
        c.precision = j.value("precision", "");
        c.device = j.value("device", "");
        c.cpuModel = j.value("cpu_model", "");
        c.cpuFeatures = j.value("cpu_features", "");
        c.threads = j.value("threads", 0);
        return c;
    } catch (const std::exception& e) {
        return Error::at(
            {}, Message::tr("the run's reproducibility card cannot be read: %1").arg(e.what()));
    }
}

}  // namespace sentiment::experiment
