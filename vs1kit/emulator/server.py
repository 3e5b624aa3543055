"""Former home of the emulator's network side, kept so existing imports keep working.

The emulator is now split by responsibility: `vs1kit.emulator.emulator` (`Emulator`, N cameras),
`camera` (`CameraServer`), `listeners`, `pipeline`, `monitors`, `engine`, `live`, `announcer`,
`routing`. Import from `vs1kit.emulator` (or those modules) in new code.
"""

from __future__ import annotations

from vs1kit.emulator.camera import CameraServer, seed_flash
from vs1kit.emulator.emulator import Emulator
from vs1kit.emulator.engine import InspectionEngine

__all__ = ["CameraServer", "Emulator", "InspectionEngine", "seed_flash"]
