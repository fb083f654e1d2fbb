#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/RunRecords.h"

namespace sentiment::storage {

/// Runs as text for reports and spreadsheets.
class RunExporter {
public:
    enum class Format { Csv, Json, Markdown };
    /// "csv", "json" or "md"/"markdown".
    static std::optional<Format> parseFormat(std::string_view word);

    /// One row per epoch of every run (RFC 4180), with the run's id, name and preset.
    static std::string epochsCsv(const std::vector<RunDetails>& runs);
    /// One row per run: configuration summary and test result.
    static std::string runsCsv(const std::vector<RunRow>& runs);
    /// An array of runs, each with its epochs and test result.
    static std::string json(const std::vector<RunDetails>& runs);
    /// What a student pastes into an assignment: per run a heading, a table of the epochs in the
    /// lecture's words (epoch, train loss/acc, valid loss/acc, time), then the test line.
    static std::string markdown(const std::vector<RunDetails>& runs);
    /// The format's text for these runs (the epochs table for CSV).
    static std::string render(Format format, const std::vector<RunDetails>& runs);
};

}  // namespace sentiment::storage
