#!/usr/bin/env python3
"""The GUI killed with SIGKILL while it trains, at random moments, ROUNDS times (default 20).

    tests/drills/kill_gui.py BUILD_DIR [ROUNDS] [SEED]

Each round starts `sentiment-lab --demo --train fasttext` offscreen in a fresh home, waits
until its log shows an epoch, sleeps a random 0-1.5 s (into the next epoch's batches, its
validation, its commit or its checkpoint) and kills it. Then, with the CLI, as a student's next
start would: the store passes SQLite's integrity check, the run reads `interrupted`, every epoch
the log showed is in the store, and the checkpoint is absent or loads and predicts.
Exit status 0 when every round passes; one line per round on stdout.
"""
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time


def run_cli(cli, *args, env):
    return subprocess.run([cli, *args], env=env, capture_output=True, text=True, timeout=120)


def one_round(app, cli, rng, round_no):
    home = tempfile.mkdtemp(prefix="sentiment-kill-")
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=f"{home}/data", XDG_CACHE_HOME=f"{home}/cache",
               XDG_CONFIG_HOME=f"{home}/config", QT_QPA_PLATFORM="offscreen", OMP_WAIT_POLICY="PASSIVE")
    log = f"{home}/data/sentiment-lab/logs/sentiment-lab.log"
    store = f"{home}/data/sentiment-lab/runs.sqlite"
    gui = subprocess.Popen([app, "--demo", "--train", "fasttext", "--epochs", "200", "--max-batches", "3",
                            "--threads", "1"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 180
    epochs_seen = 0
    while time.time() < deadline and epochs_seen == 0:
        time.sleep(0.05)
        if gui.poll() is not None:
            return False, f"the app ended by itself (exit {gui.returncode}) before an epoch"
        if os.path.exists(log):
            epochs_seen = len(re.findall(r"Epoch \d+ \|", open(log, encoding="utf-8", errors="replace").read()))
    if epochs_seen == 0:
        gui.kill()
        return False, "no epoch within 180 s"
    time.sleep(rng.uniform(0, 1.5))
    gui.send_signal(signal.SIGKILL)
    gui.wait()
    # What the log showed, read after the kill: every epoch shown was committed before it was shown.
    shown = len(re.findall(r"Epoch \d+ \|", open(log, encoding="utf-8", errors="replace").read()))

    check = run_cli(cli, "runs", "--db", store, "check", env=env)
    if check.returncode != 0:
        return False, f"integrity check failed: {check.stdout}{check.stderr}"
    listed = run_cli(cli, "runs", "--db", store, "list", "--json", env=env)
    if listed.returncode != 0:
        return False, f"runs list failed: {listed.stderr}"
    runs = json.loads(listed.stdout)
    runs = runs["runs"] if isinstance(runs, dict) else runs
    if len(runs) != 1:
        return False, f"{len(runs)} runs in the store"
    run = runs[0]
    shown_run = run_cli(cli, "runs", "--db", store, "show", str(run["id"]), "--json", env=env)
    details = json.loads(shown_run.stdout)
    details = details[0] if isinstance(details, list) else details
    status = details.get("status")
    epochs = details.get("epochs", [])
    if status != "interrupted":
        return False, f"the run reads {status!r}"
    if len(epochs) < shown:
        return False, f"the log showed {shown} epochs, the store has {len(epochs)}"
    if [e["epoch"] for e in epochs] != list(range(1, len(epochs) + 1)):
        return False, f"epochs out of order: {[e['epoch'] for e in epochs]}"
    checkpoint = (details.get("checkpoint") or {}).get("path", "")
    loads = "absent"
    if checkpoint and os.path.exists(checkpoint):
        predicted = run_cli(cli, "predict", "--model", checkpoint, "--text", "A fine film.", env=env)
        if predicted.returncode != 0:
            return False, f"the checkpoint {checkpoint} does not load: {predicted.stderr}"
        loads = "loads"
    subprocess.run(["rm", "-rf", home])
    return True, f"{shown} epoch(s) shown, {len(epochs)} stored, interrupted, checkpoint {loads}"


def main():
    build = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20261203)
    app = os.path.join(build, "app", "sentiment-lab")
    cli = os.path.join(build, "cli", "sentiment-lab-cli")
    failures = 0
    for r in range(1, rounds + 1):
        ok, what = one_round(app, cli, rng, r)
        print(f"round {r:2d}: {'ok ' if ok else 'FAIL'} {what}", flush=True)
        failures += 0 if ok else 1
    print(f"{rounds - failures} of {rounds} rounds passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
