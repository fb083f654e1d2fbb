#include "storage/Schema.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <array>
#include <string>

#include "storage/RunIdentity.h"

namespace sentiment::storage {

namespace {

// Migration N takes the schema from version N to N + 1. Never edit one that has shipped:
// append a new one.
constexpr std::array<const char*, Schema::kVersion> kMigrations = {
    // 0 -> 1: the first schema.
    R"sql(
    CREATE TABLE runs (
        id                INTEGER PRIMARY KEY,
        name              TEXT NOT NULL,
        created_at        TEXT NOT NULL,
        finished_at       TEXT,
        status            TEXT NOT NULL CHECK (status IN ('running','completed','stopped','failed','interrupted')),
        preset            TEXT NOT NULL,
        config_json       TEXT NOT NULL,
        seed              INTEGER NOT NULL,
        dataset_source    TEXT NOT NULL,
        dataset_size      INTEGER NOT NULL,
        dataset_hash      TEXT NOT NULL,
        train_size        INTEGER NOT NULL,
        valid_size        INTEGER NOT NULL,
        test_size         INTEGER NOT NULL,
        vocab_size        INTEGER NOT NULL,
        vectors_path      TEXT NOT NULL,
        vectors_coverage  REAL,
        parameters        INTEGER NOT NULL,
        device            TEXT NOT NULL,
        threads           INTEGER NOT NULL,
        app_version       TEXT NOT NULL,
        torch_version     TEXT NOT NULL,
        best_epoch        INTEGER NOT NULL DEFAULT 0,
        test_loss         REAL,
        test_accuracy     REAL,
        checkpoint_path   TEXT NOT NULL DEFAULT '',
        checkpoint_sha256 TEXT NOT NULL DEFAULT '',
        error             TEXT NOT NULL DEFAULT '',
        notes             TEXT NOT NULL DEFAULT '',
        owner             TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX runs_by_status ON runs (status);
    CREATE INDEX runs_by_created ON runs (created_at);
    CREATE TABLE epochs (
        run_id                 INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        epoch                  INTEGER NOT NULL,
        train_loss             REAL NOT NULL,
        train_accuracy         REAL NOT NULL,
        valid_loss             REAL NOT NULL,
        valid_accuracy         REAL NOT NULL,
        train_lecture_accuracy REAL NOT NULL,
        valid_lecture_accuracy REAL NOT NULL,
        seconds                REAL NOT NULL,
        tokens_per_second      REAL NOT NULL,
        best                   INTEGER NOT NULL,
        PRIMARY KEY (run_id, epoch)
    ) WITHOUT ROWID;
    CREATE TABLE batch_points (
        run_id   INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        step     INTEGER NOT NULL,
        epoch    INTEGER NOT NULL,
        loss     REAL NOT NULL,
        accuracy REAL NOT NULL,
        PRIMARY KEY (run_id, step)
    ) WITHOUT ROWID;
    CREATE TABLE predictions (
        id          INTEGER PRIMARY KEY,
        run_id      INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        text        TEXT NOT NULL,
        probability REAL NOT NULL,
        created_at  TEXT NOT NULL
    );
    CREATE INDEX predictions_by_run ON predictions (run_id);
    CREATE TABLE tags (
        run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        tag    TEXT NOT NULL,
        PRIMARY KEY (run_id, tag)
    ) WITHOUT ROWID;
    )sql",
    // 1 -> 2: every test review's prediction by a run's model, and the text of its most
    // confident mistakes (issue 18: where the model is wrong).
    R"sql(
    CREATE TABLE test_predictions (
        run_id      INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        review      TEXT NOT NULL,
        positive    INTEGER NOT NULL,
        rating      INTEGER NOT NULL,
        tokens      INTEGER NOT NULL,
        probability REAL NOT NULL,
        text        TEXT,
        PRIMARY KEY (run_id, review)
    ) WITHOUT ROWID;
    )sql",
    // 2 -> 3 (issue 20): the gradient flow a run measured; groups of runs (repeated with other
    // seeds, or a sweep of one setting) and each run's value of the group's setting; each run's
    // reproducibility card; the queue of plans waiting to run.
    R"sql(
    CREATE TABLE gradient_flow (
        run_id   INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        epoch    INTEGER NOT NULL,
        distance INTEGER NOT NULL,
        norm     REAL NOT NULL,
        PRIMARY KEY (run_id, epoch, distance)
    ) WITHOUT ROWID;
    CREATE TABLE run_groups (
        id         INTEGER PRIMARY KEY,
        kind       TEXT NOT NULL CHECK (kind IN ('seeds','sweep')),
        knob       TEXT NOT NULL DEFAULT '',
        name       TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    ALTER TABLE runs ADD COLUMN group_id INTEGER REFERENCES run_groups (id) ON DELETE SET NULL;
    ALTER TABLE runs ADD COLUMN group_value TEXT NOT NULL DEFAULT '';
    ALTER TABLE runs ADD COLUMN card_json TEXT NOT NULL DEFAULT '';
    CREATE INDEX runs_by_group ON runs (group_id);
    CREATE TABLE queue (
        id          INTEGER PRIMARY KEY,
        plan_json   TEXT NOT NULL,
        group_id    INTEGER REFERENCES run_groups (id) ON DELETE SET NULL,
        group_value TEXT NOT NULL DEFAULT '',
        status      TEXT NOT NULL CHECK (status IN ('waiting','running','done','failed')),
        run_id      INTEGER REFERENCES runs (id) ON DELETE SET NULL,
        created_at  TEXT NOT NULL
    );
    )sql",
    // 3 -> 4 (issue 22): runs and groups travel between machines. Each gets an id that stays
    // with it (filled in by fillIdentities, then made unique), and an imported run keeps the
    // store it came from and when.
    R"sql(
    ALTER TABLE runs ADD COLUMN uid TEXT NOT NULL DEFAULT '';
    ALTER TABLE runs ADD COLUMN imported_from TEXT NOT NULL DEFAULT '';
    ALTER TABLE runs ADD COLUMN imported_at TEXT NOT NULL DEFAULT '';
    ALTER TABLE run_groups ADD COLUMN uid TEXT NOT NULL DEFAULT '';
    )sql",
    // 4 -> 5 (issue 41): any number of classes. A test review's class and the class it was
    // called, by index (NULL in rows written before: two classes, read from positive and
    // probability); each epoch's macro-F1 on the validation split, and the test's (NULL before).
    R"sql(
    ALTER TABLE test_predictions ADD COLUMN label INTEGER;
    ALTER TABLE test_predictions ADD COLUMN called INTEGER;
    ALTER TABLE epochs ADD COLUMN valid_macro_f1 REAL;
    ALTER TABLE runs ADD COLUMN test_macro_f1 REAL;
    )sql",
};

