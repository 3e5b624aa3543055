"""Conformance benchmark: ``vs1 conform`` against ``tshark -r`` on the same capture, same run.

One capture of N VS-1 PDUs (default 1,000,000; the sample of every message of every custom
port, over and over, each round in new TCP connections; ``vs1kit.pcap.synth.write_bulk_capture``
in chunks of 150,000 PDUs joined with ``mergecap -a``).

* baseline: ``tshark -n -r FILE`` (tshark's packet list, the cheapest full read of the file);
* conform: the whole check (tshark field extraction, TCP ordering, framing, every PDU decoded
  with the generated codecs, unnamed values, pairing), as ``check_capture`` in a fresh process.

Both run in the same environment (no personal Wireshark plugins or preferences); each figure
is the fastest of ``--repeat`` runs. Throughput is PDUs per wall-clock second; CPU seconds are
shown too (conform's Python process plus its tshark), as the machine may be shared. Peak memory is
the maximum resident size of conform's Python process, measured on the full capture and on one
a tenth the size: streaming means the two are about the same (tshark's own memory, which grows
with any capture it reads, is shown next to ``tshark -r``'s).

Run: ``.venv/bin/python benchmarks/conform.py [--pdus N] [--repeat R]``. Prints a table, then
as the last line one JSON object (name, value, unit, baseline, ratio, memory figures).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from vs1kit import wireshark
from vs1kit.pcap import synth

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from vs1kit.conform.check import check_capture
from vs1kit.conform.codecs import SpecCodecs
SpecCodecs.load()  # spec loading and imports are start-up, not throughput
t0, c0 = time.perf_counter(), time.process_time()
report = check_capture(Path(sys.argv[1]))
elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"elapsed": elapsed, "pdus": report.pdus, "ok": report.ok, "python_cpu": cpu,
                  "tshark_cpu": kids.ru_utime + kids.ru_stime,
                  "findings": len(report.findings),
                  "self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "tshark_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


# write_bulk_capture gives each connection a new client port from 50000 up, so one file holds
# at most ~15,000 connections (~180,000 PDUs); larger captures are chunks joined by mergecap.
_CHUNK = 150_000


def _bulk(out: Path, pdus: int) -> int:
    if pdus <= _CHUNK:
        return synth.write_bulk_capture(out, pdus)
    mergecap = shutil.which("mergecap")
    if mergecap is None:
        sys.exit("mergecap (Wireshark) is needed to join captures of more than 150,000 PDUs")
    chunks: list[Path] = []
    written = 0
    while written < pdus:
        chunk = out.with_name(f"{out.stem}.{len(chunks)}.pcap")
        written += synth.write_bulk_capture(chunk, min(_CHUNK, pdus - written))
        chunks.append(chunk)
    # -a: one after the other (the client ports repeat; tshark sees new SYNs as new connections).
    subprocess.run([mergecap, "-a", "-F", "pcap", "-w", str(out), *map(str, chunks)], check=True)
    for chunk in chunks:
        chunk.unlink()
    return written


def _tshark_r(tshark: str, pcap: Path, env: dict[str, str]) -> tuple[float, float, int]:
    """Wall time, CPU time and peak RSS (KiB) of ``tshark -n -r``."""
    start = time.perf_counter()
    proc = subprocess.Popen([tshark, "-n", "-r", str(pcap)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"tshark -r failed with {proc.returncode}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def _conform(pcap: Path, env: dict[str, str]) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(pcap)], capture_output=True, text=True,
                          env=env, check=False)
    if proc.returncode != 0:
        sys.exit(f"conform failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pdus", type=int, default=1_000_000, help="PDUs in the capture (default 1,000,000)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each configuration (the fastest counts)")
    args = parser.parse_args()
    try:
        tshark = wireshark.find_tshark()
    except wireshark.TsharkMissingError as exc:
        sys.exit(str(exc))

    with tempfile.TemporaryDirectory(prefix="vs1-conform-bench-") as tmp:
        env = wireshark.isolated_env(Path(tmp) / "home")
        env["PATH"] = f"{Path(tshark).parent}{os.pathsep}{env.get('PATH', '')}"
        big, small = Path(tmp) / "bulk.pcap", Path(tmp) / "tenth.pcap"
        t0 = time.perf_counter()
        pdus = _bulk(big, args.pdus)
        made = time.perf_counter() - t0
        _bulk(small, max(args.pdus // 10, 1))
        size = big.stat().st_size

        base_times, base_cpu, base_rss, runs = [], [], 0, []
        for _ in range(args.repeat):
            t, cpu, rss = _tshark_r(tshark, big, env)
            base_times.append(t)
            base_cpu.append(cpu)
            base_rss = max(base_rss, rss)
            runs.append(_conform(big, env))
        tenth = _conform(small, env)

    best = min(runs, key=lambda r: r["elapsed"])
    if best["pdus"] != pdus or not best["ok"]:
        sys.exit(f"conform read {best['pdus']} of {pdus} PDUs with {best['findings']} finding(s)")
    baseline_s = min(base_times)
    value = pdus / best["elapsed"]
    baseline = pdus / baseline_s
    mb = 1024.0
    cpu = best["python_cpu"] + best["tshark_cpu"]
    rows = [
        ("tshark -r (packet list)", baseline_s, min(base_cpu), baseline, base_rss / mb, "-"),
        ("vs1 conform (python + tshark)", best["elapsed"], cpu, value, best["self_kb"] / mb,
         f"{best['tshark_kb'] / mb:.0f}"),
        (f"vs1 conform, {tenth['pdus']:,} PDUs", tenth["elapsed"], tenth["python_cpu"] + tenth["tshark_cpu"],
         tenth["pdus"] / tenth["elapsed"], tenth["self_kb"] / mb, f"{tenth['tshark_kb'] / mb:.0f}"),
    ]
    print(f"capture: {pdus:,} VS-1 PDUs ({size / 1e6:.0f} MB), written in {made:.0f} s; "
          f"fastest of {args.repeat} run(s); tshark: {tshark}")
    print(f"{'run':<32} {'time (s)':>9} {'CPU (s)':>8} {'PDU/s':>10} {'peak RSS (MB)':>14} {'its tshark (MB)':>16}")
    for name, secs, cpu_s, rate, rss, child in rows:
        print(f"{name:<32} {secs:>9.1f} {cpu_s:>8.1f} {rate:>10,.0f} {rss:>14.0f} {child:>16}")
    print(f"conform CPU: python {best['python_cpu']:.1f} s, tshark field extraction {best['tshark_cpu']:.1f} s")
    print(json.dumps({
        "name": "conform_throughput", "value": round(value), "unit": "PDU/s", "baseline": round(baseline),
        "ratio": round(value / baseline, 3), "pdus": pdus,
        "cpu_s": round(cpu, 1), "baseline_cpu_s": round(min(base_cpu), 1),
        "python_cpu_s": round(best["python_cpu"], 1), "tshark_fields_cpu_s": round(best["tshark_cpu"], 1),
        "peak_rss_mb": round(best["self_kb"] / mb, 1),
        "peak_rss_mb_tenth_capture": round(tenth["self_kb"] / mb, 1),
        "tshark_fields_rss_mb": round(best["tshark_kb"] / mb, 1), "tshark_r_rss_mb": round(base_rss / mb, 1),
    }))


if __name__ == "__main__":
    main()
