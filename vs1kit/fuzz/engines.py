"""The engines: atheris (libFuzzer, coverage-guided) where it is installed; hypothesis
(seeded mutations, shrinking) where it is not; plain seeded mutations (``random``, no
overhead) for the test suite and for even per-decoder counts."""

from __future__ import annotations

import importlib.util
import json
import os
import random
import re
import subprocess
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import Regression
from .targets import Target


@dataclass
class Result:
    """What one target's run did."""

    target: str
    engine: str
    inputs: int = 0
    seconds: float = 0.0
    findings: list[Regression] = field(default_factory=list)
    note: str = ""


def describe(exc: BaseException) -> str:
    """One line naming the exception and where it was raised."""
    tb = exc.__traceback__
    where = ""
    while tb is not None:
        where = f"{Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}"
        tb = tb.tb_next
    text = str(exc).splitlines()[0][:300] if str(exc) else ""
    return f"{type(exc).__name__} at {where}: {text}"


def fails(target: Target, data: bytes) -> str | None:
    """How ``data`` breaks the target, or None."""
    try:
        target.check(data)
    except Exception as exc:  # every escape is a finding, whatever its type
        return describe(exc)
    return None


def _kind(found: str) -> str:
    return found.split(":", 1)[0]


def shrink(target: Target, data: bytes, budget: int = 3000, seconds: float = 10.0) -> bytes:
    """A smaller input failing the same way (same exception type and place): chunks removed,
    then bytes zeroed, greedily, within ``budget`` tries and about ``seconds``."""
    want = _kind(fails(target, data) or "")
    best = data
    tries = 0
    stop = time.monotonic() + seconds

    def still(candidate: bytes) -> bool:
        nonlocal tries
        tries += 1
        if time.monotonic() > stop:
            tries = budget
        found = fails(target, candidate)
        return found is not None and _kind(found) == want

    size = max(len(best) // 2, 1)
    while size >= 1 and tries < budget:
        pos = 0
        while pos < len(best) and tries < budget:
            candidate = best[:pos] + best[pos + size:]
            if still(candidate):
                best = candidate
            else:
                pos += size
        size //= 2
    for i in range(len(best)):
        if tries >= budget:
            break
        if best[i] and still(best[:i] + b"\x00" + best[i + 1:]):
            best = best[:i] + b"\x00" + best[i + 1:]
    return best


# --------------------------------------------------------------------------- plain random


def run_random(target: Target, inputs: int | None = None, seed: int = 0, seconds: float = 0.0,
               shrink_seconds: float = 10.0) -> Result:
    """Edited seeds from ``random.Random(seed)``: a fixed number of ``inputs`` (reproducible,
    for the test suite) or as many as fit in ``seconds``. Stops at the first finding, shrunk
    for at most ``shrink_seconds``."""
    from .mutate import random_input

    rng = random.Random(f"{seed}:{target.name}")
    result = Result(target.name, "random")
    started = time.monotonic()
    while (result.inputs < inputs) if inputs is not None else (time.monotonic() - started < seconds):
        data = random_input(rng, target.seeds)
        result.inputs += 1
        found = fails(target, data)
        if found is not None:
            small = shrink(target, data, seconds=shrink_seconds)
            result.findings.append(Regression(target.name, small, fails(target, small) or found))
            break
    result.seconds = time.monotonic() - started
    return result


# --------------------------------------------------------------------------- hypothesis


def run_hypothesis(target: Target, seconds: float, seed: int = 0) -> Result:
    """Seeded, edited inputs for ``seconds``; stops at the first finding (shrunk)."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as with_seed

    from .mutate import inputs

    result = Result(target.name, "hypothesis")
    last = b""

    def body(data: bytes) -> None:
        nonlocal last
        result.inputs += 1
        last = data
        target.check(data)

    started = time.monotonic()
    rng = random.Random(seed)
    chunk = 100
    while time.monotonic() - started < seconds:
        before, t0 = result.inputs, time.monotonic()
        test = settings(
            max_examples=chunk, deadline=None, database=None, derandomize=False,
            phases=[Phase.generate, Phase.shrink], report_multiple_bugs=False,
            suppress_health_check=list(HealthCheck),
        )(given(inputs(target.seeds))(body))
        try:
            with_seed(rng.getrandbits(64))(test)()
        except Exception as exc:  # hypothesis re-raises the shrunk example's failure last
            # hypothesis shrank the edits; the bytes of the seed shrink here.
            small = shrink(target, last) if fails(target, last) else last
            found = fails(target, small) or describe(exc)
            result.findings.append(Regression(target.name, small, found))
            break
        # Aim each hypothesis call at ~1 s so the budget is kept without much overhead.
        rate = (result.inputs - before) / max(time.monotonic() - t0, 1e-3)
        left = seconds - (time.monotonic() - started)
        chunk = max(20, min(int(rate * min(left, 1.0)), 20_000))
    result.seconds = time.monotonic() - started
    return result


# --------------------------------------------------------------------------- atheris


def atheris_available() -> bool:
    return importlib.util.find_spec("atheris") is not None


_DONE = re.compile(r"stat::number_of_executed_units:\s*(\d+)")
_STATUS = re.compile(r"^#(\d+)\s", re.MULTILINE)


def select(count: int, data: bytes) -> tuple[int, bytes]:
    """Which of ``count`` targets an input of a multi-target run is for, and its payload."""
    if count == 1:
        return 0, data
    if not data:
        return 0, b""
    return data[0] % count, data[1:]


def _tagged(count: int, index: int, data: bytes) -> bytes:
    return data if count == 1 else bytes([index]) + data


def run_atheris(targets: list[Target], seconds: float, workdir: Path) -> list[Result]:
    """One libFuzzer run over ``targets`` in a child process, its corpus kept under
    ``workdir`` so that later runs over the same targets resume from the coverage reached."""
    if len(targets) > 256:
        raise ValueError("a multi-target run picks its target with one byte: at most 256")
    names = [t.name for t in targets]
    key = names[0] if len(names) == 1 else f"multi-{len(names)}-{zlib.crc32(','.join(names).encode()):08x}"
    corpus = workdir / "corpus" / key
    artifacts = workdir / "artifacts" / key
    corpus.mkdir(parents=True, exist_ok=True)
    artifacts.mkdir(parents=True, exist_ok=True)
    for index, t in enumerate(targets):
        for i, data in enumerate(t.seeds):
            path = corpus / f"seed-{index:03d}-{i:04d}"
            if not path.exists():
                path.write_bytes(_tagged(len(targets), index, data))
    stats = workdir / f"{key}.stats.json"
    stats.unlink(missing_ok=True)
    before = set(artifacts.iterdir())
    # Room above the longest seed (a seed at a size limit must be able to pass it).
    max_len = max([4096, *(2 * len(s) + 64 for t in targets for s in t.seeds)])
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "vs1kit.fuzz.worker", ",".join(names), str(max(int(seconds), 1)),
         str(corpus), str(artifacts), str(max_len), str(stats)],
        capture_output=True, text=True, errors="replace", timeout=seconds + 300, env={**os.environ},
    )
    elapsed = time.monotonic() - started
    log = proc.stderr
    counts: dict[str, int] = json.loads(stats.read_text()) if stats.is_file() else {}
    done = _DONE.search(log)
    total = int(done.group(1)) if done else max((int(n) for n in _STATUS.findall(log)), default=0)
    if len(targets) == 1:  # libFuzzer's own count is exact; the stats file lags up to 1 s
        counts[names[0]] = total
    results = [Result(t.name, "atheris", counts.get(t.name, 0), elapsed) for t in targets]
    for path in sorted(set(artifacts.iterdir()) - before):
        index, data = select(len(targets), path.read_bytes())
        target = targets[index]
        found = fails(target, data)
        if found is None:  # a timeout or out-of-memory artifact may not fail the oracle alone
            found = f"{path.name.split('-')[0]} in libFuzzer (not reproduced by the oracle alone)"
        else:
            data = shrink(target, data)
            found = fails(target, data) or found
        results[index].findings.append(Regression(target.name, data, found))
    if proc.returncode != 0 and not any(r.findings for r in results):
        results[0].note = f"worker exited {proc.returncode}: " + " | ".join(log.strip().splitlines()[-3:])
    return results
