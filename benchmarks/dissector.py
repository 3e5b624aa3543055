"""Dissector benchmark: tshark with the generated VS-1 dissectors against tshark without them.

One capture of 100,000 VS-1 PDUs (the sample of every message of every custom port, over and
over, each round in new TCP connections with handshakes; requests pipelined, replies and
events partly coalesced into one segment, partly split across segments; UDP login and
announce datagrams). Both runs read the same file in the same environment (no personal
plugins or preferences):

* baseline: tshark without the Lua plugin, so the VS-1 ports stay undissected TCP/UDP data;
* dissector: tshark with ``dissectors/vs1.lua`` loaded (reassembly, every field, the
  request/response links, the Info column);
* dissector, C (``<workload>_c``): tshark with the same dissectors as a C plugin, compiled
  from ``dissectors/vs1_epan.c`` for this run (what ``vs1 wireshark build`` installs) into the
  personal plugin folder of a home of its own. ``--engine lua|c|both`` (default both: the
  two builds in the same alternation). Wireshark loads no personal C plugin as root, so
  when the benchmark runs as root with the C engine, every tshark run (baselines included)
  runs as ``nobody``.

Two workloads: ``dissector_list`` is tshark's packet list (``tshark -r``, one summary line per
frame: what Wireshark's packet list costs); ``dissector_tree`` prints every protocol tree
(``tshark -V``). Runs alternate baseline/dissector(s) and each figure is the fastest of
``--repeat`` runs, which keeps other load on the machine out of the ratio as far as possible.

Per PDU against a built-in dissector: a Modbus/TCP capture with the same number of PDUs (read
holding registers requests and their responses, 1-8 registers, 50 exchanges per TCP connection
with handshakes, a request per segment, responses partly coalesced two to a segment), read by the same tshark
with Modbus/TCP enabled and, for reference, disabled (``--disable-protocol mbtcp``). Per PDU is
a whole run divided by its PDU count; ``modbus_ratio`` is VS-1's time per PDU over Modbus/TCP's,
for the list and for the tree. (Run minus baseline is no measure for Modbus/TCP: with it
disabled TCP hands the bytes to the data dissector, which costs more than Modbus/TCP does.)

Each run is timed twice: wall time and CPU time (user + system of the tshark process, from
``getrusage``). On a machine others load too, wall time includes waiting for a core; CPU time
does not, so ``cpu_ratio`` is the steadier figure (both are fastest-of-``--repeat``).
``--compare DIR`` measures a second set of dissectors (an older ``vs1.lua``) in the same
alternation, so before/after come from the same conditions. The machine's load average
(``os.getloadavg``) before and after is printed with the figures: with other work on the
machine, repeat the run at a quieter moment.

Run: ``.venv/bin/python benchmarks/dissector.py [--pdus N] [--repeat R] [--engine both|lua|c]
[--dissectors DIR] [--compare DIR]``. Prints a table, then as the last line one JSON object.
Target (issue 12): ratio <= 1.5.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from vs1kit import wireshark
from vs1kit.pcap import CaptureWriter, synth

WORKLOADS = {"dissector_list": [], "dissector_tree": ["-V"]}


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _time(cmd: list[str], env: dict[str, str], cpu: list[float] | None = None) -> float:
    """The wall time of one run; its CPU time (user + system) is appended to ``cpu``."""
    cpu_before = _cpu_children()
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
                          check=False)
    elapsed = time.perf_counter() - start
    if cpu is not None:
        cpu.append(_cpu_children() - cpu_before)
    if proc.returncode != 0 or "Lua" in proc.stderr:
        sys.exit(f"tshark failed ({proc.returncode}): {proc.stderr.strip()}\ncommand: {' '.join(cmd)}")
    return elapsed


MODBUS_PORT = 502  # Modbus/TCP's registered port, where tshark's built-in dissector listens
EXCHANGES_PER_CONNECTION = 50


def write_modbus_capture(path: Path, pdus: int) -> int:
    """``pdus`` Modbus/TCP PDUs (function 3 requests and responses); returns the count."""
    rng = random.Random(12)
    written = 0
    client = 0
    with CaptureWriter(path) as cap:
        while written < pdus:
            client += 1
            tcp = cap.tcp_session(("10.0.0.2", 20000 + client % 40000), ("10.0.0.1", MODBUS_PORT))
            pending: list[bytes] = []
            for tid in range(1, EXCHANGES_PER_CONNECTION + 1):
                if written >= pdus:
                    break
                count = rng.randint(1, 8)
                request = struct.pack(">HHHBBHH", tid, 0, 6, 1, 3, rng.randrange(0, 1000), count)
                tcp.send(True, request)
                written += 1
                if written >= pdus:
                    break
                data = bytes(rng.randrange(256) for _ in range(2 * count))
                pending.append(struct.pack(">HHHBBB", tid, 0, 3 + len(data), 1, 3, len(data)) + data)
                written += 1
                if len(pending) == 2 or rng.random() < 0.5:
                    tcp.send_coalesced(False, pending)
                    pending = []
            if pending:
                tcp.send_coalesced(False, pending)
            tcp.close()
    return written


def _readable(path: Path) -> None:
    """Let an unprivileged tshark (see wireshark.unprivileged) read, and write config under, path."""
    for p in [path, *path.rglob("*")]:
        p.chmod(p.stat().st_mode | 0o007 if p.is_dir() else p.stat().st_mode | 0o006)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdus", type=int, default=100_000, help="PDUs in the capture (default 100,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each configuration (the fastest counts)")
    parser.add_argument("--engine", choices=("both", "lua", "c"), default="both",
                        help="which build of the dissectors to measure: vs1.lua, the C plugin compiled from "
                             "vs1_epan.c (`vs1 wireshark build`), or both in the same alternation (default)")
    parser.add_argument("--dissectors", type=Path, default=None, metavar="DIR",
                        help="folder of the dissectors to measure (vs1.lua and vs1_epan.c; default: the shipped "
                             "dissectors/), e.g. an older vs1.lua to compare with")
    parser.add_argument("--compare", type=Path, default=None, metavar="DIR",
                        help="folder of other Lua dissectors (e.g. an older vs1.lua) measured in the same "
                             "alternation: before/after under the same conditions")
    args = parser.parse_args()

    engines = ["lua", "c"] if args.engine == "both" else [args.engine]
    try:
        tshark = wireshark.find_tshark()
    except wireshark.TsharkMissingError as exc:
        sys.exit(str(exc))
    try:
        scripts = wireshark.dissector_files(args.dissectors) if "lua" in engines else []
        other = wireshark.dissector_files(args.compare) if args.compare else None
        # Wireshark loads no personal C plugin as root: then every run (baselines too) is nobody's.
        prefix = wireshark.unprivileged() if "c" in engines else []
    except wireshark.WiresharkError as exc:
        sys.exit(str(exc))
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="vs1-dissector-bench-") as tmp:
        pcap = Path(tmp) / "bulk.pcap"
        t0 = time.perf_counter()
        pdus = synth.write_bulk_capture(pcap, args.pdus)
        made = time.perf_counter() - t0
        modbus = Path(tmp) / "modbus.pcap"
        modbus_pdus = write_modbus_capture(modbus, pdus)
        size = pcap.stat().st_size
        env = wireshark.isolated_env(Path(tmp) / "home")
        envs = {"lua": env}
        if "c" in engines:
            # The C plugin in the personal plugin folder of a home of its own.
            c_home = Path(tmp) / "c-home"
            envs["c"] = wireshark.isolated_env(c_home)
            try:
                folder = wireshark.epan_plugin_dir(wireshark.wireshark_version(), wireshark.plugin_dir(home=c_home))
                wireshark.build_epan(folder, args.dissectors)
            except wireshark.WiresharkError as exc:
                sys.exit(f"cannot build the C plugin: {exc}")
        _readable(Path(tmp))
        lua = [a for s in scripts for a in ("-X", f"lua_script:{s}")]
        lua_other = [a for s in other for a in ("-X", f"lua_script:{s}")] if other else None
        count = subprocess.run([*prefix, tshark, "-n", "-r", str(pcap), "-T", "fields", "-e", "frame.number"],
                               capture_output=True, text=True, env=env, check=True).stdout.count("\n")
        results: list[dict[str, Any]] = []
        for name, extra in WORKLOADS.items():
            base_cmd = [*prefix, tshark, "-n", "-r", str(pcap), *extra]
            cmds = {"lua": [*prefix, tshark, "-n", *lua, "-r", str(pcap), *extra],
                    "c": [*prefix, tshark, "-n", "-r", str(pcap), *extra]}
            other_cmd = [*prefix, tshark, "-n", *lua_other, "-r", str(pcap), *extra] if lua_other else None
            base_times: list[float] = []
            base_cpu: list[float] = []
            times: dict[str, list[float]] = {e: [] for e in engines}
            cpus: dict[str, list[float]] = {e: [] for e in engines}
            other_times: list[float] = []
            other_cpu: list[float] = []
            for _ in range(args.repeat):
                base_times.append(_time(base_cmd, env, base_cpu))
                for engine in engines:
                    times[engine].append(_time(cmds[engine], envs[engine], cpus[engine]))
                if other_cmd:
                    other_times.append(_time(other_cmd, env, other_cpu))
            baseline = min(base_times)
            # The same PDU count through tshark's built-in Modbus/TCP dissector, on and off.
            mb_on_cmd = [*prefix, tshark, "-n", "-r", str(modbus), *extra]
            mb_off_cmd = [*prefix, tshark, "-n", "--disable-protocol", "mbtcp", "-r", str(modbus), *extra]
            mb_on: list[float] = []
            mb_off: list[float] = []
            for _ in range(args.repeat):
                mb_off.append(_time(mb_off_cmd, env))
                mb_on.append(_time(mb_on_cmd, env))
            mb_us = min(mb_on) / modbus_pdus * 1e6
            for engine in engines:
                value = min(times[engine])
                vs1_us = value / pdus * 1e6
                results.append({"name": name if engine == "lua" else f"{name}_c", "engine": engine,
                                "value": round(value, 3), "unit": "s",
                                "baseline": round(baseline, 3), "ratio": round(value / baseline, 2),
                                "us_per_pdu": round(vs1_us, 2), "modbus": round(min(mb_on), 3),
                                "modbus_baseline": round(min(mb_off), 3), "modbus_us_per_pdu": round(mb_us, 2),
                                "modbus_ratio": round(vs1_us / mb_us, 2) if mb_us > 0 else None,
                                "cpu": round(min(cpus[engine]), 3), "cpu_baseline": round(min(base_cpu), 3),
                                "cpu_ratio": round(min(cpus[engine]) / min(base_cpu), 2)})
                if other_cmd and engine == "lua":
                    results[-1].update({"compare": round(min(other_times), 3),
                                        "compare_ratio": round(min(other_times) / baseline, 2),
                                        "compare_cpu": round(min(other_cpu), 3),
                                        "compare_cpu_ratio": round(min(other_cpu) / min(base_cpu), 2)})

    load_after = os.getloadavg()
    width = max(len(r["name"]) for r in results)
    print(f"capture: {pdus:,} VS-1 PDUs in {count:,} frames ({size / 1e6:.1f} MB), written in {made:.1f} s")
    print(f"tshark: {tshark}; fastest of {args.repeat} runs each; baseline = same tshark without the VS-1 "
          f"dissectors; engines: {', '.join(engines)} (name_c: the C plugin)"
          + ("; every run as nobody (root loads no personal C plugin)" if prefix else ""))
    print(f"load average (1/5/15 min): before {' '.join(f'{x:.2f}' for x in load_before)}, "
          f"after {' '.join(f'{x:.2f}' for x in load_after)} on {os.cpu_count()} CPU(s)")
    print(f"Modbus/TCP: {modbus_pdus:,} PDUs; us/PDU = run / PDUs; "
          "modbus ratio = VS-1 us/PDU / Modbus/TCP us/PDU; off = Modbus/TCP disabled")
    print(f"{'benchmark':<{width}}  {'value (s)':>10}  {'baseline (s)':>12}  ratio  {'us/PDU':>7}  "
          f"{'modbus (s)':>10}  {'off (s)':>8}  {'us/PDU':>7}  modbus ratio")
    for r in results:
        mr = r["modbus_ratio"]
        print(f"{r['name']:<{width}}  {r['value']:>10.3f}  {r['baseline']:>12.3f}  {r['ratio']:>5.2f}  "
              f"{r['us_per_pdu']:>7.2f}  {r['modbus']:>10.3f}  {r['modbus_baseline']:>8.3f}  "
              f"{r['modbus_us_per_pdu']:>7.2f}  {mr if mr is not None else 'n/a'}")
    print("CPU time (user + system, fastest run):")
    for r in results:
        line = (f"  {r['name']:<{width}}  dissector {r['cpu']:.3f} s  baseline {r['cpu_baseline']:.3f} s  "
                f"cpu ratio {r['cpu_ratio']:.2f}")
        if "compare" in r:
            line += (f"  | --compare: wall {r['compare']:.3f} s ratio {r['compare_ratio']:.2f}, "
                     f"cpu {r['compare_cpu']:.3f} s cpu ratio {r['compare_cpu_ratio']:.2f}")
        print(line)
    print(json.dumps({"name": "dissector", "results": results,
                      "load_avg": {"before": [round(x, 2) for x in load_before],
                                   "after": [round(x, 2) for x in load_after], "cpus": os.cpu_count()}}))


if __name__ == "__main__":
    main()
