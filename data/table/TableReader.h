#pragma once

#include <filesystem>
#include <optional>
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
    /// Why the rows cannot be read with these options (a column not found, none that holds the
    /// labels): the columns and rows are shown all the same, and the two columns below are
    /// `columns.size()` (none).
    std::optional<Error> problem;
    std::size_t textColumn = 0;  ///< 0-based, as chosen or guessed
    std::size_t labelColumn = 0;
    std::optional<std::size_t> splitColumn;  ///< when one is named
    std::optional<std::size_t> groupColumn;

    /// One distinct label of the previewed rows: how many rows carry it and the class it
    /// becomes (none: the label map drops it).
    struct Label {
        std::string label;
        std::size_t rows = 0;
        std::optional<std::size_t> classIndex;
    };
    std::vector<Label> labels;         ///< in natural order (2 before 10)
    std::vector<std::string> classes;  ///< the label map's classes, or the labels themselves
};

/// Reads a labelled table: CSV or TSV (the delimiter sniffed; quoted fields; a header recognised)
/// or JSON Lines, plain or gzip'd, streamed in constant memory beside the texts; or a folder with
/// one sub-folder per class (ClassFolders). Labels become classes (through a LabelMap when one is
/// given, else each distinct label in natural order: 2 before 10) and reviews are split by a test
/// file (or folder), a split column, train/ and test/ folders, or a seeded, stratified choice.
/// Every problem names the file and, where there is one, the line; nothing is loaded then.
class TableReader {
public:
    explicit TableReader(TableOptions options, std::size_t maxReviewBytes = 1 << 20);

    /// True when `path`'s name says table: .csv, .tsv, .txt, .jsonl or .ndjson, gzip'd or not.
    static bool looksLikeTable(const std::filesystem::path& path);
    /// True when this reader reads `path`: a table's file, or a folder of class folders that is
    /// not IMDb's (ImdbReader reads that one, stars and all).
    static bool reads(const std::filesystem::path& path);

    /// Reads the file (and the test file when the options name one) into reviews in canonical
    /// order, handed to `queue` (when given) as ImdbReader does.
    Result<ImdbData> read(const std::filesystem::path& path, ProgressObserver* observer = nullptr,
                          std::stop_token stop = {}, ReviewQueue* queue = nullptr) const;

    /// The first `rows` data rows with these options, and what their labels become (the label
    /// map is read here: an error names its rule).
    Result<TablePreview> preview(const std::filesystem::path& path, std::size_t rows = 20) const;

private:
    struct Rows;
    Status readFile(const std::filesystem::path& path, bool test, Rows& rows,
                    ProgressObserver* observer, std::stop_token stop) const;
    /// A folder of class folders (ClassFolders): each file one text, its folder its label.
    Status readFolder(const std::filesystem::path& path, bool test, Rows& rows,
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
