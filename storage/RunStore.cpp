#include "storage/RunStore.h"

#include "foundation/DataDirectory.h"

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <cstdlib>
#include <fstream>
#include <map>

#include "foundation/TextFormat.h"
#include "storage/ProcessIdentity.h"
#include "storage/RunIdentity.h"
#include "storage/Schema.h"

namespace sentiment::storage {

namespace {

namespace fs = std::filesystem;

// What an SQLite result code means for a student.
Message problemOf(int code) {
    switch (code & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return Message::tr(
                "the run store is locked by another program (another Sentiment Lab still "
                "writing?)");
        case SQLITE_READONLY:
            return Message::tr("the run store or its folder is read-only");
        case SQLITE_FULL:
            return Message::tr("the disk is full");
        case SQLITE_CANTOPEN:
            return Message::tr(
                "the run store cannot be opened (a missing folder or no permission)");
        case SQLITE_CORRUPT:
            return Message::tr(
                "the run store is damaged ('sentiment-lab-cli runs check' tells more)");
        case SQLITE_NOTADB:
            return Message::tr("the file is not an SQLite database");
        case SQLITE_IOERR:
            return Message::tr("the disk reported an input/output error");
        case SQLITE_PERM:
        case SQLITE_AUTH:
            return Message::tr("permission denied");
        default:
            return Message::tr("an SQLite error");
    }
}

bool unusableCode(int code) {
    return (code & 0xff) == SQLITE_NOTADB || (code & 0xff) == SQLITE_CORRUPT;
}

// Why a file cannot be our store, and what kind of problem that is (an empty `why`: it can be).
struct Unusable {
    Message why;
    ErrorKind kind = ErrorKind::NotAStore;
    bool empty() const { return why.empty(); }
};

Unusable inspect(SQLite::Database& db) {
    const int app = db.execAndGet("PRAGMA application_id").getInt();
    const int version = db.execAndGet("PRAGMA user_version").getInt();
    if (app != Schema::kApplicationId) {
        SQLite::Statement tables(
            db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name LIMIT 4");
        std::string names;
        while (tables.executeStep())
            names += (names.empty() ? "" : ", ") + tables.getColumn(0).getString();
        if (!names.empty() || app != 0) {
            if (names.empty()) return {Message::tr("it is an SQLite database of another program")};
            return {
                Message::tr("it is an SQLite database of another program (tables %1)").arg(names)};
        }
        return {};
    }
    if (version > Schema::kVersion) {
        return {Message::tr("it was written by a newer Sentiment Lab (schema version %1; this "
                            "version knows up to %2)")
                    .arg(version)
                    .arg(Schema::kVersion),
                ErrorKind::NewerSchema};
    }
    return {};
}

bool hasSqliteHeader(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    in.read(header, sizeof header);
    return in.gcount() == 16 && std::string(header, 16) == std::string("SQLite format 3\0", 16);
}

struct Attempt {
    std::unique_ptr<SQLite::Database> db;
    Unusable unusable;           // why the file cannot be used (set it aside)
    std::optional<Error> error;  // could not open for another reason (locked, read-only ...)
};

Attempt tryOpen(const fs::path& path, const RunStore::OpenOptions& options) {
    Attempt a;
    std::error_code ec;
    const auto size = fs::exists(path, ec) ? fs::file_size(path, ec) : 0;
    if (size > 0 && !hasSqliteHeader(path)) {
        a.unusable = {Message::tr("it is not an SQLite database")};
        return a;
    }
    try {
        auto db = std::make_unique<SQLite::Database>(
            path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, options.busyTimeoutMs);
        if (auto why = inspect(*db); !why.empty()) {
            a.unusable = why;
            return a;
        }
        // WAL: readers never block the writer, and a commit is one append.
        const auto mode = db->execAndGet("PRAGMA journal_mode = WAL").getString();
        if (mode != "wal") {
            a.error = Error::at(
                path.string(),
                Message::tr("the run store cannot use write-ahead logging (journal mode %1)")
                    .arg(mode));
            return a;
        }
        db->exec("PRAGMA foreign_keys = ON");
        // FULL: a committed epoch survives a power cut too (one sync per epoch is cheap).
        db->exec("PRAGMA synchronous = FULL");
        if (options.maxPages > 0)
            db->exec("PRAGMA max_page_count = " + std::to_string(options.maxPages));
        Schema::migrate(*db, db->execAndGet("PRAGMA user_version").getInt());
        a.db = std::move(db);
    } catch (const SQLite::Exception& e) {
        if (unusableCode(e.getErrorCode())) {
            a.unusable = {Message::tr("it is damaged (SQLite: %1)").arg(e.what()),
                          ErrorKind::Damaged};
        } else {
            a.error = Error::at(
                path.string(),
                Message::tr("%1 (SQLite: %2)").arg(problemOf(e.getErrorCode())).arg(e.what()));
        }
    }
    return a;
}

// Moves the file and its WAL and shared-memory companions aside; returns the new name.
Result<fs::path> setAside(const fs::path& path, const Unusable& why) {
    const std::string kind = why.kind == ErrorKind::NewerSchema ? "newer" : "unusable";
    fs::path target;
    for (int n = 0;; ++n) {
        target = path;
        target +=
            "." + kind + "-" + localTime("%Y%m%d-%H%M%S") + (n > 0 ? "-" + std::to_string(n) : "");
        std::error_code ec;
        if (!fs::exists(target, ec)) break;
    }
    std::error_code ec;
    fs::rename(path, target, ec);
    if (ec) {
        return Error::at(path.string(), Message::tr("%1, and it could not be moved aside to %2: %3")
                                            .arg(why.why)
                                            .arg(target.string())
                                            .arg(ec.message()));
    }
    for (const char* suffix : {"-wal", "-shm"}) {
        auto companion = path;
        companion += suffix;
        if (fs::exists(companion, ec)) {
            auto moved = target;
            moved += suffix;
            fs::rename(companion, moved, ec);
        }
    }
    return target;
}

// What a run's row reads, every column under its own name: readRow() asks for each by name, so
// the order here is free and a column added anywhere shifts nothing.
constexpr const char* kRunColumns =
    "id, name, created_at, coalesce(finished_at, '') AS finished_at, status, preset, config_json, "
    "seed, "
    "dataset_source, dataset_size, dataset_hash, train_size, valid_size, test_size, vocab_size, "
    "vectors_path, "
    "vectors_coverage, parameters, device, threads, app_version, torch_version, best_epoch, "
    "test_loss, "
    "test_accuracy, test_macro_f1, checkpoint_path, checkpoint_sha256, error, notes, "
    "(SELECT count(*) FROM epochs e WHERE e.run_id = runs.id) AS epoch_count, "
    "(SELECT max(valid_accuracy) FROM epochs e WHERE e.run_id = runs.id) AS best_valid_accuracy, "
    "coalesce(group_id, 0) AS group_id, group_value, card_json, uid, imported_from, imported_at, "
    "coalesce(owner, '') AS owner";

std::optional<double> optionalDouble(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return c.getDouble();
}

RunRow readRow(SQLite::Statement& q) {
    // (A running run whose process is gone, by its `owner`, reads as interrupted, also where the
    // store is only read and nobody marked it.)
    RunRow r;
    r.id = q.getColumn("id").getInt64();
    r.info.name = q.getColumn("name").getString();
    r.createdAt = q.getColumn("created_at").getString();
    r.finishedAt = q.getColumn("finished_at").getString();
    r.status = parseRunStatus(q.getColumn("status").getString()).value_or(RunStatus::Failed);
    r.info.preset = q.getColumn("preset").getString();
    r.info.configJson = q.getColumn("config_json").getString();
    r.info.seed = static_cast<std::uint64_t>(q.getColumn("seed").getInt64());
    r.info.datasetSource = q.getColumn("dataset_source").getString();
    r.info.datasetSize = static_cast<std::uint64_t>(q.getColumn("dataset_size").getInt64());
    r.info.datasetHash = q.getColumn("dataset_hash").getString();
    r.info.trainSize = static_cast<std::uint64_t>(q.getColumn("train_size").getInt64());
    r.info.validSize = static_cast<std::uint64_t>(q.getColumn("valid_size").getInt64());
    r.info.testSize = static_cast<std::uint64_t>(q.getColumn("test_size").getInt64());
    r.info.vocabSize = static_cast<std::uint64_t>(q.getColumn("vocab_size").getInt64());
    r.info.vectorsPath = q.getColumn("vectors_path").getString();
    r.info.vectorsCoverage = optionalDouble(q.getColumn("vectors_coverage"));
    r.info.parameters = q.getColumn("parameters").getInt64();
    r.info.device = q.getColumn("device").getString();
    r.info.threads = q.getColumn("threads").getInt();
    r.info.appVersion = q.getColumn("app_version").getString();
    r.info.torchVersion = q.getColumn("torch_version").getString();
    r.bestEpoch = q.getColumn("best_epoch").getInt();
    r.testLoss = optionalDouble(q.getColumn("test_loss"));
    r.testAccuracy = optionalDouble(q.getColumn("test_accuracy"));
    r.testMacroF1 = optionalDouble(q.getColumn("test_macro_f1"));
    r.checkpointPath = q.getColumn("checkpoint_path").getString();
    r.checkpointSha256 = q.getColumn("checkpoint_sha256").getString();
    r.error = q.getColumn("error").getString();
    r.notes = q.getColumn("notes").getString();
    r.epochs = q.getColumn("epoch_count").getInt();
    r.bestValidAccuracy = optionalDouble(q.getColumn("best_valid_accuracy"));
    r.info.groupId = q.getColumn("group_id").getInt64();
    r.info.groupValue = q.getColumn("group_value").getString();
    r.info.cardJson = q.getColumn("card_json").getString();
    r.uid = q.getColumn("uid").getString();
    r.importedFrom = q.getColumn("imported_from").getString();
    r.importedAt = q.getColumn("imported_at").getString();
    const auto owner = ProcessIdentity::decode(q.getColumn("owner").getString());
    r.host = owner.host;
    if (r.status == RunStatus::Running && !owner.alive()) r.status = RunStatus::Interrupted;
    return r;
}

void insertPoints(SQLite::Database& db, std::int64_t run, std::span<const BatchPoint> points) {
    if (points.empty()) return;
    SQLite::Statement q(db,
                        "INSERT OR REPLACE INTO batch_points (run_id, step, epoch, loss, accuracy) "
                        "VALUES (?, ?, ?, ?, ?)");
    for (const auto& p : points) {
        q.bind(1, run);
        q.bind(2, static_cast<std::int64_t>(p.step));
        q.bind(3, p.epoch);
        q.bind(4, p.loss);
        q.bind(5, p.accuracy);
        q.exec();
        q.reset();
    }
}

void bindOptional(SQLite::Statement& q, int index, const std::optional<double>& v) {
    if (v) {
        q.bind(index, *v);
    } else {
        q.bind(index);
    }
}

std::string likePattern(const std::string& text) {
    std::string p = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\') p += '\\';
        p += c;
    }
    return p + "%";
}

}  // namespace

RunStore::RunStore(std::filesystem::path path, std::unique_ptr<SQLite::Database> db,
                   OpenReport report)
    : path_(std::move(path)), db_(std::move(db)), report_(std::move(report)) {}
RunStore::RunStore(RunStore&&) noexcept = default;
RunStore& RunStore::operator=(RunStore&&) noexcept = default;
RunStore::~RunStore() = default;

std::string RunStore::now() {
    return utcTime("%Y-%m-%dT%H:%M:%SZ");
}

std::filesystem::path RunStore::defaultPath() {
    return DataDirectory::defaultPath() / "runs.sqlite";
}

Result<RunStore> RunStore::openForReading(const std::filesystem::path& path, int busyTimeoutMs) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        return Error::at(path.string(), Message::tr("there is no run store here yet"))
            .as(ErrorKind::NotFound);
    }
    if (fs::is_directory(path, ec))
        return Error::at(path.string(), Message::tr("is a folder; the run store must be a file"));
    auto untouched = [&](const Unusable& why) {
        return Error::at(
                   path.string(),
                   Message::tr(
                       "is not a run store that this version can read: %1. It was left untouched")
                       .arg(why.why))
            .as(why.kind);
    };
    if (!hasSqliteHeader(path)) return untouched({Message::tr("it is not an SQLite database")});
    try {
        auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READONLY, busyTimeoutMs);
        if (auto why = inspect(*db); !why.empty()) return untouched(why);
        if (db->execAndGet("PRAGMA user_version").getInt() < Schema::kVersion) {
            return Error::at(
                       path.string(),
                       Message::tr(
                           "was written by an older Sentiment Lab; open it once with "
                           "`sentiment-lab-cli runs check` or the app to bring it up to date"))
                .as(ErrorKind::OlderSchema);
        }
        return RunStore(path, std::move(db), OpenReport{});
    } catch (const SQLite::Exception& e) {
        if (unusableCode(e.getErrorCode())) {
            return untouched(
                {Message::tr("it is damaged (SQLite: %1)").arg(e.what()), ErrorKind::Damaged});
        }
        return Error::at(
            path.string(),
            Message::tr("%1 (SQLite: %2)").arg(problemOf(e.getErrorCode())).arg(e.what()));
    }
}

