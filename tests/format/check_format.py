#!/usr/bin/env python3
"""Every C++ source and header of the project is formatted as .clang-format says (clang-format 14,
Debian 12's; another version formats differently, so the check skips without it: exit 77).

    tests/format/check_format.py SOURCE_DIR          fails naming each file clang-format would change
    tests/format/check_format.py SOURCE_DIR --fix    formats them in place
"""
import os
import shutil
import subprocess
import sys

FOLDERS = ("foundation", "data", "model", "training", "storage", "experiment", "downloads", "ui", "cli", "app",
           "bench", "tests")
SKIP = ("tests/fixtures/",)


def clang_format():
    for name in (os.environ.get("CLANG_FORMAT"), "clang-format-14", "clang-format"):
        path = name and shutil.which(name)
        if not path:
            continue
        version = subprocess.run([path, "--version"], capture_output=True, text=True).stdout
        if " version 14." in version:
            return path
    return None


def sources(root):
    for folder in FOLDERS:
        for directory, _, names in os.walk(os.path.join(root, folder)):
            for name in sorted(names):
                path = os.path.relpath(os.path.join(directory, name), root)
                if name.endswith((".cpp", ".h", ".hpp")) and not path.startswith(SKIP):
                    yield path


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../.."))
    fix = "--fix" in sys.argv
    tool = clang_format()
    if tool is None:
        print("skipped: no clang-format 14 here (packaging/install-deps.sh installs it on Debian 12)")
        return 77
    files = sorted(sources(root))
    if fix:
        subprocess.run([tool, "-i", *files], cwd=root, check=True)
        print(f"formatted {len(files)} files")
        return 0
    unformatted = []
    for start in range(0, len(files), 50):
        batch = files[start:start + 50]
        run = subprocess.run([tool, "--dry-run", "-Werror", *batch], cwd=root, capture_output=True, text=True)
        if run.returncode != 0:
            unformatted += [f for f in batch if f"{f}:" in run.stderr]
    if unformatted:
        print(f"{len(unformatted)} of {len(files)} files are not formatted as .clang-format says:")
        for f in unformatted:
            print(f"  {f}")
        print("format them: tests/format/check_format.py . --fix")
        return 1
    print(f"{len(files)} files formatted as .clang-format says")
    return 0


if __name__ == "__main__":
    sys.exit(main())
