#include "data/imdb/DemoData.h"

// The archive is linked in with the assembler's .incbin (C++ has no #embed before C++26).
#ifndef SENTIMENT_LAB_DEMO_ARCHIVE
#error "SENTIMENT_LAB_DEMO_ARCHIVE must name the demo archive"
#endif

__asm__(
    ".section .rodata\n"
    ".balign 16\n"
    ".global sentiment_lab_demo_begin\n"
    "sentiment_lab_demo_begin:\n"
    ".incbin \"" SENTIMENT_LAB_DEMO_ARCHIVE
    "\"\n"
    ".global sentiment_lab_demo_end\n"
    "sentiment_lab_demo_end:\n"
    ".previous\n");

extern "C" const unsigned char sentiment_lab_demo_begin[];
extern "C" const unsigned char sentiment_lab_demo_end[];

namespace sentiment::data {

std::span<const unsigned char> DemoData::archive() {
    return {sentiment_lab_demo_begin,
            static_cast<std::size_t>(sentiment_lab_demo_end - sentiment_lab_demo_begin)};
}

}  // namespace sentiment::data
