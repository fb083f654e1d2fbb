#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "foundation/Result.h"
#include "storage/RunRecords.h"

namespace SQLite {
class Database;
}

namespace sentiment::storage {

/// Every experiment in one SQLite file (WAL, foreign keys, a busy timeout). Each finished epoch
/// is its own transaction, so a crash loses at most the epoch in progress. A store is one
/// connection: use one per thread. Failures are values whose message names the file and the
/// problem (locked, read-only, disk full, corrupt ...); nothing here throws for bad input.
class RunStore {
public:
    struct OpenOptions {
        /// A file that is not a run store, is corrupt, or has a newer schema is renamed aside
        /// ("runs.sqlite.corrupt-20261129-101500") and a new store started; otherwise opening
        /// fails.
        bool setAsideUnusable = true;
        int busyTimeoutMs = 5000;
        /// Mark runs whose process has died as interrupted.
        bool recoverInterrupted = true;
        /// A size quota in database pages (0: none); writing past it fails like a full disk.
        int maxPages = 0;
    };

    /// What opening found and did (for a warning in the CLI or a message box in the GUI).
    struct OpenReport {
        std::filesystem::path setAside;         ///< where an unusable file was moved (empty: none)
        Message problem;                        ///< why it was moved
        std::vector<std::int64_t> interrupted;  ///< runs just marked interrupted
    };

    /// Opens an existing store to read it, changing nothing: no migration, no recovery, no
    /// renaming, no folder created. A run whose process has died reads as interrupted. A file
    /// that is not a store, a newer or an older schema, or no file at all is an error of that kind
    /// that leaves the file as it was. Editing through this connection fails.
    static Result<RunStore> openForReading(const std::filesystem::path& path,
                                           int busyTimeoutMs = 5000);
    /// Opens or creates the store, creating its folder, and migrates it to the current schema.
    static Result<RunStore> open(const std::filesystem::path& path, const OpenOptions& options);
    static Result<RunStore> open(const std::filesystem::path& path) {
        return open(path, OpenOptions{});
    }
    /// $XDG_DATA_HOME/sentiment-lab/runs.sqlite (~/.local/share/... when unset).
    static std::filesystem::path defaultPath();
    /// Where checkpoints go by default: "checkpoints" next to the default store.
    static std::filesystem::path defaultCheckpointDirectory() {
        return defaultPath().parent_path() / "checkpoints";
    }

    RunStore(RunStore&&) noexcept;
    RunStore& operator=(RunStore&&) noexcept;
    ~RunStore();

    const std::filesystem::path& path() const { return path_; }
    const OpenReport& openReport() const { return report_; }
    /// What the front ends say when an unusable file was set aside at opening ("The run store X
    /// could not be used (why); it was kept as Y and a new one was started."); none otherwise.
    std::optional<Message> setAsideWarning() const;

    // Recording (the trainer's thread).
    /// A new run, status running, owned by this process.
    Result<std::int64_t> beginRun(const RunInfo& info);
    /// One finished epoch and the curve points since the last one, in one transaction.
    Status recordEpoch(std::int64_t run, const EpochRecord& epoch,
                       std::span<const BatchPoint> points);
    /// The end of a run, with the curve points not yet written.
    Status finishRun(std::int64_t run, const RunOutcome& outcome,
                     std::span<const BatchPoint> points);
    /// Where the run's best checkpoint goes, known from its start (an interrupted run keeps it).
    Status setCheckpointPath(std::int64_t run, const std::string& path);
    /// A stopped, interrupted or failed run trains on: running again, owned by this process.
    Status continueRun(std::int64_t run);
    /// Facts learnt while running (device, threads, parameter count) that beginRun guessed.
    Status updateRuntime(std::int64_t run, const std::string& device, int threads,
                         std::int64_t parameters);
    Result<std::int64_t> addPrediction(std::int64_t run, const std::string& text,
                                       double probability);
    /// Every test review's prediction, replacing any recorded before, in one transaction.
    Status recordTestPredictions(std::int64_t run, std::span<const TestPrediction> predictions);

    // Queries.
    Result<std::vector<RunRow>> list(const RunFilter& filter) const;
    Result<std::vector<RunRow>> list() const { return list(RunFilter{}); }
    /// One run with its epochs, curve and predictions; an error naming the id when there is none.
    Result<RunDetails> details(std::int64_t run) const;
    /// The run's test predictions (empty when none were recorded), in the order of their paths.
    Result<std::vector<TestPrediction>> testPredictions(std::int64_t run) const;
    /// The run whose best checkpoint is this file (0: none).
    Result<std::int64_t> runWithCheckpoint(const std::filesystem::path& checkpoint) const;

