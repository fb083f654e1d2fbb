// RunStore::importRuns and the RunImport that does it: runs from another store, merged by their
// uids. Both stores' columns are read by name, so the other store may be of any schema version.

#include "storage/RunImport.h"

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <optional>
#include <set>

#include "foundation/AtomicFile.h"
#include "foundation/Sha256.h"
#include "storage/ProcessIdentity.h"
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

bool hasColumn(SQLite::Database& db, const std::string& table, const std::string& column) {
    const auto columns = columnsOf(db, table);
    return std::find(columns.begin(), columns.end(), column) != columns.end();
}

// The columns both stores have, less those the import sets itself.
std::vector<std::string> shared(SQLite::Database& from, SQLite::Database& to,
                                const std::string& table, const std::set<std::string>& setHere) {
    const auto theirs = columnsOf(from, table);
    std::vector<std::string> out;
    for (const auto& c : columnsOf(to, table)) {
        if (!setHere.contains(c) && std::find(theirs.begin(), theirs.end(), c) != theirs.end())
            out.push_back(c);
    }
    return out;
}

std::string joined(const std::vector<std::string>& names) {
    std::string s;
    for (const auto& n : names) s += (s.empty() ? "" : ", ") + n;
    return s;
}

// "?, ?, ?" for `n` values.
std::string marks(std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += i == 0 ? "?" : ", ?";
    return s;
}

void bindColumn(SQLite::Statement& q, int index, const SQLite::Column& c) {
    switch (c.getType()) {
        case SQLITE_INTEGER:
            q.bind(index, c.getInt64());
            break;
        case SQLITE_FLOAT:
            q.bind(index, c.getDouble());
            break;
        case SQLITE_TEXT:
            q.bind(index, c.getString());
            break;
        case SQLITE_BLOB:
            q.bind(index, c.getBlob(), c.getBytes());
            break;
        default:
            q.bind(index);
            break;
    }
}

// Binds the columns `names` of the row `read` stands on, from `first` on.
void bindRow(SQLite::Statement& write, int first, SQLite::Statement& read,
             const std::vector<std::string>& names) {
    for (const auto& name : names) bindColumn(write, first++, read.getColumn(name.c_str()));
}

}  // namespace

RunImport::RunImport(SQLite::Database& from, SQLite::Database& to, std::filesystem::path source,
                     RunStore::ImportOptions options, std::filesystem::path checkpointsTo,
                     std::string importedAt)
    : from_(from),
      to_(to),
      source_(std::move(source)),
      options_(std::move(options)),
      checkpointsTo_(std::move(checkpointsTo)),
      importedAt_(std::move(importedAt)) {}

RunImport::~RunImport() {
    if (keepCopies_) return;
    std::error_code ec;
    for (const auto& f : copies_) fs::remove(f, ec);
}

Result<RunStore::ImportReport> RunImport::run() {
    const int version = from_.execAndGet("PRAGMA user_version").getInt();
    if (version < 1 || !hasTable(from_, "runs"))
        return report_;  // a store nothing was ever recorded in
    const auto incoming = readIncoming();
    mergeGroups();
    for (const auto& r : incoming) {
        if (auto merged = mergeRun(r); !merged) return merged.error();
    }
    return report_;
}

std::vector<RunImport::Incoming> RunImport::readIncoming() {
    const bool uids = hasColumn(from_, "runs", "uid");
    const bool groups = hasTable(from_, "run_groups");
    SQLite::Statement q(
        from_, std::string("SELECT id, ") + (uids ? "uid" : "''") +
                   " AS uid, status, checkpoint_path, " + "checkpoint_sha256, " +
                   (groups ? "coalesce(group_id, 0)" : "0") + " AS group_id, " +
                   "coalesce(owner, '') AS owner, created_at, config_json, seed, dataset_hash " +
                   "FROM runs ORDER BY id");
    std::vector<Incoming> out;
    while (q.executeStep()) {
        Incoming r;
        r.id = q.getColumn("id").getInt64();
        r.uid = q.getColumn("uid").getString();
        if (r.uid.empty()) {
            r.uid = Schema::legacyRunUid(
                r.id, q.getColumn("created_at").getString(), q.getColumn("config_json").getString(),
                q.getColumn("seed").getInt64(), q.getColumn("dataset_hash").getString());
        }
        r.status = q.getColumn("status").getString();
        r.checkpointPath = q.getColumn("checkpoint_path").getString();
        r.checkpointSha256 = q.getColumn("checkpoint_sha256").getString();
        r.group = q.getColumn("group_id").getInt64();
        r.owner = q.getColumn("owner").getString();
        out.push_back(std::move(r));
    }
    return out;
}

