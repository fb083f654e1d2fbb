#include "cli/StoreArguments.h"

#include <cstdio>

namespace sentiment::cli {

void StoreArguments::addTo(CLI::App& command) {
    command.add_option("--db", path,
                       "run store (default: ~/.local/share/sentiment-lab/runs.sqlite)");
}

std::filesystem::path StoreArguments::resolved() const {
    return path.empty() ? storage::RunStore::defaultPath() : std::filesystem::path(path);
}

std::optional<storage::RunStore> StoreArguments::openForReading(bool* missing) const {
    auto store = storage::RunStore::openForReading(resolved());
    if (!store && store.error().kind == ErrorKind::OlderSchema) {
        // A store from before this version's schema: brought up to date once (the migrations
        // only add), nothing else done to it (nothing set aside, no run marked), then read.
        storage::RunStore::OpenOptions upgrade;
        upgrade.setAsideUnusable = false;
        upgrade.recoverInterrupted = false;
        if (auto migrated = storage::RunStore::open(resolved(), upgrade)) {
            std::fprintf(stderr,
                         "note: %s was brought up to date for this version of Sentiment Lab\n",
                         resolved().c_str());
        }
        store = storage::RunStore::openForReading(resolved());
    }
    if (!store) {
        const bool none = store.error().kind == ErrorKind::NotFound;
        if (missing != nullptr) *missing = none;
        if (!none || missing == nullptr)
            std::fprintf(stderr, "error: %s\n", store.error().message.c_str());
        return std::nullopt;
    }
    return std::move(*store);
}

std::optional<storage::RunStore> StoreArguments::open() const {
    auto store = storage::RunStore::open(resolved());
    if (!store) {
        std::fprintf(stderr, "error: %s\n", store.error().message.c_str());
        return std::nullopt;
    }
    const auto& report = store->openReport();
    if (const auto warning = store->setAsideWarning()) {
        std::fprintf(stderr, "warning: %s\n", warning->english().c_str());
    }
    for (const auto id : report.interrupted) {
        std::fprintf(stderr,
                     "note: run %lld was interrupted (its program stopped unexpectedly); its "
                     "finished epochs are kept\n",
                     static_cast<long long>(id));
    }
    return std::move(*store);
}

}  // namespace sentiment::cli
