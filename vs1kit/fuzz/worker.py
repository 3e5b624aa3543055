"""The atheris child process (libFuzzer ends the process it runs in, so it gets its own):

    python -m vs1kit.fuzz.worker NAMES SECONDS CORPUS ARTIFACTS MAX_LEN STATS

``NAMES`` is one target or several, comma-separated; with several, an input's first byte picks
the target (see :func:`vs1kit.fuzz.engines.select`) so one coverage-guided run spreads over all
of them without a start-up per target. Inputs per target are written to ``STATS`` (JSON) about
once a second, since libFuzzer exits without running Python's exit handlers.

Kept apart from ``__main__`` so that only the code under test is instrumented: the generated
codecs, the protocol runtime, construct and the targets are imported inside
``instrument_imports``; instrumenting everything loaded makes start-up take minutes.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path
from typing import Any


def main(argv: list[str]) -> None:
    names, seconds, corpus, artifacts, max_len, stats = argv
    atheris: Any = importlib.import_module("atheris")
    with atheris.instrument_imports(include=["vs1kit.generated", "vs1kit.protocol", "construct", "vs1kit.fuzz"]):
        from vs1kit.fuzz.engines import select
        from vs1kit.fuzz.targets import all_targets
    by_name = {t.name: t for t in all_targets()}
    targets = [by_name[n] for n in names.split(",")]
    counts = [0] * len(targets)
    total = 0
    stats_path = Path(stats)
    next_write = time.monotonic() + 1.0

    def one_input(data: bytes) -> None:
        nonlocal next_write, total
        index, payload = select(len(targets), data)
        counts[index] += 1
        total += 1
        if not total & 0x3F and time.monotonic() >= next_write:
            stats_path.write_text(json.dumps(dict(zip(names.split(","), counts, strict=True))))
            next_write = time.monotonic() + 1.0
        targets[index].check(payload)

    atheris.Setup(
        [sys.argv[0], f"-max_total_time={seconds}", "-timeout=10", "-rss_limit_mb=2048",
         f"-max_len={max_len}", f"-artifact_prefix={artifacts}/", "-print_final_stats=1", corpus],
        one_input,
    )
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv[1:])
