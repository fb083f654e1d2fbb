#pragma once

#include <filesystem>
#include <stop_token>

#include "data/dataset/Dataset.h"
#include "data/dataset/ProgressObserver.h"
#include "foundation/Result.h"

namespace sentiment::data {

/// The whole data pipeline behind one call: fingerprint the source, take the tokenized corpus
/// from the cache or read + tokenize it (and cache it), then split, build the vocabulary and
/// numericalize. What the CLI's `dataset` command and the GUI's Data page run.
class DatasetLoader {
public:
    explicit DatasetLoader(std::filesystem::path cacheDirectory);

    /// Loads `aclImdb_v1.tar.gz`, another archive, or an aclImdb folder.
    Result<Dataset> load(const std::filesystem::path& path, const DatasetOptions& options,
                         ProgressObserver* observer = nullptr, std::stop_token stop = {}) const;

    /// Loads the embedded demo sample.
    Result<Dataset> loadDemo(const DatasetOptions& options, ProgressObserver* observer = nullptr,
                             std::stop_token stop = {}) const;

private:
    /// `table`: read by TableReader (a table or class folders), whose label map is applied
    /// already; IMDb's stars are mapped here.
    Result<Dataset> finish(Result<Corpus> corpus, const DatasetOptions& options,
                           LoadTimings timings, std::string name, bool table,
                           ProgressObserver* observer) const;
    std::filesystem::path cacheDirectory_;
};

}  // namespace sentiment::data
