"""``vs1 codegen``: generate every artefact from the spec, or check that they are current."""

from __future__ import annotations

from pathlib import Path

import click

from vs1kit.resources import checkout_root, spec_dir

from .generate import LAYOUT, generate
from .problems import SpecError

_OUT_HELP = "; ".join(f"{what} into OUT/{where}" for what, where in LAYOUT)


@click.command("codegen")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 naming each stale file.")
@click.option("--spec", "spec_root", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=None, help="Spec folder (common.yaml, ports/, schema/). Default: the spec vs1kit "
                                 "ships (protocol_spec/ of the checkout, or the installed copy).")
@click.option("--out", "out_root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help=f"Output root: {_OUT_HELP}. Default: the source checkout, when vs1kit runs from one.")
def codegen_command(check: bool, spec_root: Path | None, out_root: Path | None) -> None:
    """Generate codecs, emulator skeleton, client surface, dissectors, reference and vectors."""
    spec_root = spec_root or spec_dir()
    if out_root is None:
        out_root = checkout_root()
        if out_root is None:
            raise click.UsageError(
                "vs1kit is installed, not running from a source checkout, so there is no default "
                "output folder. Pass --out DIR (and --spec DIR for your own copy of the spec; copy "
                f"the shipped one from {spec_dir()}). Into DIR go: {_OUT_HELP}."
            )
    try:
        result = generate(spec_root, out_root, check=check)
    except SpecError as exc:
        for problem in exc.problems:
            click.echo(f"error: {problem}", err=True)
        raise SystemExit(2) from None
    if check:
        bad = [(p, "stale") for p in result.stale] + [(p, "missing") for p in result.missing]
        bad += [(p, "no longer produced by the spec") for p in result.orphaned]
        for path, why in bad:
            click.echo(f"{path}: {why}", err=True)
        if bad:
            click.echo(f"{len(bad)} generated file(s) out of date: run `vs1 codegen`.", err=True)
            raise SystemExit(1)
        click.echo(f"all {len(result.unchanged)} generated files are up to date")
        return
    for name, files in result.by_emitter.items():
        click.echo(f"{name:10} {len(files):3} file(s)")
    for rel in result.written:
        click.echo(f"  wrote {rel}")
    for rel in result.orphaned:
        click.echo(f"  removed {rel} (no longer produced)")
    click.echo(f"{len(result.written)} written, {len(result.unchanged)} unchanged in {out_root}")
