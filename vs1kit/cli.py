"""The ``vs1`` command."""

from __future__ import annotations

import click

from vs1kit.bridge import bridge_command
from vs1kit.cli_client import register_client_commands
from vs1kit.cli_emulate import emulate_command
from vs1kit.cli_wireshark import pcap_command, wireshark_group
from vs1kit.codegen.cli import codegen_command
from vs1kit.demo import demo_command


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
