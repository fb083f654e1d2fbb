#include "training/Checkpoint.h"

#include <cstring>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "model/ModelFactory.h"

namespace sentiment::training {

namespace {
constexpr char kMagic[8] = {'S', 'L', 'C', 'K', 'P', 'T', '0', '1'};
constexpr std::uint32_t kVersion = 1;

void put64(std::string& out, std::uint64_t v) { out.append(reinterpret_cast<const char*>(&v), 8); }
}  // namespace

Status Checkpoint::save(const std::filesystem::path& path) const {
    if (!network) return Error::at(path.string(), Message::tr("there is no model to save"));
    nlohmann::json meta = {{"model", model.toJson()},
                           {"vocab", vocab.toJson()},
                           {"tokenizer", {{"kind", data::toString(tokenizer.kind)}, {"lowercase", tokenizer.lowercase}}},
                           {"bigrams", ngrams >= 2},
                           {"ngrams", ngrams},
                           {"training", training},
                           {"metrics", metrics}};
    std::ostringstream weights;
    try {
        torch::serialize::OutputArchive archive;
        network->save(archive);
        archive.save_to(weights);
    } catch (const c10::Error& e) {
        return Error::at(path.string(), Message::tr("cannot serialise the weights: %1").arg(e.what_without_backtrace()));
    }
    const std::string metaText = meta.dump();
    const std::string weightText = weights.str();
    std::string header(kMagic, sizeof kMagic);
    header.append(reinterpret_cast<const char*>(&kVersion), 4);

    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    const auto temp = path.string() + ".tmp" + std::to_string(::getpid());
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out) return Error::at(path.string(), Message::tr("cannot write the checkpoint (is the folder writable?)"));
        std::string sizes;
        out.write(header.data(), static_cast<std::streamsize>(header.size()));
        put64(sizes, metaText.size());
        out.write(sizes.data(), 8);
        out.write(metaText.data(), static_cast<std::streamsize>(metaText.size()));
        sizes.clear();
        put64(sizes, weightText.size());
        out.write(sizes.data(), 8);
        out.write(weightText.data(), static_cast<std::streamsize>(weightText.size()));
        out.flush();
        if (!out) {
            std::filesystem::remove(temp, ec);
            return Error::at(path.string(), Message::tr("cannot write the checkpoint (disk full?)"));
        }
    }
    std::filesystem::rename(temp, path, ec);
    if (ec) {
        std::filesystem::remove(temp, ec);
        return Error::at(path.string(), Message::tr("cannot put the checkpoint in place: %1").arg(ec.message()));
    }
    return Done{};
}

Result<Checkpoint> Checkpoint::load(const std::filesystem::path& path) {
    const auto name = path.string();
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error::at(name, Message::tr("cannot open the checkpoint (does it exist?)"));
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.size() < 12 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
        return Error::at(name, Message::tr("not a Sentiment Lab checkpoint (it does not start with SLCKPT01)"));
    }
    std::uint32_t version = 0;
    std::memcpy(&version, bytes.data() + 8, 4);
    if (version != kVersion) {
        return Error::at(name, Message::tr("checkpoint version %1 is not one this version of Sentiment Lab "
                                                       "reads (it reads %2)")
                                         .arg(version)
                                         .arg(kVersion));
    }
    std::size_t at = 12;
    auto section = [&](const Message& what) -> Result<std::string_view> {
        if (bytes.size() - at < 8) {
            return Error::at(name, Message::tr("the checkpoint is truncated (in its %1)").arg(what));
        }
        std::uint64_t size = 0;
        std::memcpy(&size, bytes.data() + at, 8);
        at += 8;
        if (size > bytes.size() - at) {
            return Error::at(name, Message::tr("the checkpoint is truncated (its %1 needs %2 bytes, %3 are left)")
                                             .arg(what)
                                             .arg(size)
                                             .arg(bytes.size() - at));
        }
        std::string_view s(bytes.data() + at, size);
        at += size;
        return s;
    };
    auto metaText = section(Message::tr("metadata"));
    if (!metaText) return metaText.error();
    auto weightText = section(Message::tr("weights"));
    if (!weightText) return weightText.error();

    Checkpoint c;
    try {
        const auto meta = nlohmann::json::parse(*metaText);
        auto config = model::ModelConfig::fromJson(meta.at("model"));
        if (!config) return Error::at(name, config.error().sentence());
        c.model = *config;
        auto vocab = data::Vocabulary::fromJson(meta.at("vocab"));
        if (!vocab) return Error::at(name, vocab.error().sentence());
        c.vocab = std::move(*vocab);
        if (static_cast<std::int64_t>(c.vocab.size()) != c.model.vocabSize) {
            return Error::at(name, Message::tr("the vocabulary (%1 entries) does not match the model (%2)")
                                             .arg(c.vocab.size())
                                             .arg(c.model.vocabSize));
        }
        const auto& tok = meta.at("tokenizer");
        const auto kindName = tok.at("kind").get<std::string>();
        const auto kind = data::parseTokenizerKind(kindName);
        if (!kind) return Error::at(name, Message::tr("the checkpoint names an unknown tokenizer '%1'").arg(kindName));
        c.tokenizer.kind = *kind;
        c.tokenizer.lowercase = tok.at("lowercase").get<bool>();
        // Checkpoints written before trigrams say only whether they read bigrams.
        c.ngrams = meta.value("ngrams", meta.value("bigrams", false) ? 2 : 1);
        if (c.ngrams < 1 || c.ngrams > 3) return Error::at(name, Message::tr("the checkpoint's n-gram order is out of range"));
        c.training = meta.value("training", nlohmann::json::object());
        c.metrics = meta.value("metrics", nlohmann::json::object());
    } catch (const nlohmann::json::exception& e) {
        return Error::at(name, Message::tr("the checkpoint's metadata is malformed: %1").arg(e.what()));
    }
    c.network = model::ModelFactory::create(c.model);
    try {
        torch::serialize::InputArchive archive;
        std::istringstream weights{std::string(*weightText)};
        archive.load_from(weights);
        c.network->load(archive);
    } catch (const c10::Error& e) {
        return Error::at(name, Message::tr("the checkpoint's weights cannot be read: %1").arg(e.what_without_backtrace()));
    }
    c.network->eval();
    return c;
}

}  // namespace sentiment::training
