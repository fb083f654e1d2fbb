#!/usr/bin/env python3
"""Which of the given source files reach LibTorch's heavy headers (torch/, ATen/), directly or through the project's
own headers. CMake asks at configure time (cmake/BuildSpeed.cmake): only those files use the
precompiled LibTorch header, since loading it costs a file that does not need it more than
compiling that file. tests/architecture/check_layers.py uses the same walk.

    torch_users.py ROOT --without FILE...   prints the files that do not reach LibTorch
"""
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.MULTILINE)
# Any of LibTorch's headers; the heavy ones (what the precompiled header is for): torch/ and
# ATen/. c10/'s small headers (a device, an error type) cost a file little.
TORCH_HEADER = re.compile(r"(torch|ATen|c10)/")
HEAVY_TORCH_HEADER = re.compile(r"(torch|ATen)/")


def torch_chain(root: pathlib.Path, source: pathlib.Path, seen=None, headers=TORCH_HEADER):
    """The chain of project headers by which `source` reaches a LibTorch header, or None."""
    seen = set() if seen is None else seen
    seen.add(source)
    for kind, path in INCLUDE.findall(source.read_text(encoding="utf-8")):
        if kind == "<" and headers.match(path):
            return [f"<{path}>"]
        header = root / path
        if kind == '"' and header.is_file() and header not in seen:
            chain = torch_chain(root, header, seen, headers)
            if chain is not None:
                return [path] + chain
    return None


def main():
    if len(sys.argv) < 3 or sys.argv[2] != "--without":
        print(__doc__, file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[1])
    for name in sys.argv[3:]:
        source = pathlib.Path(name)
        if source.suffix == ".cpp" and torch_chain(root, source, headers=HEAVY_TORCH_HEADER) is None:
            print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
