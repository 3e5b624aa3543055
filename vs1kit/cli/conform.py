"""``vs1 conform CAPTURE``: where a capture disagrees with the spec, and the edits that fix it."""

from __future__ import annotations

from pathlib import Path

import click

from vs1kit.codegen.problems import SpecError
from vs1kit.conform.capture import TsharkError
from vs1kit.conform.check import Conformer
from vs1kit.conform.codecs import SpecCodecs
from vs1kit.conform.proposals import apply_proposals, propose
from vs1kit.conform.proposals import write_examples as add_examples
from vs1kit.conform.render import render_html, render_json, render_text

__all__ = ["conform_command"]


def _port_map(values: tuple[str, ...]) -> dict[int, str]:
    out: dict[int, str] = {}
    for v in values:
        pid, sep, number = v.partition("=")
        if not sep or not number.isdigit():
            raise click.BadParameter(f"{v!r}: expected PORT_ID=NUMBER, e.g. rpc=50059", param_hint="--port")
        out[int(number)] = pid
    return out


@click.command("conform")
@click.argument("capture", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--spec", "spec_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Spec folder to check against (default: the spec vs1kit ships).")
@click.option("--port", "ports", multiple=True, metavar="ID=NUMBER",
              help="Also read NUMBER as spec port ID (repeatable), e.g. --port rpc=50059.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON instead of the summary.")
@click.option("--html", "html_out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write a self-contained HTML report to this file.")
@click.option("--apply", "apply", is_flag=True, help="Make the proposed edits in the --spec folder.")
@click.option("--write-examples", is_flag=True,
              help="Add one observed payload per message as `examples:` to the --spec folder.")
@click.option("--tshark", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The tshark program (default: found on PATH).")
@click.option("-v", "--verbose", is_flag=True, help="Show a hex excerpt for every disagreement.")
def conform_command(capture: Path, spec_dir: Path | None, ports: tuple[str, ...], as_json: bool,
                    html_out: Path | None, apply: bool, write_examples: bool, tshark: Path | None,
                    verbose: bool) -> None:
    """Check every PDU of CAPTURE (pcap or pcapng) against the spec; exit 1 on any disagreement."""
    if (apply or write_examples) and spec_dir is None:
        raise click.UsageError("--apply and --write-examples edit a spec copy: give it with --spec DIR")
    try:
        codecs = SpecCodecs.load(spec_dir)
        report = Conformer(codecs, _port_map(ports)).run(capture, tshark)
    except SpecError as exc:
        for problem in exc.problems:
            click.echo(f"error: {problem}", err=True)
        raise SystemExit(2) from None
    except (TsharkError, ValueError) as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from None
    report.proposals = propose(report, codecs)
    click.echo(render_json(report) if as_json else render_text(report, verbose), nl=False)
    if html_out is not None:
        html_out.write_text(render_html(report), encoding="utf-8")
        if not as_json:
            click.echo(f"HTML report: {html_out}")
    if spec_dir is not None and apply and report.proposals:
        for rel in apply_proposals(spec_dir, report.proposals):
            click.echo(f"edited {spec_dir / rel}", err=True)
    if spec_dir is not None and write_examples:
        for rel in add_examples(spec_dir, report, codecs):
            click.echo(f"added examples to {spec_dir / rel}", err=True)
    if not report.ok:
        raise SystemExit(1)
