#include "experiment/Knobs.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "model/ModelConfig.h"
#include "training/TrainingConfig.h"

namespace sentiment::experiment {

namespace {

using model::Architecture;

template <class T>
bool parse(std::string_view text, T& out) {
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end;
}
std::optional<std::int64_t> whole(std::string_view text) {
    std::int64_t v = 0;
    return parse(text, v) ? std::optional(v) : std::nullopt;
}
std::optional<double> real(std::string_view text) {
    double v = 0;
    return parse(text, v) && std::isfinite(v) ? std::optional(v) : std::nullopt;
}
std::optional<bool> flag(std::string_view text) {
    if (text == "true" || text == "1") return true;
    if (text == "false" || text == "0") return false;
    return std::nullopt;
}
std::string text(bool v) {
    return v ? "true" : "false";
}
std::string text(std::int64_t v) {
    return std::to_string(v);
}

// Sets `field` from `value` when it reads as the field's type.
template <class Field>
bool assign(Field& field, std::string_view value) {
    if constexpr (std::is_same_v<Field, bool>) {
        const auto v = flag(value);
        if (v) field = *v;
        return v.has_value();
    } else if constexpr (std::is_floating_point_v<Field>) {
        const auto v = real(value);
        if (v) field = *v;
        return v.has_value();
    } else {
        const auto v = whole(value);
        if (!v || *v < 0) return false;
        field = static_cast<Field>(*v);
        return true;
    }
}

bool recurrent(const ExperimentPlan& p) {
    return p.model.architecture == Architecture::Advanced;
}
bool transformer(const ExperimentPlan& p) {
    return p.model.architecture == Architecture::Transformer;
}
bool stacked(const ExperimentPlan& p) {  // layers of one kind or another
    return recurrent(p) || transformer(p);
}
bool hasHidden(const ExperimentPlan& p) {
    return p.model.architecture == Architecture::Advanced ||
           p.model.architecture == Architecture::Base;
}
bool hasDropout(const ExperimentPlan& p) {
    return p.model.architecture == Architecture::Advanced ||
           p.model.architecture == Architecture::Cnn || transformer(p);
}
bool nbsvm(const ExperimentPlan& p) {
    return p.model.architecture == Architecture::NbSvm;
}
bool bagOfNgrams(const ExperimentPlan& p) {
    return nbsvm(p) || p.model.architecture == Architecture::FastText;
}
bool embedded(const ExperimentPlan& p) {
    return !nbsvm(p);
}
bool sgd(const ExperimentPlan& p) {
    return p.training.optimizer == training::OptimizerKind::Sgd;
}
bool adam(const ExperimentPlan& p) {  // Adam or AdamW
    return p.training.optimizer != training::OptimizerKind::Sgd;
}

Knob::Choice choice(const char* value, Message label) {
    return {value, std::move(label)};
}

// The recurrent layers' shape.
std::vector<Knob> recurrentKnobs() {
    std::vector<Knob> k;
    k.push_back(
        {.name = "cell",
         .kind = Knob::Kind::Choice,
         .label = Message::tr("Recurrent cell:"),
         .help = "recurrent cell: lstm | gru | rnn",
         .choices = {choice("lstm", Message::tr("LSTM")), choice("gru", Message::tr("GRU")),
                     choice("rnn", Message::tr("Elman RNN (tanh)"))},
         .sweepValues = "lstm,gru,rnn",
         .sweepLabel = Message::tr("cell"),
         .appliesTo = recurrent,
         .get = [](const ExperimentPlan& p) { return std::string(model::toString(p.model.cell)); },
         .set =
             [](ExperimentPlan& p, std::string_view v) {
                 const auto cell = model::parseCell(v);
                 if (cell) p.model.cell = *cell;
                 return cell.ok();
             }});
    k.push_back(
        {.name = "layers",
         .label = Message::tr("Layers:"),
         .help = "recurrent or encoder layers",
         .low = 1,
         .high = 24,
         .sweepValues = "1,2,3",
         .sweepLabel = Message::tr("layers"),
         .appliesTo = stacked,
         .get = [](const ExperimentPlan& p) { return text(std::int64_t(p.model.layers)); },
         .set = [](ExperimentPlan& p, std::string_view v) { return assign(p.model.layers, v); }});
    k.push_back(
        {.name = "hidden",
         .label = Message::tr("Hidden units:"),
         .help = "hidden units per direction",
         .low = 1,
         .high = 4096,
         .step = 32,
         .sweepValues = "64,128,256",
         .sweepLabel = Message::tr("hidden units"),
         .appliesTo = hasHidden,
         .get = [](const ExperimentPlan& p) { return text(std::int64_t(p.model.hidden)); },
         .set = [](ExperimentPlan& p, std::string_view v) { return assign(p.model.hidden, v); }});
    k.push_back({.name = "bidirectional",
                 .kind = Knob::Kind::Flag,
                 .label = Message::tr("Bidirectional:"),
                 .help = "true | false",
                 .flagText = Message::tr("read both ways"),
                 .appliesTo = recurrent,
                 .get = [](const ExperimentPlan& p) { return text(p.model.bidirectional); },
                 .set = [](ExperimentPlan& p,
                           std::string_view v) { return assign(p.model.bidirectional, v); }});
    k.push_back(
        {.name = "dropout",
         .kind = Knob::Kind::Real,
         .label = Message::tr("Dropout:"),
         .help = "dropout probability",
         .low = 0,
         .high = 0.95,
         .step = 0.05,
         .decimals = 2,
         .sweepValues = "0.2,0.5",
         .sweepLabel = Message::tr("dropout"),
         .appliesTo = hasDropout,
         .get = [](const ExperimentPlan& p) { return knobNumber(p.model.dropout); },
         .set = [](ExperimentPlan& p, std::string_view v) { return assign(p.model.dropout, v); }});
    return k;
}

// A Transformer encoder's shape besides its layers and dropout.
std::vector<Knob> transformerKnobs() {
    std::vector<Knob> k;
    k.push_back(
        {.name = "heads",
         .label = Message::tr("Attention heads:"),
         .help = "transformer: attention heads (the embedding size divides by it)",
         .tip = Message::tr("Each head attends with its own share of the width: the embedding "
                            "size must divide by the number of heads"),
         .low = 1,
         .high = 64,
         .sweepValues = "1,2,4",
         .sweepLabel = Message::tr("heads"),
         .appliesTo = transformer,
         .get = [](const ExperimentPlan& p) { return text(std::int64_t(p.model.heads)); },
         .set = [](ExperimentPlan& p, std::string_view v) { return assign(p.model.heads, v); }});
    k.push_back(
        {.name = "feed-forward",
         .label = Message::tr("Feed-forward width:"),
         .help = "transformer: the width of each layer's feed-forward network",
         .low = 1,
         .high = 16384,
         .step = 64,
         .sweepValues = "200,400,800",
         .sweepLabel = Message::tr("feed-forward width"),
         .appliesTo = transformer,
         .get = [](const ExperimentPlan& p) { return text(std::int64_t(p.model.hidden)); },
         .set = [](ExperimentPlan& p, std::string_view v) { return assign(p.model.hidden, v); }});
    k.push_back({.name = "positions",
                 .kind = Knob::Kind::Choice,
                 .label = Message::tr("Positions:"),
                 .help = "transformer: learned | sinusoidal",
                 .choices = {choice("learned", Message::tr("learned, one vector per position")),
                             choice("sinusoidal", Message::tr("fixed sines and cosines"))},
                 .sweepValues = "learned,sinusoidal",
                 .sweepLabel = Message::tr("positions"),
                 .appliesTo = transformer,
                 .get =
                     [](const ExperimentPlan& p) {
                         return std::string(model::toString(p.model.positions));
                     },
                 .set =
                     [](ExperimentPlan& p, std::string_view v) {
                         const auto positions = model::parsePositions(v);
                         if (positions) p.model.positions = *positions;
                         return positions.ok();
                     }});
    k.push_back(
        {.name = "norm",
         .kind = Knob::Kind::Choice,
         .label = Message::tr("LayerNorm:"),
         .help = "transformer: pre (before each sub-layer) | post (after, the paper's)",
         .tip = Message::tr("Before each sub-layer trains more steadily; after it is the "
                            "original paper's and BERT's"),
         .choices = {choice("pre", Message::tr("before each sub-layer (pre-norm)")),
                     choice("post", Message::tr("after each sub-layer (post-norm)"))},
         .sweepValues = "pre,post",
         .sweepLabel = Message::tr("LayerNorm"),
         .appliesTo = transformer,
         .get =
             [](const ExperimentPlan& p) { return std::string(p.model.preNorm ? "pre" : "post"); },
         .set =
             [](ExperimentPlan& p, std::string_view v) {
                 if (v != "pre" && v != "post") return false;
                 p.model.preNorm = v == "pre";
                 return true;
             }});
    k.push_back(
        {.name = "pooling",
         .kind = Knob::Kind::Choice,
         .label = Message::tr("Classify from:"),
         .help = "transformer: cls (a [CLS] token before the review) | mean (of its tokens)",
         .choices = {choice("cls", Message::tr("a [CLS] token")),
                     choice("mean", Message::tr("the mean of the tokens"))},
         .sweepValues = "cls,mean",
         .sweepLabel = Message::tr("pooling"),
         .appliesTo = transformer,
         .get =
             [](const ExperimentPlan& p) { return std::string(model::toString(p.model.pooling)); },
         .set =
             [](ExperimentPlan& p, std::string_view v) {
                 const auto pooling = model::parsePooling(v);
                 if (pooling) p.model.pooling = *pooling;
                 return pooling.ok();
             }});
    return k;
}

// What the model reads: its embedding (size, vectors, freezing) and the recurrent input.
std::vector<Knob> inputKnobs() {
    std::vector<Knob> k;
    k.push_back(
        {.name = "embedding-dim",
         .label = Message::tr("Embedding size:"),
         .help = "embedding size (set by the vectors when --vectors is given)",
         .low = 1,
         .high = 2048,
         .step = 10,
         .sweepValues = "50,100,200",
         .sweepLabel = Message::tr("embedding size"),
         .appliesTo = embedded,
         .get = [](const ExperimentPlan& p) { return text(std::int64_t(p.model.embeddingDim)); },
         .set = [](ExperimentPlan& p,
                   std::string_view v) { return assign(p.model.embeddingDim, v); }});
    k.push_back(
        {.name = "use-vectors",
         .kind = Knob::Kind::Flag,
         .label = Message::tr("Vectors:"),
         .flagText = Message::tr("start from the loaded word vectors"),
         .option = false,
         .appliesTo = embedded,
         .get = [](const ExperimentPlan& p) { return text(p.useVectors); },
         .set = [](ExperimentPlan& p, std::string_view v) { return assign(p.useVectors, v); }});
    k.push_back({.name = "freeze-embeddings",
                 .kind = Knob::Kind::Flag,
                 .label = Message::tr("Embedding:"),
                 .help = "do not train the embeddings",
                 .flagText = Message::tr("freeze the embedding"),
                 .bareFlag = true,
                 .appliesTo = embedded,
                 .get = [](const ExperimentPlan& p) { return text(p.training.freezeEmbeddings); },
                 .set = [](ExperimentPlan& p,
                           std::string_view v) { return assign(p.training.freezeEmbeddings, v); }});
    k.push_back(
        {.name = "freeze-epochs",
         .label = Message::tr("Freeze for:"),
         .help = "train the embeddings only after the first N epochs",
         .tip = Message::tr("Keep the embedding fixed for the first N epochs, then train it too"),
         .low = 0,
         .high = 1000,
         .lowText = Message::tr("never"),
         .suffix = Message::tr(" epochs"),
         .appliesTo =
             [](const ExperimentPlan& p) { return embedded(p) && !p.training.freezeEmbeddings; },
         .get = [](const ExperimentPlan& p) { return text(std::int64_t(p.training.freezeEpochs)); },
         .set = [](ExperimentPlan& p,
                   std::string_view v) { return assign(p.training.freezeEpochs, v); }});
    k.push_back(
        {.name = "rnn-input",
         .kind = Knob::Kind::Choice,
         .label = Message::tr("RNN input:"),
         .help = "padded (fast on CPU) | packed (the lecture's code path)",
         .tip = Message::tr("Both give each review's true last state and never look at padding"),
         .choices = {choice("padded", Message::tr("padded, length-bucketed (fast on CPU)")),
                     choice(
                         "packed",
                         Message::tr("packed sequences (the lecture's code path, slow on CPU)"))},
         .appliesTo = recurrent,
         .get =
             [](const ExperimentPlan& p) { return std::string(model::toString(p.model.rnnInput)); },
         .set =
             [](ExperimentPlan& p, std::string_view v) {
                 const auto input = model::parseRnnInput(v);
                 if (input) p.model.rnnInput = *input;
                 return input.ok();
             }});
    return k;
}

// The bag-of-n-grams models' features (NBSVM's and FastText's) and NBSVM's weights.
std::vector<Knob> nbsvmKnobs() {
    std::vector<Knob> k;
    k.push_back(
        {.name = "ngrams",
         .kind = Knob::Kind::Choice,
         .label = Message::tr("N-grams:"),
         .help = "nbsvm: 2 = words and bigrams (the paper's), 3 = trigrams too, 1 = words only",
         .tip = Message::tr(
             "NBSVM: the features of a review, each counted once however often it occurs"),
         .choices = {choice("1", Message::tr("words")),
                     choice("2", Message::tr("words and bigrams (the paper's)")),
                     choice("3", Message::tr("words, bigrams and trigrams"))},
         .appliesTo = nbsvm,
         .get = [](const ExperimentPlan& p) { return text(std::int64_t(p.model.ngrams)); },
         .set = [](ExperimentPlan& p, std::string_view v) { return assign(p.model.ngrams, v); }});
    k.push_back(
        {.name = "char-ngrams",
         .label = Message::tr("Character n-grams:"),
         .help = "fasttext, nbsvm: add the character n-grams of each word, 1 to N characters long "
                 "(fastText's subwords; 0 = none)",
         .tip = Message::tr(
             "FastText and NBSVM: each word also adds its pieces of 1 to N characters, marked at "
             "the word's start and end (\"<영\", \"화를>\"). For languages whose words carry "
             "particles or endings, such as Korean, the pieces a word shares with its other "
             "forms help"),
         .low = 0,
         .high = 6,
         .lowText = Message::tr("none"),
         .suffix = Message::tr(" characters"),
         .sweepValues = "0,3,5",
         .sweepLabel = Message::tr("character n-grams"),
         .appliesTo = bagOfNgrams,
         .get = [](const ExperimentPlan& p) { return text(p.model.charNgrams); },
         .set = [](ExperimentPlan& p,
                   std::string_view v) { return assign(p.model.charNgrams, v); }});
    k.push_back(
        {.name = "nb-alpha",
         .kind = Knob::Kind::Real,
         .label = Message::tr("Smoothing (alpha):"),
         .help = "nbsvm: smoothing of the log-count ratios (the paper's 1)",
         .tip = Message::tr(
             "NBSVM: added to every n-gram's count in each class before the log-count ratio "
             "(the paper's 1)"),
         .low = 0.01,
         .high = 100,
         .step = 0.25,
         .decimals = 2,
         .appliesTo = nbsvm,
         .get = [](const ExperimentPlan& p) { return knobNumber(p.model.nbAlpha); },
         .set = [](ExperimentPlan& p, std::string_view v) { return assign(p.model.nbAlpha, v); }});
    k.push_back(
        {.name = "nb-beta",
         .kind = Knob::Kind::Real,
         .label = Message::tr("Interpolation (beta):"),
         .help = "nbsvm: interpolation of the weights with their mean magnitude when predicting "
                 "(the paper's 0.25; 1 = none)",
         .tip = Message::tr(
             "NBSVM: when predicting, mix each weight with the mean weight magnitude: "
             "w' = (1 - beta) * mean|w| + beta * w. 1 = none; the paper's SVM used 0.25"),
         .low = 0,
         .high = 1,
         .step = 0.05,
         .decimals = 2,
         .appliesTo = nbsvm,
         .get = [](const ExperimentPlan& p) { return knobNumber(p.model.nbBeta); },
         .set = [](ExperimentPlan& p, std::string_view v) { return assign(p.model.nbBeta, v); }});
    return k;
}

std::vector<Knob> optimizerKnobs() {
    const auto t = Knob::Section::Training;
    std::vector<Knob> k;
    k.push_back(
        {.name = "optimizer",
         .section = t,
         .kind = Knob::Kind::Choice,
         .label = Message::tr("Optimizer:"),
         .help = "sgd | adam | adamw (decoupled weight decay)",
         .choices = {choice("adam", Message::tr("Adam")), choice("sgd", Message::tr("SGD")),
                     choice("adamw", Message::tr("AdamW (decoupled weight decay)"))},
         .sweepValues = "adam,sgd",
         .sweepLabel = Message::tr("optimizer"),
         .get =
             [](const ExperimentPlan& p) {
                 using K = training::OptimizerKind;
                 const auto o = p.training.optimizer;
                 return std::string(o == K::Adam ? "adam" : o == K::AdamW ? "adamw" : "sgd");
             },
         .set =
             [](ExperimentPlan& p, std::string_view v) {
                 using K = training::OptimizerKind;
                 if (v != "adam" && v != "adamw" && v != "sgd") return false;
                 p.training.optimizer = v == "adam" ? K::Adam : v == "adamw" ? K::AdamW : K::Sgd;
                 return true;
             }});
    k.push_back({.name = "lr",
                 .section = t,
                 .kind = Knob::Kind::Real,
                 .label = Message::tr("Learning rate:"),
                 .help = "learning rate",
                 .low = 1e-6,
                 .high = 100,
                 .step = 1e-4,
                 .decimals = 6,
                 .sweepValues = "1e-2,1e-3,1e-4",
                 .sweepLabel = Message::tr("learning rate"),
                 .get = [](const ExperimentPlan& p) { return knobNumber(p.training.learningRate); },
                 .set = [](ExperimentPlan& p,
                           std::string_view v) { return assign(p.training.learningRate, v); }});
    k.push_back({.name = "lr-schedule",
                 .section = t,
                 .kind = Knob::Kind::Choice,
                 .label = Message::tr("Schedule:"),
                 .help = "constant (the lecture) | linear (falls to 0 over the run, as fastText) | "
                         "cosine (half a cosine to 0, as Transformers)",
                 .choices = {choice("constant", Message::tr("constant (the lecture)")),
                             choice("linear", Message::tr("linear decay to 0 (fastText)")),
                             choice("cosine", Message::tr("cosine decay to 0 (Transformers)"))},
                 .get =
                     [](const ExperimentPlan& p) {
                         using S = training::LrSchedule;
                         const auto s = p.training.schedule;
                         return std::string(s == S::Linear   ? "linear"
                                            : s == S::Cosine ? "cosine"
                                                             : "constant");
                     },
                 .set =
                     [](ExperimentPlan& p, std::string_view v) {
                         using S = training::LrSchedule;
                         if (v != "constant" && v != "linear" && v != "cosine") return false;
                         p.training.schedule = v == "linear"   ? S::Linear
                                               : v == "cosine" ? S::Cosine
                                                               : S::Constant;
                         return true;
                     }});
    k.push_back(
        {.name = "warmup",
         .section = t,
         .kind = Knob::Kind::Real,
         .label = Message::tr("Warm-up:"),
         .help = "share of the run's batches over which the learning rate rises from 0 "
                 "(0 = none, the lecture; Transformers: about 0.06-0.1)",
         .tip = Message::tr("The learning rate rises linearly from 0 over this share of the run's "
                            "batches, then follows the schedule. Transformers need it: their first "
                            "steps, with Adam's moments still empty, are the least stable"),
         .low = 0,
         .high = 0.5,
         .step = 0.01,
         .decimals = 2,
         .sweepValues = "0,0.06,0.1",
         .sweepLabel = Message::tr("warm-up"),
         .get = [](const ExperimentPlan& p) { return knobNumber(p.training.warmup); },
         .set = [](ExperimentPlan& p,
                   std::string_view v) { return assign(p.training.warmup, v); }});
    k.push_back({.name = "momentum",
                 .section = t,
                 .kind = Knob::Kind::Real,
                 .label = Message::tr("Momentum (SGD):"),
                 .help = "SGD momentum",
                 .low = 0,
                 .high = 0.999,
                 .step = 0.1,
                 .decimals = 3,
                 .appliesTo = sgd,
                 .get = [](const ExperimentPlan& p) { return knobNumber(p.training.momentum); },
                 .set = [](ExperimentPlan& p,
                           std::string_view v) { return assign(p.training.momentum, v); }});
    k.push_back({.name = "weight-decay",
                 .section = t,
                 .kind = Knob::Kind::Real,
                 .label = Message::tr("Weight decay:"),
                 .help = "Adam's (added to the gradient) or AdamW's (decoupled) weight decay",
                 .low = 0,
                 .high = 1,
                 .step = 1e-5,
                 .decimals = 6,
                 .appliesTo = adam,
                 .get = [](const ExperimentPlan& p) { return knobNumber(p.training.weightDecay); },
                 .set = [](ExperimentPlan& p,
                           std::string_view v) { return assign(p.training.weightDecay, v); }});
    k.push_back({.name = "clip",
                 .section = t,
                 .kind = Knob::Kind::Real,
                 .label = Message::tr("Gradient clipping:"),
                 .help = "clip gradients to this global norm",
                 .low = 0,
                 .high = 1000,
                 .step = 0.5,
                 .decimals = 2,
                 .lowText = Message::tr("off"),
                 .get = [](const ExperimentPlan& p) { return knobNumber(p.training.clipNorm); },
                 .set = [](ExperimentPlan& p,
                           std::string_view v) { return assign(p.training.clipNorm, v); }});
    return k;
}

std::vector<Knob> runKnobs() {
    const auto t = Knob::Section::Training;
    std::vector<Knob> k;
    k.push_back(
        {.name = "class-weights",
         .section = t,
         .kind = Knob::Kind::Flag,
         .label = Message::tr("Classes:"),
         .help = "weigh each training review's loss by its class (n / (classes * n_class)), so "
                 "that a rare class counts as much as a common one",
         .tip = Message::tr(
             "For skewed data (the Naver ratings are 43 % tens): each training review's loss is "
             "weighed by how rare its class is, so that the model does not learn to answer the "
             "common class alone. Raises the macro-F1, usually at some cost in accuracy"),
         .flagText = Message::tr("weigh each class alike"),
         .bareFlag = true,
         .get = [](const ExperimentPlan& p) { return text(p.training.classWeights); },
         .set = [](ExperimentPlan& p,
                   std::string_view v) { return assign(p.training.classWeights, v); }});
    k.push_back(
        {.name = "call",
         .section = t,
         .kind = Knob::Kind::Choice,
         .label = Message::tr("Call:"),
         .help = "more than two classes: likeliest (argmax) | median (classes that are numbers in "
                 "order: the median of the model's distribution, least expected distance)",
         .tip = Message::tr(
             "How a review's class is chosen from the model's probabilities. The likeliest class "
             "is right most often (accuracy); for stars, the median of the distribution is on "
             "average nearest to the truth (mean absolute error), at some cost in accuracy"),
         .choices = {choice("likeliest", Message::tr("the likeliest class")),
                     choice("median", Message::tr("the median star (numbered classes)"))},
         .sweepValues = "likeliest,median",
         .sweepLabel = Message::tr("call"),
         .get =
             [](const ExperimentPlan& p) {
                 return std::string(p.model.medianCall ? "median" : "likeliest");
             },
         .set =
             [](ExperimentPlan& p, std::string_view v) {
                 if (v != "median" && v != "likeliest") return false;
                 p.model.medianCall = v == "median";
                 return true;
             }});
    k.push_back(
        {.name = "epochs",
         .section = t,
         .label = Message::tr("Epochs:"),
         .help = "epochs (lecture: 5)",
         .low = 1,
         .high = 1000,
         .sweepValues = "1,3,5",
         .sweepLabel = Message::tr("epochs"),
         .get = [](const ExperimentPlan& p) { return text(std::int64_t(p.training.epochs)); },
         .set = [](ExperimentPlan& p,
                   std::string_view v) { return assign(p.training.epochs, v); }});
    k.push_back(
        {.name = "batch-size",
         .section = t,
         .label = Message::tr("Batch size:"),
         .help = "batch size (lecture: 64)",
         .low = 1,
         .high = 65536,
         .step = 8,
         .sweepValues = "32,64,128",
         .sweepLabel = Message::tr("batch size"),
         .get = [](const ExperimentPlan& p) { return text(std::int64_t(p.training.batchSize)); },
         .set = [](ExperimentPlan& p,
                   std::string_view v) { return assign(p.training.batchSize, v); }});
    // The seed's option is every data command's --seed (it also draws the split).
    k.push_back(
        {.name = "seed",
         .section = t,
         .label = Message::tr("Seed:"),
         .low = 0,
         .high = 2'000'000'000,
         .sweepValues = "1,2,3",
         .sweepLabel = Message::tr("seed"),
         .option = false,
         .get = [](const ExperimentPlan& p) { return text(std::int64_t(p.training.seed)); },
         .set = [](ExperimentPlan& p, std::string_view v) { return assign(p.training.seed, v); }});
    k.push_back(
        {.name = "device",
         .section = t,
         .kind = Knob::Kind::Choice,
         .label = Message::tr("Device:"),
         .help = "auto | cpu | cuda",
         .choices = {choice("auto", Message::tr("auto (CUDA when available)")),
                     choice("cpu", Message::tr("CPU")), choice("cuda", Message::tr("CUDA"))},
         .get = [](const ExperimentPlan& p) { return p.training.device; },
         .set =
             [](ExperimentPlan& p, std::string_view v) {
                 if (v != "auto" && v != "cpu" && v != "cuda") return false;
                 p.training.device = std::string(v);
                 return true;
             }});
    k.push_back(
        {.name = "precision",
         .section = t,
         .kind = Knob::Kind::Choice,
         .label = Message::tr("Precision:"),
         .help =
             "auto: the recurrent layers' matrix products in bfloat16 where the CPU has AVX-512 "
             "BF16 or AMX, else float; fp32; bf16 (float with a notice where the CPU lacks it)",
         .choices = {choice("auto", Message::tr("auto")), choice("fp32", Message::tr("float32")),
                     choice("bf16", Message::tr("bfloat16"))},
         .get =
             [](const ExperimentPlan& p) {
                 return std::string(training::toString(p.training.precision));
             },
         .set =
             [](ExperimentPlan& p, std::string_view v) {
                 const auto precision = training::parsePrecision(v);
                 if (precision) p.training.precision = *precision;
                 return precision.ok();
             }});
    k.push_back({.name = "gradient-flow",
                 .section = t,
                 .kind = Knob::Kind::Flag,
                 .label = Message::tr("Diagnostics:"),
                 .help =
                     "measure how much gradient reaches each time step (|dLoss/dh_t|) before "
                     "training and after each epoch, "
                     "and record it with the run (recurrent models; no number of the run changes)",
                 .tip = Message::tr("Before training and after each epoch, measure how much "
                                    "gradient reaches each step of a "
                                    "review (recurrent models; the Runs page shows it). It changes "
                                    "none of the run's numbers."),
                 .flagText = Message::tr("Measure the gradient flow"),
                 .bareFlag = true,
                 .get = [](const ExperimentPlan& p) { return text(p.training.gradientFlow); },
                 .set = [](ExperimentPlan& p,
                           std::string_view v) { return assign(p.training.gradientFlow, v); }});
    return k;
}

// The command line's own: the Train page has its own batches-per-epoch box, and the others
// belong to a machine rather than to a student's experiment.
std::vector<Knob> commandLineKnobs() {
    const auto t = Knob::Section::Training;
    std::vector<Knob> k;
    k.push_back(
        {.name = "max-batches",
         .section = t,
         .help = "train at most N batches per epoch",
         .low = 0,
         .high = 1e9,
         .form = false,
         .get = [](const ExperimentPlan& p) { return text(std::int64_t(p.training.maxBatches)); },
         .set = [](ExperimentPlan& p,
                   std::string_view v) { return assign(p.training.maxBatches, v); }});
    k.push_back({.name = "micro-batch-tokens",
                 .section = t,
                 .help =
                     "train a batch with more padded tokens than this as micro-batches, gradients "
                     "accumulated (same loss, bounded memory; default 16384, 0 = whole batches)",
                 .low = 0,
                 .high = 1e9,
                 .form = false,
                 .get =
                     [](const ExperimentPlan& p) {
                         return text(std::int64_t(p.training.microBatchTokens));
                     },
                 .set = [](ExperimentPlan& p,
                           std::string_view v) { return assign(p.training.microBatchTokens, v); }});
    k.push_back({.name = "deterministic",
                 .section = t,
                 .kind = Knob::Kind::Flag,
                 .help =
                     "on a GPU: deterministic cuDNN (as the lecture) and PyTorch's deterministic "
                     "algorithms, so a run repeats exactly",
                 .form = false,
                 .bareFlag = true,
                 .get = [](const ExperimentPlan& p) { return text(p.training.deterministic); },
                 .set = [](ExperimentPlan& p,
                           std::string_view v) { return assign(p.training.deterministic, v); }});
    return k;
}

// The data knobs: the command line's are every data command's own options (cli/DataArguments).
std::vector<Knob> dataKnobs() {
    const auto d = Knob::Section::Data;
    std::vector<Knob> k;
    k.push_back(
        {.name = "max-vocab",
         .section = d,
         .label = Message::tr("Max vocabulary:"),
         .tip = Message::tr(
             "Most frequent training tokens kept (FastText and NBSVM: words and n-grams together); "
             "the rest become <unk>"),
         .low = 0,
         .high = 5'000'000,
         .step = 5000,
         .lowText = Message::tr("no limit"),
         .option = false,
         .get = [](const ExperimentPlan& p) { return text(std::int64_t(p.data.maxVocab)); },
         .set = [](ExperimentPlan& p, std::string_view v) { return assign(p.data.maxVocab, v); }});
    k.push_back(
        {.name = "max-length",
         .section = d,
         .label = Message::tr("Max length:"),
         .help = "the most tokens of a review a sequence model reads (0 = whole reviews, the "
                 "lecture's); the rest is cut as --truncation says",
         .tip = Message::tr(
             "Reviews longer than this are cut (the bag-of-n-grams models read every token). "
             "Attention's cost grows with the square of the length: a Transformer needs a limit"),
         .low = 0,
         .high = 100'000,
         .step = 64,
         .lowText = Message::tr("whole reviews"),
         .sweepValues = "0,256,512",
         .sweepLabel = Message::tr("max length"),
         .appliesTo = [](const ExperimentPlan& p) { return !bagOfNgrams(p); },
         .get = [](const ExperimentPlan& p) { return text(std::int64_t(p.data.length.maxLength)); },
         .set =
             [](ExperimentPlan& p, std::string_view v) {
                 if (!assign(p.data.length.maxLength, v)) return false;
                 // A Transformer's positions are its maximum length.
                 if (transformer(p) && p.data.length.maxLength > 0)
                     p.model.context = std::int64_t(p.data.length.maxLength);
                 return true;
             }});
    k.push_back(
        {.name = "truncation",
         .section = d,
         .kind = Knob::Kind::Choice,
         .label = Message::tr("Cut long reviews:"),
         .help = "head | tail | head+tail (a quarter from the start, the rest from the end)",
         .choices = {choice("head", Message::tr("keep the start")),
                     choice("tail", Message::tr("keep the end")),
                     choice("head+tail", Message::tr("keep a quarter of the start and the end"))},
         .appliesTo = [](const ExperimentPlan& p) { return !bagOfNgrams(p); },
         .get =
             [](const ExperimentPlan& p) {
                 return std::string(data::toString(p.data.length.truncation));
             },
         .set =
             [](ExperimentPlan& p, std::string_view v) {
                 const auto t = data::parseTruncation(v);
                 if (t) p.data.length.truncation = *t;
                 return t.ok();
             }});
    k.push_back(
        {.name = "min-freq",
         .section = d,
         .label = Message::tr("Minimum count:"),
         .tip = Message::tr(
             "Leave out tokens seen fewer times than this in the training reviews (they become "
             "<unk>); 1 keeps every token, as the lecture"),
         .low = 1,
         .high = 1000,
         .option = false,
         .get = [](const ExperimentPlan& p) { return text(std::int64_t(p.data.minFreq)); },
         .set = [](ExperimentPlan& p, std::string_view v) { return assign(p.data.minFreq, v); }});
    k.push_back({.name = "tokenizer",
                 .section = d,
                 .kind = Knob::Kind::Choice,
                 .label = Message::tr("Tokenizer:"),
                 .choices = {choice("english", Message::tr("English, spaCy-like (the lecture's)")),
                             choice("basic_english", Message::tr("basic_english (torchtext)")),
                             choice("unicode", Message::tr("Unicode words (ICU): Korean, Japanese, "
                                                           "Chinese, Thai and other scripts"))},
                 .option = false,
                 .get =
                     [](const ExperimentPlan& p) {
                         return std::string(data::toString(p.data.tokenizer.kind));
                     },
                 .set =
                     [](ExperimentPlan& p, std::string_view v) {
                         const auto kind = data::parseTokenizerKind(v);
                         if (kind) p.data.tokenizer.kind = *kind;
                         return kind.has_value();
                     }});
    k.push_back({.name = "lowercase",
                 .section = d,
                 .kind = Knob::Kind::Flag,
                 .flagText = Message::tr("lower-case every token"),
                 .option = false,
                 .get = [](const ExperimentPlan& p) { return text(p.data.tokenizer.lowercase); },
                 .set = [](ExperimentPlan& p,
                           std::string_view v) { return assign(p.data.tokenizer.lowercase, v); }});
    k.push_back(
        {.name = "train-fraction",
         .section = d,
         .kind = Knob::Kind::Real,
         .label = Message::tr("Train share:"),
         .tip = Message::tr(
             "Share of the 25,000 training reviews trained on; the rest is the validation split. "
             "1: all of them, no validation (the last epoch is tested)"),
         .low = 0.05,
         .high = 1,
         .step = 0.05,
         .decimals = 2,
         .option = false,
         .get = [](const ExperimentPlan& p) { return knobNumber(p.data.trainFraction); },
         .set = [](ExperimentPlan& p,
                   std::string_view v) { return assign(p.data.trainFraction, v); }});
    return k;
}

}  // namespace

Status Knob::apply(ExperimentPlan& plan, std::string_view value) const {
    const auto bad = [&] {
        return Error::at({}, Message::tr("'%1' is not a value of %2").arg(value).arg(name));
    };
    switch (kind) {
        case Kind::Integer: {
            const auto v = whole(value);
            if (!v || double(*v) < low || double(*v) > high) return bad();
            break;
        }
        case Kind::Real: {
            const auto v = real(value);
            if (!v || *v < low || *v > high) return bad();
            break;
        }
        case Kind::Flag:
            if (!flag(value)) return bad();
            break;
        case Kind::Choice:
            if (std::none_of(choices.begin(), choices.end(),
                             [&](const Choice& c) { return c.value == value; }))
                return bad();
            break;
    }
    if (!set(plan, value)) return bad();
    return Done{};
}

const std::vector<Knob>& knobs() {
    static const std::vector<Knob> all = [] {
        std::vector<Knob> k;
        for (auto part : {recurrentKnobs(), transformerKnobs(), inputKnobs(), nbsvmKnobs(),
                          optimizerKnobs(), runKnobs(), commandLineKnobs(), dataKnobs()}) {
            for (auto& knob : part) k.push_back(std::move(knob));
        }
        return k;
    }();
    return all;
}

const Knob* findKnob(std::string_view name) {
    const auto& all = knobs();
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const Knob& k) { return k.name == name; });
    return it == all.end() ? nullptr : &*it;
}

std::vector<const Knob*> sweepableKnobs() {
    std::vector<const Knob*> out;
    for (const auto& k : knobs()) {
        if (k.sweepable()) out.push_back(&k);
    }
    return out;
}

std::string knobNumber(double value) {
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : std::to_string(value);
}

}  // namespace sentiment::experiment
