"""The ``vs1`` command: one module per command group, registered on one click group here."""

from __future__ import annotations

import click

from vs1kit.cli.bridge import bridge_command
from vs1kit.cli.client import register_client_commands
from vs1kit.cli.codegen import codegen_command
from vs1kit.cli.demo import demo_command
from vs1kit.cli.emulate import emulate_command
from vs1kit.cli.wireshark import pcap_command, wireshark_group

__all__ = ["main"]


@click.group()
@click.version_option(package_name="vs1kit")
def main() -> None:
    """vs1kit: spec, codegen, dissectors, emulator and client for the VS-1 Smart Camera."""


main.add_command(codegen_command)
main.add_command(demo_command)
main.add_command(emulate_command)
main.add_command(bridge_command)
main.add_command(wireshark_group)
main.add_command(pcap_command)
register_client_commands(main)