void RunImport::mergeGroups() {
    if (!hasTable(from_, "run_groups")) return;
    const bool uids = hasColumn(from_, "run_groups", "uid");
    SQLite::Statement q(from_, std::string("SELECT id, kind, knob, name, created_at, ") +
                                   (uids ? "uid" : "''") + " AS uid FROM run_groups");
    while (q.executeStep()) {
        const auto id = q.getColumn("id").getInt64();
        std::string uid = q.getColumn("uid").getString();
        if (uid.empty()) {
            uid = Schema::legacyGroupUid(id, q.getColumn("kind").getString(),
                                         q.getColumn("knob").getString(),
                                         q.getColumn("created_at").getString());
        }
        SQLite::Statement known(to_, "SELECT id FROM run_groups WHERE uid = ?");
        known.bind(1, uid);
        if (known.executeStep()) {
            groupHere_[id] = known.getColumn(0).getInt64();
            continue;
        }
        SQLite::Statement add(
            to_,
            "INSERT INTO run_groups (kind, knob, name, created_at, uid) VALUES (?, ?, ?, ?, ?)");
        bindRow(add, 1, q, {"kind", "knob", "name", "created_at"});
        add.bind(5, uid);
        add.exec();
        groupHere_[id] = to_.getLastInsertRowid();
    }
}

Status RunImport::mergeRun(const Incoming& r) {
    SQLite::Statement known(to_, "SELECT id, checkpoint_path FROM runs WHERE uid = ?");
    known.bind(1, r.uid);
    if (known.executeStep()) {
        ++report_.alreadyHere;
        return completeKnownRun(r, known.getColumn("id").getInt64(),
                                known.getColumn("checkpoint_path").getString());
    }
    std::string status = r.status;
    if (status == "running") {
        // Alive, or on a machine this one cannot look into: it may still be training there.
        if (ProcessIdentity::decode(r.owner).alive()) {
            ++report_.stillRunning;
            return Done{};
        }
        status = "interrupted";
    }
    auto checkpoint = bringCheckpoint(r);
    if (!checkpoint) return checkpoint.error();
    const auto columns = shared(
        from_, to_, "runs",
        {"id", "uid", "group_id", "checkpoint_path", "status", "imported_from", "imported_at"});
    SQLite::Statement read(from_, "SELECT " + joined(columns) + " FROM runs WHERE id = ?");
    read.bind(1, r.id);
    if (!read.executeStep()) return Done{};
    SQLite::Statement write(
        to_,
        "INSERT INTO runs (uid, group_id, checkpoint_path, status, imported_from, imported_at, " +
            joined(columns) + ") VALUES (?, ?, ?, ?, ?, ?" +
            (columns.empty() ? "" : ", " + marks(columns.size())) + ")");
    write.bind(1, r.uid);
    if (const auto g = groupHere_.find(r.group); g != groupHere_.end()) {
        write.bind(2, g->second);
    } else {
        write.bind(2);
    }
    write.bind(3, checkpoint->empty() ? r.checkpointPath : *checkpoint);
    write.bind(4, status);
    std::error_code ec;
    write.bind(5, fs::absolute(source_, ec).lexically_normal().string());
    write.bind(6, importedAt_);
    bindRow(write, 7, read, columns);
    write.exec();
    const auto ours = to_.getLastInsertRowid();
    for (const char* table :
         {"epochs", "batch_points", "predictions", "tags", "test_predictions", "gradient_flow"}) {
        copyRows(table, r.id, ours);
    }
    report_.imported.push_back(ours);
    return Done{};
}

Status RunImport::completeKnownRun(const Incoming& r, std::int64_t here,
                                   const std::string& checkpointHere) {
    std::error_code ec;
    if (r.checkpointPath.empty() || (!checkpointHere.empty() && fs::exists(checkpointHere, ec)))
        return Done{};
    auto checkpoint = bringCheckpoint(r);
    if (!checkpoint) return checkpoint.error();
    if (checkpoint->empty()) return Done{};
    SQLite::Statement u(to_, "UPDATE runs SET checkpoint_path = ? WHERE id = ?");
    u.bind(1, *checkpoint);
    u.bind(2, here);
    u.exec();
    return Done{};
}

