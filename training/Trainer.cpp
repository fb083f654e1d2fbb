#include "training/Trainer.h"
#include "data/table/LabelMap.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <limits>
#include <optional>
#include <sstream>

#include "data/dataset/BucketIterator.h"
#include "data/imdb/ZipArchive.h"
#include "data/io/BinaryReader.h"
#include "data/io/BinaryWriter.h"
#include "foundation/TextFormat.h"
#include "model/Bf16Matrix.h"
#include "model/CachingCpuAllocator.h"
#include "model/DnnlRecurrentLayer.h"
#include "model/ModelFactory.h"
#include "model/NbSvm.h"
#include "model/ParameterReport.h"
#include "model/ProcessMemory.h"
#include "model/RunGenerator.h"
#include "model/Runtime.h"
#include "training/BatchTensors.h"
#include "training/Checkpoint.h"
#include "training/Loss.h"

namespace sentiment::training {

namespace {
using Clock = std::chrono::steady_clock;
double since(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

// Correct predictions in a batch.
std::int64_t correct(const torch::Tensor& logits, const torch::Tensor& labels, bool median) {
    return (classCalls(logits, median) == labels.to(torch::kLong)).sum().item<std::int64_t>();
}

// The models that can train in bf16: the padded recurrent stacks (oneDNN's bf16 layers) and
// the Transformer (LibTorch's bf16 products, fast where the CPU has AVX-512 BF16).
bool bf16Capable(const model::ModelConfig& m) {
    if (m.architecture == model::Architecture::Transformer) return model::Bf16Matrix::supported();
    return (m.architecture == model::Architecture::Base ||
            (m.architecture == model::Architecture::Advanced &&
             m.rnnInput == model::RnnInput::Padded)) &&
           model::DnnlRecurrentLayer::supportsBf16();
}

void log(TrainingObserver* observer, const Message& line) {
    if (observer != nullptr) observer->onLog(line);
}

// scikit-learn's "balanced" class weights: n / (classes * n_c); a class with no training review
// gets 0.
torch::Tensor balancedWeights(const data::Examples& train, std::int64_t classes,
                              const torch::Device& device) {
    std::vector<double> count(static_cast<std::size_t>(classes), 0);
    for (const auto l : train.labels) {
        const auto c = static_cast<std::size_t>(l);
        if (c < count.size()) ++count[c];
    }
    std::vector<float> w;
    for (const auto n : count)
        w.push_back(n > 0 ? float(double(train.size()) / (double(classes) * n)) : 0.0f);
    return torch::tensor(w, torch::kFloat).to(device);
}

std::string number(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}
}  // namespace

Trainer::Trainer(model::ModelConfig model, TrainingConfig training)
    : modelConfig_(std::move(model)), config_(std::move(training)) {}

Precision Trainer::effectivePrecision(const model::ModelConfig& model,
                                      const TrainingConfig& training) {
    if (training.precision == Precision::Float32 || !bf16Capable(model)) {
        return Precision::Float32;
    }
    const auto device = resolveDevice(training.device);
    return device && device->is_cpu() ? Precision::BFloat16 : Precision::Float32;
}

Result<torch::Device> Trainer::resolveDevice(const std::string& name) {
    if (name == "cpu") return torch::Device(torch::kCPU);
    if (name == "cuda" || name == "auto") {
        if (torch::cuda::is_available()) return torch::Device(torch::kCUDA, 0);
        if (name == "auto") return torch::Device(torch::kCPU);
        return Error::at(
            {}, Message::tr("--device cuda was asked for, but LibTorch sees no CUDA GPU (this "
                            "build: %1); use --device cpu or auto")
                    .arg(model::Runtime::info().libtorchVersion));
    }
    return Error::at({}, Message::tr("unknown device '%1' (expected auto, cpu or cuda)").arg(name));
}

SplitMetrics Trainer::evaluate(const data::Examples& examples) const {
    if (!network_) throw std::logic_error("Trainer::evaluate before a run");
    const auto device = resolveDevice(config_.device);
    if (!device) throw std::runtime_error(device.error().message);
    return evaluate(*network_, examples, config_.batchSize, *device, {}, config_.microBatchTokens);
}

SplitMetrics Trainer::evaluate(model::ClassifierImpl& network, const data::Examples& examples,
                               std::size_t batchSize, const torch::Device& device,
                               std::stop_token stop, std::size_t microBatchTokens, Scores* scores,
                               const EvaluationCallback& progress) {
    torch::NoGradGuard noGrad;
    if (scores != nullptr) {
        scores->probabilities.assign(examples.size(), 0.5f);
        scores->calls.assign(examples.size(), 0);
    }
    network.eval();
    data::BatchingOptions options;
    options.batchSize = batchSize;
    options.shuffle = false;
    options.padIndex = network.config().padIndex;
    options.minLength = static_cast<std::size_t>(network.config().minLength());
    const data::BucketIterator iterator(examples, options);
    // Longest batches first: every later batch fits in the blocks the first ones left in the
    // allocator's cache, instead of each slightly longer batch faulting in fresh memory.
    auto plan = iterator.plan(0);
    std::reverse(plan.begin(), plan.end());
    // Without a backward pass a padded token keeps a fraction of what training keeps, so
    // neighbouring batches (of about the same length) run as one forward pass within
    // kEvaluationBudget times the micro-batch budget: bigger products per step. Accuracy is
    // still counted per batch of `batchSize` (the lecture's figure averages batches).
    constexpr std::size_t kEvaluationBudget = 2;
    const std::size_t budget = microBatchTokens * kEvaluationBudget;
    std::vector<std::size_t> batchOf(examples.size(), 0), sizeOf(plan.size(), 0);
    for (std::size_t b = 0; b < plan.size(); ++b) {
        for (const auto i : plan[b]) batchOf[i] = b;
        sizeOf[b] = plan[b].size();
    }
    std::vector<std::int64_t> right(plan.size(), 0);
    const auto padded = [&](std::uint32_t i) {
        return std::max<std::size_t>(examples.length(i), options.minLength);
    };
    SplitMetrics m;
    m.confusion = Confusion(static_cast<std::size_t>(network.config().classes));
    double lossSum = 0;
    std::size_t done = 0;  // batches scored, in plan order
    auto told = Clock::now();
    if (progress) progress(0, examples.size());
    while (done < plan.size() && !stop.stop_requested()) {
        // The first batch of a group holds its longest review (the plan runs longest-first).
        std::size_t longest = 0;
        for (const auto i : plan[done]) longest = std::max(longest, padded(i));
        std::vector<std::uint32_t> indices = std::move(plan[done]);
        std::size_t next = done + 1;
        while (budget > 0 && next < plan.size() &&
               (indices.size() + plan[next].size()) * longest <= budget) {
            indices.insert(indices.end(), plan[next].begin(), plan[next].end());
            ++next;
        }
        const auto group = iterator.make(std::move(indices));
        // A group of long reviews in parts.
        auto parts = iterator.split(group, budget);
        for (auto& part : parts) {
            const auto piece = parts.size() == 1 ? group : iterator.make(std::move(part));
            const auto t = BatchTensors::of(piece, device);
            const auto logits = network.forward(t.tokens, t.lengths);
            lossSum += classificationLoss(logits, t.labels, {}, at::Reduction::Sum).item<double>();
            const auto called =
                classCalls(logits, network.config().medianCall).to(torch::kCPU).contiguous();
            const auto truth = t.labels.to(torch::kCPU, torch::kLong).contiguous();
            const auto* c = called.data_ptr<std::int64_t>();
            const auto* y = truth.data_ptr<std::int64_t>();
            for (std::size_t r = 0; r < piece.size(); ++r) {
                right[batchOf[piece.examples[r]]] += c[r] == y[r] ? 1 : 0;
                m.confusion.add(static_cast<std::size_t>(y[r]), static_cast<std::size_t>(c[r]));
            }
            if (scores != nullptr) {
                // P(positive), or the probability of the class called.
                const auto p = logits.dim() == 1
                                   ? torch::sigmoid(logits.to(torch::kFloat))
                                   : torch::softmax(logits.to(torch::kFloat), 1)
                                         .gather(1, called.to(logits.device()).unsqueeze(1))
                                         .squeeze(1);
                const auto probabilities = p.to(torch::kCPU).contiguous();
                const float* v = probabilities.data_ptr<float>();
                for (std::size_t r = 0; r < piece.size(); ++r) {
                    scores->probabilities[piece.examples[r]] = v[r];
                    scores->calls[piece.examples[r]] = static_cast<std::uint8_t>(c[r]);
                }
            }
            m.examples += piece.size();
        }
        done = next;
        if (progress && (done == plan.size() || since(told) >= 0.1)) {
            progress(m.examples, examples.size());
            told = Clock::now();
        }
    }
    if (m.examples > 0) {
        std::int64_t all = 0;
        double batchAccSum = 0;
        for (std::size_t b = 0; b < done; ++b) {
            all += right[b];
            batchAccSum += static_cast<double>(right[b]) / static_cast<double>(sizeOf[b]);
        }
        m.loss = lossSum / static_cast<double>(m.examples);
        m.accuracy = static_cast<double>(all) / static_cast<double>(m.examples);
        m.lectureAccuracy = batchAccSum / static_cast<double>(done);
    }
    return m;
}

// One run's state and its steps, in the order Trainer::run takes them: prepare the model and
// optimizer, then per epoch train, validate and keep the best weights, then test.
class Trainer::Session {
public:
    Session(Trainer& trainer, const data::Dataset& dataset, TrainingObserver* observer,
            std::stop_token stop)
        : config_(trainer.config_),
          modelConfig_(trainer.modelConfig_),
          checkpointPath_(trainer.checkpointPath_),
          resumePath_(trainer.resumePath_),
          network_(trainer.network_),
          dataset_(dataset),
          observer_(observer),
          stop_(std::move(stop)) {}

