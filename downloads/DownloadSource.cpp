#include "downloads/DownloadSource.h"

namespace sentiment::downloads {

DownloadSource DownloadSource::imdb() {
    return {"imdb",
            "https://ai.stanford.edu/~amaas/data/sentiment/aclImdb_v1.tar.gz",
            "aclImdb_v1.tar.gz",
            84'125'825,
            "c40f74a18d3b61f90feba1e17730e0d38e8b97c05fde7008942e91923d1658fe",
            false};
}

DownloadSource DownloadSource::glove() {
    return {"glove", "https://nlp.stanford.edu/data/glove.6B.zip", "glove.6B.zip", 862'182'613, "",
            true};
}

std::optional<DownloadSource> DownloadSource::named(std::string_view name) {
    if (name == "imdb") return imdb();
    if (name == "glove") return glove();
    return std::nullopt;
}

}  // namespace sentiment::downloads
