#pragma once

#include <filesystem>
#include <stop_token>
#include <string>

#include "data/dataset/ProgressObserver.h"
#include "data/vectors/WordVectors.h"
#include "foundation/Result.h"

namespace sentiment::data {

struct VectorsOptions {
    int dimension = 0;   ///< in a zip with several .txt members (glove.6B.zip): pick this one
    std::string member;  ///< or name the member exactly
    bool useCache = true;
    unsigned threads = 0;
};

/// Loads word vectors from a GloVe `.txt` file or directly from a member of a `.zip`
/// (glove.6B.zip), through a binary cache in the user's cache folder keyed by the source's
/// size, modification time and a hash of its first and last MiB. The cache is written to a
/// temporary file and renamed, and memory-mapped when read, so a second load takes a fraction
/// of a second; a changed source gets a new key.
class VectorsLoader {
public:
    explicit VectorsLoader(std::filesystem::path cacheDirectory);

    Result<WordVectors> load(const std::filesystem::path& path, const VectorsOptions& options,
                             ProgressObserver* observer = nullptr) const;

    /// True when `path` is word vectors rather than labelled texts: a .zip named like GloVe, or
    /// a .txt whose first line is a word and numbers ("the 0.418 0.24968 ..."; a word2vec
    /// header "400000 100" too). A file that cannot be read is not.
    static bool looksLikeVectors(const std::filesystem::path& path);

    /// The cache file for a source (whether or not it exists yet).
    Result<std::filesystem::path> cacheFileFor(const std::filesystem::path& path,
                                               const VectorsOptions& options) const;

private:
    std::filesystem::path cacheDirectory_;
};

}  // namespace sentiment::data
