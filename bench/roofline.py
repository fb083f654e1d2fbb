#!/usr/bin/env python3
"""The fastest a recurrent model could train or score on this machine: its matrix products at the
machine's GEMM rate (bench/gemm_probe), nothing else counted. A goal above this ceiling cannot be
met by any program here, ours or PyTorch, without doing less arithmetic.

Per token a recurrent layer multiplies its input and its previous state by its weights (W
multiply-adds for all of its weight matrices, read from `sentiment-lab-cli params --json`):
2W floating-point operations forward, 4W backward (the gradients of the input and of the
weights), so training costs 6W per token and scoring 2W. The classifier on the last state runs
once per review and is left out, as are the gates' element-wise work and the embedding; the
rate is that of a large square GEMM, which the recurrence's small products (batch x hidden) do
not reach. Every simplification makes the ceiling higher than the truth.

    bench/roofline.py BUILD [--threads N] [--data TAR] [--gemm-output FILE]
        [--check LABEL PRESET train|test PRECISION OURS PEER GOAL]...

--check compares a measured row with the ceiling: OURS and PEER in tokens/s (train) or seconds
(test: the 25,000-review pass, whose tokens come from `dataset --json`, so --data is needed);
GOAL is the ratio asked for. It prints what share of the ceiling each program reaches and what
share the goal would need.
"""
import argparse
import json
import os
import re
import subprocess
import sys


def run(*command):
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{command[0]}: exit {done.returncode}: {done.stderr.strip()[-500:]}")
    return done.stdout


def weights_per_token(cli, preset):
    """Multiply-adds per token of the recurrent layers: the element counts of their matrices."""
    params = json.loads(run(cli, "params", "--preset", preset, "--json").splitlines()[-1])
    return sum(row["count"] for row in params["rows"]
               if row["name"].startswith("rnn.weight_") and len(row["shape"]) == 2)


def gemm_rates(build, threads, probed=None):
    """GFLOP/s of float and bfloat16 GEMM from bench/gemm_probe's output (`probed`, a file, or
    a run of it now); bf16 None where the CPU has none."""
    if probed:
        with open(probed) as f:
            out = f.read()
    else:
        out = run(f"{build}/bench/gemm_probe", str(threads))
    rates = {}
    for name, key in (("float", "fp32"), ("bfloat16", "bf16")):
        found = re.search(rf"^{name} GEMM \d+x\d+: ([0-9.]+) GFLOP/s", out, re.M)
        rates[key] = float(found.group(1)) * 1e9 if found else None
    if "AVX-512 BF16: no" in out:
        rates["bf16"] = None  # emulated: not a rate a bf16 path would choose
    return rates, out.splitlines()[0]


def test_tokens(cli, data):
    out = json.loads(run(cli, "dataset", "--data", data, "--json").splitlines()[-1])
    return out["test"]["tokens"], out["test"]["total"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build")
    ap.add_argument("--threads", type=int, default=0, help="GEMM threads (default: one per core)")
    ap.add_argument("--data", help="IMDb archive: the test split's tokens for --check ... test")
    ap.add_argument("--gemm-output", help="what bench/gemm_probe printed in the same invocation (else it runs now)")
    ap.add_argument("--check", nargs=7, action="append", default=[],
                    metavar=("LABEL", "PRESET", "MODE", "PRECISION", "OURS", "PEER", "GOAL"))
    a = ap.parse_args()
    cli = f"{a.build}/cli/sentiment-lab-cli"
    threads = a.threads or len(os.sched_getaffinity(0))
    rates, cpu = gemm_rates(a.build, threads, a.gemm_output)
    presets = {p: weights_per_token(cli, p) for p in ("base", "advanced")}

    print(f"{cpu}; GEMM: float {rates['fp32'] / 1e9:.0f} GFLOP/s"
          + (f", bf16 {rates['bf16'] / 1e9:.0f} GFLOP/s" if rates["bf16"] else ", no bf16"))
    print()
    print("| preset | recurrent weights (multiply-adds per token) | training FLOP per token (6W) "
          "| ceiling float tokens/s | ceiling bf16 tokens/s |")
    print("| --- | --- | --- | --- | --- |")
    for preset, w in presets.items():
        bf16 = f"{rates['bf16'] / (6 * w):,.0f}" if rates["bf16"] else "-"
        print(f"| {preset} | {w:,} | {6 * w / 1e6:.2f} M | {rates['fp32'] / (6 * w):,.0f} | {bf16} |")

    if a.check:
        print()
        print("| row | ceiling | ours: share of it | peer: share of it | goal | the goal needs |")
        print("| --- | --- | --- | --- | --- | --- |")
    for label, preset, mode, precision, ours, peer, goal in a.check:
        rate = rates["bf16" if precision == "bf16" else "fp32"]
        if rate is None:
            sys.exit(f"--check {label}: no bf16 GEMM rate on this CPU")
        ours, peer, goal = float(ours), float(peer), float(goal)
        w = presets[preset]
        if mode == "train":
            ceiling = rate / (6 * w)  # tokens/s
            shares = ours / ceiling, peer / ceiling
            needed = goal * peer / ceiling
            text = f"{ceiling:,.0f} tokens/s"
        elif mode == "test":
            if not a.data:
                sys.exit("--check ... test needs --data")
            tokens, reviews = test_tokens(cli, a.data)
            ceiling = tokens * 2 * w / rate  # the fewest seconds
            shares = ceiling / ours, ceiling / peer
            needed = goal * ceiling / peer
            text = f"{ceiling:.1f} s ({reviews:,} reviews, {tokens:,} tokens)"
        else:
            sys.exit(f"--check {label}: MODE is train or test, not {mode}")
        verdict = "impossible here" if needed > 1 else "possible"
        print(f"| {label} | {text} | {shares[0]:.0%} | {shares[1]:.0%} | {goal:g}x "
              f"| {needed:.0%} of the ceiling: {verdict} |")


if __name__ == "__main__":
    main()
