"""Where each VS-1 port of a camera really listens.

A real camera listens on the spec's numbers. Emulators (and NAT set-ups) move them: by a fixed
offset, or one by one with a map from the spec number to the real one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from vs1kit.generated.registry import PORTS

__all__ = ["PortMap"]


@dataclass(frozen=True)
class PortMap:
    """Spec port number -> real port number: ``mapping`` first, else number + ``offset``."""

    offset: int = 0
    mapping: Mapping[int, int] = field(default_factory=dict)

    def number(self, port_id: str, index: int = 0) -> int:
        spec = PORTS[port_id].numbers[index]
        real = self.mapping.get(spec)
        return real if real is not None else spec + self.offset

    def spec_number(self, real: int) -> int | None:
        """The spec number a real port number stands for (None if not one of ours)."""
        for port in PORTS.values():
            for k in range(len(port.numbers)):
                if self.number(port.id, k) == real:
                    return port.numbers[k]
        return None
