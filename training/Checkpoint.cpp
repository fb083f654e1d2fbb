#include "training/Checkpoint.h"

#include <cstring>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "data/Crc32.h"
#include "data/MappedFile.h"
#include "data/ZipArchive.h"
#include "model/ModelFactory.h"

namespace sentiment::training {

namespace {
constexpr char kMagic[8] = {'S', 'L', 'C', 'K', 'P', 'T', '0', '1'};
constexpr std::uint32_t kVersion = 2;  // 1: the weights as a LibTorch archive; 2: as the project's own table
constexpr std::uint8_t kFloat32 = 1;
constexpr std::uint8_t kMaxRank = 8;

template <typename T>
void put(std::string& out, T v) {
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

// Every parameter and buffer of the network, by its full name, as CPU float32 values.
Result<std::string> encodeWeights(const model::ClassifierImpl& network, const std::string& name) {
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    for (const auto& p : network.named_parameters(true)) tensors.emplace_back(p.key(), p.value());
    for (const auto& b : network.named_buffers(true)) tensors.emplace_back(b.key(), b.value());
    std::string out;
    put<std::uint32_t>(out, static_cast<std::uint32_t>(tensors.size()));
    for (const auto& [key, value] : tensors) {
        if (value.scalar_type() != torch::kFloat32 || value.dim() > kMaxRank) {
            return Error::at(name, Message::tr("cannot save '%1': only float tensors of rank %2 or less are stored")
                                       .arg(key)
                                       .arg(int{kMaxRank}));
        }
        const auto cpu = value.detach().to(torch::kCPU).contiguous();
        put<std::uint32_t>(out, static_cast<std::uint32_t>(key.size()));
        out += key;
        put<std::uint8_t>(out, kFloat32);
        put<std::uint8_t>(out, static_cast<std::uint8_t>(cpu.dim()));
        for (auto size : cpu.sizes()) put<std::int64_t>(out, size);
        out.append(static_cast<const char*>(cpu.data_ptr()), static_cast<std::size_t>(cpu.numel()) * sizeof(float));
    }
    return out;
}

// A read position in the file's bytes; every take is checked against what is left.
class Cursor {
public:
    explicit Cursor(std::span<const unsigned char> bytes) : bytes_(bytes) {}
    std::size_t left() const { return bytes_.size() - at_; }
    template <typename T>
    bool take(T& value) {
        if (left() < sizeof(T)) return false;
        std::memcpy(&value, bytes_.data() + at_, sizeof(T));
        at_ += sizeof(T);
        return true;
    }
    bool take(std::size_t n, std::span<const unsigned char>& out) {
        if (left() < n) return false;
        out = bytes_.subspan(at_, n);
        at_ += n;
        return true;
    }

private:
    std::span<const unsigned char> bytes_;
    std::size_t at_ = 0;
};

struct StoredTensor {
    std::string name;
    std::vector<std::int64_t> shape;
    std::int64_t numel = 0;
    std::span<const unsigned char> values;
};

// The version-2 weight table, its structure checked whole before anything is allocated for it.
Result<std::vector<StoredTensor>> decodeWeights(std::span<const unsigned char> bytes, const std::string& name) {
    const auto damaged = [&](const Message& what) {
        return Error::at(name, Message::tr("the checkpoint's weights are damaged: %1").arg(what));
    };
    Cursor in(bytes);
    std::uint32_t count = 0;
    if (!in.take(count)) return damaged(Message::tr("the table is truncated"));
    // The smallest entry takes 10 bytes: a count beyond that is a lie, not a reason to allocate.
    if (count > in.left() / 10) return damaged(Message::tr("it claims %1 tensors").arg(count));
    std::vector<StoredTensor> tensors(count);
    for (auto& t : tensors) {
        std::uint32_t nameLength = 0;
        std::span<const unsigned char> nameBytes;
        std::uint8_t type = 0, rank = 0;
        if (!in.take(nameLength) || !in.take(nameLength, nameBytes) || !in.take(type) || !in.take(rank)) {
            return damaged(Message::tr("the table is truncated"));
        }
        t.name.assign(reinterpret_cast<const char*>(nameBytes.data()), nameBytes.size());
        if (type != kFloat32) return damaged(Message::tr("'%1' has an unknown value type %2").arg(t.name).arg(int{type}));
        if (rank > kMaxRank) return damaged(Message::tr("'%1' has rank %2").arg(t.name).arg(int{rank}));
        t.numel = 1;
        for (std::uint8_t d = 0; d < rank; ++d) {
            std::int64_t size = 0;
            if (!in.take(size)) return damaged(Message::tr("the table is truncated"));
            if (size < 0 || __builtin_mul_overflow(t.numel, size, &t.numel) ||
                static_cast<std::uint64_t>(t.numel) > in.left() / sizeof(float)) {
                return damaged(Message::tr("'%1' has sizes larger than the file").arg(t.name));
            }
            t.shape.push_back(size);
        }
        if (!in.take(static_cast<std::size_t>(t.numel) * sizeof(float), t.values)) {
            return damaged(Message::tr("the values of '%1' are truncated").arg(t.name));
        }
    }
    if (in.left() != 0) return damaged(Message::tr("%1 bytes follow the last tensor").arg(in.left()));
    return tensors;
}

// Copies the stored tensors into the network: the same names, shapes and count, or an error.
Status assignWeights(model::ClassifierImpl& network, const std::vector<StoredTensor>& stored, const std::string& name) {
    std::unordered_map<std::string, const StoredTensor*> byName;
    for (const auto& t : stored) {
        if (!byName.emplace(t.name, &t).second) {
            return Error::at(name, Message::tr("the checkpoint's weights name '%1' twice").arg(t.name));
        }
    }
    std::vector<std::pair<std::string, torch::Tensor>> targets;
    for (const auto& p : network.named_parameters(true)) targets.emplace_back(p.key(), p.value());
    for (const auto& b : network.named_buffers(true)) targets.emplace_back(b.key(), b.value());
    if (targets.size() != stored.size()) {
        return Error::at(name, Message::tr("the checkpoint holds %1 tensors; its model has %2")
                                   .arg(stored.size())
                                   .arg(targets.size()));
    }
    torch::NoGradGuard noGrad;
    for (auto& [key, target] : targets) {
        const auto found = byName.find(key);
        if (found == byName.end()) return Error::at(name, Message::tr("the checkpoint has no '%1'").arg(key));
        const auto& t = *found->second;
        if (target.sizes() != c10::IntArrayRef(t.shape) || target.scalar_type() != torch::kFloat32) {
            return Error::at(name, Message::tr("'%1' in the checkpoint does not have its model's shape").arg(key));
        }
        auto values = torch::empty(t.shape, torch::kFloat32);
        std::memcpy(values.data_ptr(), t.values.data(), t.values.size());
        target.copy_(values);
    }
    return Done{};
}

// Version 1's LibTorch archive: a zip whose structure and members' CRC-32s are checked here,
// and whose members must hold at least the model's numbers, before LibTorch reads a byte.
Status checkLegacyArchive(std::span<const unsigned char> bytes, std::int64_t parameters, const std::string& name) {
    auto zip = data::ZipArchive::fromBytes(bytes, name);
    if (!zip) return Error::at(name, Message::tr("the checkpoint's weights are damaged: %1").arg(zip.error().sentence()));
    std::uint64_t total = 0;
    for (const auto& m : zip->members()) {
        auto content = zip->extract(m);
        if (!content) return Error::at(name, Message::tr("the checkpoint's weights are damaged: %1").arg(content.error().sentence()));
        total += m.size;
    }
    if (total / sizeof(float) < static_cast<std::uint64_t>(parameters)) {
        return Error::at(name, Message::tr("the checkpoint's weights are too small for its model"));
    }
    return Done{};
}
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
    auto weights = encodeWeights(*network, path.string());
    if (!weights) return weights.error();
    std::string file(kMagic, sizeof kMagic);
    put(file, kVersion);
    for (const std::string& part : {meta.dump(), *weights}) {
        const std::span<const unsigned char> bytes(reinterpret_cast<const unsigned char*>(part.data()), part.size());
        put<std::uint64_t>(file, part.size());
        put<std::uint32_t>(file, data::crc32(bytes));
        file += part;
    }

    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    const auto temp = path.string() + ".tmp" + std::to_string(::getpid());
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out) return Error::at(path.string(), Message::tr("cannot write the checkpoint (is the folder writable?)"));
        out.write(file.data(), static_cast<std::streamsize>(file.size()));
        out.flush();
        if (!out) {
            out.close();
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
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        return Error::at(path.string(), Message::tr("cannot open the checkpoint (does it exist?)"));
    }
    auto file = data::MappedFile::open(path);
    if (!file) return file.error();
    return fromBytes(file->bytes(), path.string());
}

Result<Checkpoint> Checkpoint::fromBytes(std::span<const unsigned char> bytes, const std::string& name) {
    if (bytes.size() < 12 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
        return Error::at(name, Message::tr("not a Sentiment Lab checkpoint (it does not start with SLCKPT01)"));
    }
    std::uint32_t version = 0;
    std::memcpy(&version, bytes.data() + 8, 4);
    if (version != 1 && version != kVersion) {
        return Error::at(name, Message::tr("checkpoint version %1 is not one this version of Sentiment Lab "
                                           "reads (it reads %2)")
                                   .arg(version)
                                   .arg(kVersion));
    }
    Cursor in(bytes.subspan(12));
    auto part = [&](const Message& what) -> Result<std::span<const unsigned char>> {
        std::uint64_t size = 0;
        std::uint32_t crc = 0;
        std::span<const unsigned char> out;
        if (!in.take(size) || (version >= 2 && !in.take(crc))) {
            return Error::at(name, Message::tr("the checkpoint is truncated (in its %1)").arg(what));
        }
        if (size > in.left()) {
            return Error::at(name, Message::tr("the checkpoint is truncated (its %1 needs %2 bytes, %3 are left)")
                                       .arg(what)
                                       .arg(size)
                                       .arg(in.left()));
        }
        in.take(static_cast<std::size_t>(size), out);
        if (version >= 2 && data::crc32(out) != crc) {
            return Error::at(name, Message::tr("the checkpoint is damaged: its %1 fail their CRC-32 check").arg(what));
        }
        return out;
    };
    auto metaBytes = part(Message::tr("metadata"));
    if (!metaBytes) return metaBytes.error();
    auto weightBytes = part(Message::tr("weights"));
    if (!weightBytes) return weightBytes.error();
    if (in.left() != 0) return Error::at(name, Message::tr("the checkpoint is damaged: %1 bytes follow its weights").arg(in.left()));

    Checkpoint c;
    try {
        const auto meta = nlohmann::json::parse(metaBytes->begin(), metaBytes->end());
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
    // The model is only built once the file is known to hold all of its numbers: a hostile
    // configuration cannot make this allocate more than the file's size.
    const auto parameters = c.model.parameterCount();
    if (!parameters) return Error::at(name, Message::tr("the checkpoint's model is impossibly large"));
    std::vector<StoredTensor> stored;
    if (version >= 2) {
        auto decoded = decodeWeights(*weightBytes, name);
        if (!decoded) return decoded.error();
        stored = std::move(*decoded);
        std::int64_t held = 0;
        for (const auto& t : stored) held += t.numel;
        if (held != *parameters) {
            return Error::at(name, Message::tr("the checkpoint holds %1 numbers; its model needs %2").arg(held).arg(*parameters));
        }
    } else if (auto checked = checkLegacyArchive(*weightBytes, *parameters, name); !checked) {
        return checked.error();
    }
    try {
        c.network = model::ModelFactory::create(c.model);
        if (version >= 2) {
            if (auto assigned = assignWeights(*c.network, stored, name); !assigned) return assigned.error();
        } else {
            torch::serialize::InputArchive archive;
            std::istringstream weights{std::string(reinterpret_cast<const char*>(weightBytes->data()), weightBytes->size())};
            archive.load_from(weights);
            c.network->load(archive);
        }
    } catch (const c10::Error& e) {
        return Error::at(name, Message::tr("the checkpoint's weights cannot be read: %1").arg(e.what_without_backtrace()));
    }
    c.network->eval();
    return c;
}

}  // namespace sentiment::training
