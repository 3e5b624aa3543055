"""``python -m vs1kit.cli``: the ``vs1`` command without its console script."""

from vs1kit.cli import main

main()
