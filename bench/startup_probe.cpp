// What a process pays before doing anything: the same trivial program linked three ways, so that
// bench/startup.py can put our own start-up (`sentiment-lab-cli --version`, the GUI's first
// window) beside what LibTorch alone and Qt alone cost.
//
//   startup_probe_plain   the C library only
//   startup_probe_torch   + Debian's LibTorch (which brings OpenCV, FFmpeg and Qt 5)
//   startup_probe_qt      + Qt 6 Widgets: shows one window, then quits
#include <cstdio>

#if defined(PROBE_TORCH)
#include <ATen/Parallel.h>
#endif
#if defined(PROBE_QT)
#include <QApplication>
#include <QLabel>
#include <QTimer>
#endif

int main(int argc, char** argv) {
#if defined(PROBE_TORCH)
    // A call into LibTorch, so that the linker keeps it.
    std::printf("LibTorch threads: %d\n", at::get_num_threads());
#elif defined(PROBE_QT)
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("start-up probe"));
    window.show();
    QTimer::singleShot(0, &app, [] { QApplication::quit(); });
    return QApplication::exec();
#endif
    (void)argc;
    (void)argv;
    return 0;
}
