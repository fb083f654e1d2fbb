#include "model/ModelFactory.h"

#include "model/BaseRnn.h"
#include "model/Cnn.h"
#include "model/FastText.h"
#include "model/NbSvm.h"
#include "model/RecurrentClassifier.h"
#include "model/TransformerClassifier.h"

namespace sentiment::model {

std::shared_ptr<ClassifierImpl> ModelFactory::create(const ModelConfig& config) {
    switch (config.architecture) {
        case Architecture::Base:
            return std::make_shared<BaseRnnImpl>(config);
        case Architecture::Advanced:
            return std::make_shared<RecurrentClassifierImpl>(config);
        case Architecture::FastText:
            return std::make_shared<FastTextImpl>(config);
        case Architecture::Cnn:
            return std::make_shared<CnnImpl>(config);
        case Architecture::NbSvm:
            return std::make_shared<NbSvmImpl>(config);
        case Architecture::Transformer:
            return std::make_shared<TransformerClassifierImpl>(config);
    }
    return nullptr;
}

}  // namespace sentiment::model
