"""``python -m vs1kit.fuzz`` (``scripts/fuzz``): fuzz every decoder and the framing.

    scripts/fuzz                         # 300 s over every target, atheris if installed
    scripts/fuzz --seconds 60 --engine hypothesis --targets Record,framing.stream
    scripts/fuzz --keep                  # append reproducers to tests/fuzz/regressions.json
    scripts/fuzz replay                  # seeds and kept reproducers through the oracle
    scripts/fuzz summary a.json b.json   # inputs per target over several runs
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from .corpus import add_regressions, regressions, seeded
from .engines import Result, atheris_available, fails, run_atheris, run_hypothesis, run_random
from .targets import Target


def _select(names: str | None) -> list[Target]:
    targets = seeded()
    if not names:
        return targets
    wanted = [n.strip() for n in names.split(",") if n.strip()]

    def named(t: Target, w: str) -> bool:  # a name, a group ("framing") or every decoder
        return t.name == w or t.name.startswith(w + ".") or (w == "decoders" and t.kind == "decoder")

    chosen = [t for t in targets if any(named(t, w) for w in wanted)]
    unknown = [w for w in wanted if not any(named(t, w) for t in targets)]
    if unknown:
        raise SystemExit(f"fuzz: no target named {', '.join(unknown)} (see `scripts/fuzz list`)")
    return chosen


def _table(results: list[Result]) -> str:
    rows = [f"{'target':<22} {'engine':<10} {'inputs':>10} {'seconds':>8} {'inputs/s':>9}  findings"]
    for r in results:
        rate = r.inputs / r.seconds if r.seconds else 0.0
        rows.append(f"{r.target:<22} {r.engine:<10} {r.inputs:>10} {r.seconds:>8.1f} {rate:>9.0f}  "
                    f"{len(r.findings)}{'  ' + r.note if r.note else ''}")
    total = sum(r.inputs for r in results)
    decoders = [r for r in results if not r.target.startswith("framing.")]
    least = min((r.inputs for r in decoders), default=0)
    rows.append(f"{len(results)} targets ({len(decoders)} decoders), {total} inputs, "
                f"fewest per decoder {least}, findings {sum(len(r.findings) for r in results)}")
    return "\n".join(rows)


def _run(args: argparse.Namespace) -> int:
    targets = _select(args.targets)
    engine = args.engine
    if engine == "auto":
        engine = "atheris" if atheris_available() else "hypothesis"
    elif engine == "atheris" and not atheris_available():
        raise SystemExit("fuzz: atheris is not installed (pip install atheris), or use --engine hypothesis")
    per_target = args.per_target if args.per_target is not None else args.seconds / len(targets)
    workdir = Path(args.workdir or Path(tempfile.gettempdir()) / "vs1kit-fuzz")
    split = "together" if engine == "atheris" and args.together else f"{per_target:.1f} s each"
    print(f"fuzz: {engine}, {len(targets)} targets, {split}", file=sys.stderr)
    results: list[Result] = []
    if engine == "atheris" and args.together:
        results = run_atheris(targets, args.seconds, workdir)
    else:
        for t in targets:
            if engine == "atheris":
                results += run_atheris([t], per_target, workdir)
            elif engine == "random":
                results.append(run_random(t, seed=args.seed, seconds=per_target))
            else:
                results.append(run_hypothesis(t, per_target, seed=args.seed))
    for r in results:
        for f in r.findings:
            shown = f.data.hex() if len(f.data) <= 64 else f"{f.data[:64].hex()}... ({len(f.data)} bytes)"
            print(f"FINDING {r.target} {shown} :: {f.found}", file=sys.stderr)
    print(_table(results))
    findings = [f for r in results for f in r.findings]
    if args.json:
        Path(args.json).write_text(json.dumps({
            "engine": engine,
            "targets": [{"target": r.target, "inputs": r.inputs, "seconds": round(r.seconds, 2),
                         "findings": [{"hex": f.data.hex(), "found": f.found} for f in r.findings],
                         "note": r.note} for r in results],
        }, indent=1) + "\n")
    if findings and args.keep:
        print(f"fuzz: {add_regressions(findings)} reproducer(s) added to tests/fuzz/regressions.json",
              file=sys.stderr)
    return 1 if findings else 0


def _replay(args: argparse.Namespace) -> int:
    targets = {t.name: t for t in _select(args.targets)}
    bad = 0
    count = 0
    for t in targets.values():
        for data in t.seeds:
            count += 1
            found = fails(t, data)
            if found:
                bad += 1
                print(f"SEED FAILS {t.name} {data.hex()} :: {found}")
    for r in regressions():
        if r.target not in targets:
            continue
        count += 1
        found = fails(targets[r.target], r.data)
        shown = r.data.hex() if len(r.data) <= 64 else f"{r.data[:64].hex()}... ({len(r.data)} bytes)"
        print(f"{'STILL FAILS' if found else 'fixed      '} {r.target} {shown} :: {found or r.found}")
        bad += bool(found)
    print(f"replayed {count} inputs, {bad} failing")
    return 1 if bad else 0


def _summary(args: argparse.Namespace) -> int:
    """Inputs per target summed over the --json files of several runs."""
    totals: dict[str, dict[str, int]] = {}
    found: list[str] = []
    for name in args.files:
        doc = json.loads(Path(name).read_text())
        for t in doc["targets"]:
            per = totals.setdefault(t["target"], {})
            per[doc["engine"]] = per.get(doc["engine"], 0) + t["inputs"]
            found += [f"{t['target']} {f['hex'][:64]} :: {f['found']}" for f in t["findings"]]
    engines = sorted({e for per in totals.values() for e in per})
    print(f"{'target':<22} " + " ".join(f"{e:>11}" for e in engines) + f" {'total':>11}")
    for target, per in totals.items():
        print(f"{target:<22} " + " ".join(f"{per.get(e, 0):>11}" for e in engines) + f" {sum(per.values()):>11}")
    decoders = {t: sum(p.values()) for t, p in totals.items() if not t.startswith("framing.")}
    print(f"{len(totals)} targets, {sum(sum(p.values()) for p in totals.values())} inputs; per decoder: "
          f"min {min(decoders.values(), default=0)}, median {sorted(decoders.values())[len(decoders) // 2] if decoders else 0}, "
          f"max {max(decoders.values(), default=0)}; findings {len(found)}")
    for line in found:
        print("FINDING", line)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/fuzz", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command")
    run = sub.add_parser("run", help="fuzz (the default)")
    for p in (parser, run):
        p.add_argument("--engine", choices=["auto", "atheris", "hypothesis", "random"],
                       help="auto: atheris if installed, else hypothesis; random: plain seeded mutations, no overhead", default="auto")
        p.add_argument("--seconds", type=float, default=300.0, help="total budget, split over the targets")
        p.add_argument("--per-target", type=float, default=None, help="seconds per target instead")
        p.add_argument("--targets", default=None,
                       help="comma-separated names (see `list`), 'decoders' or 'framing' for a group")
        p.add_argument("--workdir", default=None, help="atheris corpora and artifacts (default: a temp dir)")
        p.add_argument("--json", default=None, help="write the figures to this file")
        p.add_argument("--keep", action="store_true", help="add reproducers to tests/fuzz/regressions.json")
        p.add_argument("--together", action="store_true",
                       help="atheris: one run over all targets (an input's first byte picks one)")
        p.add_argument("--seed", type=int, default=0, help="random seed of the hypothesis and random engines")
    rep = sub.add_parser("replay", help="seeds and kept reproducers through the oracle")
    rep.add_argument("--targets", default=None)
    sub.add_parser("list", help="the targets and their seed counts")
    summ = sub.add_parser("summary", help="inputs per target summed over runs' --json files")
    summ.add_argument("files", nargs="+")
    args = parser.parse_args(argv)
    if args.command == "replay":
        return _replay(args)
    if args.command == "summary":
        return _summary(args)
    if args.command == "list":
        for t in seeded():
            print(f"{t.name:<22} {t.kind:<8} {len(t.seeds)} seeds")
        return 0
    return _run(args)


if __name__ == "__main__":
    sys.exit(main())
