#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "storage/RunStore.h"

namespace sentiment::cli {

/// `--db PATH`: which run store a command uses (default ~/.local/share/sentiment-lab/runs.sqlite).
struct StoreArguments {
    std::string path;

    void addTo(CLI::App& command);
    std::filesystem::path resolved() const;
    /// Opens the store, printing what opening found (a file set aside, interrupted runs) to
    /// stderr; nothing (and the reason on stderr) when it cannot be opened.
    std::optional<storage::RunStore> open() const;
    /// Opens the store to read it, changing nothing (RunStore::openForReading) but bringing a
    /// store of an older schema up to date first (with a note on stderr); the reason on stderr
    /// when it cannot be read. `missing` is set when there is no store yet.
    std::optional<storage::RunStore> openForReading(bool* missing = nullptr) const;
};

}  // namespace sentiment::cli