Result<RunStore> RunStore::open(const std::filesystem::path& path, const OpenOptions& options) {
    std::error_code ec;
    if (path.has_parent_path()) {
        fs::create_directories(path.parent_path(), ec);
        if (ec) {
            return Error::at(path.parent_path().string(),
                             Message::tr("the folder for the run store cannot be created: %1")
                                 .arg(ec.message()));
        }
    }
    if (fs::is_directory(path, ec))
        return Error::at(path.string(), Message::tr("is a folder; the run store must be a file"));
    OpenReport report;
    auto attempt = tryOpen(path, options);
    if (!attempt.unusable.empty()) {
        if (!options.setAsideUnusable) {
            return Error::at(
                       path.string(),
                       Message::tr("cannot be used as the run store: %1. It was left untouched; "
                                   "choose another file or move it away")
                           .arg(attempt.unusable.why))
                .as(attempt.unusable.kind);
        }
        auto moved = setAside(path, attempt.unusable);
        if (!moved) return moved.error();
        report.setAside = *moved;
        report.problem = attempt.unusable.why;
        attempt = tryOpen(path, options);
        if (!attempt.unusable.empty()) {
            return Error::at(path.string(), Message::tr("a new run store could not be started: %1")
                                                .arg(attempt.unusable.why))
                .as(attempt.unusable.kind);
        }
    }
    if (attempt.error) return *attempt.error;
    RunStore store(path, std::move(attempt.db), std::move(report));
    if (options.recoverInterrupted) {
        try {
            std::vector<std::int64_t> dead;
            SQLite::Statement q(*store.db_, "SELECT id, owner FROM runs WHERE status = 'running'");
            while (q.executeStep()) {
                if (!ProcessIdentity::decode(q.getColumn(1).getString()).alive())
                    dead.push_back(q.getColumn(0).getInt64());
            }
            if (!dead.empty()) {
                SQLite::Transaction t(*store.db_, SQLite::TransactionBehavior::IMMEDIATE);
                SQLite::Statement u(*store.db_,
                                    "UPDATE runs SET status = 'interrupted', finished_at = ?, "
                                    "error = 'the program running it stopped unexpectedly' WHERE "
                                    "id = ? AND status = 'running'");
                const auto stoppedAt = now();
                for (const auto id : dead) {
                    u.bind(1, stoppedAt);
                    u.bind(2, id);
                    u.exec();
                    u.reset();
                }
                t.commit();
                store.report_.interrupted = std::move(dead);
            }
        } catch (const SQLite::Exception& e) {
            return store.failure(Message::tr("check for interrupted runs"), e);
        }
    }
    return store;
}

