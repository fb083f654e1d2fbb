#pragma once

#include <SQLiteCpp/Database.h>

namespace sentiment::storage {

/// The run store's tables and their forward migrations. `PRAGMA user_version` holds the
/// schema version and `PRAGMA application_id` marks the file as a Sentiment Lab run store.
class Schema {
public:
    static constexpr int kVersion = 3;
    static constexpr int kApplicationId = 0x534c6162;  // "SLab"

    /// Brings a database at version `from` (0: empty) to `to` (tests build older stores with
    /// it) in one transaction; on any failure nothing changes. Throws SQLite::Exception.
    static void migrate(SQLite::Database& db, int from, int to = kVersion);
};

}  // namespace sentiment::storage
