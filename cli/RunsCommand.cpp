#include "cli/RunsCommand.h"

#include "experiment/Baseline.h"
#include "experiment/Presets.h"
#include "experiment/ReproducibilityCard.h"
#include "experiment/RunQueue.h"

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/TrainingPrinter.h"
#include "experiment/LectureReference.h"
#include "foundation/AtomicFile.h"
#include "foundation/TextFormat.h"
#include "storage/RunComparison.h"
#include "storage/RunExporter.h"
#include "storage/RunStore.h"

namespace sentiment::cli {

namespace {

using storage::RunExporter;
using storage::RunFilter;
using storage::RunStatus;

// At most `width` bytes of `s`, cut on a UTF-8 character boundary, with "…" when cut.
std::string fit(const std::string& s, std::size_t width) {
    if (s.size() <= width) return s;
    std::size_t cut = width - 3;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return s.substr(0, cut) + "…";
}

std::string orDash(const std::optional<double>& fraction) {
    return fraction ? percent(*fraction) : "-";
}

bool writeOut(const std::string& text, const std::string& path) {
    if (path.empty()) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        return true;
    }
    if (auto written = AtomicFile::write(path, text); !written) {
        std::fprintf(stderr, "error: %s\n", written.error().message.c_str());
        return false;
    }
    std::fprintf(stderr, "Wrote %s\n", path.c_str());
    return true;
}

}  // namespace

RunsCommand::RunsCommand(CLI::App& app) {
    command_ = app.add_subcommand("runs", "List, show, compare, export and edit the recorded runs");
    command_->require_subcommand(1);
    command_->fallthrough();
    store_.addTo(*command_);

    list_ = command_->add_subcommand("list", "The recorded runs, newest first");
    list_->add_option("--status", status_, "running | completed | stopped | failed | interrupted")
        ->check(CLI::IsMember({"running", "completed", "stopped", "failed", "interrupted"}));
    list_->add_option("--preset", preset_, "base | advanced | fasttext | cnn");
    list_->add_option("--search", search_, "text in the name or the notes");
    list_->add_option("--tag", tagFilter_, "runs with this tag");
    list_->add_option("--group", groupFilter_, "the runs of this group (train --seeds or --sweep)");
    list_->add_option("--sort", sort_, "created | name | preset | status | test-acc")
        ->check(CLI::IsMember({"created", "name", "preset", "status", "test-acc"}));
    list_->add_flag("--asc", ascending_, "ascending order");
    list_->add_option("--limit", limit_, "at most N runs");
    list_->add_flag("--json", json_, "as JSON");

    show_ = command_->add_subcommand("show", "One run: its settings, epochs and test result");
    show_->add_option("run", runRef_, "run number, or its uid (or the start of it)")->required();
    show_->add_flag("--json", json_, "as JSON");
    reference_.addTo(*show_);

    compare_ = command_->add_subcommand("compare",
                                        "Runs side by side: epochs and the settings that differ");
    compare_->add_option("ids", ids_, "two or more run ids")->required()->expected(2, 1000);
    compare_->add_flag("--json", json_, "as JSON");

    export_ =
        command_->add_subcommand("export", "Runs as CSV, JSON or a Markdown table for a report");
    export_->add_option("ids", ids_, "run ids (default: every run)");
    export_->add_option("--format", format_, "csv | json | md")
        ->check(CLI::IsMember({"csv", "json", "md", "markdown"}));
    export_
        ->add_option("--table", table_,
                     "for CSV: epochs (one row per epoch) or runs (one row per run)")
        ->check(CLI::IsMember({"epochs", "runs"}));
    export_->add_option("--out", out_, "write to this file instead of the terminal");

    delete_ = command_->add_subcommand("delete", "Delete a run and everything recorded with it");
    delete_->add_option("run", runRef_, "run number, or its uid (or the start of it)")->required();
    delete_->add_flag("--with-checkpoint", withCheckpoint_, "delete its checkpoint file too");

    rename_ = command_->add_subcommand("rename", "Rename a run");
    rename_->add_option("run", runRef_, "run number, or its uid (or the start of it)")->required();
    rename_->add_option("name", text_, "new name")->required();

    tag_ = command_->add_subcommand("tag", "Tag a run (or remove a tag)");
    tag_->add_option("run", runRef_, "run number, or its uid (or the start of it)")->required();
    tag_->add_option("tag", text_, "tag")->required();
    tag_->add_flag("--remove", removeTag_, "remove the tag");

    note_ = command_->add_subcommand("note", "Set a run's notes");
    note_->add_option("run", runRef_, "run number, or its uid (or the start of it)")->required();
    note_->add_option("text", text_, "notes (empty clears them)")->required();

    queue_ = command_->add_subcommand(
        "queue",
        "The run queue: what waits, trains and has trained (train --queue adds, "
        "train --from-queue trains)");
    queue_->add_option("--remove", removeEntry_, "take entry N out of the queue");
    queue_->add_flag("--clear", clearFinished_,
                     "take the finished and failed entries out of the queue");
    queue_->add_flag("--json", json_, "as JSON");
    check_ = command_->add_subcommand("check", "Check the run store file for damage");

    import_ = command_->add_subcommand("import",
                                       "Merge the runs of other run stores (a GPU server's, a "
                                       "cluster's tasks') into this one, each once");
    import_->add_option("stores", sources_, "the other stores (.sqlite)")
        ->required()
        ->expected(1, 100000);
    import_->add_option("--checkpoints", checkpointsFrom_,
                        "the folder their checkpoint files were copied into (default: where each "
                        "run recorded its own)");
    import_->add_option("--out", checkpointsTo_,
                        "where the checkpoints go (default: 'checkpoints' beside this store)");
    import_->add_flag("--json", json_, "as JSON");
}

