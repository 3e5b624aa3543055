"""``vs1 codegen``: generate every artefact from the spec, or check that they are current."""

from __future__ import annotations

from pathlib import Path

import click

from .generate import REPO_ROOT, generate
from .problems import SpecError


@click.command("codegen")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 naming each stale file.")
@click.option("--spec", "spec_dir", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Spec folder (default: protocol_spec/ of this checkout).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Output root (default: this checkout).")
def codegen_command(check: bool, spec_dir: Path | None, out_dir: Path | None) -> None:
    """Generate codecs, emulator skeleton, client surface, dissectors, reference and vectors."""
    spec_dir = spec_dir or REPO_ROOT / "protocol_spec"
    out_dir = out_dir or REPO_ROOT
    try:
        result = generate(spec_dir, out_dir, check=check)
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
    click.echo(f"{len(result.written)} written, {len(result.unchanged)} unchanged")