Error RunStore::failure(const Message& what, const std::exception& e) const {
    Message problem = Message::tr("an unexpected error");
    if (const auto* s = dynamic_cast<const SQLite::Exception*>(&e))
        problem = problemOf(s->getErrorCode());
    return Error::at(path_.string(),
                     Message::tr("could not %1: %2 (%3)").arg(what).arg(problem).arg(e.what()));
}

Status RunStore::ensureRun(std::int64_t run) const {
    SQLite::Statement q(*db_, "SELECT 1 FROM runs WHERE id = ?");
    q.bind(1, run);
    if (!q.executeStep())
        return Error::at(path_.string(), Message::tr("there is no run %1").arg(run));
    return Done{};
}

Result<std::int64_t> RunStore::beginRun(const RunInfo& info) {
    try {
        SQLite::Statement q(*db_,
                            "INSERT INTO runs (name, created_at, status, preset, config_json, "
                            "seed, dataset_source, "
                            "dataset_size, dataset_hash, train_size, valid_size, test_size, "
                            "vocab_size, vectors_path, "
                            "vectors_coverage, parameters, device, threads, app_version, "
                            "torch_version, owner, group_id, "
                            "group_value, card_json, uid) "
                            "VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            "?, ?, ?, ?, ?, ?, ?)");
        int i = 1;
        q.bind(i++, info.name);
        q.bind(i++, now());
        q.bind(i++, info.preset);
        q.bind(i++, info.configJson);
        q.bind(i++, static_cast<std::int64_t>(info.seed));
        q.bind(i++, info.datasetSource);
        q.bind(i++, static_cast<std::int64_t>(info.datasetSize));
        q.bind(i++, info.datasetHash);
        q.bind(i++, static_cast<std::int64_t>(info.trainSize));
        q.bind(i++, static_cast<std::int64_t>(info.validSize));
        q.bind(i++, static_cast<std::int64_t>(info.testSize));
        q.bind(i++, static_cast<std::int64_t>(info.vocabSize));
        q.bind(i++, info.vectorsPath);
        bindOptional(q, i++, info.vectorsCoverage);
        q.bind(i++, info.parameters);
        q.bind(i++, info.device);
        q.bind(i++, info.threads);
        q.bind(i++, info.appVersion);
        q.bind(i++, info.torchVersion);
        q.bind(i++, ProcessIdentity::current().encode());
        if (info.groupId > 0) {
            q.bind(i++, info.groupId);
        } else {
            q.bind(i++);
        }
        q.bind(i++, info.groupValue);
        q.bind(i++, info.cardJson);
        q.bind(i++, RunIdentity::random());
        q.exec();
        return db_->getLastInsertRowid();
    } catch (const std::exception& e) {
        return failure(Message::tr("record the new run"), e);
    }
}

