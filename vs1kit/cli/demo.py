"""``vs1 demo``: the main job with an embedded default (see :mod:`vs1kit.demo`)."""

from __future__ import annotations

from pathlib import Path

import click

from vs1kit.demo import run_demo

__all__ = ["demo_command"]


@click.command("demo")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Where the picture and the capture go.")
@click.option("--inspections", type=click.IntRange(1, 1000), default=8, show_default=True)
def demo_command(out_dir: Path, inspections: int) -> None:
    """Generate everything from the spec, then drive an emulated camera with the client."""
    run_demo(out_dir, inspections)