bool RunsCommand::resolve(const storage::RunStore& store) const {
    const auto id = store.findRun(runRef_);
    if (!id) {
        std::fprintf(stderr, "error: %s\n", id.error().message.c_str());
        return false;
    }
    id_ = *id;
    return true;
}

int RunsCommand::run() const {
    // Reading never writes: list, show, compare and export change nothing in the file (no
    // migration, no recovery, no setting aside); the commands that edit open it for writing.
    if (list_->parsed() || show_->parsed() || compare_->parsed() || export_->parsed()) {
        bool missing = false;
        auto reader = store_.openForReading(list_->parsed() ? &missing : nullptr);
        if (!reader) {
            if (!missing) return 1;
            std::printf("No runs recorded yet (%s does not exist).\n", store_.resolved().c_str());
            return 0;
        }
        if (list_->parsed()) return list(*reader);
        if (show_->parsed()) return resolve(*reader) ? show(*reader) : 1;
        if (compare_->parsed()) return compare(*reader);
        return exportRuns(*reader);
    }
    auto store = store_.open();
    if (!store) return 1;
    if (check_->parsed()) return check(*store);
    if (queue_->parsed()) return queue(*store);
    if (import_->parsed()) return importRuns(*store);
    if (!resolve(*store)) return 1;
    if (delete_->parsed()) return remove(*store);
    return edit(*store);
}

int RunsCommand::queue(storage::RunStore& store) const {
    experiment::RunQueue queue(store);
    if (removeEntry_ > 0) {
        if (auto ok = store.removeFromQueue(removeEntry_); !ok) {
            std::fprintf(stderr, "error: %s\n", ok.error().message.c_str());
            return 1;
        }
    }
    if (clearFinished_) {
        const auto removed = queue.clearFinished();
        if (!removed) {
            std::fprintf(stderr, "error: %s\n", removed.error().message.c_str());
            return 1;
        }
        if (!json_) std::printf("%d finished entries taken out of the queue\n", *removed);
    }
    const auto entries = store.queue();
    if (!entries) {
        std::fprintf(stderr, "error: %s\n", entries.error().message.c_str());
        return 1;
    }
    const auto statusOf = [](storage::QueueEntry::Status s) {
        switch (s) {
            case storage::QueueEntry::Status::Waiting:
                return "waiting";
            case storage::QueueEntry::Status::Running:
                return "training";
            case storage::QueueEntry::Status::Done:
                return "done";
            case storage::QueueEntry::Status::Failed:
                return "failed";
        }
        return "waiting";
    };
    nlohmann::json out = nlohmann::json::array();
    if (!json_ && entries->empty()) std::printf("The run queue is empty.\n");
    for (const auto& e : *entries) {
        const auto plan = experiment::RunQueue::planOf(e);
        const std::string name = plan ? experiment::GroupPlan::runName(plan->preset, e.groupValue)
                                      : "(plan does not read)";
        if (json_) {
            out.push_back({{"id", e.id},
                           {"name", name},
                           {"status", statusOf(e.status)},
                           {"group", e.groupId},
                           {"value", e.groupValue},
                           {"run", e.runId},
                           {"source", plan ? plan->source : std::string()},
                           {"created_at", e.createdAt}});
        } else {
            std::printf("%4lld  %-9s %-28s %s%s\n", static_cast<long long>(e.id),
                        statusOf(e.status), name.c_str(), plan ? plan->source.c_str() : "",
                        e.runId > 0 ? (" -> run " + std::to_string(e.runId)).c_str() : "");
        }
    }
    if (json_) std::cout << out.dump(2) << std::endl;
    return 0;
}

