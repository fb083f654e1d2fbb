// The safetensors reader (a pretrained model's weights) on any bytes. No crash; what it accepts
// is consistent: every tensor's bytes lie in the data section, its shape times its dtype's size
// is exactly its byte count, and the tensors tile the data in order.

#include <string>

#include "data/pretrained/SafetensorsFile.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace sentiment;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto f = data::SafetensorsFile::parse({data, size}, "fuzz.safetensors");
    if (!f) return 0;
    std::uint64_t at = 0;
    for (const auto& e : f->entries()) {
        fuzz::require(e.begin == at, "a tensor does not start where the previous one ended");
        fuzz::require(e.end - e.begin == e.elements() * data::SafetensorsFile::dtypeSize(e.dtype),
                      "a tensor's bytes do not match its shape");
        const auto bytes = f->data(e);
        fuzz::require(bytes.size() == e.end - e.begin, "a tensor's bytes are cut short");
        at = e.end;
        fuzz::require(f->find(e.name) != nullptr, "an entry cannot be found by its name");
    }
    return 0;
}
