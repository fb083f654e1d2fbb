"""The files lupdate reads: the GUI (ui/, app/main.cpp) and the Qt-free core, whose sentences
are Message::tr("...") templates (filed under the context "sentiment::Message").
Shared by translations/update.py and the test translations.Complete."""
import glob
import os

CORE = ("foundation", "downloads", "data", "model", "training", "storage", "experiment")


def gui_sources(root):
    files = sorted(glob.glob(os.path.join(root, "ui", "**", "*.cpp"), recursive=True) +
                   glob.glob(os.path.join(root, "ui", "**", "*.h"), recursive=True))
    return files + [os.path.join(root, "app", "main.cpp")]


def core_sources(root):
    files = []
    for folder in CORE:
        files += (glob.glob(os.path.join(root, folder, "**", "*.cpp"), recursive=True) +
                  glob.glob(os.path.join(root, folder, "**", "*.h"), recursive=True))
    return sorted(files)


def lupdate_command(lupdate, root, ts_files):
    # -I root only: following the include path into LibTorch's headers takes lupdate many minutes.
    return [lupdate, "-I", root, "-no-obsolete", "-locations", "none", *gui_sources(root), *core_sources(root),
            "-ts", *ts_files]


def quiet(stderr):
    """lupdate's output without its notes about Message lacking Q_OBJECT (it is not a QObject, on purpose)."""
    return "\n".join(line for line in stderr.splitlines() if "lacks Q_OBJECT macro" not in line)
