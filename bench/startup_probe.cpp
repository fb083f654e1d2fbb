// What a process pays before doing anything: the same trivial program linked three ways, so that
// bench/startup.sh can put our own start-up (`sentiment-lab-cli --version`, the GUI's first
// window) beside what LibTorch alone and Qt alone cost. Prints what it loaded and its memory.
//
//   startup_probe_plain   C++ and libstdc++ only
//   startup_probe_torch   + Debian's LibTorch (which brings OpenCV, FFmpeg and Qt 5)
//   startup_probe_qt      + Qt 6 Widgets: shows one window, then quits
#include <cstdio>
#include <fstream>
#include <set>
#include <string>

#if defined(PROBE_TORCH)
#include <ATen/Parallel.h>
#endif
#if defined(PROBE_QT)
#include <QApplication>
#include <QLabel>
#include <QTimer>
#endif

namespace {

// Distinct shared objects mapped into this process now.
std::size_t sharedObjects() {
    std::ifstream maps("/proc/self/maps");
    std::set<std::string> files;
    for (std::string line; std::getline(maps, line);) {
        const auto slash = line.find('/');
        if (slash == std::string::npos) continue;
        const std::string path = line.substr(slash);
        if (path.find(".so") != std::string::npos) files.insert(path);
    }
    return files.size();
}

void report(const char* what) {
    std::printf("%s: %zu shared objects\n", what, sharedObjects());
}

}  // namespace

int main(int argc, char** argv) {
#if defined(PROBE_TORCH)
    // A call into LibTorch, so that the linker keeps it.
    std::printf("LibTorch threads: %d\n", at::get_num_threads());
    report("torch");
#elif defined(PROBE_QT)
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("start-up probe"));
    window.show();
    QTimer::singleShot(0, &app, [] {
        report("qt");
        QApplication::quit();
    });
    return QApplication::exec();
#else
    report("plain");
#endif
    (void)argc;
    (void)argv;
    return 0;
}
