#pragma once

#include <cstdint>
#include <filesystem>
#include <span>

#include "data/vectors/WordVectors.h"
#include "foundation/Result.h"

namespace sentiment::data {

/// Writes the rows of a vectors file that a vocabulary uses (EmbeddingMatrix::sourceRows) as
/// GloVe's own text format, in the file's order, each float in its shortest form that reads back
/// to the same bits. A run trained with the subset gets the same embedding matrix as one trained
/// with the whole file (a few MB instead of glove.6B.zip's 862 MB), so a run can travel to a GPU
/// machine or a cluster without the zip.
class VectorsSubset {
public:
    struct Written {
        std::size_t words = 0;
        std::uintmax_t bytes = 0;
    };

    /// Written to a temporary name beside `target` and renamed, so a full disk or a crash never
    /// leaves half a file under the name asked for.
    static Result<Written> write(const WordVectors& vectors,
                                 std::span<const std::int64_t> sourceRows,
                                 const std::filesystem::path& target);
};

}  // namespace sentiment::data
