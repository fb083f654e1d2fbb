#include "training/Precision.h"

namespace sentiment::training {

std::string_view toString(Precision p) {
    switch (p) {
        case Precision::Auto:
            return "auto";
        case Precision::Float32:
            return "fp32";
        case Precision::BFloat16:
            return "bf16";
    }
    return "auto";
}

Result<Precision> parsePrecision(std::string_view s) {
    for (auto p : {Precision::Auto, Precision::Float32, Precision::BFloat16}) {
        if (s == toString(p)) return p;
    }
    return Error::at({}, Message::tr("unknown precision '%1' (auto, fp32 or bf16)").arg(s));
}

}  // namespace sentiment::training
