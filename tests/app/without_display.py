#!/usr/bin/env python3
"""`sentiment-lab --help` and `--version` answer without a display, as over SSH; a wrong option is
named on stderr (with Qt's own `-platform` option beside it, which must still be accepted). Runs the GUI with no DISPLAY, no WAYLAND_DISPLAY and Qt's default platform (xcb),
where a QApplication aborts before it reads an option.

    without_display.py BUILD/app/sentiment-lab
"""
import os
import subprocess
import sys
import tempfile


def run(app, *args):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")}
    with tempfile.TemporaryDirectory() as home:
        env.update(HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, XDG_RUNTIME_DIR=home)
        return subprocess.run([app, *args], capture_output=True, text=True, env=env, timeout=120)


def main(app):
    failures = []

    def expect(condition, what, result):
        if not condition:
            failures.append(f"{what}\n  exit {result.returncode}\n  stdout: {result.stdout[-800:]}\n  stderr: {result.stderr[-800:]}")

    helped = run(app, "--help")
    expect(helped.returncode == 0, "--help exits 0", helped)
    for text in ("Usage: sentiment-lab", "--data <path>", "--demo", "--lang <code>", "[dataset]"):
        expect(text in helped.stdout, f"--help shows {text!r}", helped)
    expect("<executable_name>" not in helped.stdout, "--help names the program", helped)

    everything = run(app, "--help-all")
    expect(everything.returncode == 0 and "--data <path>" in everything.stdout and "-platform" in everything.stdout,
           "--help-all shows ours and names Qt's", everything)

    version = run(app, "--version")
    expect(version.returncode == 0, "--version exits 0", version)
    expect(version.stdout.startswith("sentiment-lab "), "--version names the program first", version)
    expect("LibTorch " in version.stdout and "CUDA" in version.stdout, "--version says what it runs on", version)

    # A mistake is judged once Qt has taken its own options out (so on a platform that starts):
    # named on stderr, exit 1.
    wrong = run(app, "-platform", "offscreen", "--no-such-option")
    expect(wrong.returncode == 1, "a wrong option exits 1", wrong)
    expect("no-such-option" in wrong.stderr and "--help" in wrong.stderr, "a wrong option is named", wrong)

    for failure in failures:
        print("FAILED:", failure)
    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
