"""``vs1 demo``: the main job with an embedded default (see :mod:`vs1kit.demo`)."""

from __future__ import annotations

from pathlib import Path

import click

from vs1kit.demo import run_demo

__all__ = ["demo_command"]


@click.command("demo")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Where the picture and the capture go.")
@click.option("--inspections", type=click.IntRange(1, 1000), default=8, show_default=True,
              help="Inspections the client triggers in the tour.")
@click.option("--tour/--no-tour", default=True, show_default=True,
              help="Codegen, the client driving an emulated camera, a capture (then the bridge).")
@click.option("--bridge/--no-bridge", default=True, show_default=True,
              help="Emulated cameras -> the bridge -> MQTT, with a live view of what is published.")
@click.option("--bridge-seconds", type=click.FloatRange(0), default=15.0, show_default=True,
              help="How long the bridge part runs (0: until Ctrl-C).")
@click.option("--cameras", type=click.IntRange(1, 50), default=2, show_default=True,
              help="Emulated cameras behind the bridge.")
@click.option("--rate", type=click.FloatRange(0.1, 1000), default=5.0, show_default=True,
              help="Inspections per second per camera (free run).")
@click.option("--mqtt", "mqtt_url", metavar="URL", default=None,
              help="A real broker (mqtt://host:port) instead of the embedded one.")
def demo_command(out_dir: Path, inspections: int, tour: bool, bridge: bool, bridge_seconds: float,
                 cameras: int, rate: float, mqtt_url: str | None) -> None:
    """Generate everything from the spec, drive an emulated camera with the client, then bridge
    emulated cameras into MQTT (an embedded broker, or --mqtt URL) and show what is published."""
    if mqtt_url is not None and not mqtt_url.startswith(("mqtt://", "tcp://")):
        raise click.BadParameter("expected mqtt://host:port", param_hint="--mqtt")
    run_demo(out_dir, inspections, tour=tour, bridge=bridge, bridge_seconds=bridge_seconds,
             cameras=cameras, rate=rate, mqtt_url=mqtt_url)
