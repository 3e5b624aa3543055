"""Dissector benchmark: tshark with the generated VS-1 dissectors against tshark without them.

One capture of 100,000 VS-1 PDUs (the sample of every message of every custom port, over and
over, each round in new TCP connections with handshakes; requests pipelined, replies and
events partly coalesced into one segment, partly split across segments; UDP login and
announce datagrams). Both runs read the same file in the same environment (no personal
plugins or preferences):

* baseline: tshark without the Lua plugin, so the VS-1 ports stay undissected TCP/UDP data;
* dissector: tshark with ``dissectors/vs1.lua`` loaded (reassembly, every field, the
  request/response links, the Info column).

Two workloads: ``dissector_list`` is tshark's packet list (``tshark -r``, one summary line per
frame: what Wireshark's packet list costs); ``dissector_tree`` prints every protocol tree
(``tshark -V``). Runs alternate baseline/dissector and each figure is the fastest of
``--repeat`` runs, which keeps other load on the machine out of the ratio as far as possible.

Run: ``.venv/bin/python benchmarks/dissector.py [--pdus N] [--repeat R] [--dissectors DIR]``.
Prints a table, then as the last line one JSON object. Target: ratio <= 3.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from vs1kit import wireshark
from vs1kit.pcap import synth

WORKLOADS = {"dissector_list": [], "dissector_tree": ["-V"]}


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
                          check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0 or "Lua" in proc.stderr:
        sys.exit(f"tshark failed ({proc.returncode}): {proc.stderr.strip()}\ncommand: {' '.join(cmd)}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdus", type=int, default=100_000, help="PDUs in the capture (default 100,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each configuration (the fastest counts)")
    parser.add_argument("--dissectors", type=Path, default=None, metavar="DIR",
                        help="folder of the Lua dissectors to measure (default: the shipped dissectors/), "
                             "e.g. an older vs1.lua to compare with")
    args = parser.parse_args()

    try:
        tshark = wireshark.find_tshark()
    except wireshark.TsharkMissingError as exc:
        sys.exit(str(exc))
    try:
        scripts = wireshark.dissector_files(args.dissectors)
    except wireshark.WiresharkError as exc:
        sys.exit(str(exc))
    with tempfile.TemporaryDirectory(prefix="vs1-dissector-bench-") as tmp:
        pcap = Path(tmp) / "bulk.pcap"
        t0 = time.perf_counter()
        pdus = synth.write_bulk_capture(pcap, args.pdus)
        made = time.perf_counter() - t0
        size = pcap.stat().st_size
        env = wireshark.isolated_env(Path(tmp) / "home")
        lua = [a for s in scripts for a in ("-X", f"lua_script:{s}")]
        count = subprocess.run([tshark, "-n", "-r", str(pcap), "-T", "fields", "-e", "frame.number"],
                               capture_output=True, text=True, env=env, check=True).stdout.count("\n")
        results = []
        for name, extra in WORKLOADS.items():
            base_cmd = [tshark, "-n", "-r", str(pcap), *extra]
            lua_cmd = [tshark, "-n", *lua, "-r", str(pcap), *extra]
            base_times, lua_times = [], []
            for _ in range(args.repeat):
                base_times.append(_time(base_cmd, env))
                lua_times.append(_time(lua_cmd, env))
            value, baseline = min(lua_times), min(base_times)
            results.append({"name": name, "value": round(value, 3), "unit": "s",
                            "baseline": round(baseline, 3), "ratio": round(value / baseline, 2)})

    width = max(len(r["name"]) for r in results)
    print(f"capture: {pdus:,} VS-1 PDUs in {count:,} frames ({size / 1e6:.1f} MB), written in {made:.1f} s")
    print(f"tshark: {tshark}; fastest of {args.repeat} runs each; baseline = same tshark without the Lua plugin")
    print(f"{'benchmark':<{width}}  {'value (s)':>10}  {'baseline (s)':>12}  ratio")
    for r in results:
        print(f"{r['name']:<{width}}  {r['value']:>10.3f}  {r['baseline']:>12.3f}  {r['ratio']:.2f}")
    print(json.dumps({"name": "dissector", "results": results}))


if __name__ == "__main__":
    main()
