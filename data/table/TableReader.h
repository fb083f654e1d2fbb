#pragma once

#include <filesystem>
#include <stop_token>
#include <string>
#include <vector>

#include "data/dataset/ProgressObserver.h"
#include "data/imdb/ImdbReader.h"
#include "data/imdb/ReviewQueue.h"
#include "data/table/TableOptions.h"
#include "foundation/Result.h"

namespace sentiment::data {

/// The first rows of a table as TableReader sees them with some options: for a preview, and to
/// say what was found (the delimiter, whether there is a header, the columns chosen).
struct TablePreview {
    std::vector<std::string> columns;            ///< header names, or "1", "2", ... without one
    std::vector<std::vector<std::string>> rows;  ///< the first data rows
    bool jsonLines = false;
    char delimiter = 0;
    bool header = false;
    std::size_t textColumn = 0;  ///< 0-based, as chosen or guessed
    std::size_t labelColumn = 0;
};

/// Reads a labelled table: CSV or TSV (the delimiter sniffed; quoted fields; a header recognised)
/// or JSON Lines, plain or gzip'd, streamed in constant memory beside the texts. Labels become
/// classes (through a LabelMap when one is given, else each distinct label in natural order:
/// 2 before 10) and reviews are split by a test file, a split column or a seeded, stratified
/// choice. Every problem names the file and, where there is one, the line; nothing is loaded
/// then. Two classes so far: they become negative and positive, in that order.
class TableReader {
public:
    explicit TableReader(TableOptions options, std::size_t maxReviewBytes = 1 << 20);

    /// True when `path`'s name says table: .csv, .tsv, .txt, .jsonl or .ndjson, gzip'd or not.
    static bool looksLikeTable(const std::filesystem::path& path);

    /// Reads the file (and the test file when the options name one) into reviews in canonical
    /// order, handed to `queue` (when given) as ImdbReader does.
    Result<ImdbData> read(const std::filesystem::path& path, ProgressObserver* observer = nullptr,
                          std::stop_token stop = {}, ReviewQueue* queue = nullptr) const;

    /// The first `rows` data rows with these options.
    Result<TablePreview> preview(const std::filesystem::path& path, std::size_t rows = 20) const;

private:
    struct Rows;
    Status readFile(const std::filesystem::path& path, bool test, Rows& rows,
                    ProgressObserver* observer, std::stop_token stop) const;
    /// Rows with no split yet go to the test with `testFraction` of each class (or of the
    /// groups), chosen from `seed`.
    void holdOut(Rows& rows, std::size_t classes) const;
    /// The rows as reviews in canonical order; the first class is negative, the second positive.
    Result<ImdbData> collect(const Rows& rows, const std::vector<std::string>& classes,
                             const std::string& source, ReviewQueue* queue) const;

    TableOptions options_;
    std::size_t maxReviewBytes_;
};

}  // namespace sentiment::data
