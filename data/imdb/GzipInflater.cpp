#include "data/imdb/GzipInflater.h"

#include <isa-l/igzip_lib.h>

namespace sentiment::data {

struct GzipInflater::State {
    inflate_state inflate{};
};

GzipInflater::GzipInflater(std::span<const unsigned char> input, std::string name,
                           std::size_t chunkSize)
    : state_(std::make_unique<State>()), input_(input), name_(std::move(name)), buffer_(chunkSize) {
    isal_inflate_init(&state_->inflate);
    state_->inflate.crc_flag = ISAL_GZIP;
    state_->inflate.next_in = const_cast<unsigned char*>(input.data());
    state_->inflate.avail_in =
        static_cast<std::uint32_t>(std::min<std::size_t>(input.size(), UINT32_MAX));
}

GzipInflater::~GzipInflater() = default;

bool GzipInflater::looksLikeGzip(std::span<const unsigned char> bytes) {
    return bytes.size() >= 3 && bytes[0] == 0x1f && bytes[1] == 0x8b && bytes[2] == 8;
}

std::uint64_t GzipInflater::consumed() const {
    return static_cast<std::uint64_t>(state_->inflate.next_in - input_.data());
}

Result<std::span<const unsigned char>> GzipInflater::next() {
    auto& s = state_->inflate;
    while (!finished_) {
        // Feed the rest of a >4 GiB input in 4 GiB slices.
        if (s.avail_in == 0 && consumed() < input_.size()) {
            s.avail_in = static_cast<std::uint32_t>(
                std::min<std::uint64_t>(input_.size() - consumed(), UINT32_MAX));
        }
        s.next_out = buffer_.data();
        s.avail_out = static_cast<std::uint32_t>(buffer_.size());
        const std::uint64_t before = consumed();
        const int rc = isal_inflate(&s);
        if (rc == ISAL_INCORRECT_CHECKSUM) {
            return Error::at(
                name_,
                Message::tr(
                    "the gzip checksum does not match: the file is corrupt (download it again)"));
        }
        if (rc < 0) {
            return Error::at(name_, Message::tr("the compressed data is corrupt at byte %1 (gzip "
                                                "error %2); download the file again")
                                        .arg(consumed())
                                        .arg(rc));
        }
        const std::size_t produced = buffer_.size() - s.avail_out;
        if (s.block_state == ISAL_BLOCK_FINISH) {
            const auto rest = input_.subspan(consumed());
            if (looksLikeGzip(rest)) {  // another gzip member follows
                const auto used = consumed();
                isal_inflate_reset(&s);
                s.crc_flag = ISAL_GZIP;
                s.next_in = const_cast<unsigned char*>(input_.data() + used);
                s.avail_in = static_cast<std::uint32_t>(
                    std::min<std::uint64_t>(input_.size() - used, UINT32_MAX));
            } else {
                finished_ = true;  // trailing zero padding after the last member is allowed
            }
        } else if (produced == 0 && (consumed() >= input_.size() || consumed() == before)) {
            return Error::at(name_, Message::tr("the file ends early after %1 bytes: it is "
                                                "truncated (an interrupted download?)")
                                        .arg(input_.size()));
        }
        if (produced > 0) return std::span<const unsigned char>(buffer_.data(), produced);
    }
    return std::span<const unsigned char>();
}

}  // namespace sentiment::data
