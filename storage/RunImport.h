#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "foundation/Result.h"
#include "storage/RunStore.h"

namespace SQLite {
class Database;
}

namespace sentiment::storage {

/// One import of another store's runs (RunStore::importRuns), as its steps: read the incoming
/// runs, merge their groups, then merge each run (find and copy its checkpoint, copy its rows).
/// Columns are read by name, so a store of any schema version can be the source. The caller
/// holds the transaction; checkpoint copies are removed again unless `keepCopies()` is called
/// after it commits.
class RunImport {
public:
    /// `source`: the other store's file; `importedAt`: the time stamp each imported run gets.
    RunImport(SQLite::Database& from, SQLite::Database& to, std::filesystem::path source,
              RunStore::ImportOptions options, std::filesystem::path checkpointsTo,
              std::string importedAt);
    ~RunImport();
    RunImport(const RunImport&) = delete;
    RunImport& operator=(const RunImport&) = delete;

    /// Every step in order; SQLite failures throw (the caller turns them into a message).
    Result<RunStore::ImportReport> run();
    /// The import committed: the checkpoint copies it made stay.
    void keepCopies() { keepCopies_ = true; }

private:
    /// A run of the other store, as far as the import needs to know it before copying.
    struct Incoming {
        std::int64_t id = 0;
        std::string uid;
        std::string status;
        std::string checkpointPath, checkpointSha256;
        std::int64_t group = 0;
        std::string owner;
    };

    std::vector<Incoming> readIncoming();
    void mergeGroups();
    Status mergeRun(const Incoming& run);
    /// A run this store has: only a checkpoint that did not come the first time may come now.
    Status completeKnownRun(const Incoming& run, std::int64_t here,
                            const std::string& checkpointHere);
    /// Where the run's checkpoint is in the other store's surroundings (empty: not found).
    std::filesystem::path findCheckpoint(const Incoming& run) const;
    /// Copies the run's checkpoint here after checking its SHA-256; where it is here, or empty
    /// when the run comes without it.
    Result<std::string> bringCheckpoint(const Incoming& run);
    void copyRows(const std::string& table, std::int64_t theirs, std::int64_t ours);

    SQLite::Database& from_;
    SQLite::Database& to_;
    std::filesystem::path source_;
    RunStore::ImportOptions options_;
    std::filesystem::path checkpointsTo_;
    std::string importedAt_;
    RunStore::ImportReport report_;
    std::map<std::int64_t, std::int64_t> groupHere_;  ///< their group id -> ours
    std::vector<std::filesystem::path> copies_;       ///< checkpoint files this import wrote
    bool keepCopies_ = false;
};

}  // namespace sentiment::storage
