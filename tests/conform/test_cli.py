"""``vs1 conform`` as a user runs it: exit status, summary, JSON, HTML, --apply."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from conform.corpus import copy_spec, edit, write_capture
from vs1kit.cli.conform import conform_command


def test_conforming_capture_exits_0(tmp_path: Path) -> None:
    spec = copy_spec(tmp_path / "spec")
    capture = tmp_path / "c.pcap"
    sent = write_capture(capture, spec, ["io"])
    result = CliRunner().invoke(conform_command, [str(capture), "--spec", str(spec)])
    assert result.exit_code == 0, result.output
    assert "ok: the capture agrees with the spec" in result.output
    assert f"{sent} PDU(s)" in result.output


def test_disagreements_exit_1_with_summary_json_html_and_apply(tmp_path: Path) -> None:
    spec = copy_spec(tmp_path / "spec")
    changed = copy_spec(tmp_path / "changed")
    edit(changed, "ports/rpc.yaml", "{id: request_type, type: u16", "{id: request_type, type: u32")
    edit(changed, "ports/rpc.yaml", "{id: job_slot, type: u16", "{id: job_slot, type: u8")
    capture = tmp_path / "c.pcap"
    write_capture(capture, changed, ["rpc"], overrides={"rpc_ack": {"request_type": 0x0303}})
    runner = CliRunner()

    text = runner.invoke(conform_command, [str(capture), "--spec", str(spec), "--html", str(tmp_path / "r.html")])
    assert text.exit_code == 1
    assert "2 disagreement(s):" in text.output
    assert "[rpc] rpc_ack: bytes after the last field: 7x" in text.output
    assert "[rpc] status_reply.job_name: needs" in text.output
    assert "  # rpc_ack.request_type is u32 (2 byte(s) wider): ports/rpc.yaml at " in text.output
    assert "  type: u32" in text.output

    page = (tmp_path / "r.html").read_text()
    assert page.startswith("<!doctype html>") and "<script" not in page and "http" not in page
    assert "<mark>" in page  # the failing field's bytes are highlighted
    assert "rpc_ack.request_type is u32" in page

    doc = json.loads(runner.invoke(conform_command, [str(capture), "--spec", str(spec), "--json"]).output)
    assert doc["ok"] is False
    assert {(f["kind"], f["subject"]) for f in doc["findings"]} == {
        ("trailing_bytes", "rpc_ack"), ("decode_failed", "status_reply.job_name")}
    assert doc["stats"]["rpc"]["status_reply"] == {"seen": 1, "decoded": 0, "failed": 1}
    assert [p["action"] for p in doc["proposals"]] == ["set_field_type"]

    applied = runner.invoke(conform_command, [str(capture), "--spec", str(spec), "--apply"])
    assert applied.exit_code == 1  # the report is of the spec before the edit
    again = json.loads(runner.invoke(conform_command, [str(capture), "--spec", str(spec), "--json"]).output)
    assert [f["kind"] for f in again["findings"]] == ["decode_failed"]  # no proposal can fix a narrowed field


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    spec = copy_spec(tmp_path / "spec")
    capture = tmp_path / "c.pcap"
    write_capture(capture, spec, ["io"])
    runner = CliRunner()
    assert runner.invoke(conform_command, [str(capture), "--apply"]).exit_code == 2
    bad_port = runner.invoke(conform_command, [str(capture), "--port", "nosuch=50000"])
    assert bad_port.exit_code == 2 and "no custom port 'nosuch'" in bad_port.output
    (spec / "ports/io.yaml").write_text("port: [\n")
    broken = runner.invoke(conform_command, [str(capture), "--spec", str(spec)])
    assert broken.exit_code == 2 and "ports/io.yaml" in broken.output
