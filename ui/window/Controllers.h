#pragma once

namespace sentiment::ui {

class DatasetController;
class EmbeddingController;
class ModelController;
class PredictController;
class QueueController;
class RunsController;
class TrainingController;

/// The controllers the window's pages talk to. Workbench owns them; the window and its pages
/// only hold these pointers.
struct Controllers {
    DatasetController* datasets = nullptr;
    ModelController* models = nullptr;
    TrainingController* training = nullptr;
    QueueController* queue = nullptr;
    RunsController* runs = nullptr;
    PredictController* predictor = nullptr;
    EmbeddingController* embeddings = nullptr;
};

}  // namespace sentiment::ui