int RunsCommand::list(storage::RunStore& store) const {
    RunFilter f;
    if (!status_.empty()) f.status = storage::parseRunStatus(status_);
    f.preset = preset_;
    f.text = search_;
    f.tag = tagFilter_;
    f.group = groupFilter_;
    f.descending = !ascending_;
    f.limit = limit_;
    if (sort_ == "name") f.sort = RunFilter::Sort::Name;
    if (sort_ == "preset") f.sort = RunFilter::Sort::Preset;
    if (sort_ == "status") f.sort = RunFilter::Sort::Status;
    if (sort_ == "test-acc") f.sort = RunFilter::Sort::TestAccuracy;
    const auto rows = store.list(f);
    if (!rows) {
        std::fprintf(stderr, "error: %s\n", rows.error().message.c_str());
        return 1;
    }
    if (json_) {
        std::vector<storage::RunDetails> all;
        for (const auto& r : *rows) all.push_back({r, {}, {}, {}});
        std::cout << RunExporter::json(all);
        return 0;
    }
    if (rows->empty()) {
        std::printf("No runs in %s yet. Train one with: sentiment-lab-cli train --demo\n",
                    store.path().c_str());
        return 0;
    }
    std::printf("%5s  %-30s  %-9s  %-11s  %6s  %9s  %s\n", "ID", "Name", "Preset", "Status",
                "Epochs", "Test Acc", "Created (UTC)");
    for (const auto& r : *rows) {
        std::string name = fit(r.info.name, 30);
        // printf pads by bytes; pad by characters so that non-ASCII names line up.
        std::size_t chars = 0;
        for (const unsigned char c : name) chars += (c & 0xC0) != 0x80;
        name += std::string(chars < 30 ? 30 - chars : 0, ' ');
        std::printf("%5lld  %s  %-9s  %-11s  %6d  %9s  %s\n", static_cast<long long>(r.id),
                    name.c_str(), r.info.preset.c_str(), std::string(toString(r.status)).c_str(),
                    r.epochs, orDash(r.testAccuracy).c_str(), r.createdAt.c_str());
    }
    return 0;
}

namespace {

// The run's reproducibility card, and what on this machine would make its numbers differ.
void printCard(const storage::RunRow& r) {
    if (r.info.cardJson.empty()) return;
    const auto card = experiment::ReproducibilityCard::fromJson(r.info.cardJson);
    if (!card) return;
    const auto c = *card;
    auto shortHash = [](const std::string& h) {
        return h.empty() ? std::string("none") : h.substr(0, 16);
    };
    std::printf("Reproducibility card:\n");
    std::printf("  split %s  vocabulary %s  vectors %s  plan %s\n", shortHash(c.splitHash).c_str(),
                shortHash(c.vocabularyHash).c_str(), shortHash(c.vectorsHash).c_str(),
                shortHash(c.planHash).c_str());
    std::printf("  Sentiment Lab %s, LibTorch %s, %s on %s, %d threads; %s (%s)\n",
                c.appVersion.c_str(), c.torchVersion.c_str(), c.precision.c_str(), c.device.c_str(),
                c.threads, c.cpuModel.c_str(), c.cpuFeatures.c_str());
    const auto differences =
        c.differences(experiment::ReproducibilityCard::thisMachine(SENTIMENT_LAB_VERSION));
    if (differences.empty()) {
        std::printf("  This machine matches it: train --from-run %lld gives the same numbers.\n",
                    static_cast<long long>(r.id));
    } else {
        std::printf(
            "  On this machine the numbers of train --from-run %lld may differ in the last "
            "digits:\n",
            static_cast<long long>(r.id));
        for (const auto& d : differences) std::printf("    - %s\n", d.english().c_str());
    }
}

}  // namespace