// The ids of the runs and groups recorded before they had one: derived from facts that never
// change, so a store imported before it was brought up to date gives its runs the same ids.
void fillIdentities(SQLite::Database& db) {
    {
        SQLite::Statement q(
            db, "SELECT id, created_at, config_json, seed, dataset_hash FROM runs WHERE uid = ''");
        SQLite::Statement u(db, "UPDATE runs SET uid = ? WHERE id = ?");
        while (q.executeStep()) {
            u.bind(1, Schema::legacyRunUid(q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                                           q.getColumn(2).getString(), q.getColumn(3).getInt64(),
                                           q.getColumn(4).getString()));
            u.bind(2, q.getColumn(0).getInt64());
            u.exec();
            u.reset();
        }
    }
    {
        SQLite::Statement q(db, "SELECT id, kind, knob, created_at FROM run_groups WHERE uid = ''");
        SQLite::Statement u(db, "UPDATE run_groups SET uid = ? WHERE id = ?");
        while (q.executeStep()) {
            u.bind(1,
                   Schema::legacyGroupUid(q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                                          q.getColumn(2).getString(), q.getColumn(3).getString()));
            u.bind(2, q.getColumn(0).getInt64());
            u.exec();
            u.reset();
        }
    }
    db.exec(
        "CREATE UNIQUE INDEX runs_by_uid ON runs (uid); CREATE UNIQUE INDEX run_groups_by_uid ON "
        "run_groups (uid);");
}

}  // namespace

void Schema::migrate(SQLite::Database& db, int from, int to) {
    to = std::min(to, kVersion);
    if (from >= to) return;
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    // Another process may have migrated while this one waited for the lock.
    const int now = db.execAndGet("PRAGMA user_version").getInt();
    for (int v = now; v < to; ++v) {
        db.exec(kMigrations[static_cast<std::size_t>(v)]);
        if (v == 3) fillIdentities(db);
    }
    if (now < to) {
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        db.exec("PRAGMA user_version = " + std::to_string(to));
    }
    transaction.commit();
}

std::string Schema::legacyRunUid(std::int64_t id, const std::string& createdAt,
                                 const std::string& configJson, std::int64_t seed,
                                 const std::string& datasetHash) {
    return RunIdentity::derived(
        {"run", std::to_string(id), createdAt, configJson, std::to_string(seed), datasetHash});
}

std::string Schema::legacyGroupUid(std::int64_t id, const std::string& kind,
                                   const std::string& knob, const std::string& createdAt) {
    return RunIdentity::derived({"group", std::to_string(id), kind, knob, createdAt});
}

}  // namespace sentiment::storage
