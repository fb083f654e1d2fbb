#include "cli/VectorsArguments.h"

#include "data/vectors/VectorsLoader.h"
#include "foundation/CacheDirectory.h"

namespace sentiment::cli {

void VectorsArguments::addTo(CLI::App& command) {
    command.add_option("--vectors", path,
                       "GloVe vectors: glove.6B.100d.txt, or glove.6B.zip with --dim");
    command.add_option("--dim", dimension, "which member of glove.6B.zip: 50, 100, 200 or 300");
}

Result<std::optional<data::EmbeddingMatrix>> VectorsArguments::load(
    const data::Vocabulary& vocab, std::uint64_t seed, bool useCache, int threads,
    data::ProgressObserver* observer) const {
    if (path.empty()) return std::optional<data::EmbeddingMatrix>{};
    data::VectorsOptions options;
    options.dimension = dimension;
    options.useCache = useCache;
    options.threads = threads > 0 ? static_cast<unsigned>(threads) : 0;
    auto vectors = data::VectorsLoader(CacheDirectory::defaultPath()).load(path, options, observer);
    if (!vectors) return vectors.error();
    data::EmbeddingOptions embedding;
    embedding.seed = seed;
    return std::optional<data::EmbeddingMatrix>(
        data::EmbeddingMatrix::build(vocab, *vectors, embedding));
}

}  // namespace sentiment::cli
