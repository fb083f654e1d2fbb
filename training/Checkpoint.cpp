#include "training/Checkpoint.h"

#include <cstring>
#include <sstream>
#include <unordered_map>

#include "data/io/MappedFile.h"
#include "foundation/AtomicFile.h"
#include "model/ModelFactory.h"
#include "training/CheckpointFile.h"

namespace sentiment::training {

namespace {
// Every parameter and buffer of the network, by its full name.
std::vector<std::pair<std::string, torch::Tensor>> namedTensors(
    const model::ClassifierImpl& network) {
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    for (const auto& p : network.named_parameters(true)) tensors.emplace_back(p.key(), p.value());
    for (const auto& b : network.named_buffers(true)) tensors.emplace_back(b.key(), b.value());
    return tensors;
}

// The weight table (CheckpointFile's layout) of every tensor, as CPU float32 values.
Result<std::string> encodeWeights(const model::ClassifierImpl& network, const std::string& name) {
    const auto tensors = namedTensors(network);
    std::string table;
    const auto count = static_cast<std::uint32_t>(tensors.size());
    table.append(reinterpret_cast<const char*>(&count), sizeof count);
    for (const auto& [key, value] : tensors) {
        if (value.scalar_type() != torch::kFloat32 || value.dim() > CheckpointFile::kMaxRank) {
            return Error::at(
                name,
                Message::tr("cannot save '%1': only float tensors of rank %2 or less are stored")
                    .arg(key)
                    .arg(int{CheckpointFile::kMaxRank}));
        }
        const auto cpu = value.detach().to(torch::kCPU).contiguous();
        const std::vector<std::int64_t> shape(cpu.sizes().begin(), cpu.sizes().end());
        CheckpointFile::appendTensor(table, key, shape, cpu.data_ptr<float>());
    }
    return table;
}

// Copies the stored tensors into the network: the same names, shapes and count, or an error.
Status assignWeights(model::ClassifierImpl& network,
                     const std::vector<CheckpointFile::Tensor>& stored, const std::string& name) {
    std::unordered_map<std::string, const CheckpointFile::Tensor*> byName;
    for (const auto& t : stored) {
        if (!byName.emplace(t.name, &t).second) {
            return Error::at(name,
                             Message::tr("the checkpoint's weights name '%1' twice").arg(t.name));
        }
    }
    auto targets = namedTensors(network);
    if (targets.size() != stored.size()) {
        return Error::at(name, Message::tr("the checkpoint holds %1 tensors; its model has %2")
                                   .arg(stored.size())
                                   .arg(targets.size()));
    }
    torch::NoGradGuard noGrad;
    for (auto& [key, target] : targets) {
        const auto found = byName.find(key);
        if (found == byName.end())
            return Error::at(name, Message::tr("the checkpoint has no '%1'").arg(key));
        const auto& t = *found->second;
        if (target.sizes() != c10::IntArrayRef(t.shape) ||
            target.scalar_type() != torch::kFloat32) {
            return Error::at(
                name,
                Message::tr("'%1' in the checkpoint does not have its model's shape").arg(key));
        }
        auto values = torch::empty(t.shape, torch::kFloat32);
        std::memcpy(values.data_ptr(), t.values.data(), t.values.size());
        target.copy_(values);
    }
    return Done{};
}
}  // namespace

bool Checkpoint::hasWordEmbedding() const {
    return network && network->embeddingLearns() && model.embeddingDim >= 2;
}

Status Checkpoint::save(const std::filesystem::path& path) const {
    if (!network) return Error::at(path.string(), Message::tr("there is no model to save"));
    nlohmann::json meta = {
        {"model", model.toJson()},
        {"vocab", vocab.toJson()},
        {"tokenizer",
         {{"kind", data::toString(tokenizer.kind)}, {"lowercase", tokenizer.lowercase}}},
        {"bigrams", ngrams >= 2},
        {"ngrams", ngrams},
        {"char_ngrams", charNgrams},
        {"classes", classes},
        {"max_length", length.maxLength},
        {"truncation", std::string(data::toString(length.truncation))},
        {"training", training},
        {"metrics", metrics}};
    auto weights = encodeWeights(*network, path.string());
    if (!weights) return weights.error();
    const std::string file = CheckpointFile::assemble(meta.dump(), *weights);

    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    return AtomicFile::write(path, file);
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

Result<Checkpoint> Checkpoint::fromBytes(std::span<const unsigned char> bytes,
                                         const std::string& name) {
    auto file = CheckpointFile::parse(bytes, name);
    if (!file) return file.error();
    Checkpoint c;
    c.model = file->model;
    c.vocab = std::move(file->vocab);
    c.tokenizer = file->tokenizer;
    c.ngrams = file->ngrams;
    c.charNgrams = file->charNgrams;
    c.length = file->length;
    c.classes = std::move(file->classes);
    c.training = std::move(file->training);
    c.metrics = std::move(file->metrics);
    try {
        c.network = model::ModelFactory::create(c.model);
        if (file->version >= 2) {
            if (auto assigned = assignWeights(*c.network, file->tensors, name); !assigned)
                return assigned.error();
        } else {
            torch::serialize::InputArchive archive;
            std::istringstream weights{
                std::string(reinterpret_cast<const char*>(file->legacyArchive.data()),
                            file->legacyArchive.size())};
            archive.load_from(weights);
            c.network->load(archive);
        }
    } catch (const c10::Error& e) {
        return Error::at(name, Message::tr("the checkpoint's weights cannot be read: %1")
                                   .arg(e.what_without_backtrace()));
    }
    c.network->eval();
    return c;
}

}  // namespace sentiment::training