fs::path RunImport::findCheckpoint(const Incoming& r) const {
    const fs::path recorded(r.checkpointPath);
    // Without a folder given: where the run recorded it, else beside the other store (in
    // "checkpoints" or loose), where a copy brought home usually lands.
    std::vector<fs::path> candidates;
    if (options_.checkpointsFrom.empty()) {
        candidates = {recorded, source_.parent_path() / "checkpoints" / recorded.filename(),
                      source_.parent_path() / recorded.filename()};
    } else {
        candidates = {options_.checkpointsFrom / recorded.filename()};
    }
    std::error_code ec;
    const auto at = std::find_if(candidates.begin(), candidates.end(),
                                 [&](const fs::path& p) { return fs::is_regular_file(p, ec); });
    return at == candidates.end() ? fs::path() : *at;
}

Result<std::string> RunImport::bringCheckpoint(const Incoming& r) {
    if (r.checkpointPath.empty()) return std::string();
    const fs::path found = findCheckpoint(r);
    if (found.empty()) {
        ++report_.checkpointsMissing;
        return std::string();
    }
    auto sha = Sha256::ofFile(found);
    if (!sha) return sha.error();
    if (!r.checkpointSha256.empty() && *sha != r.checkpointSha256) {
        report_.problems.push_back(
            Message::tr("%1 is not the checkpoint run %2 recorded (its SHA-256 differs); left out")
                .arg(found.string())
                .arg(r.uid));
        ++report_.checkpointsMissing;
        return std::string();
    }
    std::error_code ec;
    fs::create_directories(checkpointsTo_, ec);
    if (ec) {
        return Error::at(
            checkpointsTo_.string(),
            Message::tr("the folder for checkpoints cannot be created: %1").arg(ec.message()));
    }
    const fs::path name = fs::path(r.checkpointPath).filename();
    fs::path target = checkpointsTo_ / name;
    if (fs::exists(target, ec) && !fs::equivalent(target, found, ec)) {
        auto there = Sha256::ofFile(target);
        // Another run's file under the same name: this one takes its uid in front.
        if (!there || *there != *sha)
            target = checkpointsTo_ / (r.uid.substr(0, 8) + "-" + name.string());
    }
    if (!fs::exists(target, ec)) {
        if (auto written = AtomicFile::copy(found, target); !written) return written.error();
        copies_.push_back(target);
    }
    ++report_.checkpointsCopied;
    return target.string();
}

// Copies a run's rows of `table` (keyed by run_id) under its new id.
void RunImport::copyRows(const std::string& table, std::int64_t theirs, std::int64_t ours) {
    if (!hasTable(from_, table)) return;
    // predictions' own ids are this store's to give.
    const auto columns = shared(from_, to_, table, {"run_id", "id"});
    SQLite::Statement read(from_,
                           "SELECT " + joined(columns) + " FROM " + table + " WHERE run_id = ?");
    read.bind(1, theirs);
    SQLite::Statement write(to_, "INSERT INTO " + table + " (run_id, " + joined(columns) +
                                     ") VALUES (" + marks(columns.size() + 1) + ")");
    while (read.executeStep()) {
        write.bind(1, ours);
        bindRow(write, 2, read, columns);
        write.exec();
        write.reset();
    }
}

Result<RunStore::ImportReport> RunStore::importRuns(const std::filesystem::path& other,
                                                    const ImportOptions& options) {
    std::error_code ec;
    if (fs::exists(other, ec) && fs::equivalent(other, path_, ec)) {
        return Error::at(other.string(),
                         Message::tr("is this run store itself: choose another store to import"));
    }
    // The other store is only read, whatever its schema version (older ones are read as they are).
    std::unique_ptr<SQLite::Database> olderStore;
    std::optional<RunStore> opened;
    if (auto reader = openForReading(other); reader) {
        opened.emplace(std::move(*reader));
    } else if (reader.error().kind != ErrorKind::OlderSchema) {
        return reader.error();
    } else {
        try {
            olderStore = std::make_unique<SQLite::Database>(other, SQLite::OPEN_READONLY, 5000);
        } catch (const std::exception& e) {
            return Error::at(other.string(), Message::tr("cannot be read: %1").arg(e.what()));
        }
    }
    const fs::path checkpointsTo =
        options.checkpointsTo.empty() ? path_.parent_path() / "checkpoints" : options.checkpointsTo;
    try {
        RunImport import(opened ? *opened->db_ : *olderStore, *db_, other, options, checkpointsTo,
                         now());
        SQLite::Transaction transaction(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        auto report = import.run();
        if (!report) return report.error();
        transaction.commit();
        import.keepCopies();
        return report;
    } catch (const std::exception& e) {
        return failure(Message::tr("import the runs of %1").arg(other.string()), e);
    }
}

}  // namespace sentiment::storage
