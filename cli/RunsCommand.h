#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/ReferenceArgument.h"
#include "cli/StoreArguments.h"

namespace sentiment::cli {

/// `sentiment-lab-cli runs list|show|compare|export|delete|rename|tag|note|check|queue|import`:
/// the run store from the command line. A run is named by its number or its uid.
class RunsCommand {
public:
    explicit RunsCommand(CLI::App& app);
    bool selected() const { return command_->parsed(); }
    int run() const;

private:
    int list(storage::RunStore& store) const;
    int show(storage::RunStore& store) const;
    int compare(storage::RunStore& store) const;
    int exportRuns(storage::RunStore& store) const;
    int remove(storage::RunStore& store) const;
    int edit(storage::RunStore& store) const;
    int check(storage::RunStore& store) const;
    int queue(storage::RunStore& store) const;
    int importRuns(storage::RunStore& store) const;
    /// The run `runRef_` names, into `id_`; false (with the message printed) when none.
    bool resolve(const storage::RunStore& store) const;

    CLI::App* command_;
    CLI::App *list_, *show_, *compare_, *export_, *delete_, *rename_, *tag_, *note_, *check_,
        *queue_, *import_;
    StoreArguments store_;
    ReferenceArgument reference_;  // show
    // list
    std::string status_, preset_, search_, tagFilter_, sort_ = "created";
    std::int64_t groupFilter_ = 0;
    bool ascending_ = false;
    std::size_t limit_ = 0;
    bool json_ = false;
    // show, delete, rename, tag, note
    std::string runRef_;
    mutable std::int64_t id_ = 0;
    std::string text_;
    bool removeTag_ = false;
    bool withCheckpoint_ = false;
    // compare, export
    std::vector<std::int64_t> ids_;
    std::string format_ = "md";
    std::string table_ = "epochs";
    std::string out_;
    // queue
    std::int64_t removeEntry_ = 0;
    bool clearFinished_ = false;
    // import
    std::vector<std::string> sources_;
    std::string checkpointsFrom_, checkpointsTo_;
};

}  // namespace sentiment::cli
