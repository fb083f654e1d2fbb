#include "data/vectors/VectorsSubset.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

#include "foundation/AtomicFile.h"

namespace sentiment::data {

Result<VectorsSubset::Written> VectorsSubset::write(const WordVectors& vectors,
                                                    std::span<const std::int64_t> sourceRows,
                                                    const std::filesystem::path& target) {
    std::vector<std::int64_t> rows;
    rows.reserve(sourceRows.size());
    for (const auto row : sourceRows) {
        if (row >= 0 && static_cast<std::size_t>(row) < vectors.size()) rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());

    AtomicFile file(target);
    std::string line;
    char number[32];
    for (const auto row : rows) {
        if (!file.opened() || !file.out()) break;
        line.assign(vectors.word(static_cast<std::size_t>(row)));
        for (const float value : vectors.vector(static_cast<std::size_t>(row))) {
            // Shortest round-trip form: read back by any correct parser, it is the same float.
            const auto [end, ec] = std::to_chars(number, number + sizeof number, value);
            line += ' ';
            line.append(number, end);
        }
        line += '\n';
        file.out().write(line.data(), static_cast<std::streamsize>(line.size()));
    }
    if (auto committed = file.commit(); !committed) return committed.error();
    std::error_code ec;
    return Written{rows.size(), std::filesystem::file_size(target, ec)};
}

}  // namespace sentiment::data
