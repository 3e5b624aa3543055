"""What the OPC UA address space shows, without asyncua: states, result ids, the result list.

Shaped after OPC 40100 (Machine Vision): a vision system per camera whose
``VisionStateMachine`` is in one of ``Preoperational``, ``Halted``, ``Error``, ``Operational``;
recipes are the camera's jobs; every inspection is a result with a ``ResultReady`` event.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

NAMESPACE = "urn:vs1kit:opcua:machinevision"
"""Our namespace: the browse names follow OPC 40100, the node set is not its official one."""

PREOPERATIONAL, HALTED, ERROR, OPERATIONAL = "Preoperational", "Halted", "Error", "Operational"
RESULT_PASS, RESULT_FAIL = 1, 2
"""ResultState values: a positive number, 1 when the inspection passed, 2 when it failed."""


def vision_state(available: bool, state: str, fault: bool) -> str:
    """The VisionStateMachine state of a camera (its own state names from the status poll)."""
    if not available or state in ("unknown", "booting", "idle"):
        return PREOPERATIONAL
    if fault or state == "fault":
        return ERROR
    if state == "running":
        return OPERATIONAL
    return HALTED


def result_id(serial: str, boot_id: int, inspection: int) -> str:
    """The bridge-wide idempotency key of an inspection (``InspectionEvent.key``: a camera
    numbers inspections from 1 again after every restart, its boot id tells them apart), also
    its OPC UA ResultId."""
    return f"{serial}:{boot_id}:{inspection}"


def job_id(camera_id: str, inspection: int) -> str:
    """The JobId of the job (one triggered inspection) that produced ``inspection``."""
    return f"{camera_id}/{inspection}"


@dataclass(frozen=True)
class VisionResult:
    result_id: str
    job_id: str
    inspection: int
    passed: bool
    creation_time: datetime
    recipe: str
    datums: dict[str, Any]

    @property
    def state(self) -> int:
        return RESULT_PASS if self.passed else RESULT_FAIL

    def content(self) -> str:
        """ResultContent: the datums as JSON (one string, any client can read it)."""
        return json.dumps({"inspection": self.inspection, "passed": self.passed,
                           "datums": self.datums}, sort_keys=True, default=str)


def creation_time(timestamp_us: int) -> datetime:
    return datetime.fromtimestamp(timestamp_us / 1e6, UTC) if timestamp_us else datetime.now(UTC)


class ResultList:
    """The last ``size`` results by id (the ResultManagement's result list)."""

    def __init__(self, size: int = 100) -> None:
        self.size = size
        self._items: OrderedDict[str, VisionResult] = OrderedDict()

    def add(self, result: VisionResult) -> None:
        self._items[result.result_id] = result
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def get(self, rid: str) -> VisionResult | None:
        return self._items.get(rid)

    def ids(self) -> list[str]:
        return list(self._items)
