#include "training/CheckpointFile.h"

#include <cstring>

#include "data/imdb/ZipArchive.h"
#include "data/io/Crc32.h"
#include "data/text/CharNgrams.h"
#include "foundation/JsonNumbers.h"

namespace sentiment::training {

namespace {
constexpr char kMagic[8] = {'S', 'L', 'C', 'K', 'P', 'T', '0', '1'};
constexpr std::uint8_t kFloat32 = 1;

template <typename T>
void put(std::string& out, T v) {
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
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

// The version-2 weight table, its structure checked whole before anything is allocated for it.
Result<std::vector<CheckpointFile::Tensor>> decodeWeights(std::span<const unsigned char> bytes,
                                                          const std::string& name) {
    const auto damaged = [&](const Message& what) {
        return Error::at(name, Message::tr("the checkpoint's weights are damaged: %1").arg(what));
    };
    Cursor in(bytes);
    std::uint32_t count = 0;
    if (!in.take(count)) return damaged(Message::tr("the table is truncated"));
    // The smallest entry takes 10 bytes: a count beyond that is a lie, not a reason to allocate.
    if (count > in.left() / 10) return damaged(Message::tr("it claims %1 tensors").arg(count));
    std::vector<CheckpointFile::Tensor> tensors(count);
    for (auto& t : tensors) {
        std::uint32_t nameLength = 0;
        std::span<const unsigned char> nameBytes;
        std::uint8_t type = 0, rank = 0;
        if (!in.take(nameLength) || !in.take(nameLength, nameBytes) || !in.take(type) ||
            !in.take(rank)) {
            return damaged(Message::tr("the table is truncated"));
        }
        t.name.assign(reinterpret_cast<const char*>(nameBytes.data()), nameBytes.size());
        if (type != kFloat32)
            return damaged(
                Message::tr("'%1' has an unknown value type %2").arg(t.name).arg(int{type}));
        if (rank > CheckpointFile::kMaxRank)
            return damaged(Message::tr("'%1' has rank %2").arg(t.name).arg(int{rank}));
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
    if (in.left() != 0)
        return damaged(Message::tr("%1 bytes follow the last tensor").arg(in.left()));
    return tensors;
}

// Version 1's LibTorch archive: a zip whose structure and members' CRC-32s are checked, and
// whose members must hold at least the model's numbers.
Status checkLegacyArchive(std::span<const unsigned char> bytes, std::int64_t parameters,
                          const std::string& name) {
    auto zip = data::ZipArchive::fromBytes(bytes, name);
    if (!zip)
        return Error::at(
            name,
            Message::tr("the checkpoint's weights are damaged: %1").arg(zip.error().sentence()));
    std::uint64_t total = 0;
    for (const auto& m : zip->members()) {
        auto content = zip->extract(m);
        if (!content)
            return Error::at(name, Message::tr("the checkpoint's weights are damaged: %1")
                                       .arg(content.error().sentence()));
        total += m.size;
    }
    if (total / sizeof(float) < static_cast<std::uint64_t>(parameters)) {
        return Error::at(name, Message::tr("the checkpoint's weights are too small for its model"));
    }
    return Done{};
}
}  // namespace

void CheckpointFile::appendTensor(std::string& table, const std::string& name,
                                  std::span<const std::int64_t> shape, const float* values) {
    put<std::uint32_t>(table, static_cast<std::uint32_t>(name.size()));
    table += name;
    put<std::uint8_t>(table, kFloat32);
    put<std::uint8_t>(table, static_cast<std::uint8_t>(shape.size()));
    std::int64_t numel = 1;
    for (auto size : shape) {
        put<std::int64_t>(table, size);
        numel *= size;
    }
    table.append(reinterpret_cast<const char*>(values),
                 static_cast<std::size_t>(numel) * sizeof(float));
}

std::string CheckpointFile::assemble(const std::string& meta, const std::string& weightTable) {
    std::string file(kMagic, sizeof kMagic);
    put(file, kVersion);
    for (const std::string* part : {&meta, &weightTable}) {
        put<std::uint64_t>(file, part->size());
        put<std::uint32_t>(file, data::crc32({reinterpret_cast<const unsigned char*>(part->data()),
                                              part->size()}));
        file += *part;
    }
    return file;
}

namespace {

// One length-prefixed part of the file (with its CRC-32 from version 2).
Result<std::span<const unsigned char>> readPart(Cursor& in, std::uint32_t version,
                                                const Message& what, const std::string& name) {
    std::uint64_t size = 0;
    std::uint32_t crc = 0;
    std::span<const unsigned char> out;
    if (!in.take(size) || (version >= 2 && !in.take(crc))) {
        return Error::at(name, Message::tr("the checkpoint is truncated (in its %1)").arg(what));
    }
    if (size > in.left()) {
        return Error::at(
            name, Message::tr("the checkpoint is truncated (its %1 needs %2 bytes, %3 are left)")
                      .arg(what)
                      .arg(size)
                      .arg(in.left()));
    }
    in.take(static_cast<std::size_t>(size), out);
    if (version >= 2 && data::crc32(out) != crc) {
        return Error::at(
            name,
            Message::tr("the checkpoint is damaged: its %1 fail their CRC-32 check").arg(what));
    }
    return out;
}

// The metadata: the model, the vocabulary (of the model's size), the tokenizer, the n-gram order.
Status readMetadata(CheckpointFile& f, std::span<const unsigned char> metaBytes,
                    const std::string& name) {
    try {
        const auto meta = nlohmann::json::parse(metaBytes.begin(), metaBytes.end());
        auto config = model::ModelConfig::fromJson(meta.at("model"));
        if (!config) return Error::at(name, config.error().sentence());
        f.model = *config;
        auto vocab = data::Vocabulary::fromJson(meta.at("vocab"));
        if (!vocab) return Error::at(name, vocab.error().sentence());
        f.vocab = std::move(*vocab);
        if (static_cast<std::int64_t>(f.vocab.size()) != f.model.vocabSize) {
            return Error::at(
                name, Message::tr("the vocabulary (%1 entries) does not match the model (%2)")
                          .arg(f.vocab.size())
                          .arg(f.model.vocabSize));
        }
        const auto& tok = meta.at("tokenizer");
        const auto kindName = tok.at("kind").get<std::string>();
        const auto kind = data::parseTokenizerKind(kindName);
        if (!kind)
            return Error::at(
                name, Message::tr("the checkpoint names an unknown tokenizer '%1'").arg(kindName));
        f.tokenizer.kind = *kind;
        f.tokenizer.lowercase = tok.at("lowercase").get<bool>();
        // Checkpoints written before trigrams say only whether they read bigrams.
        f.ngrams = checked::integerOr<int>(meta, "ngrams", meta.value("bigrams", false) ? 2 : 1);
        if (f.ngrams < 1 || f.ngrams > 3)
            return Error::at(name, Message::tr("the checkpoint's n-gram order is out of range"));
        // Written before issue 41: IMDb's two classes.
        if (meta.contains("classes"))
            f.classes = meta.at("classes").get<std::vector<std::string>>();
        if (std::int64_t(f.classes.size()) != f.model.classes)
            return Error::at(name, Message::tr("the checkpoint names %1 classes for a model of %2")
                                       .arg(f.classes.size())
                                       .arg(f.model.classes));
        f.charNgrams = checked::integerOr<int>(meta, "char_ngrams", 0);
        if (f.charNgrams < 0 || f.charNgrams > data::CharNgrams::kLongest)
            return Error::at(name, Message::tr("the checkpoint's n-gram order is out of range"));
        // Written before issue 42: whole texts.
        f.length.maxLength = checked::integerOr<std::size_t>(meta, "max_length", 0);
        if (meta.contains("truncation")) {
            auto t = data::parseTruncation(meta.at("truncation").get<std::string>());
            if (!t) return Error::at(name, t.error().what);
            f.length.truncation = *t;
        }
        f.training = meta.value("training", nlohmann::json::object());
        f.metrics = meta.value("metrics", nlohmann::json::object());
    } catch (const nlohmann::json::exception& e) {
        return Error::at(name,
                         Message::tr("the checkpoint's metadata is malformed: %1").arg(e.what()));
    }
    return Done{};
}

// The weights: version 2's tensors, as many numbers as the model needs; version 1's archive.
Status readWeights(CheckpointFile& f, std::span<const unsigned char> weightBytes,
                   const std::string& name) {
    // The model may only be built once the file is known to hold all of its numbers: a hostile
    // configuration cannot make the loader allocate more than the file's size.
    const auto parameters = f.model.parameterCount();
    if (!parameters)
        return Error::at(name, Message::tr("the checkpoint's model is impossibly large"));
    f.parameters = *parameters;
    if (f.version >= 2) {
        auto decoded = decodeWeights(weightBytes, name);
        if (!decoded) return decoded.error();
        f.tensors = std::move(*decoded);
        std::int64_t held = 0;
        for (const auto& t : f.tensors) held += t.numel;
        if (held != f.parameters) {
            return Error::at(name,
                             Message::tr("the checkpoint holds %1 numbers; its model needs %2")
                                 .arg(held)
                                 .arg(f.parameters));
        }
    } else {
        if (auto checked = checkLegacyArchive(weightBytes, f.parameters, name); !checked)
            return checked.error();
        f.legacyArchive = weightBytes;
    }
    return Done{};
}

}  // namespace

Result<CheckpointFile> CheckpointFile::parse(std::span<const unsigned char> bytes,
                                             const std::string& name) {
    if (bytes.size() < 12 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
        return Error::at(
            name, Message::tr("not a Sentiment Lab checkpoint (it does not start with SLCKPT01)"));
    }
    CheckpointFile f;
    std::memcpy(&f.version, bytes.data() + 8, 4);
    if (f.version != 1 && f.version != kVersion) {
        return Error::at(
            name, Message::tr("checkpoint version %1 is not one this version of Sentiment Lab "
                              "reads (it reads %2)")
                      .arg(f.version)
                      .arg(kVersion));
    }
    Cursor in(bytes.subspan(12));
    auto metaBytes = readPart(in, f.version, Message::tr("metadata"), name);
    if (!metaBytes) return metaBytes.error();
    auto weightBytes = readPart(in, f.version, Message::tr("weights"), name);
    if (!weightBytes) return weightBytes.error();
    if (in.left() != 0)
        return Error::at(
            name,
            Message::tr("the checkpoint is damaged: %1 bytes follow its weights").arg(in.left()));
    if (auto ok = readMetadata(f, *metaBytes, name); !ok) return ok.error();
    if (auto ok = readWeights(f, *weightBytes, name); !ok) return ok.error();
    return f;
}

}  // namespace sentiment::training