    /// The device, the model (initialised from the run's generator, then the vectors), its
    /// precision, the frozen embedding, the optimizer and the batches.
    Status prepare(const data::EmbeddingMatrix* vectors);
    /// One epoch of training; nothing when it was stopped (its partial results are not kept).
    Result<std::optional<EpochMetrics>> trainEpoch(int epoch);
    /// The valid pass after an epoch, and the best weights kept (in the checkpoint file or in
    /// memory). False when a stop came during the pass.
    Result<bool> validate(EpochMetrics& m, double trainSeconds);
    /// The lecture's test with the best-valid weights.
    Status test();
    /// The gradient flow on the run's probe reviews, when the plan asks for it (after `epoch`; 0:
    /// before training).
    void measureGradientFlow(int epoch);
    /// Saves the state after `epoch` for a later resume (nothing when no resume path is set).
    Status saveResume(int epoch) const;
    /// Loads a saved state; returns the epoch it was saved after.
    Result<int> loadResume(const std::filesystem::path& path);
    /// The run's totals: training throughput over all epochs, time and peak memory.
    RunResult finish(Clock::time_point runStart);
    RunResult& result() { return result_; }

private:
    void log(const Message& line) const {
        if (observer_ != nullptr) observer_->onLog(line);
    }
    /// What tells the observer how far a pass over `split` has come (nothing without an observer).
    Trainer::EvaluationCallback evaluationProgress(EvaluationProgress::Split split,
                                                   int epoch) const {
        if (observer_ == nullptr) return {};
        return [observer = observer_, split, epoch](std::size_t scored, std::size_t total) {
            observer->onEvaluation({split, epoch, scored, total});
        };
    }
    Status keepBest(const EpochMetrics& m);
    /// One optimizer step on `batch` (batch `b` of `epoch`, in micro-batches when it is long):
    /// its mean loss and how many of its reviews were right; an error when the loss is not finite.
    Result<std::pair<double, std::int64_t>> step(const data::Batch& batch, int epoch,
                                                 std::size_t b);
    /// An epoch's running figures, as the observer is told them.
    struct EpochTally {
        double lossSum = 0, batchAccSum = 0;
        std::int64_t right = 0;
        std::size_t seen = 0;
        std::uint64_t tokens = 0;
    };
    /// Tells the observer how batch `b` of `batches` went.
    void reportBatch(int epoch, std::size_t b, std::size_t batches, double loss, double accuracy,
                     const EpochTally& tally, Clock::time_point epochStart) const;
    /// Turns the embedding's training on or off (never on for a model whose embedding is fixed).
    void trainEmbedding(bool on) {
        network_->embedding()->weight.set_requires_grad(on && network_->embeddingLearns());
    }
    /// NBSVM's log-count ratios, counted over the training reviews.
    void setRatios(model::NbSvmImpl& nb) const;

