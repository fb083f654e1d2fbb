// RunStore::importRuns: runs from another store, merged by their uids. (A file of its own beside
// RunStore.cpp: it reads a store of any schema version through generic column lists.)

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <map>
#include <set>

#include "foundation/AtomicFile.h"
#include "foundation/Sha256.h"
#include "storage/ProcessIdentity.h"
#include "storage/RunStore.h"
#include "storage/Schema.h"

namespace sentiment::storage {

namespace {

namespace fs = std::filesystem;

bool hasTable(SQLite::Database& db, const std::string& table) {
    SQLite::Statement q(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    q.bind(1, table);
    return q.executeStep();
}

std::vector<std::string> columnsOf(SQLite::Database& db, const std::string& table) {
    std::vector<std::string> out;
    SQLite::Statement q(db, "SELECT name FROM pragma_table_info(?)");
    q.bind(1, table);
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    return out;
}

// The columns both stores have, less those the import sets itself.
std::vector<std::string> shared(SQLite::Database& from, SQLite::Database& to, const std::string& table,
                                const std::set<std::string>& setHere) {
    const auto theirs = columnsOf(from, table);
    std::vector<std::string> out;
    for (const auto& c : columnsOf(to, table)) {
        if (!setHere.contains(c) && std::find(theirs.begin(), theirs.end(), c) != theirs.end()) out.push_back(c);
    }
    return out;
}

std::string joined(const std::vector<std::string>& names) {
    std::string s;
    for (const auto& n : names) s += (s.empty() ? "" : ", ") + n;
    return s;
}

void bindColumn(SQLite::Statement& q, int index, const SQLite::Column& c) {
    switch (c.getType()) {
        case SQLITE_INTEGER: q.bind(index, c.getInt64()); break;
        case SQLITE_FLOAT: q.bind(index, c.getDouble()); break;
        case SQLITE_TEXT: q.bind(index, c.getString()); break;
        case SQLITE_BLOB: q.bind(index, c.getBlob(), c.getBytes()); break;
        default: q.bind(index); break;
    }
}

// Copies a run's rows of `table` (keyed by run_id) under its new id.
void copyRows(SQLite::Database& from, SQLite::Database& to, const std::string& table, std::int64_t theirs,
              std::int64_t ours) {
    if (!hasTable(from, table)) return;
    // predictions' own ids are this store's to give.
    const auto columns = shared(from, to, table, {"run_id", "id"});
    SQLite::Statement read(from, "SELECT " + joined(columns) + " FROM " + table + " WHERE run_id = ?");
    read.bind(1, theirs);
    std::string marks;
    for (std::size_t i = 0; i < columns.size(); ++i) marks += ", ?";
    SQLite::Statement write(to, "INSERT INTO " + table + " (run_id, " + joined(columns) + ") VALUES (?" + marks + ")");
    while (read.executeStep()) {
        write.bind(1, ours);
        for (int i = 0; i < static_cast<int>(columns.size()); ++i) bindColumn(write, i + 2, read.getColumn(i));
        write.exec();
        write.reset();
    }
}

// A run of the other store, as far as the import needs to know it before copying.
struct Incoming {
    std::int64_t id = 0;
    std::string uid;
    std::string status;
    std::string checkpointPath, checkpointSha256;
    std::int64_t group = 0;
    std::string owner;
};

// Copies of checkpoint files made by this import: removed again unless it commits.
class CopiedFiles {
public:
    ~CopiedFiles() {
        if (kept_) return;
        std::error_code ec;
        for (const auto& f : files_) fs::remove(f, ec);
    }
    void add(const fs::path& f) { files_.push_back(f); }
    void keep() { kept_ = true; }

private:
    std::vector<fs::path> files_;
    bool kept_ = false;
};

}  // namespace

Result<RunStore::ImportReport> RunStore::importRuns(const std::filesystem::path& other, const ImportOptions& options) {
    std::error_code ec;
    if (fs::exists(other, ec) && fs::equivalent(other, path_, ec)) {
        return Error::at(other.string(), Message::tr("is this run store itself: choose another store to import"));
    }
    // The other store is only read, whatever its schema version (older ones are read as they are).
    std::unique_ptr<SQLite::Database> ownedSource;
    std::optional<RunStore> opened;
    if (auto reader = openForReading(other); reader) {
        opened.emplace(std::move(*reader));
    } else if (reader.error().kind != ErrorKind::OlderSchema) {
        return reader.error();
    } else {
        try {
            ownedSource = std::make_unique<SQLite::Database>(other, SQLite::OPEN_READONLY, 5000);
        } catch (const std::exception& e) {
            return Error::at(other.string(), Message::tr("cannot be read: %1").arg(e.what()));
        }
    }
    SQLite::Database& from = opened ? *opened->db_ : *ownedSource;
    SQLite::Database& to = *db_;
    const fs::path checkpointsTo = options.checkpointsTo.empty() ? path_.parent_path() / "checkpoints" : options.checkpointsTo;
    ImportReport report;
    try {
        const int version = from.execAndGet("PRAGMA user_version").getInt();
        if (version < 1 || !hasTable(from, "runs")) return report;  // a store nothing was ever recorded in
        const auto theirColumns = columnsOf(from, "runs");
        const bool theyHaveUids = std::find(theirColumns.begin(), theirColumns.end(), "uid") != theirColumns.end();
        const bool theyHaveGroups = hasTable(from, "run_groups");
        std::vector<Incoming> incoming;
        {
            SQLite::Statement q(from, std::string("SELECT id, ") + (theyHaveUids ? "uid" : "''") +
                                          ", status, checkpoint_path, checkpoint_sha256, " +
                                          (theyHaveGroups ? "coalesce(group_id, 0)" : "0") +
                                          ", coalesce(owner, ''), created_at, config_json, seed, dataset_hash FROM runs ORDER BY id");
            while (q.executeStep()) {
                Incoming r;
                r.id = q.getColumn(0).getInt64();
                r.uid = q.getColumn(1).getString();
                if (r.uid.empty()) {
                    r.uid = Schema::legacyRunUid(r.id, q.getColumn(7).getString(), q.getColumn(8).getString(),
                                                 q.getColumn(9).getInt64(), q.getColumn(10).getString());
                }
                r.status = q.getColumn(2).getString();
                r.checkpointPath = q.getColumn(3).getString();
                r.checkpointSha256 = q.getColumn(4).getString();
                r.group = q.getColumn(5).getInt64();
                r.owner = q.getColumn(6).getString();
                incoming.push_back(std::move(r));
            }
        }

        // Where each run's checkpoint is here (or will be), by the other store's id; files copied
        // now are removed again if the import does not commit.
        CopiedFiles copied;
        std::map<std::int64_t, std::string> checkpointHere;
        auto bringCheckpoint = [&](const Incoming& r) -> Status {
            if (r.checkpointPath.empty()) return Done{};
            const fs::path recorded(r.checkpointPath);
            // Without a folder given: where the run recorded it, else beside the other store
            // (in "checkpoints" or loose), where a copy brought home usually lands.
            std::vector<fs::path> candidates;
            if (options.checkpointsFrom.empty()) {
                candidates = {recorded, other.parent_path() / "checkpoints" / recorded.filename(),
                              other.parent_path() / recorded.filename()};
            } else {
                candidates = {options.checkpointsFrom / recorded.filename()};
            }
            const auto at = std::find_if(candidates.begin(), candidates.end(),
                                         [&](const fs::path& p) { return fs::is_regular_file(p, ec); });
            if (at == candidates.end()) {
                ++report.checkpointsMissing;
                return Done{};
            }
            const fs::path found = *at;
            auto sha = Sha256::ofFile(found);
            if (!sha) return sha.error();
            if (!r.checkpointSha256.empty() && *sha != r.checkpointSha256) {
                report.problems.push_back(Message::tr("%1 is not the checkpoint run %2 recorded (its SHA-256 differs); left out")
                                              .arg(found.string())
                                              .arg(r.uid));
                ++report.checkpointsMissing;
                return Done{};
            }
            fs::create_directories(checkpointsTo, ec);
            if (ec) {
                return Error::at(checkpointsTo.string(), Message::tr("the folder for checkpoints cannot be created: %1").arg(ec.message()));
            }
            fs::path target = checkpointsTo / recorded.filename();
            if (fs::exists(target, ec) && !fs::equivalent(target, found, ec)) {
                auto there = Sha256::ofFile(target);
                // Another run's file under the same name: this one takes its uid in front.
                if (!there || *there != *sha) target = checkpointsTo / (r.uid.substr(0, 8) + "-" + recorded.filename().string());
            }
            if (!fs::exists(target, ec)) {
                if (auto written = AtomicFile::copy(found, target); !written) return written.error();
                copied.add(target);
            }
            ++report.checkpointsCopied;
            checkpointHere[r.id] = target.string();
            return Done{};
        };

        SQLite::Transaction transaction(to, SQLite::TransactionBehavior::IMMEDIATE);
        std::map<std::int64_t, std::int64_t> groupHere;  // their group id -> ours
        if (theyHaveGroups) {
            const auto groupColumns = columnsOf(from, "run_groups");
            const bool groupUids = std::find(groupColumns.begin(), groupColumns.end(), "uid") != groupColumns.end();
            SQLite::Statement q(from, std::string("SELECT id, kind, knob, name, created_at, ") + (groupUids ? "uid" : "''") +
                                          " FROM run_groups");
            while (q.executeStep()) {
                const auto id = q.getColumn(0).getInt64();
                std::string uid = q.getColumn(5).getString();
                if (uid.empty()) {
                    uid = Schema::legacyGroupUid(id, q.getColumn(1).getString(), q.getColumn(2).getString(),
                                                 q.getColumn(4).getString());
                }
                SQLite::Statement known(to, "SELECT id FROM run_groups WHERE uid = ?");
                known.bind(1, uid);
                if (known.executeStep()) {
                    groupHere[id] = known.getColumn(0).getInt64();
                    continue;
                }
                SQLite::Statement add(to, "INSERT INTO run_groups (kind, knob, name, created_at, uid) VALUES (?, ?, ?, ?, ?)");
                for (int i = 1; i <= 4; ++i) bindColumn(add, i, q.getColumn(i));
                add.bind(5, uid);
                add.exec();
                groupHere[id] = to.getLastInsertRowid();
            }
        }

        const auto runColumns = shared(from, to, "runs",
                                       {"id", "uid", "group_id", "checkpoint_path", "status", "imported_from", "imported_at"});
        SQLite::Statement read(from, "SELECT " + joined(runColumns) + " FROM runs WHERE id = ?");
        std::string marks;
        for (std::size_t i = 0; i < runColumns.size(); ++i) marks += ", ?";
        SQLite::Statement write(to, "INSERT INTO runs (uid, group_id, checkpoint_path, status, imported_from, imported_at, " +
                                        joined(runColumns) + ") VALUES (?, ?, ?, ?, ?, ?" + marks + ")");
        const auto importedAt = now();
        const auto source = fs::absolute(other, ec).lexically_normal().string();
        for (const auto& r : incoming) {
            SQLite::Statement known(to, "SELECT id, checkpoint_path FROM runs WHERE uid = ?");
            known.bind(1, r.uid);
            if (known.executeStep()) {
                ++report.alreadyHere;
                // A checkpoint that did not come the first time may come now.
                const auto here = known.getColumn(1).getString();
                if (!r.checkpointPath.empty() && (here.empty() || !fs::exists(here, ec))) {
                    if (auto ok = bringCheckpoint(r); !ok) return ok.error();
                    if (const auto it = checkpointHere.find(r.id); it != checkpointHere.end()) {
                        SQLite::Statement u(to, "UPDATE runs SET checkpoint_path = ? WHERE id = ?");
                        u.bind(1, it->second);
                        u.bind(2, known.getColumn(0).getInt64());
                        u.exec();
                    }
                }
                continue;
            }
            std::string status = r.status;
            if (status == "running") {
                // Alive, or on a machine this one cannot look into: it may still be training there.
                if (ProcessIdentity::decode(r.owner).alive()) {
                    ++report.stillRunning;
                    continue;
                }
                status = "interrupted";
            }
            if (auto ok = bringCheckpoint(r); !ok) return ok.error();
            read.reset();
            read.bind(1, r.id);
            if (!read.executeStep()) continue;
            int i = 1;
            write.bind(i++, r.uid);
            if (const auto g = groupHere.find(r.group); g != groupHere.end()) {
                write.bind(i++, g->second);
            } else {
                write.bind(i++);
            }
            const auto ckpt = checkpointHere.find(r.id);
            write.bind(i++, ckpt != checkpointHere.end() ? ckpt->second : r.checkpointPath);
            write.bind(i++, status);
            write.bind(i++, source);
            write.bind(i++, importedAt);
            for (int c = 0; c < static_cast<int>(runColumns.size()); ++c) bindColumn(write, i++, read.getColumn(c));
            write.exec();
            write.reset();
            const auto ours = to.getLastInsertRowid();
            for (const char* table : {"epochs", "batch_points", "predictions", "tags", "test_predictions", "gradient_flow"}) {
                copyRows(from, to, table, r.id, ours);
            }
            report.imported.push_back(ours);
        }
        transaction.commit();
        copied.keep();
        return report;
    } catch (const std::exception& e) {
        return failure(Message::tr("import the runs of %1").arg(other.string()), e);
    }
}

}  // namespace sentiment::storage