int RunsCommand::show(storage::RunStore& store) const {
    const auto reference = reference_.load();
    if (!reference) return 1;
    const auto d = store.details(id_);
    if (!d) {
        std::fprintf(stderr, "error: %s\n", d.error().message.c_str());
        return 1;
    }
    if (json_) {
        std::cout << RunExporter::json({*d});
        return 0;
    }
    const auto& r = d->run;
    std::printf("Run %lld: %s\n", static_cast<long long>(r.id), r.info.name.c_str());
    std::printf("  Uid:         %s\n", r.uid.c_str());
    std::printf("  Status:      %s%s%s\n", std::string(toString(r.status)).c_str(),
                r.error.empty() ? "" : " - ", r.error.c_str());
    std::printf("  Created:     %s   Finished: %s\n", r.createdAt.c_str(),
                r.finishedAt.empty() ? "-" : r.finishedAt.c_str());
    std::printf("  Model:       %s, %s trainable parameters\n", r.info.preset.c_str(),
                withCommas(static_cast<std::uint64_t>(r.info.parameters)).c_str());
    std::printf("  Data:        %s (%s train, %s valid, %s test; vocabulary %s; seed %llu)\n",
                r.info.datasetSource.c_str(), withCommas(r.info.trainSize).c_str(),
                withCommas(r.info.validSize).c_str(), withCommas(r.info.testSize).c_str(),
                withCommas(r.info.vocabSize).c_str(), static_cast<unsigned long long>(r.info.seed));
    if (!r.info.vectorsPath.empty()) {
        std::printf("  Vectors:     %s (%s of the vocabulary)\n", r.info.vectorsPath.c_str(),
                    r.info.vectorsCoverage ? percent(*r.info.vectorsCoverage).c_str() : "?");
    }
    const std::string host = r.host.empty() ? std::string() : r.host + ", ";
    std::printf("  Ran on:      %s%s, %d threads; Sentiment Lab %s, LibTorch %s\n", host.c_str(),
                r.info.device.c_str(), r.info.threads, r.info.appVersion.c_str(),
                r.info.torchVersion.c_str());
    if (!r.importedFrom.empty())
        std::printf("  Imported:    from %s on %s\n", r.importedFrom.c_str(), r.importedAt.c_str());
    if (!r.tags.empty()) {
        std::string tags;
        for (const auto& t : r.tags) tags += (tags.empty() ? "" : ", ") + t;
        std::printf("  Tags:        %s\n", tags.c_str());
    }
    if (!r.notes.empty()) std::printf("  Notes:       %s\n", r.notes.c_str());
    std::printf("\n");
    for (const auto& e : d->epochs) {
        std::printf("Epoch: %02d | Epoch Time: %s%s\n", e.epoch, minutesSeconds(e.seconds).c_str(),
                    e.best ? "  (best so far)" : "");
        std::printf("\tTrain Loss: %.3f | Train Acc: %s\n", e.trainLoss,
                    percent(e.trainAccuracy).c_str());
        if (r.info.validSize > 0)
            std::printf("\t Val. Loss: %.3f |  Val. Acc: %s\n", e.validLoss,
                        percent(e.validAccuracy).c_str());
    }
    if (d->epochs.empty()) std::printf("No finished epochs.\n");
    if (r.testLoss && r.testAccuracy) {
        std::printf(r.info.validSize > 0
                        ? "Test Loss: %.3f | Test Acc: %s  (best-valid checkpoint, epoch %d)\n"
                        : "Test Loss: %.3f | Test Acc: %s  (last epoch, %d; no validation split)\n",
                    *r.testLoss, percent(*r.testAccuracy).c_str(), r.bestEpoch);
        if (const auto v = reference->verdict(*d)) {
            std::printf("Against the lecture: %s\n", v->english().c_str());
        }
        if (const auto all = store.list(); all && r.info.preset != experiment::kBaselinePreset) {
            if (const auto baseline = experiment::Baseline::find(r, *all)) {
                std::printf("Baseline: %s\n",
                            experiment::Baseline::compare(r, *baseline)->english().c_str());
            } else {
                std::printf(
                    "Baseline: no linear baseline (NBSVM) on this dataset and split yet; train it "
                    "(about a minute) with\n"
                    "  sentiment-lab-cli train --baseline-for %lld\n",
                    static_cast<long long>(r.id));
            }
        }
    }
    if (!r.checkpointPath.empty()) {
        std::printf("Checkpoint: %s\n  sha256 %s\n", r.checkpointPath.c_str(),
                    r.checkpointSha256.c_str());
    }
    if (r.info.groupId > 0) {
        std::printf("Group: %lld, value %s (runs list --group %lld)\n",
                    static_cast<long long>(r.info.groupId), r.info.groupValue.c_str(),
                    static_cast<long long>(r.info.groupId));
    }
    printCard(r);
    if (!d->gradientFlow.empty()) {
        std::printf("Gradient flow (mean over %s's probe reviews):\n",
                    r.info.validSize > 0 ? "the valid split" : "the training split");
        for (const auto& g : d->gradientFlow) {
            std::printf("  %s %s\n",
                        g.epoch == 0 ? "before training:"
                                     : ("after epoch " + std::to_string(g.epoch) + ":").c_str(),
                        gradientFlowSummary(g.norms).c_str());
        }
    }
    std::printf("Curve: %zu points; predictions: %zu\n", d->points.size(), d->predictions.size());
    return 0;
}

