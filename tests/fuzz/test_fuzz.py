"""The fuzz harness (issue 10, point 5): targets, seeds, oracle, kept reproducers, a short run.

``scripts/fuzz`` runs the same targets for minutes; here they run for seconds, so a decoder
regression that any fuzzed input reaches quickly fails the suite.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from vs1kit.fuzz import corpus
from vs1kit.fuzz.__main__ import main as fuzz_main
from vs1kit.fuzz.engines import fails, run_hypothesis, run_random, select, shrink
from vs1kit.fuzz.oracle import Finding, check_decoder
from vs1kit.fuzz.targets import Target, decoder_classes, message_classes
from vs1kit.generated import frames
from vs1kit.generated.constructs import REGISTRY
from vs1kit.generated.monitor import Heartbeat
from vs1kit.generated.registry import PORTS
from vs1kit.protocol import framing
from vs1kit.protocol.wire import DecodeError

REPO = Path(__file__).resolve().parents[2]
TARGETS = corpus.seeded()
BY_NAME = {t.name: t for t in TARGETS}
REGRESSIONS = corpus.regressions()

# The in-suite run: every target, a fixed number of edited seeds (scripts/fuzz runs minutes).
SHORT_RUN_INPUTS = 150


def test_every_decoder_and_the_framing_is_a_target() -> None:
    names = [t.name for t in TARGETS]
    assert len(names) == len(set(names))
    every_message = {cls.__name__ for port in PORTS.values() for cls in port.messages}
    decoders = {t.name for t in TARGETS if t.kind == "decoder"}
    assert every_message <= decoders
    # Every class with a reference (construct) codec is fuzzed: messages, types, the header.
    assert decoders == {cls.__name__ for cls in REGISTRY}
    assert {cls.__name__ for cls in decoder_classes()} == decoders
    assert len(message_classes()) == len(every_message)
    assert {t.name for t in TARGETS if t.kind == "framing"} == {"framing.stream", "framing.datagram", "framing.lines"}


def test_every_message_is_seeded_from_the_vectors() -> None:
    vectors = corpus.vector_seeds()
    for cls in message_classes():
        encodings = [data for _, data in vectors[cls.__name__]]
        assert encodings, cls.__name__
        assert set(encodings) <= set(BY_NAME[cls.__name__].seeds)
    for t in TARGETS:
        assert t.seeds, f"{t.name} has no seed"


@pytest.mark.parametrize("name", sorted(t.name for t in TARGETS if t.kind == "decoder"))
def test_decoder_seeds_decode_and_pass_the_oracle(name: str) -> None:
    t = BY_NAME[name]
    assert t.cls is not None
    for data in t.seeds:
        value = check_decoder(t.cls, data)
        assert not isinstance(value, DecodeError), f"seed {data.hex()}: {value}"
        assert bytes(value.encode()) == data


def test_framing_seeds_carry_frames_and_lines() -> None:
    stream = BY_NAME["framing.stream"]
    carried = 0
    for data in stream.seeds:
        stream.check(data)
        limit = framing.MAX_PAYLOAD if data[1] < 128 else data[1] - 128
        decoder = framing.FrameDecoder(limit)
        try:
            carried += len(decoder.feed(data[2:]))
        except DecodeError as x:
            assert limit < framing.MAX_PAYLOAD, str(x)  # only the small-limit seed is refused
    assert carried >= len(BY_NAME["framing.datagram"].seeds) // 2
    for data in BY_NAME["framing.datagram"].seeds:
        BY_NAME["framing.datagram"].check(data)
        assert framing.decode_datagram(data).payload == data[frames.VS1_FRAME_HEADER_SIZE:]
    for data in BY_NAME["framing.lines"].seeds:
        BY_NAME["framing.lines"].check(data)
        assert framing.LineDecoder("serial").feed(data[1:])


# --------------------------------------------------------------------------- the oracle


def _patched(monkeypatch: pytest.MonkeyPatch, decode: object) -> None:
    monkeypatch.setattr(Heartbeat, "decode", classmethod(decode))  # type: ignore[arg-type]


def test_oracle_passes_a_crash_through(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(cls: type, data: bytes) -> None:
        return [][len(data)]  # type: ignore[no-any-return]

    _patched(monkeypatch, crash)
    with pytest.raises(IndexError):
        check_decoder(Heartbeat, b"\x00")


@pytest.mark.parametrize(
    ("error", "rule"),
    [
        (DecodeError("seq", 99, "too far"), "outside"),
        (DecodeError("seq", 0, "internal decoder error: IndexError()"), "crash inside"),
        (DecodeError("seq", 0, "KeyError: 3"), "crash inside"),
        (DecodeError("seq", 0, ""), "without a reason"),
    ],
)
def test_oracle_refuses_a_bad_decode_error(monkeypatch: pytest.MonkeyPatch, error: DecodeError, rule: str) -> None:
    def refuse(cls: type, data: bytes) -> None:
        raise error.of(cls.__name__)

    _patched(monkeypatch, refuse)
    with pytest.raises(Finding, match=rule):
        check_decoder(Heartbeat, b"\x00" * 8)


def test_oracle_refuses_fast_and_reference_paths_disagreeing(monkeypatch: pytest.MonkeyPatch) -> None:
    valid = BY_NAME["Heartbeat"].seeds[0]
    real = Heartbeat.decode

    def lenient(cls: type, data: bytes) -> Heartbeat:  # accepts trailing bytes; construct does not
        return real(bytes(data)[: len(valid)])

    _patched(monkeypatch, lenient)
    check_decoder(Heartbeat, valid)
    with pytest.raises(Finding, match="construct path DecodeError"):
        check_decoder(Heartbeat, valid + b"\x00")


def test_framing_oracle_refuses_a_decoder_that_depends_on_the_split(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = BY_NAME["framing.stream"]
    seed = next(d for d in stream.seeds if d[1] < 128 and len(d) > 100)
    stream.check(seed)
    real = framing.FrameDecoder.feed

    def forgetful(self: framing.FrameDecoder, data: bytes) -> list[framing.Frame]:
        frames_out = real(self, data)
        return frames_out[:-1] if len(data) > 100 else frames_out  # big reads lose a frame

    monkeypatch.setattr(framing.FrameDecoder, "feed", forgetful)
    with pytest.raises(Finding, match="frames fed at once"):
        stream.check(bytes([200]) + seed[1:])  # steer 200: chunks of at most 9 bytes


def test_shrink_keeps_the_failure_and_drops_the_rest() -> None:
    def check(data: bytes) -> None:
        if b"\xee" in data:
            raise ZeroDivisionError

    t = Target("toy", "decoder", check)
    small = shrink(t, b"\x01" * 40 + b"\xee" + b"\x02" * 40)
    assert small == b"\xee"
    assert fails(t, small) is not None and fails(t, small + b"\x00") is not None


def test_multi_target_inputs_pick_their_target_by_the_first_byte() -> None:
    assert select(1, b"\x05abc") == (0, b"\x05abc")
    assert select(100, b"\x05abc") == (5, b"abc")
    assert select(100, b"\xc8abc") == (0, b"abc")
    assert select(100, b"") == (0, b"")


# --------------------------------------------------------------------------- kept reproducers


def test_kept_reproducers_no_longer_fail() -> None:
    """Every input a fuzz run found (``scripts/fuzz --keep``) replayed through its target.

    A reproducer of an unfixed decoder or framing bug fails here until the owner of that code
    fixes it; that is on purpose (tests/fuzz/regressions.json says what each one showed).
    """
    assert all(r.target in BY_NAME for r in REGRESSIONS), "a reproducer names an unknown target"
    still = [f"{r.target} {r.data[:32].hex()}... ({len(r.data)} bytes): {found}\n    {r.note}" for r in REGRESSIONS
             if (found := fails(BY_NAME[r.target], r.data)) is not None]
    assert not still, "\n".join(still)


# --------------------------------------------------------------------------- short runs


def test_short_run_over_every_target_finds_nothing() -> None:
    # A new seed each day: over time the suite covers more than one fixed sample of inputs,
    # and a failure names the seed (in the reproducer) so it can be replayed.
    seed = int(time.time()) // 86_400
    results = [run_random(t, SHORT_RUN_INPUTS, seed=seed, shrink_seconds=1.0) for t in TARGETS]
    # A target with a kept reproducer that still fails is red in the test above already; its
    # findings here are most likely the same bug, so only the other targets must be clean.
    known = {r.target for r in REGRESSIONS if fails(BY_NAME[r.target], r.data) is not None}
    findings = [f"seed {seed}: {f.target} {f.data[:64].hex()} ({len(f.data)} bytes): {f.found}"
                for r in results for f in r.findings if f.target not in known]
    assert not findings, "\n".join(findings)
    assert all(r.inputs == SHORT_RUN_INPUTS for r in results if r.target not in known)


def test_hypothesis_engine_runs_and_shrinks() -> None:
    """The fallback engine of scripts/fuzz (where atheris does not install)."""
    result = run_hypothesis(BY_NAME["Record"], 0.5, seed=1)
    assert result.inputs > 0 and not result.findings

    def check(data: bytes) -> None:
        if len(data) > 20 and 0xFF in data:
            raise ZeroDivisionError

    toy = Target("toy", "decoder", check, seeds=[bytes(range(40))])
    found = run_hypothesis(toy, 20.0, seed=1)
    assert len(found.findings) == 1
    assert len(found.findings[0].data) == 21 and 0xFF in found.findings[0].data  # shrunk
    assert found.findings[0].found.startswith("ZeroDivisionError")


def test_scripts_fuzz_reports_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "figures.json"
    proc = subprocess.run(
        # --together: with atheris, one child process for both targets (start-up is the cost).
        [str(REPO / "scripts" / "fuzz"), "--seconds", "2", "--together", "--targets", "Heartbeat,framing.datagram",
         "--workdir", str(tmp_path), "--json", str(out)],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    figures = json.loads(out.read_text())
    assert figures["engine"] in ("atheris", "hypothesis")
    assert [t["target"] for t in figures["targets"]] == ["Heartbeat", "framing.datagram"]
    assert all(t["inputs"] > 0 and not t["findings"] for t in figures["targets"])
    assert "fewest per decoder" in proc.stdout
    # Figures of several runs add up per target.
    assert fuzz_main(["summary", str(out), str(out)]) == 0
    table = capsys.readouterr().out
    heartbeat = next(t["inputs"] for t in figures["targets"] if t["target"] == "Heartbeat")
    row = next(line.split() for line in table.splitlines() if line.startswith("Heartbeat "))
    assert int(row[-1]) == 2 * heartbeat
