"""Before/after in one run: a benchmark script against another checkout, whole runs in processes
of their own alternating ABBA, medians of the pairs (``--compare DIR --pairs N`` of
benchmarks/client.py and benchmarks/emulator.py).

Each run is the script itself with ``PYTHONPATH`` set to one checkout; its last stdout line is
its JSON object, whose ``results`` rows (name, value, unit, baseline, ratio) are compared row by
row. ``ratio`` is here / there; ``norm`` divides each value by its own run's baseline first, so
the load of the moment, which moves a value and its baseline together, cancels out.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

__all__ = ["compare", "load"]


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _one_run(script: str, argv: list[str], tree: str, timeout: float) -> list[dict[str, Any]]:
    out = subprocess.run([sys.executable, script, *argv], env=dict(os.environ, PYTHONPATH=tree),
                         capture_output=True, text=True, timeout=timeout)
    if out.returncode != 0:
        sys.exit(f"benchmark run with {tree} failed:\n{out.stderr[-3000:]}")
    return list(json.loads(out.stdout.strip().splitlines()[-1])["results"])


def compare(name: str, script: str, argv: list[str], other: str, pairs: int, *,
            lower_better: set[str], timeout: float = 1800, width: int = 30) -> None:
    """Run `script argv` from this checkout and from `other`, `pairs` ABBA pairs; print a table
    and, last, one JSON line ``{"name": name + "_compare", ...}``. `lower_better`: the units
    (CPU, memory, latency) for which a smaller value is the better one."""
    here = str(Path(script).resolve().parents[1])
    other = str(Path(other).resolve())
    runs: dict[str, list[list[dict[str, Any]]]] = {"here": [], "other": []}
    for i in range(pairs):
        for arm in (("here", "other") if i % 2 == 0 else ("other", "here")):
            print(f"pair {i + 1}/{pairs}: {arm:5} (load {load()})", file=sys.stderr, flush=True)
            runs[arm].append(_one_run(script, argv, here if arm == "here" else other, timeout))
    print(f"{name} benchmark here vs {other}, {pairs} pairs (ABBA), medians; load now {load()}")
    print(f"{'benchmark':{width}} {'unit':14} {'here':>10} {'compare':>10} {'ratio':>7} "
          f"{'norm':>7}  per pair")
    out = []
    for k, first in enumerate(runs["here"][0]):
        mine = [r[k] for r in runs["here"]]
        theirs = [r[k] for r in runs["other"]]
        ratios = [a["value"] / b["value"] if b["value"] else float("nan")
                  for a, b in zip(mine, theirs, strict=True)]
        norms = [a["ratio"] / b["ratio"] if a["ratio"] and b["ratio"] else float("nan")
                 for a, b in zip(mine, theirs, strict=True)]
        row = {"name": first["name"],
               "value": round(statistics.median(a["value"] for a in mine), 3),
               "unit": first["unit"],
               "baseline": round(statistics.median(b["value"] for b in theirs), 3),
               "ratio": round(statistics.median(ratios), 3),
               "normalized_ratio": round(statistics.median(norms), 3),
               "lower_is_better": first["unit"] in lower_better,
               "pairs": [[a["value"], b["value"]] for a, b in zip(mine, theirs, strict=True)]}
        out.append(row)
        print(f"{row['name']:{width}} {row['unit']:14} {row['value']:>10} {row['baseline']:>10} "
              f"{row['ratio']:>7} {row['normalized_ratio']:>7}  "
              + " ".join(f"{r:.2f}" for r in ratios))
    print(json.dumps({"name": f"{name}_compare", "compare": other, "pairs": pairs,
                      "results": out}))
