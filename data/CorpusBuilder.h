#pragma once

#include <stop_token>

#include "data/Corpus.h"
#include "data/ImdbReader.h"
#include "data/ProgressObserver.h"
#include "data/Result.h"

namespace sentiment::data {

/// Tokenizes read reviews into a Corpus on several threads. The result (dictionary order
/// included) does not depend on the number of threads.
class CorpusBuilder {
public:
    /// `threads` 0 means one per core.
    CorpusBuilder(TokenizerOptions tokenizer, unsigned threads = 0);

    /// Consumes `data`; fails only when stopped.
    Result<Corpus> build(ImdbData&& data, ProgressObserver* observer = nullptr, std::stop_token stop = {}) const;

private:
    TokenizerOptions tokenizer_;
    unsigned threads_;
};

}  // namespace sentiment::data
