#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "data/dataset/Dataset.h"
#include "data/vectors/EmbeddingMatrix.h"
#include "experiment/ExperimentPlan.h"
#include "foundation/Message.h"
#include "foundation/Result.h"

namespace sentiment::experiment {

/// What a run's numbers depend on, recorded with it so a teacher can run a student's result
/// again and know whether to expect the same figures: hashes of the split (each split's
/// tokens, so the tokenizer and the vocabulary's indices too), the vocabulary, the starting
/// vectors and the plan; and the machine: program and LibTorch versions, precision, device,
/// CPU model and features, threads. The same card on the same machine gives the same numbers
/// (tests); `differences` names what differs between two cards that can change them.
struct ReproducibilityCard {
    std::string splitHash, vocabularyHash, vectorsHash, planHash;  ///< SHA-256, 16 hex digits shown
    std::string appVersion, torchVersion;
    std::string precision;    ///< fp32 or bf16, as the run trained
    std::string device;       ///< cpu or cuda
    std::string cpuModel;     ///< "AMD EPYC 7B13"
    std::string cpuFeatures;  ///< the vector units the kernels choose between: "avx2 fma avx512f
                              ///< avx512_bf16"
    int threads = 0;

    /// The card of a run of `plan` (as it runs: precision resolved) on `dataset` starting from
    /// `matrix` (none: random), on this machine.
    static ReproducibilityCard of(const ExperimentPlan& plan, const data::Dataset& dataset,
                                  const data::EmbeddingMatrix* matrix,
                                  const std::string& appVersion);
    /// This machine's side of a card (versions, CPU, threads, device), for comparing with a stored
    /// one.
    static ReproducibilityCard thisMachine(const std::string& appVersion);

    /// What differs from `other` that makes numbers differ, one sentence each; empty: nothing
    /// (the same plan there gives the same numbers). A fact only one card has (a machine's card
    /// has no hashes) is not compared.
    std::vector<Message> differences(const ReproducibilityCard& other) const;

    nlohmann::json toJson() const;
    static Result<ReproducibilityCard> fromJson(std::string_view text);
};

}  // namespace sentiment::experiment
