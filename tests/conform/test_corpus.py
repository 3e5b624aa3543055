"""The corpus: captures from edited spec copies, checked against the unedited spec.

``vs1 conform`` must name exactly the deviation each edit made, and its proposals, applied to
the unedited copy, must make the same capture conform (zero findings) and keep the spec valid
for codegen.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conform.corpus import copy_spec, write_capture
from conform.scenarios import MISSING_SEGMENT, SCENARIOS, Scenario
from vs1kit.codegen.generate import render_all
from vs1kit.conform.check import check_capture
from vs1kit.conform.codecs import SpecCodecs
from vs1kit.conform.proposals import apply_proposals, propose


def _findings(report: object) -> set[tuple[str, str, str]]:
    return {(f.kind, f.port, f.subject) for f in report.findings.values()}  # type: ignore[attr-defined]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_names_every_deviation_and_proposals_round_trip(scenario: Scenario, tmp_path: Path) -> None:
    spec = copy_spec(tmp_path / "spec")
    changed = copy_spec(tmp_path / "changed")
    scenario.change(changed)
    capture = tmp_path / "capture.pcap"
    write_capture(capture, changed, scenario.ports, **scenario.capture_args(SpecCodecs.load(changed)))

    report = check_capture(capture, spec)
    assert _findings(report) == scenario.expected
    assert report.pdus > 20
    proposals = propose(report, SpecCodecs.load(spec))
    assert {p.action for p in proposals} == scenario.proposals
    for p in proposals:
        assert p.yaml and p.file and p.where
    lines = [ln for p in proposals for ln in p.yaml.splitlines()]
    for expected in scenario.yaml:
        assert any(ln.startswith(expected) for ln in lines), (expected, lines)

    apply_proposals(spec, proposals)
    render_all(spec)  # codegen accepts the edited spec (raises SpecError otherwise)
    after = check_capture(capture, spec)
    assert _findings(after) == set()
    assert after.ok and after.pdus == report.pdus


def _wireshark_flags(capture: Path, expert: str) -> int:
    """How many packets Wireshark's own TCP analysis flags with ``expert``."""
    out = subprocess.run(["tshark", "-n", "-r", str(capture), "-Y", f"tcp.analysis.{expert}"],
                         capture_output=True, text=True, check=True).stdout
    return len(out.splitlines())


def test_retransmissions_are_not_deviations(tmp_path: Path) -> None:
    scenario = next(s for s in SCENARIOS if s.name == "retransmissions")
    capture = tmp_path / "capture.pcap"
    spec = copy_spec(tmp_path / "spec")
    sent = write_capture(capture, spec, scenario.ports, **scenario.capture_args(SpecCodecs.load(spec)))
    # Wireshark sees them too: the corpus holds real retransmissions and out-of-order segments.
    assert _wireshark_flags(capture, "retransmission") == 10
    assert _wireshark_flags(capture, "out_of_order") == 2
    report = check_capture(capture, spec)
    assert report.ok
    assert report.pdus == sent
    assert report.info["retransmitted_bytes"] > 0
    assert report.info["reordered_segments"] > 0


def test_missing_segment_is_one_gap(tmp_path: Path) -> None:
    capture = tmp_path / "capture.pcap"
    spec = copy_spec(tmp_path / "spec")
    sent = write_capture(capture, spec, ["rpc"], disturb=MISSING_SEGMENT)
    assert _wireshark_flags(capture, "lost_segment") == 1  # "previous segment not captured"
    report = check_capture(capture, spec)
    assert [f.kind for f in report.findings.values()] == ["gap"]
    gap = next(iter(report.findings.values()))
    assert gap.facts["direction"] == "to camera" and gap.facts["size"] > 0
    # Only the PDU cut by the gap is lost; everything after it is found again.
    assert report.pdus == sent - 1
    assert propose(report, SpecCodecs.load(spec)) == []
