#!/usr/bin/env python3
"""Checks that every library folder includes only from the folders its layer may use
(docs/ARCHITECTURE.md), so that the layering stays true as the code grows, and that the front
ends compile without LibTorch's headers (a file that reaches them takes about 25 s of CPU to
compile, one without them 2-10 s). The link rules are checked by CMake itself (cmake/Layering.cmake)."""
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "cmake"))
from torch_users import torch_chain  # noqa: E402  (the same walk decides the precompiled header)

# What each folder's sources may include ("the libraries and what each may use").
ALLOWED = {
    "foundation": {"foundation"},
    "downloads": {"foundation", "downloads"},
    "data": {"foundation", "data"},
    "model": {"foundation", "model"},
    "training": {"foundation", "data", "model", "training"},
    "storage": {"foundation", "storage"},
    "experiment": {"foundation", "data", "model", "training", "storage", "experiment"},
    "cli": {"foundation", "downloads", "data", "model", "training", "storage", "experiment", "cli"},
    "ui": {"foundation", "downloads", "data", "model", "training", "storage", "experiment", "ui"},
    "app": {"foundation", "data", "model", "training", "storage", "experiment", "ui", "app"},
}
# Inside ui/, what each sub-folder may include of ui/: controllers hold no widgets, charts and
# the report know no controller, and only the window knows the pages.
UI_ALLOWED = {
    "platform": {"platform"},
    "charts": {"platform", "charts"},
    "controllers": {"platform", "controllers"},
    "panels": {"platform", "charts", "controllers", "panels"},
    "report": {"platform", "charts", "report"},
    "pages": {"platform", "charts", "controllers", "panels", "report", "pages"},
    "window": {"platform", "charts", "controllers", "panels", "report", "pages", "window"},
}

# Folders of the core, which never include Qt.
QT_FREE = {"foundation", "downloads", "data", "model", "training", "storage", "experiment", "cli"}

# Front-end folders whose files reach no LibTorch header, directly or through the project's own
# headers: they ask the core, whose headers name LibTorch's types only by forward declaration.
TORCH_FREE = {"cli", "ui", "app"}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.MULTILINE)


def violations(root: pathlib.Path):
    for folder, allowed in ALLOWED.items():
        for source in sorted((root / folder).rglob("*")):
            if source.suffix not in (".h", ".cpp"):
                continue
            text = source.read_text(encoding="utf-8")
            for kind, path in INCLUDE.findall(text):
                top = path.split("/")[0]
                if kind == '"' and top in ALLOWED and top not in allowed:
                    yield f"{source.relative_to(root)} includes {path}: {folder}/ may use only {', '.join(sorted(allowed))}"
                if folder in QT_FREE and kind == "<" and re.match(r"Q[A-Z]|Qt", path):
                    yield f"{source.relative_to(root)} includes <{path}>: {folder}/ is Qt-free"


def ui_violations(root: pathlib.Path):
    for sub, allowed in UI_ALLOWED.items():
        for source in sorted((root / "ui" / sub).rglob("*")):
            if source.suffix not in (".h", ".cpp"):
                continue
            for kind, path in INCLUDE.findall(source.read_text(encoding="utf-8")):
                parts = path.split("/")
                if kind == '"' and len(parts) > 2 and parts[0] == "ui" and parts[1] not in allowed:
                    yield f"{source.relative_to(root)} includes {path}: ui/{sub}/ may use only ui/{', ui/'.join(sorted(allowed))}"
    unplaced = [f.name for f in (root / "ui").glob("*") if f.suffix in (".h", ".cpp")]
    if unplaced:
        yield f"ui/ has files outside its sub-folders: {', '.join(sorted(unplaced))}"


def torch_violations(root: pathlib.Path):
    for folder in sorted(TORCH_FREE):
        for source in sorted((root / folder).rglob("*")):
            if source.suffix in (".h", ".cpp"):
                chain = torch_chain(root, source)
                if chain is not None:
                    yield f"{source.relative_to(root)} reaches LibTorch's headers: {' -> '.join(chain)}"


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    missing = [f for f in ALLOWED if not (root / f).is_dir()]
    if missing:
        print(f"no such folders under {root}: {', '.join(missing)}")
        return 1
    found = list(violations(root)) + list(ui_violations(root)) + list(torch_violations(root))
    for v in found:
        print(v)
    if found:
        print(f"{len(found)} include(s) cross the layering")
        return 1
    print("every include respects the layering, and the front ends compile without LibTorch's headers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