    const TrainingConfig& config_;
    const model::ModelConfig& modelConfig_;
    const std::filesystem::path& checkpointPath_;
    const std::filesystem::path& resumePath_;
    std::shared_ptr<model::ClassifierImpl>& network_;
    const data::Dataset& dataset_;
    TrainingObserver* observer_;
    std::stop_token stop_;

    torch::Device device_{torch::kCPU};
    model::ModelConfig mc_;
    // The run's own random stream (never LibTorch's global one, which other threads draw from):
    // the initial weights, then every dropout mask on this thread while `scope_` lives. The
    // batches are shuffled from the seed by the BucketIterator.
    std::optional<at::Generator> generator_;
    std::optional<model::RunGenerator::Scope> scope_;
    std::unique_ptr<torch::optim::Optimizer> optimizer_;
    std::optional<data::BucketIterator> batches_;
    std::uint64_t totalSteps_ = 0;
    RunResult result_;
    double bestValid_ = std::numeric_limits<double>::infinity();
    torch::Tensor classWeights_;  // one per class with TrainingConfig::classWeights, else none
    std::vector<torch::Tensor> bestWeights_;  // when no checkpoint file is written
    double meanEpochSeconds_ = 0;
    double trainSeconds_ = 0;  // training steps only, all epochs (a stopped one's part too)
    std::uint64_t trainTokens_ = 0;
};

Status Trainer::Session::prepare(const data::EmbeddingMatrix* vectors) {
    auto device = resolveDevice(config_.device);
    if (!device) return device.error();
    device_ = *device;
    if (device_.is_cuda()) {
        // The lecture's flag makes cuDNN deterministic; the rest of a step on a GPU (the
        // gradients of RecurrentStack's index_select and gather add with atomics there) is made
        // so by PyTorch's deterministic algorithms, with a warning for any op that has none.
        // cuBLAS needs a fixed workspace for it, set before its first handle exists.
        if (config_.deterministic) setenv("CUBLAS_WORKSPACE_CONFIG", ":4096:8", 0);
        at::globalContext().setDeterministicCuDNN(config_.deterministic);
        at::globalContext().setBenchmarkCuDNN(!config_.deterministic);
        at::globalContext().setDeterministicAlgorithms(config_.deterministic, /*warn_only=*/true);
    }
    mc_ = modelConfig_;
    mc_.vocabSize = static_cast<std::int64_t>(dataset_.vocab.size());
    mc_.classes = static_cast<std::int64_t>(dataset_.classes().size());
    mc_.padIndex = data::Vocabulary::kPad;
    if (mc_.architecture == model::Architecture::Transformer) {
        // Its positions are the reviews' maximum length, which the dataset was cut to.
        const auto longest = dataset_.options.length.maxLength;
        if (longest == 0) {
            return Error::at({}, Message::tr("a Transformer needs a maximum length (--max-length): "
                                             "its attention's memory grows with the square of "
                                             "the length"));
        }
        mc_.context = static_cast<std::int64_t>(longest);
    }
    if (mc_.medianCall) {
        // A median needs an order: more than two classes that are numbers, ascending.
        const auto values = data::LabelMap::valuesOf(dataset_.classes());
        const bool ordered =
            values.size() > 2 && std::adjacent_find(values.begin(), values.end(),
                                                    std::greater_equal<>()) == values.end();
        if (!ordered) {
            return Error::at({}, Message::tr("the median call needs more than two classes that "
                                             "are numbers in order (stars); these are not: "
                                             "call the likeliest class"));
        }
    }
    if (vectors != nullptr) {
        if (vectors->rows != dataset_.vocab.size()) {
            return Error::at({},
                             Message::tr("the vectors matrix has %1 rows for a vocabulary of %2")
                                 .arg(vectors->rows)
                                 .arg(dataset_.vocab.size()));
        }
        mc_.embeddingDim = static_cast<std::int64_t>(vectors->dimension);
    }
    // The model is initialised on the CPU; on a GPU its masks come from a generator there.
    generator_ = model::RunGenerator::create(torch::kCPU, config_.seed);
    network_ = model::ModelFactory::create(mc_);
    model::RunGenerator::initialise(*network_, *generator_);
    if (auto* nb = dynamic_cast<model::NbSvmImpl*>(network_.get())) setRatios(*nb);
    if (!device_.is_cpu()) generator_ = model::RunGenerator::create(device_, config_.seed);
    scope_.emplace(*generator_);
    if (vectors != nullptr) {
        torch::NoGradGuard guard;
        auto matrix = torch::from_blob(const_cast<float*>(vectors->values.data()),
                                       {static_cast<std::int64_t>(vectors->rows),
                                        static_cast<std::int64_t>(vectors->dimension)},
                                       torch::kFloat);
        network_->embedding()->weight.copy_(matrix);
    }
    network_->to(device_);
    if (config_.classWeights) classWeights_ = balancedWeights(dataset_.train, mc_.classes, device_);

    result_.device = device_.str();
    result_.threads = torch::get_num_threads();
    result_.parameters = model::ParameterReport::of(*network_);
    result_.precision = Precision::Float32;
    if (device_.is_cpu() && effectivePrecision(mc_, config_) == Precision::BFloat16 &&
        network_->setBf16(true)) {
        result_.precision = Precision::BFloat16;
        log(Message::tr(
            "Training in bfloat16: the recurrent or encoder layers' matrix products in bf16 with "
            "float sums; weights, gradients and Adam's state in float"));
    } else if (config_.precision == Precision::BFloat16) {
        log(Message::tr(
            "Training in float32: bf16 training needs a CPU with AVX-512 BF16 or AMX and a "
            "recurrent model on padded input or a Transformer"));
    }
    trainEmbedding(!(config_.freezeEmbeddings || config_.freezeEpochs > 0));

    if (config_.optimizer == OptimizerKind::Adam) {
        optimizer_ = std::make_unique<torch::optim::Adam>(
            network_->parameters(),
            torch::optim::AdamOptions(config_.learningRate).weight_decay(config_.weightDecay));
    } else if (config_.optimizer == OptimizerKind::AdamW) {
        optimizer_ = std::make_unique<torch::optim::AdamW>(
            network_->parameters(),
            torch::optim::AdamWOptions(config_.learningRate).weight_decay(config_.weightDecay));
    } else {
        optimizer_ = std::make_unique<torch::optim::SGD>(
            network_->parameters(),
            torch::optim::SGDOptions(config_.learningRate).momentum(config_.momentum));
    }
    data::BatchingOptions batching;
    batching.batchSize = config_.batchSize;
    batching.seed = config_.seed;
    batching.padIndex = mc_.padIndex;
    batching.minLength = static_cast<std::size_t>(mc_.minLength());
    batches_.emplace(dataset_.train, batching);
    const std::size_t perEpoch = config_.maxBatches > 0
                                     ? std::min(config_.maxBatches, batches_->batchesPerEpoch())
                                     : batches_->batchesPerEpoch();
    totalSteps_ = static_cast<std::uint64_t>(perEpoch) * static_cast<std::uint64_t>(config_.epochs);
    return Done{};
}

void Trainer::Session::setRatios(model::NbSvmImpl& nb) const {
    const auto& train = dataset_.train;
    std::vector<std::span<const std::int32_t>> reviews;
    reviews.reserve(train.size());
    for (std::size_t i = 0; i < train.size(); ++i) reviews.push_back(train.tokensOf(i));
    auto r = model::logCountRatios(reviews, train.labels, mc_.vocabSize, mc_.padIndex, mc_.nbAlpha,
                                   mc_.classes);
    nb.setRatios(torch::from_blob(r.data(), {static_cast<std::int64_t>(r.size())}, torch::kFloat));
    log(Message::tr("NBSVM: log-count ratios of %1 n-grams from %2 training reviews (smoothing %3)")
            .arg(withCommas(static_cast<std::uint64_t>(mc_.vocabSize - 2)))
            .arg(withCommas(train.size()))
            .arg(number(mc_.nbAlpha)));
}

Result<std::pair<double, std::int64_t>> Trainer::Session::step(const data::Batch& batch, int epoch,
                                                               std::size_t b) {
    optimizer_->zero_grad();
    if (config_.schedule != LrSchedule::Constant || config_.warmup > 0) {
        for (auto& group : optimizer_->param_groups())
            group.options().set_lr(config_.learningRateAt(result_.steps, totalSteps_));
    }
    // The batch's mean loss, summed over its micro-batches as each one's mean weighted by its
    // share of the batch; each part's backward adds to the gradients.
    double lossValue = 0;
    std::int64_t ok = 0;
    auto parts = batches_->split(batch, config_.microBatchTokens);
    for (auto& part : parts) {
        const auto piece = parts.size() == 1 ? batch : batches_->make(std::move(part));
        const auto t = BatchTensors::of(piece, device_);
        const auto logits = network_->forward(t.tokens, t.lengths);
        auto loss = classificationLoss(logits, t.labels, classWeights_);
        if (parts.size() > 1)
            loss = loss * (static_cast<double>(piece.size()) / static_cast<double>(batch.size()));
        const double partLoss = loss.item<double>();
        lossValue += partLoss;
        if (!std::isfinite(partLoss)) {
            auto why =
                std::isnan(partLoss)
                    ? Message::tr(
                          "training stopped: the loss became NaN in epoch %1, batch %2; try a "
                          "lower learning rate (now %3) or gradient clipping")
                    : Message::tr(
                          "training stopped: the loss became infinite in epoch %1, batch %2; "
                          "try a lower learning rate (now %3) or gradient clipping");
            return Error::at({},
                             std::move(why.arg(epoch).arg(b + 1).arg(number(config_.learningRate))))
                .as(ErrorKind::NonFiniteLoss);
        }
        loss.backward();
        ok += correct(logits.detach(), t.labels, mc_.medianCall);
    }
    if (config_.clipNorm > 0)
        torch::nn::utils::clip_grad_norm_(network_->parameters(), config_.clipNorm);
    optimizer_->step();
    ++result_.steps;
    return std::make_pair(lossValue, ok);
}

void Trainer::Session::reportBatch(int epoch, std::size_t b, std::size_t batches, double loss,
                                   double accuracy, const EpochTally& tally,
                                   Clock::time_point epochStart) const {
    const double elapsed = since(epochStart);
    BatchProgress p;
    p.epoch = epoch;
    p.epochs = config_.epochs;
    p.batch = b + 1;
    p.batches = batches;
    p.step = result_.steps;
    p.loss = loss;
    p.accuracy = accuracy;
    p.runningLoss = tally.lossSum / static_cast<double>(tally.seen);
    p.runningAccuracy = static_cast<double>(tally.right) / static_cast<double>(tally.seen);
    p.tokensPerSecond = elapsed > 0 ? static_cast<double>(tally.tokens) / elapsed : 0;
    p.epochEtaSeconds = elapsed / static_cast<double>(b + 1) * static_cast<double>(batches - b - 1);
    const double perEpoch =
        meanEpochSeconds_ > 0 ? meanEpochSeconds_ : elapsed / double(b + 1) * double(batches);
    p.runEtaSeconds = p.epochEtaSeconds + perEpoch * (config_.epochs - epoch);
    p.residentMiB = model::ProcessMemory::mebibytes(model::ProcessMemory::residentBytes());
    if (optimizer_ && !optimizer_->param_groups().empty())
        p.learningRate = optimizer_->param_groups().front().options().get_lr();
    observer_->onBatch(p);
}

Result<std::optional<EpochMetrics>> Trainer::Session::trainEpoch(int epoch) {
    const auto epochStart = Clock::now();
    if (!config_.freezeEmbeddings && config_.freezeEpochs > 0 &&
        epoch == config_.freezeEpochs + 1 && network_->embeddingLearns()) {
        trainEmbedding(true);
        log(Message::tr("Epoch %1: the embeddings are now trained too").arg(epoch));
    }
    model::CachingCpuAllocator::instance().release();  // the last evaluation's blocks
    network_->train();
    auto plan = batches_->plan(static_cast<std::uint64_t>(epoch - 1));
    if (config_.maxBatches > 0 && plan.size() > config_.maxBatches) plan.resize(config_.maxBatches);
    const std::size_t batches = plan.size();
    EpochTally tally;
    auto lastReport = Clock::now() - std::chrono::seconds(1);
    for (std::size_t b = 0; b < batches; ++b) {
        if (stop_.stop_requested()) {
            log(Message::tr("Stopped during epoch %1; its partial results are not kept")
                    .arg(epoch));
            trainSeconds_ += since(epochStart);
            trainTokens_ += tally.tokens;
            return std::optional<EpochMetrics>{};
        }
        const auto batch = batches_->make(std::move(plan[b]));
        const auto stepped = step(batch, epoch, b);
        if (!stepped) return stepped.error();
        const auto [lossValue, ok] = *stepped;
        const auto n = static_cast<double>(batch.size());
        tally.lossSum += lossValue * n;
        tally.right += ok;
        tally.batchAccSum += static_cast<double>(ok) / n;
        tally.seen += batch.size();
        tally.tokens += static_cast<std::uint64_t>(batch.realTokens());
        // Reports at most ten times a second, and at the epoch's last batch.
        if (observer_ != nullptr && (since(lastReport) >= 0.1 || b + 1 == batches)) {
            lastReport = Clock::now();
            reportBatch(epoch, b, batches, lossValue, static_cast<double>(ok) / n, tally,
                        epochStart);
        }
    }
    const double trainSeconds = since(epochStart);
    trainSeconds_ += trainSeconds;
    trainTokens_ += tally.tokens;
    if (tally.seen == 0) return std::optional<EpochMetrics>{};
    EpochMetrics m;
    m.epoch = epoch;
    m.train.loss = tally.lossSum / static_cast<double>(tally.seen);
    m.train.accuracy = static_cast<double>(tally.right) / static_cast<double>(tally.seen);
    m.train.lectureAccuracy = tally.batchAccSum / static_cast<double>(batches);
    m.train.examples = tally.seen;
    m.tokensPerSecond = trainSeconds > 0 ? static_cast<double>(tally.tokens) / trainSeconds : 0;
    m.seconds = trainSeconds;
    return std::optional<EpochMetrics>{std::move(m)};
}

Result<bool> Trainer::Session::validate(EpochMetrics& m, double trainSeconds) {
    // Evaluation needs other block sizes than training: the training batches' cached blocks go
    // back to the system first, so that the two never add up.
    model::CachingCpuAllocator::instance().release();
    const auto start = Clock::now();
    // No validation split (every training review trains): the last epoch is the one tested.
    const bool splitEmpty = dataset_.valid.size() == 0;
    if (config_.validate && !splitEmpty) {
        m.valid = evaluate(*network_, dataset_.valid, config_.batchSize, device_, stop_,
                           config_.microBatchTokens, nullptr,
                           evaluationProgress(EvaluationProgress::Split::Valid, m.epoch));
        if (stop_.stop_requested()) return false;
    }
    m.seconds = trainSeconds + since(start);
    meanEpochSeconds_ = (meanEpochSeconds_ * (m.epoch - 1) + m.seconds) / m.epoch;
    if (config_.validate && (splitEmpty || m.valid.loss < bestValid_)) {
        bestValid_ = m.valid.loss;
        m.best = true;
        result_.bestEpoch = m.epoch;
        if (auto kept = keepBest(m); !kept) return kept.error();
    }
    m.residentMiB = model::ProcessMemory::mebibytes(model::ProcessMemory::residentBytes());
    m.peakResidentMiB = model::ProcessMemory::mebibytes(model::ProcessMemory::peakResidentBytes());
    return true;
}

Status Trainer::Session::keepBest(const EpochMetrics& m) {
    if (checkpointPath_.empty()) {
        bestWeights_.clear();
        for (const auto& p : network_->parameters()) bestWeights_.push_back(p.detach().clone());
        return Done{};
    }
    Checkpoint c;
    c.model = mc_;
    c.vocab = dataset_.vocab;
    c.tokenizer = dataset_.options.tokenizer;
    c.ngrams = dataset_.options.ngrams;
    c.charNgrams = dataset_.options.charNgrams;
    c.length = dataset_.options.length;
    c.classes = dataset_.classes();
    c.training = config_.toJson();
    c.metrics = {{"epoch", m.epoch}, {"valid_loss", m.valid.loss}, {"valid_acc", m.valid.accuracy}};
    c.network = network_;
    if (auto saved = c.save(checkpointPath_); !saved) return saved.error();
    result_.checkpoint = checkpointPath_;
    return Done{};
}

Status Trainer::Session::test() {
    // The lecture's model.load_state_dict(torch.load('tut-model.pt')) before the test.
    if (!result_.checkpoint.empty()) {
        auto best = Checkpoint::load(result_.checkpoint);
        if (!best) return best.error();
        best->network->to(device_);
        network_ = best->network;
        // The test runs in the precision the valid passes that chose this checkpoint ran in.
        if (result_.precision == Precision::BFloat16) network_->setBf16(true);
    } else {
        torch::NoGradGuard guard;
        std::size_t i = 0;
        for (auto& p : network_->parameters()) p.copy_(bestWeights_[i++]);
    }
    model::CachingCpuAllocator::instance().release();
    Scores scores;
    result_.test = evaluate(*network_, dataset_.test, config_.batchSize, device_, stop_,
                            config_.microBatchTokens, &scores,
                            evaluationProgress(EvaluationProgress::Split::Test,
                                               static_cast<int>(result_.epochs.size())));
    result_.testProbabilities = std::move(scores.probabilities);
    result_.testCalls = std::move(scores.calls);
    if (stop_.stop_requested()) {
        result_.test.reset();
        result_.testProbabilities.clear();
        result_.testCalls.clear();
        result_.stopped = true;
    } else if (observer_ != nullptr) {
        observer_->onTest(*result_.test);
    }
    return Done{};
}

Status Trainer::Session::saveResume(int epoch) const {
    if (resumePath_.empty()) return Done{};
    try {
        torch::serialize::OutputArchive archive, weights, optimizer, best;
        network_->save(weights);
        optimizer_->save(optimizer);
        for (std::size_t i = 0; i < bestWeights_.size(); ++i)
            best.write(std::to_string(i), bestWeights_[i]);
        archive.write("weights", weights);
        archive.write("optimizer", optimizer);
        archive.write("best_weights", best);
        archive.write("best_weights_count",
                      c10::IValue(static_cast<std::int64_t>(bestWeights_.size())));
        archive.write("generator", generator_->get_state());
        archive.write("epoch", c10::IValue(static_cast<std::int64_t>(epoch)));
        archive.write("steps", c10::IValue(static_cast<std::int64_t>(result_.steps)));
        archive.write("best_epoch", c10::IValue(static_cast<std::int64_t>(result_.bestEpoch)));
        archive.write("best_valid", c10::IValue(bestValid_));
        archive.write("mean_epoch_seconds", c10::IValue(meanEpochSeconds_));
        archive.write("checkpoint", c10::IValue(result_.checkpoint.string()));
        // Into memory, then to disk through BinaryWriter (temporary name, CRC-32 footer, fsync,
        // rename): LibTorch's own file writer throws from a destructor when the disk is full,
        // which ends the process (found by the full-disk drill, tests/core/FullDiskTest.cpp).
        std::ostringstream bytes;
        archive.save_to(bytes);
        std::error_code ec;
        if (resumePath_.has_parent_path())
            std::filesystem::create_directories(resumePath_.parent_path(), ec);
        data::BinaryWriter out(resumePath_);
        const auto text = bytes.str();
        out.bytes(text.data(), text.size());
        if (!out.commit())
            return Error::at(resumePath_.string(),
                             Message::tr("cannot write the resume state (disk full?)"));
    } catch (const c10::Error& e) {
        return Error::at(resumePath_.string(),
                         Message::tr("cannot write the resume state (disk full?): %1")
                             .arg(e.what_without_backtrace()));
    }
    return Done{};
}

Result<int> Trainer::Session::loadResume(const std::filesystem::path& path) {
    // The file's CRC-32 footer and the archive's zip structure and members' CRC-32s are checked
    // before LibTorch reads a byte (its reader crashes on some malformed archives).
    data::BinaryReader in(path);
    if (in.failed()) {
        return Error::at(
            path.string(),
            in.damaged() ? Message::tr("the resume state is damaged (or from an older version); "
                                       "the run cannot continue")
                         : Message::tr("cannot read the resume state"));
    }
    const auto archiveBytes = in.rest();
    if (auto zip = data::ZipArchive::fromBytes(archiveBytes, path.string()); !zip) {
        return Error::at(
            path.string(),
            Message::tr("the resume state is damaged: %1").arg(zip.error().sentence()));
    } else {
        for (const auto& member : zip->members()) {
            if (auto content = zip->extract(member); !content) {
                return Error::at(
                    path.string(),
                    Message::tr("the resume state is damaged: %1").arg(content.error().sentence()));
            }
        }
    }
    try {
        torch::serialize::InputArchive archive, weights, optimizer, best;
        std::istringstream stream(
            std::string(reinterpret_cast<const char*>(archiveBytes.data()), archiveBytes.size()));
        archive.load_from(stream);
        archive.read("weights", weights);
        network_->load(weights);
        network_->to(device_);
        archive.read("optimizer", optimizer);
        optimizer_->load(optimizer);
        c10::IValue v;
        archive.read("best_weights_count", v);
        archive.read("best_weights", best);
        bestWeights_.clear();
        for (std::int64_t i = 0; i < v.toInt(); ++i) {
            torch::Tensor t;
            best.read(std::to_string(i), t);
            bestWeights_.push_back(t.to(device_));
        }
        torch::Tensor state;
        archive.read("generator", state);
        generator_->set_state(state);
        archive.read("epoch", v);
        const auto epoch = static_cast<int>(v.toInt());
        archive.read("steps", v);
        result_.steps = static_cast<std::uint64_t>(v.toInt());
        archive.read("best_epoch", v);
        result_.bestEpoch = static_cast<int>(v.toInt());
        archive.read("best_valid", v);
        bestValid_ = v.toDouble();
        archive.read("mean_epoch_seconds", v);
        meanEpochSeconds_ = v.toDouble();
        archive.read("checkpoint", v);
        result_.checkpoint = v.toStringRef();
        // The embedding as the schedule has it after `epoch`.
        if (!config_.freezeEmbeddings && config_.freezeEpochs > 0 && epoch > config_.freezeEpochs)
            trainEmbedding(true);
        return epoch;
    } catch (const c10::Error& e) {
        return Error::at(
            path.string(),
            Message::tr("cannot read the resume state: %1").arg(e.what_without_backtrace()));
    }
}

RunResult Trainer::Session::finish(Clock::time_point runStart) {
    model::CachingCpuAllocator::instance()
        .release();  // a finished run leaves no idle blocks behind
    result_.tokensPerSecond =
        trainSeconds_ > 0 ? static_cast<double>(trainTokens_) / trainSeconds_ : 0;
    result_.seconds = since(runStart);
    result_.peakResidentMiB =
        model::ProcessMemory::mebibytes(model::ProcessMemory::peakResidentBytes());
    return std::move(result_);
}

void Trainer::Session::measureGradientFlow(int epoch) {
    if (!config_.gradientFlow || network_->recurrentStack() == nullptr) return;
    const auto& examples = dataset_.valid.size() > 0 ? dataset_.valid : dataset_.train;
    if (examples.size() == 0) return;
    data::BatchingOptions options;
    options.shuffle = false;
    options.padIndex = network_->config().padIndex;
    const auto batch =
        data::BucketIterator(examples, options).make(GradientFlow::probeReviews(examples));
    const auto tensors = BatchTensors::of(batch, device_);
    GradientFlow flow;
    flow.epoch = epoch;
    flow.norms = GradientFlow::measure(*network_, tensors.tokens, tensors.lengths, tensors.labels);
    if (flow.norms.empty()) return;
    result_.gradientFlow.push_back(flow);
    if (observer_ != nullptr) observer_->onGradientFlow(flow);
}

Result<RunResult> Trainer::run(const data::Dataset& dataset, const data::EmbeddingMatrix* vectors,
                               TrainingObserver* observer, std::stop_token stop) {
    const auto runStart = Clock::now();
    Session session(*this, dataset, observer, stop);
    if (auto ready = session.prepare(vectors); !ready) return ready.error();
    auto& result = session.result();
    int first = 1;
    if (!resumeFrom_.empty()) {
        auto resumed = session.loadResume(resumeFrom_);
        if (!resumed) return resumed.error();
        first = *resumed + 1;
        log(observer, Message::tr("Continuing after epoch %1").arg(*resumed));
    } else {
        session.measureGradientFlow(0);
    }
    for (int epoch = first; epoch <= config_.epochs && !stop.stop_requested(); ++epoch) {
        auto trained = session.trainEpoch(epoch);
        if (!trained) return trained.error();
        if (!*trained) break;  // stopped
        auto m = std::move(**trained);
        auto validated = session.validate(m, m.seconds);
        if (!validated) return validated.error();
        if (!*validated) break;  // stopped during the valid pass
        result.epochs.push_back(m);
        if (observer != nullptr) observer->onEpoch(m);
        session.measureGradientFlow(epoch);
        // After the observer has recorded the epoch: a run killed in between trains it again.
        if (auto saved = session.saveResume(epoch); !saved) return saved.error();
    }
    result.stopped = stop.stop_requested();
    if (!result.stopped && config_.evaluateTest && result.bestEpoch > 0) {
        if (auto tested = session.test(); !tested) return tested.error();
    }
    return session.finish(runStart);
}

}  // namespace sentiment::training
