#!/usr/bin/env python3
"""Fails when one of our binaries exports a Qt, QCustomPlot or Sentiment Lab symbol.

Debian's LibTorch links OpenCV, which links Qt 5, so every process of ours loads Qt 5 beside
Qt 6. A symbol our executable exports (a weak inline Qt 6 function such as
QByteArray::append, emitted out of line at -O0) is found first by the dynamic linker, and Qt 5's
own initialisers then call it: a crash before main. Hidden visibility for our code (the top
CMakeLists.txt) keeps the dynamic symbol table free of them; this check keeps it so.

    check_exports.py BINARY...
"""
import re
import subprocess
import sys

# Demangled names that belong to Qt (QByteArray::, QtPrivate::, qt_metacast, QList<...>),
# QCustomPlot (QCP...) or our own namespace.
FORBIDDEN = re.compile(r"(?<![A-Za-z0-9_])(Q[A-Z][A-Za-z0-9_]*|Qt[A-Za-z0-9_]*::|qt_[A-Za-z0-9_]+|sentiment::)")


def exported(binary):
    nm = subprocess.run(["nm", "-D", "--defined-only", binary], capture_output=True, text=True)
    if nm.returncode != 0:
        sys.exit(f"{binary}: nm failed: {nm.stderr.strip()}")
    names = [line.split()[-1] for line in nm.stdout.splitlines() if line.strip()]
    demangled = subprocess.run(["c++filt"], input="\n".join(names), capture_output=True, text=True, check=True)
    return demangled.stdout.splitlines()


def main(binaries):
    if not binaries:
        sys.exit("usage: check_exports.py BINARY...")
    failed = False
    for binary in binaries:
        symbols = exported(binary)
        bad = [s for s in symbols if FORBIDDEN.search(s)]
        print(f"{binary}: {len(symbols)} exported, {len(bad)} of Qt, QCustomPlot or ours")
        for symbol in bad[:20]:
            print(f"    {symbol}")
        if len(bad) > 20:
            print(f"    ... and {len(bad) - 20} more")
        failed = failed or bool(bad)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