int RunsCommand::compare(storage::RunStore& store) const {
    const auto c = storage::RunComparison::of(store, ids_);
    if (!c) {
        std::fprintf(stderr, "error: %s\n", c.error().message.c_str());
        return 1;
    }
    if (json_) {
        nlohmann::json j;
        j["runs"] = nlohmann::json::parse(RunExporter::json(c->runs()));
        j["differences"] = nlohmann::json::array();
        for (const auto& d : c->differences())
            j["differences"].push_back({{"key", d.key}, {"values", d.values}});
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    std::printf("%-26s", "");
    for (const auto& r : c->runs())
        std::printf("  %-20s",
                    fit("#" + std::to_string(r.run.id) + " " + r.run.info.name, 20).c_str());
    std::printf("\n");
    std::size_t epochs = 0;
    for (const auto& r : c->runs()) epochs = std::max(epochs, r.epochs.size());
    for (std::size_t e = 0; e < epochs; ++e) {
        std::printf("Epoch %02zu train/valid acc    ", e + 1);
        for (const auto& r : c->runs()) {
            const auto cell = e < r.epochs.size() ? percent(r.epochs[e].trainAccuracy) + " / " +
                                                        percent(r.epochs[e].validAccuracy)
                                                  : std::string("-");
            std::printf("%-22s", cell.c_str());
        }
        std::printf("\n");
    }
    std::printf("%-26s", "Test acc");
    for (const auto& r : c->runs()) std::printf("  %-20s", orDash(r.run.testAccuracy).c_str());
    std::printf("\n\nSettings that differ:\n");
    if (c->differences().empty()) std::printf("  none\n");
    for (const auto& d : c->differences()) {
        std::printf("  %-24s", fit(d.key, 24).c_str());
        for (const auto& v : d.values) std::printf("  %-20s", fit(v, 20).c_str());
        std::printf("\n");
    }
    return 0;
}

int RunsCommand::exportRuns(storage::RunStore& store) const {
    std::vector<std::int64_t> ids = ids_;
    if (ids.empty()) {
        const auto rows = store.list();
        if (!rows) {
            std::fprintf(stderr, "error: %s\n", rows.error().message.c_str());
            return 1;
        }
        for (auto it = rows->rbegin(); it != rows->rend(); ++it)
            ids.push_back(it->id);  // oldest first
    }
    std::vector<storage::RunDetails> runs;
    for (const auto id : ids) {
        auto d = store.details(id);
        if (!d) {
            std::fprintf(stderr, "error: %s\n", d.error().message.c_str());
            return 1;
        }
        runs.push_back(std::move(*d));
    }
    const auto format = *RunExporter::parseFormat(format_);
    std::string text;
    if (format == RunExporter::Format::Csv && table_ == "runs") {
        std::vector<storage::RunRow> rows;
        for (const auto& r : runs) rows.push_back(r.run);
        text = RunExporter::runsCsv(rows);
    } else {
        text = RunExporter::render(format, runs);
    }
    return writeOut(text, out_) ? 0 : 1;
}

int RunsCommand::remove(storage::RunStore& store) const {
    const auto removed = store.remove(id_, withCheckpoint_);
    if (!removed) {
        std::fprintf(stderr, "error: %s\n", removed.error().message.c_str());
        return 1;
    }
    std::printf("Deleted run %lld (%s)%s\n", static_cast<long long>(id_),
                removed->info.name.c_str(),
                withCheckpoint_ && !removed->checkpointPath.empty() ? " and its checkpoint" : "");
    return 0;
}

int RunsCommand::edit(storage::RunStore& store) const {
    Status ok = Done{};
    if (rename_->parsed()) ok = store.rename(id_, text_);
    if (tag_->parsed()) ok = removeTag_ ? store.removeTag(id_, text_) : store.addTag(id_, text_);
    if (note_->parsed()) ok = store.setNotes(id_, text_);
    if (!ok) {
        std::fprintf(stderr, "error: %s\n", ok.error().message.c_str());
        return 1;
    }
    return 0;
}

int RunsCommand::importRuns(storage::RunStore& store) const {
    storage::RunStore::ImportOptions options;
    options.checkpointsFrom = checkpointsFrom_;
    options.checkpointsTo = checkpointsTo_;
    nlohmann::json all = nlohmann::json::array();
    int failed = 0;
    for (const auto& source : sources_) {
        const auto report = store.importRuns(source, options);
        if (!report) {
            std::fprintf(stderr, "error: %s\n", report.error().message.c_str());
            ++failed;
            continue;
        }
        for (const auto& p : report->problems)
            std::fprintf(stderr, "warning: %s\n", p.english().c_str());
        if (json_) {
            nlohmann::json problems = nlohmann::json::array();
            for (const auto& p : report->problems) problems.push_back(p.english());
            all.push_back({{"store", source},
                           {"imported", report->imported},
                           {"already_here", report->alreadyHere},
                           {"still_running", report->stillRunning},
                           {"checkpoints_copied", report->checkpointsCopied},
                           {"checkpoints_missing", report->checkpointsMissing},
                           {"problems", problems}});
            continue;
        }
        std::string ids;
        for (const auto id : report->imported)
            ids += (ids.empty() ? " (" : ", ") + std::to_string(id);
        if (!ids.empty()) ids += ")";
        std::printf("%s: %zu runs imported%s, %d already here", source.c_str(),
                    report->imported.size(), ids.c_str(), report->alreadyHere);
        if (report->stillRunning > 0)
            std::printf(", %d still running there (import again when they end)",
                        report->stillRunning);
        std::printf("; checkpoints: %d copied", report->checkpointsCopied);
        if (report->checkpointsMissing > 0) {
            std::printf(", %d not found (give the folder they are in with --checkpoints)",
                        report->checkpointsMissing);
        }
        std::printf("\n");
    }
    if (json_) std::cout << all.dump(2) << std::endl;
    return failed == 0 ? 0 : 1;
}

int RunsCommand::check(storage::RunStore& store) const {
    const auto result = store.integrityCheck();
    if (!result) {
        std::fprintf(stderr, "error: %s\n", result.error().message.c_str());
        return 1;
    }
    std::printf("%s: %s\n", store.path().c_str(), result->c_str());
    return *result == "ok" ? 0 : 1;
}

}  // namespace sentiment::cli