Status RunStore::recordEpoch(std::int64_t run, const EpochRecord& e,
                             std::span<const BatchPoint> points) {
    try {
        SQLite::Transaction t(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement q(
            *db_,
            "INSERT OR REPLACE INTO epochs (run_id, epoch, train_loss, train_accuracy, valid_loss, "
            "valid_accuracy, train_lecture_accuracy, valid_lecture_accuracy, seconds, "
            "tokens_per_second, best, valid_macro_f1) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        int i = 1;
        q.bind(i++, run);
        q.bind(i++, e.epoch);
        q.bind(i++, e.trainLoss);
        q.bind(i++, e.trainAccuracy);
        q.bind(i++, e.validLoss);
        q.bind(i++, e.validAccuracy);
        q.bind(i++, e.trainLectureAccuracy);
        q.bind(i++, e.validLectureAccuracy);
        q.bind(i++, e.seconds);
        q.bind(i++, e.tokensPerSecond);
        q.bind(i++, e.best ? 1 : 0);
        if (e.validMacroF1) {
            q.bind(i++, *e.validMacroF1);
        } else {
            q.bind(i++);
        }
        q.exec();
        insertPoints(*db_, run, points);
        if (e.best) {
            SQLite::Statement b(*db_, "UPDATE runs SET best_epoch = ? WHERE id = ?");
            b.bind(1, e.epoch);
            b.bind(2, run);
            b.exec();
        }
        t.commit();
        return Done{};
    } catch (const std::exception& ex) {
        return failure(Message::tr("record epoch %1 of run %2").arg(e.epoch).arg(run), ex);
    }
}

Status RunStore::finishRun(std::int64_t run, const RunOutcome& o,
                           std::span<const BatchPoint> points) {
    try {
        SQLite::Transaction t(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        insertPoints(*db_, run, points);
        SQLite::Statement q(*db_,
                            "UPDATE runs SET status = ?, finished_at = ?, best_epoch = ?, "
                            "test_loss = ?, test_accuracy = ?, test_macro_f1 = ?, "
                            "checkpoint_path = ?, checkpoint_sha256 = ?, error = ? WHERE id = ?");
        int i = 1;
        q.bind(i++, std::string(toString(o.status)));
        q.bind(i++, now());
        q.bind(i++, o.bestEpoch);
        bindOptional(q, i++, o.testLoss);
        bindOptional(q, i++, o.testAccuracy);
        bindOptional(q, i++, o.testMacroF1);
        q.bind(i++, o.checkpointPath);
        q.bind(i++, o.checkpointSha256);
        q.bind(i++, o.error);
        q.bind(i++, run);
        q.exec();
        t.commit();
        return Done{};
    } catch (const std::exception& e) {
        return failure(Message::tr("record the end of run %1").arg(run), e);
    }
}

Status RunStore::setCheckpointPath(std::int64_t run, const std::string& path) {
    try {
        SQLite::Statement q(*db_, "UPDATE runs SET checkpoint_path = ? WHERE id = ?");
        q.bind(1, path);
        q.bind(2, run);
        q.exec();
        return Done{};
    } catch (const std::exception& e) {
        return failure(Message::tr("update run %1").arg(run), e);
    }
}

Status RunStore::continueRun(std::int64_t run) {
    try {
        if (auto ok = ensureRun(run); !ok) return ok;
        SQLite::Statement q(
            *db_,
            "UPDATE runs SET status = 'running', finished_at = NULL, error = '', owner = ? "
            "WHERE id = ? AND status IN ('stopped', 'interrupted', 'failed')");
        q.bind(1, ProcessIdentity::current().encode());
        q.bind(2, run);
        if (q.exec() == 0) {
            return Error::at(
                path_.string(),
                Message::tr("run %1 cannot continue: only a stopped, interrupted or failed run can")
                    .arg(run));
        }
        return Done{};
    } catch (const std::exception& e) {
        return failure(Message::tr("continue run %1").arg(run), e);
    }
}

Status RunStore::updateRuntime(std::int64_t run, const std::string& device, int threads,
                               std::int64_t parameters) {
    try {
        SQLite::Statement q(*db_,
                            "UPDATE runs SET device = ?, threads = ?, parameters = ? WHERE id = ?");
        q.bind(1, device);
        q.bind(2, threads);
        q.bind(3, parameters);
        q.bind(4, run);
        q.exec();
        return Done{};
    } catch (const std::exception& e) {
        return failure(Message::tr("update run %1").arg(run), e);
    }
}

Result<std::int64_t> RunStore::addPrediction(std::int64_t run, const std::string& text,
                                             double probability) {
    try {
        SQLite::Statement q(
            *db_,
            "INSERT INTO predictions (run_id, text, probability, created_at) VALUES (?, ?, ?, ?)");
        q.bind(1, run);
        q.bind(2, text);
        q.bind(3, probability);
        q.bind(4, now());
        q.exec();
        return db_->getLastInsertRowid();
    } catch (const std::exception& e) {
        return failure(Message::tr("record the prediction for run %1").arg(run), e);
    }
}

Status RunStore::recordTestPredictions(std::int64_t run,
                                       std::span<const TestPrediction> predictions) {
    try {
        SQLite::Transaction t(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        if (auto ok = ensureRun(run); !ok) return ok;
        SQLite::Statement clear(*db_, "DELETE FROM test_predictions WHERE run_id = ?");
        clear.bind(1, run);
        clear.exec();
        SQLite::Statement q(*db_,
                            "INSERT OR REPLACE INTO test_predictions (run_id, review, positive, "
                            "rating, tokens, probability, text, label, called) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const auto& p : predictions) {
            q.bind(1, run);
            q.bind(2, p.review);
            q.bind(3, p.positive ? 1 : 0);
            q.bind(4, p.rating);
            q.bind(5, std::int64_t(p.tokens));
            q.bind(6, p.probability);
            if (p.text.empty()) {
                q.bind(7);
            } else {
                q.bind(7, p.text);
            }
            for (const auto& [column, value] : {std::pair{8, p.label}, std::pair{9, p.called}}) {
                if (value < 0) {
                    q.bind(column);
                } else {
                    q.bind(column, value);
                }
            }
            q.exec();
            q.reset();
        }
        t.commit();
        return Done{};
    } catch (const std::exception& e) {
        return failure(Message::tr("record the test predictions of run %1").arg(run), e);
    }
}

Result<std::vector<TestPrediction>> RunStore::testPredictions(std::int64_t run) const {
    try {
        if (auto ok = ensureRun(run); !ok) return ok.error();
        SQLite::Statement q(
            *db_,
            "SELECT review, positive, rating, tokens, probability, text, label, called FROM "
            "test_predictions WHERE run_id = ? ORDER BY review");
        q.bind(1, run);
        std::vector<TestPrediction> out;
        while (q.executeStep()) {
            TestPrediction p;
            p.review = q.getColumn(0).getString();
            p.positive = q.getColumn(1).getInt() != 0;
            p.rating = q.getColumn(2).getInt();
            p.tokens = std::uint32_t(q.getColumn(3).getInt64());
            p.probability = q.getColumn(4).getDouble();
            if (!q.getColumn(5).isNull()) p.text = q.getColumn(5).getString();
            if (!q.getColumn(6).isNull()) p.label = q.getColumn(6).getInt();
            if (!q.getColumn(7).isNull()) p.called = q.getColumn(7).getInt();
            out.push_back(std::move(p));
        }
        return out;
    } catch (const std::exception& e) {
        return failure(Message::tr("read the test predictions of run %1").arg(run), e);
    }
}

Result<std::vector<RunRow>> RunStore::list(const RunFilter& filter) const {
    try {
        std::string sql = std::string("SELECT ") + kRunColumns + " FROM runs WHERE 1";
        if (filter.status) sql += " AND status = :status";
        if (!filter.preset.empty()) sql += " AND preset = :preset";
        if (!filter.text.empty())
            sql += " AND (name LIKE :text ESCAPE '\\' OR notes LIKE :text ESCAPE '\\')";
        if (!filter.tag.empty()) sql += " AND id IN (SELECT run_id FROM tags WHERE tag = :tag)";
        if (filter.group > 0) sql += " AND group_id = :group";
        const char* direction = filter.descending ? " DESC" : " ASC";
        switch (filter.sort) {
            case RunFilter::Sort::Created:
                sql += std::string(" ORDER BY created_at") + direction;
                break;
            case RunFilter::Sort::Name:
                sql += std::string(" ORDER BY name COLLATE NOCASE") + direction;
                break;
            case RunFilter::Sort::Preset:
                sql += std::string(" ORDER BY preset") + direction;
                break;
            case RunFilter::Sort::Status:
                sql += std::string(" ORDER BY status") + direction;
                break;
            // Runs without a test result stay last either way.
            case RunFilter::Sort::TestAccuracy:
                sql += std::string(" ORDER BY test_accuracy IS NULL, test_accuracy") + direction;
                break;
        }
        sql += std::string(", id") + direction;
        if (filter.limit > 0) sql += " LIMIT :limit";
        SQLite::Statement q(*db_, sql);
        if (filter.status) q.bind(":status", std::string(toString(*filter.status)));
        if (!filter.preset.empty()) q.bind(":preset", filter.preset);
        if (!filter.text.empty()) q.bind(":text", likePattern(filter.text));
        if (!filter.tag.empty()) q.bind(":tag", filter.tag);
        if (filter.group > 0) q.bind(":group", filter.group);
        if (filter.limit > 0) q.bind(":limit", static_cast<std::int64_t>(filter.limit));
        std::vector<RunRow> rows;
        std::map<std::int64_t, std::size_t> index;
        while (q.executeStep()) {
            rows.push_back(readRow(q));
            index[rows.back().id] = rows.size() - 1;
        }
        if (!rows.empty()) {
            SQLite::Statement tags(*db_, "SELECT run_id, tag FROM tags ORDER BY run_id, tag");
            while (tags.executeStep()) {
                if (auto it = index.find(tags.getColumn(0).getInt64()); it != index.end()) {
                    rows[it->second].tags.push_back(tags.getColumn(1).getString());
                }
            }
        }
        return rows;
    } catch (const std::exception& e) {
        return failure(Message::tr("list the runs"), e);
    }
}

Result<RunDetails> RunStore::details(std::int64_t run) const {
    try {
        RunDetails d;
        {
            SQLite::Statement q(*db_,
                                std::string("SELECT ") + kRunColumns + " FROM runs WHERE id = ?");
            q.bind(1, run);
            if (!q.executeStep())
                return Error::at(path_.string(), Message::tr("there is no run %1").arg(run));
            d.run = readRow(q);
        }
        SQLite::Statement tags(*db_, "SELECT tag FROM tags WHERE run_id = ? ORDER BY tag");
        tags.bind(1, run);
        while (tags.executeStep()) d.run.tags.push_back(tags.getColumn(0).getString());
        SQLite::Statement e(*db_,
                            "SELECT epoch, train_loss, train_accuracy, valid_loss, valid_accuracy, "
                            "train_lecture_accuracy, "
                            "valid_lecture_accuracy, seconds, tokens_per_second, best, "
                            "valid_macro_f1 FROM epochs "
                            "WHERE run_id = ? ORDER BY epoch");
        e.bind(1, run);
        while (e.executeStep()) {
            EpochRecord r;
            r.epoch = e.getColumn(0).getInt();
            r.trainLoss = e.getColumn(1).getDouble();
            r.trainAccuracy = e.getColumn(2).getDouble();
            r.validLoss = e.getColumn(3).getDouble();
            r.validAccuracy = e.getColumn(4).getDouble();
            r.trainLectureAccuracy = e.getColumn(5).getDouble();
            r.validLectureAccuracy = e.getColumn(6).getDouble();
            r.seconds = e.getColumn(7).getDouble();
            r.tokensPerSecond = e.getColumn(8).getDouble();
            r.best = e.getColumn(9).getInt() != 0;
            if (!e.getColumn(10).isNull()) r.validMacroF1 = e.getColumn(10).getDouble();
            d.epochs.push_back(r);
        }
        SQLite::Statement p(
            *db_,
            "SELECT step, epoch, loss, accuracy FROM batch_points WHERE run_id = ? ORDER BY step");
        p.bind(1, run);
        while (p.executeStep()) {
            d.points.push_back({static_cast<std::uint64_t>(p.getColumn(0).getInt64()),
                                p.getColumn(1).getInt(), p.getColumn(2).getDouble(),
                                p.getColumn(3).getDouble()});
        }
        SQLite::Statement g(*db_,
                            "SELECT epoch, distance, norm FROM gradient_flow WHERE run_id = ? "
                            "ORDER BY epoch, distance");
        g.bind(1, run);
        while (g.executeStep()) {
            const int epoch = g.getColumn(0).getInt();
            if (d.gradientFlow.empty() || d.gradientFlow.back().epoch != epoch)
                d.gradientFlow.push_back({epoch, {}});
            d.gradientFlow.back().norms.push_back(g.getColumn(2).getDouble());
        }
        SQLite::Statement pr(*db_,
                             "SELECT id, text, probability, created_at FROM predictions WHERE "
                             "run_id = ? ORDER BY id");
        pr.bind(1, run);
        while (pr.executeStep()) {
            d.predictions.push_back({pr.getColumn(0).getInt64(), pr.getColumn(1).getString(),
                                     pr.getColumn(2).getDouble(), pr.getColumn(3).getString()});
        }
        return d;
    } catch (const std::exception& e) {
        return failure(Message::tr("read run %1").arg(run), e);
    }
}

Result<std::int64_t> RunStore::runWithCheckpoint(const std::filesystem::path& checkpoint) const {
    try {
        std::error_code ec;
        auto absolute = fs::weakly_canonical(checkpoint, ec);
        if (ec) absolute = checkpoint;
        SQLite::Statement q(
            *db_, "SELECT id FROM runs WHERE checkpoint_path IN (?, ?) ORDER BY id DESC LIMIT 1");
        q.bind(1, checkpoint.string());
        q.bind(2, absolute.string());
        return q.executeStep() ? q.getColumn(0).getInt64() : std::int64_t{0};
    } catch (const std::exception& e) {
        return failure(Message::tr("look up the run of %1").arg(checkpoint.string()), e);
    }
}

Status RunStore::rename(std::int64_t run, const std::string& name) {
    try {
        if (auto ok = ensureRun(run); !ok) return ok;
        SQLite::Statement q(*db_, "UPDATE runs SET name = ? WHERE id = ?");
        q.bind(1, name);
        q.bind(2, run);
        q.exec();
        return Done{};
    } catch (const std::exception& e) {
        return failure(Message::tr("rename run %1").arg(run), e);
    }
}

Status RunStore::setNotes(std::int64_t run, const std::string& notes) {
    try {
        if (auto ok = ensureRun(run); !ok) return ok;
        SQLite::Statement q(*db_, "UPDATE runs SET notes = ? WHERE id = ?");
        q.bind(1, notes);
        q.bind(2, run);
        q.exec();
        return Done{};
    } catch (const std::exception& e) {
        return failure(Message::tr("annotate run %1").arg(run), e);
    }
}

Status RunStore::addTag(std::int64_t run, const std::string& tag) {
    try {
        if (auto ok = ensureRun(run); !ok) return ok;
        SQLite::Statement q(*db_, "INSERT OR IGNORE INTO tags (run_id, tag) VALUES (?, ?)");
        q.bind(1, run);
        q.bind(2, tag);
        q.exec();
        return Done{};
    } catch (const std::exception& e) {
        return failure(Message::tr("tag run %1").arg(run), e);
    }
}

Status RunStore::setTags(std::int64_t run, const std::vector<std::string>& tags) {
    try {
        if (auto ok = ensureRun(run); !ok) return ok;
        SQLite::Transaction t(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement clear(*db_, "DELETE FROM tags WHERE run_id = ?");
        clear.bind(1, run);
        clear.exec();
        SQLite::Statement add(*db_, "INSERT OR IGNORE INTO tags (run_id, tag) VALUES (?, ?)");
        for (const auto& tag : tags) {
            add.bind(1, run);
            add.bind(2, tag);
            add.exec();
            add.reset();
        }
        t.commit();
        return Done{};
    } catch (const std::exception& e) {
        return failure(Message::tr("tag run %1").arg(run), e);
    }
}

Status RunStore::removeTag(std::int64_t run, const std::string& tag) {
    try {
        if (auto ok = ensureRun(run); !ok) return ok;
        SQLite::Statement q(*db_, "DELETE FROM tags WHERE run_id = ? AND tag = ?");
        q.bind(1, run);
        q.bind(2, tag);
        q.exec();
        return Done{};
    } catch (const std::exception& e) {
        return failure(Message::tr("untag run %1").arg(run), e);
    }
}

Result<RunRow> RunStore::remove(std::int64_t run, bool withCheckpoint) {
    RunRow row;
    try {
        SQLite::Transaction t(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement q(*db_, std::string("SELECT ") + kRunColumns + " FROM runs WHERE id = ?");
        q.bind(1, run);
        if (!q.executeStep())
            return Error::at(path_.string(), Message::tr("there is no run %1").arg(run));
        row = readRow(q);
        SQLite::Statement d(*db_, "DELETE FROM runs WHERE id = ?");
        d.bind(1, run);
        d.exec();
        t.commit();
    } catch (const std::exception& e) {
        return failure(Message::tr("delete run %1").arg(run), e);
    }
    if (withCheckpoint && !row.checkpointPath.empty()) {
        std::error_code ec;
        fs::remove(row.checkpointPath, ec);
        if (ec) {
            return Error::at(row.checkpointPath,
                             Message::tr("run %1 was deleted, but its checkpoint could not be: %2")
                                 .arg(run)
                                 .arg(ec.message()));
        }
    }
    return row;
}

Status RunStore::recordGradientFlow(std::int64_t run, int epoch, std::span<const double> norms) {
    try {
        SQLite::Transaction t(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        if (auto ok = ensureRun(run); !ok) return ok;
        SQLite::Statement q(*db_,
                            "INSERT OR REPLACE INTO gradient_flow (run_id, epoch, distance, norm) "
                            "VALUES (?, ?, ?, ?)");
        for (std::size_t k = 0; k < norms.size(); ++k) {
            q.bind(1, run);
            q.bind(2, epoch);
            q.bind(3, static_cast<std::int64_t>(k));
            q.bind(4, norms[k]);
            q.exec();
            q.reset();
        }
        t.commit();
        return Done{};
    } catch (const std::exception& e) {
        return failure(Message::tr("record the gradient flow of run %1").arg(run), e);
    }
}

namespace {

std::string_view kindName(RunGroup::Kind k) {
    return k == RunGroup::Kind::Seeds ? "seeds" : "sweep";
}

std::string_view statusName(QueueEntry::Status s) {
    switch (s) {
        case QueueEntry::Status::Waiting:
            return "waiting";
        case QueueEntry::Status::Running:
            return "running";
        case QueueEntry::Status::Done:
            return "done";
        case QueueEntry::Status::Failed:
            return "failed";
    }
    return "waiting";
}

QueueEntry::Status parseStatus(const std::string& s) {
    if (s == "running") return QueueEntry::Status::Running;
    if (s == "done") return QueueEntry::Status::Done;
    if (s == "failed") return QueueEntry::Status::Failed;
    return QueueEntry::Status::Waiting;
}

}  // namespace

Result<std::int64_t> RunStore::createGroup(RunGroup::Kind kind, const std::string& knob,
                                           const std::string& name, const std::string& uid) {
    try {
        if (!uid.empty()) {
            SQLite::Statement known(*db_, "SELECT id FROM run_groups WHERE uid = ?");
            known.bind(1, uid);
            if (known.executeStep()) return known.getColumn(0).getInt64();
        }
        SQLite::Statement q(
            *db_,
            "INSERT INTO run_groups (kind, knob, name, created_at, uid) VALUES (?, ?, ?, ?, ?)");
        q.bind(1, std::string(kindName(kind)));
        q.bind(2, knob);
        q.bind(3, name);
        q.bind(4, now());
        q.bind(5, uid.empty() ? RunIdentity::random() : uid);
        q.exec();
        return db_->getLastInsertRowid();
    } catch (const std::exception& e) {
        return failure(Message::tr("record a new group of runs"), e);
    }
}

Result<std::vector<RunGroup>> RunStore::groups() const {
    try {
        SQLite::Statement q(
            *db_, "SELECT id, kind, knob, name, created_at, uid FROM run_groups ORDER BY id");
        std::vector<RunGroup> out;
        while (q.executeStep()) {
            RunGroup g;
            g.id = q.getColumn(0).getInt64();
            g.kind = q.getColumn(1).getString() == "sweep" ? RunGroup::Kind::Sweep
                                                           : RunGroup::Kind::Seeds;
            g.knob = q.getColumn(2).getString();
            g.name = q.getColumn(3).getString();
            g.createdAt = q.getColumn(4).getString();
            g.uid = q.getColumn(5).getString();
            out.push_back(std::move(g));
        }
        return out;
    } catch (const std::exception& e) {
        return failure(Message::tr("read the groups of runs"), e);
    }
}

Status RunStore::setRunGroup(std::int64_t run, std::int64_t group, const std::string& value) {
    try {
        SQLite::Statement q(*db_, "UPDATE runs SET group_id = ?, group_value = ? WHERE id = ?");
        q.bind(1, group);
        q.bind(2, value);
        q.bind(3, run);
        if (q.exec() == 0)
            return Error::at(path_.string(), Message::tr("there is no run %1").arg(run));
        return Done{};
    } catch (const std::exception& e) {
        return failure(Message::tr("put run %1 into group %2").arg(run).arg(group), e);
    }
}

Result<std::uint64_t> RunStore::dropCheckpoint(std::int64_t run) {
    std::string path;
    try {
        SQLite::Statement q(*db_, "SELECT checkpoint_path FROM runs WHERE id = ?");
        q.bind(1, run);
        if (!q.executeStep())
            return Error::at(path_.string(), Message::tr("there is no run %1").arg(run));
        path = q.getColumn(0).getString();
        SQLite::Statement u(
            *db_, "UPDATE runs SET checkpoint_path = '', checkpoint_sha256 = '' WHERE id = ?");
        u.bind(1, run);
        u.exec();
    } catch (const std::exception& e) {
        return failure(Message::tr("forget the checkpoint of run %1").arg(run), e);
    }
    std::uint64_t freed = 0;
    for (const auto& file : {fs::path(path), fs::path(path + ".resume")}) {
        if (path.empty()) break;
        std::error_code ec;
        const auto size = fs::file_size(file, ec);
        if (ec) continue;  // already gone
        fs::remove(file, ec);
        if (ec) {
            return Error::at(file.string(),
                             Message::tr("the checkpoint of run %1 could not be deleted: %2")
                                 .arg(run)
                                 .arg(ec.message()));
        }
        freed += size;
    }
    return freed;
}

Result<RunStore::CheckpointDisk> RunStore::checkpointDisk() const {
    try {
        SQLite::Statement q(
            *db_, "SELECT DISTINCT checkpoint_path FROM runs WHERE checkpoint_path <> ''");
        CheckpointDisk disk;
        while (q.executeStep()) {
            const std::string path = q.getColumn(0).getString();
            std::error_code ec;
            const auto size = fs::file_size(path, ec);
            if (ec) continue;  // gone: counts for nothing
            ++disk.files;
            disk.bytes += size;
            const auto resume = fs::file_size(path + ".resume", ec);
            if (!ec) disk.bytes += resume;
        }
        return disk;
    } catch (const std::exception& e) {
        return failure(Message::tr("read the checkpoints' paths"), e);
    }
}

Result<std::int64_t> RunStore::enqueue(const std::string& planJson, std::int64_t group,
                                       const std::string& value) {
    try {
        SQLite::Statement q(*db_,
                            "INSERT INTO queue (plan_json, group_id, group_value, status, "
                            "created_at) VALUES (?, ?, ?, 'waiting', ?)");
        q.bind(1, planJson);
        if (group > 0) {
            q.bind(2, group);
        } else {
            q.bind(2);
        }
        q.bind(3, value);
        q.bind(4, now());
        q.exec();
        return db_->getLastInsertRowid();
    } catch (const std::exception& e) {
        return failure(Message::tr("add a plan to the run queue"), e);
    }
}

std::optional<Message> RunStore::setAsideWarning() const {
    if (report_.setAside.empty()) return std::nullopt;
    return Message::
        tr("The run store %1 could not be used (%2); it was kept as %3 and a new one was started.")
            .arg(path().string())
            .arg(report_.problem)
            .arg(report_.setAside.string());
}

Result<std::vector<QueueEntry>> RunStore::queue() const {
    try {
        SQLite::Statement q(*db_,
                            "SELECT id, plan_json, coalesce(group_id, 0), group_value, status, "
                            "coalesce(run_id, 0), created_at "
                            "FROM queue ORDER BY id");
        std::vector<QueueEntry> out;
        while (q.executeStep()) {
            QueueEntry e;
            e.id = q.getColumn(0).getInt64();
            e.planJson = q.getColumn(1).getString();
            e.groupId = q.getColumn(2).getInt64();
            e.groupValue = q.getColumn(3).getString();
            e.status = parseStatus(q.getColumn(4).getString());
            e.runId = q.getColumn(5).getInt64();
            e.createdAt = q.getColumn(6).getString();
            out.push_back(std::move(e));
        }
        return out;
    } catch (const std::exception& e) {
        return failure(Message::tr("read the run queue"), e);
    }
}

Status RunStore::setQueueStatus(std::int64_t entry, QueueEntry::Status status, std::int64_t run) {
    try {
        SQLite::Statement q(*db_,
                            "UPDATE queue SET status = ?, run_id = CASE WHEN ? > 0 THEN ? ELSE "
                            "run_id END WHERE id = ?");
        q.bind(1, std::string(statusName(status)));
        q.bind(2, run);
        q.bind(3, run);
        q.bind(4, entry);
        if (q.exec() == 0)
            return Error::at(path_.string(),
                             Message::tr("there is no entry %1 in the run queue").arg(entry));
        return Done{};
    } catch (const std::exception& e) {
        return failure(Message::tr("update the run queue"), e);
    }
}

Status RunStore::removeFromQueue(std::int64_t entry) {
    try {
        SQLite::Statement q(*db_, "DELETE FROM queue WHERE id = ?");
        q.bind(1, entry);
        q.exec();
        return Done{};
    } catch (const std::exception& e) {
        return failure(Message::tr("update the run queue"), e);
    }
}

Result<std::int64_t> RunStore::findRun(const std::string& text) const {
    try {
        const bool number = !text.empty() && text.size() <= 18 &&
                            text.find_first_not_of("0123456789") == std::string::npos;
        if (number) {
            const auto id = std::stoll(text);
            if (ensureRun(id)) return id;
            // Eight digits or more may also be the start of a uid ("80755504-...").
            if (text.size() < 8)
                return Error::at(path_.string(), Message::tr("there is no run %1").arg(text));
        }
        if (text.size() >= 8 && text.size() <= 36 &&
            text.find_first_not_of("0123456789abcdef-") == std::string::npos) {
            SQLite::Statement q(*db_, "SELECT id FROM runs WHERE substr(uid, 1, ?) = ? LIMIT 2");
            q.bind(1, static_cast<int>(text.size()));
            q.bind(2, text);
            std::vector<std::int64_t> found;
            while (q.executeStep()) found.push_back(q.getColumn(0).getInt64());
            if (found.size() == 1) return found[0];
            if (found.size() > 1) {
                return Error::at(
                    path_.string(),
                    Message::tr("more than one run's uid starts with %1: give more of it")
                        .arg(text));
            }
        }
        return Error::at(
            path_.string(),
            Message::tr("there is no run %1 (give a run's number or its uid)").arg(text));
    } catch (const std::exception& e) {
        return failure(Message::tr("find run %1").arg(text), e);
    }
}

Result<std::string> RunStore::integrityCheck() const {
    try {
        SQLite::Statement q(*db_, "PRAGMA integrity_check");
        std::string out;
        while (q.executeStep()) out += (out.empty() ? "" : "\n") + q.getColumn(0).getString();
        return out;
    } catch (const std::exception& e) {
        return failure(Message::tr("check the database"), e);
    }
}

}  // namespace sentiment::storage
