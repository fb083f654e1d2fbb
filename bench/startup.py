#!/usr/bin/env python3
"""What start-up costs each process: shared objects, wall time and peak resident memory.

    bench/startup.py [BUILD_DIR] [REPEATS]

Runs each program REPEATS times (default 11) and prints a Markdown table for
docs/BENCHMARKS.md: the median wall time and peak RSS (/usr/bin/time), the shared objects the
dynamic loader maps at start (ldd's list) and all it loads by the end, plugins included (one
more run with LD_DEBUG=files). The probes (bench/startup_probe.cpp) are the same trivial program linked
with nothing, with the build's LibTorch, and with Qt 6 Widgets (one window); beside them our CLI's
`--version` and the GUI's first window (`--quit-when-shown`, offscreen, the demo sample).
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "build", "dev"))
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 11

env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OMP_WAIT_POLICY="PASSIVE")
home = tempfile.mkdtemp(prefix="startup-home-")  # a new user's settings and run store
env.update(HOME=home, XDG_CONFIG_HOME=f"{home}/.config", XDG_DATA_HOME=f"{home}/.local/share",
           XDG_CACHE_HOME=f"{home}/.cache")

programs = [
    ("C++ only (probe)", [f"{build}/bench/startup_probe_plain"]),
    ("LibTorch linked (probe)", [f"{build}/bench/startup_probe_torch"]),
    ("`sentiment-lab-cli --version`", [f"{build}/cli/sentiment-lab-cli", "--version"]),
    ("Qt 6 Widgets, one window (probe)", [f"{build}/bench/startup_probe_qt"]),
    ("`sentiment-lab --demo --quit-when-shown` (first window)",
     [f"{build}/app/sentiment-lab", "--demo", "--quit-when-shown"]),
]


def shared_objects(command):
    """The shared objects the dynamic loader maps at start (ldd's list, without the vDSO)."""
    out = subprocess.run(command[:1], env=dict(env, LD_TRACE_LOADED_OBJECTS="1"), capture_output=True,
                         text=True).stdout
    return sum(1 for line in out.splitlines() if "=>" in line or line.strip().startswith("/"))


def loaded_in_all(command):
    """Every shared object the process loads, at start or later (dlopen: Qt's plugins)."""
    err = subprocess.run(command, env=dict(env, LD_DEBUG="files"), capture_output=True, text=True).stderr
    return len(set(re.findall(r"file=(\S+) \[\d+\];  generating link map", err)))


def run_once(command):
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "maxrss=%M", *command], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({proc.returncode}): {proc.stderr.strip()[-400:]}")
    rss = int(re.search(r"maxrss=(\d+)", proc.stderr).group(1)) / 1024
    return wall, rss


print(f"| process | shared objects at start | loaded in all | wall, median of {repeats} | peak RSS |")
print("| --- | --- | --- | --- | --- |")
for name, command in programs:
    if not os.path.exists(command[0]):
        print(f"| {name} | (not built: {command[0]}) | | | |")
        continue
    runs = [run_once(command) for _ in range(repeats)]
    wall = statistics.median(r[0] for r in runs)
    rss = statistics.median(r[1] for r in runs)
    print(f"| {name} | {shared_objects(command)} | {loaded_in_all(command)} | "
          f"{wall * 1000:.0f} ms | {rss:.0f} MiB |")
