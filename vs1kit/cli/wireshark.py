"""``vs1 wireshark install|build|check`` and ``vs1 pcap``: the dissectors and synthetic captures."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from vs1kit import wireshark


@click.group("wireshark")
def wireshark_group() -> None:
    """Install the generated Wireshark dissectors and check that tshark loads them."""


@wireshark_group.command("install")
@click.option("--dir", "dest", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Plugin folder (default: Wireshark's personal Lua plugin folder).")
def install_command(dest: Path | None) -> None:
    """Copy dissectors/*.lua to Wireshark's personal plugins folder (the default build: nothing
    to compile). A C build installed by `vs1 wireshark build` is removed from there: both
    register the protocol vs1, Wireshark loads only one."""
    try:
        written = wireshark.install(dest)
        removed = wireshark.remove_epan() if dest is None else []
    except wireshark.WiresharkError as exc:
        raise click.ClickException(str(exc)) from None
    for path in written:
        click.echo(f"installed {path}")
    for path in removed:
        click.echo(f"removed {path} (the C build: only one of the two may be loaded)")
    click.echo("Restart Wireshark (or reload Lua plugins: Analyze > Reload Lua Plugins) to use them.")


@wireshark_group.command("build")
@click.option("--dir", "dest", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder to put vs1_epan.so into (default: Wireshark's personal binary plugin folder, "
                   "~/.local/lib/wireshark/plugins/<major.minor>/epan, whose vs1.lua is then removed).")
@click.option("--cc", "cc", default=None, help="The C compiler (default: $CC, else cc, gcc or clang).")
def build_command(dest: Path | None, cc: str | None) -> None:
    """Compile dissectors/vs1_epan.c (the same dissectors as vs1.lua, in C: for large captures)
    against the installed Wireshark and install it instead of the Lua one. Needs a C compiler
    and pkg-config `wireshark` (Debian package wireshark-dev)."""
    try:
        out, removed = wireshark.install_epan(dest, cc=cc)
    except wireshark.WiresharkError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"installed {out}")
    for path in removed:
        click.echo(f"removed {path} (the Lua build: only one of the two may be loaded)")
    if dest is None and hasattr(os, "geteuid") and os.geteuid() == 0:
        click.echo("note: Wireshark loads no personal C plugins when it runs as root; run it as your own user.")
    click.echo("Restart Wireshark to use it; `vs1 wireshark install` goes back to the Lua build.")


@wireshark_group.command("check")
@click.option("--dir", "lua_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder whose *.lua files to load (default: the shipped dissectors).")
@click.option("--tshark", "tshark", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The tshark program (default: found on PATH).")
def check_command(lua_dir: Path | None, tshark: Path | None) -> None:
    """Run `tshark -G fields` with the dissectors loaded and confirm the vs1 fields are there."""
    try:
        result = wireshark.check(lua_dir, tshark)
    except wireshark.TsharkMissingError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from None
    except wireshark.WiresharkError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{result.version} ({result.tshark})")
    click.echo(f"loaded {', '.join(str(s) for s in result.scripts)}")
    click.echo(f"{len(result.protocols)} vs1 protocols, {len(result.fields)} vs1 fields")
    for line in result.errors:
        click.echo(f"error: {line}", err=True)
    if result.missing:
        shown = ", ".join(result.missing[:10]) + (" ..." if len(result.missing) > 10 else "")
        click.echo(f"error: {len(result.missing)} field(s) missing: {shown}", err=True)
    if not result.ok:
        raise SystemExit(1)
    click.echo("ok: every field of the spec is registered")


@click.command("pcap")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--expect", "expect", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write what the Python decoder reads from each PDU (JSON).")
@click.option("--random", "count", type=int, default=0,
              help="Random values for at least this many messages instead of the samples.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of --random.")
def pcap_command(out: Path, expect: Path | None, count: int, seed: int) -> None:
    """Write a synthetic capture of every message of every custom port."""
    from vs1kit.pcap import synth

    if count > 0:
        pdus = synth.write_random_capture(out, count, seed)
    else:
        pdus = synth.write_sample_capture(out)
    ports = sorted({p.port for p in pdus})
    frames = max((p.frames[-1] for p in pdus), default=0)
    click.echo(f"wrote {out}: {len(pdus)} PDUs on {len(ports)} ports ({', '.join(ports)}), "
               f"last PDU in frame {frames}")
    if expect is not None:
        expect.write_text(json.dumps(synth.expectation(pdus, out), indent=1) + "\n", encoding="utf-8")
        click.echo(f"wrote {expect}")
