#pragma once

#include <functional>
#include <stop_token>

#include "data/dataset/Corpus.h"
#include "data/dataset/ProgressObserver.h"
#include "data/imdb/ImdbReader.h"
#include "data/imdb/ReviewQueue.h"
#include "foundation/Result.h"

namespace sentiment::data {

/// Tokenizes reviews into a Corpus on several threads. The result (dictionary order included)
/// does not depend on the number of threads or on which thread took which chunk.
class CorpusBuilder {
public:
    /// Reads into the queue it is given, on the calling thread.
    using Reader = std::function<Result<ImdbData>(ReviewQueue&)>;

    /// `threads` 0 means one per core.
    CorpusBuilder(TokenizerOptions tokenizer, unsigned threads = 0);

    /// Tokenizes reviews already read (consumes `data`); fails only when stopped.
    Result<Corpus> build(ImdbData&& data, ProgressObserver* observer = nullptr,
                         std::stop_token stop = {}) const;

    /// Reads and tokenizes at once: `read` runs on the calling thread while the other threads
    /// tokenize each chunk as it arrives; the calling thread joins them when reading is done.
    /// `readSeconds`, when given, receives the time until reading finished.
    Result<Corpus> build(const Reader& read, ProgressObserver* observer = nullptr,
                         std::stop_token stop = {}, double* readSeconds = nullptr) const;

private:
    TokenizerOptions tokenizer_;
    unsigned threads_;
};

}  // namespace sentiment::data
