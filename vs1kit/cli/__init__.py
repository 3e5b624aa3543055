"""The ``vs1`` command: one module per command group, registered on one click group here.

The groups are imported when their command runs (or ``vs1 --help`` lists them), so a quick
client command does not pay for the bridge's or the generator's imports.
"""

from __future__ import annotations

import importlib

import click

from vs1kit.cli.client import register_client_commands

__all__ = ["main"]

# command name -> (module, attribute)
_COMMANDS: dict[str, tuple[str, str]] = {
    "bridge": ("vs1kit.cli.bridge", "bridge_command"),
    "codegen": ("vs1kit.cli.codegen", "codegen_command"),
    "conform": ("vs1kit.cli.conform", "conform_command"),
    "demo": ("vs1kit.cli.demo", "demo_command"),
    "emulate": ("vs1kit.cli.emulate", "emulate_command"),
    "pcap": ("vs1kit.cli.wireshark", "pcap_command"),
    "soak": ("vs1kit.cli.soak", "soak_command"),
    "wireshark": ("vs1kit.cli.wireshark", "wireshark_group"),
}


class _Vs1Group(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in _COMMANDS:
            return super().get_command(ctx, cmd_name)
        module, attr = _COMMANDS[cmd_name]
        command = getattr(importlib.import_module(module), attr)
        if not isinstance(command, click.Command):
            raise TypeError(f"{module}.{attr} is not a click command")
        return command


@click.group(cls=_Vs1Group)
@click.version_option(package_name="vs1kit")
def main() -> None:
    """vs1kit: spec, codegen, dissectors, emulator and client for the VS-1 Smart Camera."""


register_client_commands(main)
