#pragma once

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <string>

namespace sentiment::storage {

/// The run store's tables and their forward migrations. `PRAGMA user_version` holds the
/// schema version and `PRAGMA application_id` marks the file as a Sentiment Lab run store.
class Schema {
public:
    static constexpr int kVersion = 5;
    static constexpr int kApplicationId = 0x534c6162;  // "SLab"

    /// Brings a database at version `from` (0: empty) to `to` (tests build older stores with
    /// it) in one transaction; on any failure nothing changes. Throws SQLite::Exception.
    static void migrate(SQLite::Database& db, int from, int to = kVersion);

    /// The id of a run (a group) recorded before schema 4, from facts that never change.
    static std::string legacyRunUid(std::int64_t id, const std::string& createdAt,
                                    const std::string& configJson, std::int64_t seed,
                                    const std::string& datasetHash);
    static std::string legacyGroupUid(std::int64_t id, const std::string& kind,
                                      const std::string& knob, const std::string& createdAt);
};

}  // namespace sentiment::storage
