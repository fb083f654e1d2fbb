#pragma once

#include <filesystem>
#include <optional>

#include "data/dataset/Corpus.h"
#include "data/dataset/Fingerprint.h"
#include "foundation/Result.h"

namespace sentiment::data {

/// The tokenized dataset on disk, keyed by the source's fingerprint and the tokenizer, so a
/// second load skips reading, decompressing and tokenizing. Written crash-safely; a damaged or
/// stale file is ignored (and replaced on the next save); a damaged one is recognised by its
/// CRC-32 (BinaryReader) and reported.
class CorpusCache {
public:
    explicit CorpusCache(std::filesystem::path directory) : directory_(std::move(directory)) {}

    /// The file that holds the corpus for this source and tokenizer.
    std::filesystem::path fileFor(const Fingerprint& source,
                                  const TokenizerOptions& tokenizer) const;

    /// The cached corpus; nullopt when there is none or it was written by another version; an
    /// error naming the file when it is damaged (truncated, a changed byte, inconsistent), in
    /// which case the caller rebuilds it and says so. Never changes the file.
    Result<std::optional<Corpus>> load(const Fingerprint& source,
                                       const TokenizerOptions& tokenizer) const;

    Status save(const Fingerprint& source, const Corpus& corpus) const;

private:
    std::filesystem::path directory_;
};

}  // namespace sentiment::data