    // Editing.
    Status rename(std::int64_t run, const std::string& name);
    Status setNotes(std::int64_t run, const std::string& notes);
    Status addTag(std::int64_t run, const std::string& tag);
    Status removeTag(std::int64_t run, const std::string& tag);
    /// Replaces the run's tags with `tags`, in one transaction: all of them or none.
    Status setTags(std::int64_t run, const std::vector<std::string>& tags);
    /// Deletes the run and everything recorded with it; with `withCheckpoint` its checkpoint
    /// file too. Returns the deleted row.
    Result<RunRow> remove(std::int64_t run, bool withCheckpoint);

    /// The gradient flow measured after `epoch` (0: before training), replacing any recorded.
    Status recordGradientFlow(std::int64_t run, int epoch, std::span<const double> norms);

    // Groups of runs (seeds, sweeps) and the checkpoints' disk.
    /// A new group; with a `uid` already here (a sweep whose runs train into several stores), that
    /// group.
    Result<std::int64_t> createGroup(RunGroup::Kind kind, const std::string& knob,
                                     const std::string& name, const std::string& uid = {});
    Result<std::vector<RunGroup>> groups() const;
    /// Puts a recorded run into `group` with its value of the group's setting.
    Status setRunGroup(std::int64_t run, std::int64_t group, const std::string& value);
    /// Deletes the run's checkpoint (and its resume state) and forgets its path; the run and its
    /// results stay. Returns the bytes freed.
    Result<std::uint64_t> dropCheckpoint(std::int64_t run);
    /// The runs' checkpoint files found on disk (each once) and the bytes they and their resume
    /// states take.
    struct CheckpointDisk {
        int files = 0;
        std::uint64_t bytes = 0;
    };
    Result<CheckpointDisk> checkpointDisk() const;

    // The run queue: plans that run one after another, kept across restarts.
    Result<std::int64_t> enqueue(const std::string& planJson, std::int64_t group = 0,
                                 const std::string& value = {});
    /// Every entry, oldest first.
    Result<std::vector<QueueEntry>> queue() const;
    /// An entry's status, and the run it became (0: unchanged).
    Status setQueueStatus(std::int64_t entry, QueueEntry::Status status, std::int64_t run = 0);
    Status removeFromQueue(std::int64_t entry);

    /// The run `text` names: its integer id here, or its uid (or the first 8 or more characters of
    /// it); an error naming `text` when no run (or more than one) matches.
    Result<std::int64_t> findRun(const std::string& text) const;

    // Runs from other machines (a GPU server, a cluster's tasks, a classmate's laptop).
    struct ImportOptions {
        /// A folder holding the runs' checkpoint files (by file name); empty: where the other
        /// store recorded them, else in "checkpoints" beside it, else beside it.
        std::filesystem::path checkpointsFrom;
        /// Where copies of the checkpoints go; empty: "checkpoints" beside this store.
        std::filesystem::path checkpointsTo;
    };
    struct ImportReport {
        std::vector<std::int64_t> imported;  ///< the new runs' ids here
        int alreadyHere = 0;                 ///< runs whose uid this store has (nothing changed)
        int stillRunning = 0;  ///< left out: running (or killed where this machine cannot tell)
        int checkpointsCopied = 0;
        int checkpointsMissing = 0;  ///< recorded, but not found (the run came without it)
        std::vector<Message>
            problems;  ///< a checkpoint found but not the run's (its SHA-256 differs) ...
    };
    /// Merges the runs of another store (of this schema or an older one; it is only read) into
    /// this one with their epochs, curves, predictions, gradient flow, tags and groups, and copies
    /// their checkpoints, checked against the SHA-256 recorded with each run. A run is known by its
    /// uid, so importing twice changes nothing (but a checkpoint found the second time is added).
    /// All or nothing: on any failure this store is as it was and no copied file is left behind.
    Result<ImportReport> importRuns(const std::filesystem::path& other,
                                    const ImportOptions& options);

    /// `PRAGMA integrity_check`: "ok", or SQLite's findings.
    Result<std::string> integrityCheck() const;

private:
    RunStore(std::filesystem::path path, std::unique_ptr<SQLite::Database> db, OpenReport report);
    Error failure(const Message& what, const std::exception& e) const;
    /// Now, as the store writes every time (ISO 8601 UTC, seconds): one format for all its rows.
    static std::string now();
    Status ensureRun(std::int64_t run) const;

    std::filesystem::path path_;
    std::unique_ptr<SQLite::Database> db_;
    OpenReport report_;
};

}  // namespace sentiment::storage
