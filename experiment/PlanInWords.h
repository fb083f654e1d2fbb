#pragma once

#include <cstdint>
#include <vector>

#include "experiment/ExperimentPlan.h"
#include "foundation/Message.h"
#include "storage/RunRecords.h"

namespace sentiment::experiment {

/// An experiment plan in words, in one place for every front end: the Train page's and the
/// queue's one line, and the report's sentences a student can hand in. Messages, so the GUI
/// shows them in its language and the CLI prints their English.
class PlanInWords {
public:
    /// What the one line knows beyond the plan.
    struct Facts {
        bool bf16 = false;            ///< trains in bfloat16 on this machine
        int vectorsDimension = 0;     ///< the loaded vectors' dimension (0: none loaded)
        std::int64_t parameters = 0;  ///< trainable parameters (0: not counted yet)
    };
    /// The plan in short parts to join with " · " after the preset's name: "LSTM 2 × 256,
    /// bidirectional", "Adam lr 0.001", "5 epochs", "bfloat16", "GloVe 100d", "4,810,857
    /// parameters" (each part only where it applies).
    static std::vector<Message> brief(const ExperimentPlan& plan, const Facts& facts);
    /// A queued plan as the queue names it: "advanced, 5 epochs".
    static Message queued(const ExperimentPlan& plan);
    /// The plan of a recorded run as sentences: the model, the embeddings, the vocabulary, the
    /// data, the training, the machine. `run` gives what the plan alone does not know (the
    /// vocabulary's size, the splits, the vectors' coverage, the device).
    static std::vector<Message> sentences(const ExperimentPlan& plan, const storage::RunInfo& run);
    /// The model part of sentences().
    static Message model(const model::ModelConfig& model);
};

}  // namespace sentiment::experiment
