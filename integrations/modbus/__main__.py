"""``python -m vs1kit.integrations.modbus``: print the register map (the source of REGISTERS.md)."""

import sys

from .registers import register_map

sys.stdout.write(register_map())
