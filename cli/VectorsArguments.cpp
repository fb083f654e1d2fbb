#include "cli/VectorsArguments.h"

namespace sentiment::cli {

void VectorsArguments::addTo(CLI::App& command) {
    command.add_option("--vectors", path,
                       "GloVe vectors: glove.6B.100d.txt, or glove.6B.zip with --dim");
    command.add_option("--dim", dimension, "which member of glove.6B.zip: 50, 100, 200 or 300");
}

}  // namespace sentiment::cli
