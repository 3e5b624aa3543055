"""``python -m vs1kit.conform``: the ``vs1 conform`` command on its own."""

from vs1kit.cli.conform import conform_command

conform_command()
