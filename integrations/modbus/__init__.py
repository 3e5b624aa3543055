"""Modbus TCP: each camera a unit with the vision handshake PLCs know (integration ``modbus``).

Trigger -> Trigger Acknowledge -> Inspection Completed toggle -> read results -> Results
Acknowledge, with every inspection buffered until acknowledged (overruns counted). The map is in
:mod:`.registers` and ``REGISTERS.md``; the handshake logic in :mod:`.unit` (sans-IO); the
pymodbus server in :mod:`.server`. Events come from the hub, commands go through its table.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from vs1kit.hub import CameraAdded, GapEvent, Hub, HubEvent, InspectionEvent, StatusEvent

from .registers import ResultField, WordType
from .server import VisionServer
from .unit import Result, UnitOptions

DOMAIN = "modbus"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ResultConfig:
    datum: str
    """A datum path the cameras report (it must be in the camera's ``datums`` too)."""
    type: WordType = "f32"


@dataclass(frozen=True)
class Config:
    """The ``integrations.modbus`` section."""

    host: str = "127.0.0.1"
    port: int = 5020
    units: Mapping[str, int] = field(default_factory=dict)
    """camera id -> Modbus unit id (1..247); cameras not named get the next free ids in order."""
    results: tuple[ResultConfig, ...] = ()
    word_order: Literal["big", "little"] = "big"
    byte_order: Literal["big", "little"] = "big"
    buffer_results: bool = True
    buffer_size: int = 16


def parse_config(data: Mapping[str, Any] | Config | None) -> Config:
    if isinstance(data, Config):
        config = data
    else:
        from vs1kit.bridge.schema import load_section
        config = load_section(Config, dict(data or {}), f"integrations.{DOMAIN}")
    from vs1kit.bridge.schema import ConfigError
    if not 0 < config.port < 65536:
        raise ConfigError(f"integrations.{DOMAIN}.port: must be 1..65535, got {config.port}")
    if not 1 <= config.buffer_size <= 1000:
        raise ConfigError(f"integrations.{DOMAIN}.buffer_size: must be 1..1000, got {config.buffer_size}")
    for cid, uid in config.units.items():
        if not 1 <= uid <= 247:
            raise ConfigError(f"integrations.{DOMAIN}.units.{cid}: unit id must be 1..247, got {uid}")
    return config


def unit_ids(config: Config, cameras: list[str], taken: set[int] | None = None) -> dict[str, int]:
    """Unit ids for ``cameras``: the configured ones, else the next ids free of the config's
    and of ``taken`` (units already served). Cameras beyond unit 247 get none."""
    used = set(config.units.values()) | (taken or set())
    out: dict[str, int] = {}
    free = (n for n in range(1, 248) if n not in used)
    for cid in cameras:
        uid = config.units[cid] if cid in config.units else next(free, None)
        if uid is not None:
            out[cid] = uid
    return out


@dataclass
class ModbusEntry:
    hub: Hub
    config: Config
    server: VisionServer
    _unsubscribe: Any = None

    options: UnitOptions | None = None

    def on_event(self, event: HubEvent) -> None:
        if isinstance(event, CameraAdded) and self.options is not None:
            # A camera found by discovery: the next free unit id (or the one the config names).
            taken = {cu.unit_id for cu in self.server.units.values()}
            for cid, uid in unit_ids(self.config, [event.camera_id], taken).items():
                self.server.add_unit(cid, uid, self.options)
                log.info("modbus: camera %s joined as unit %d", cid, uid)
            if event.camera_id not in self.server.units:
                log.warning("modbus: camera %s gets no unit (all 247 ids taken)", event.camera_id)
            return
        if event.camera_id not in self.server.units:
            return
        unit = self.server.unit(event.camera_id)
        if isinstance(event, InspectionEvent):
            unit.inspection(Result(event.inspection, event.passed, event.datums))
        elif isinstance(event, StatusEvent):
            s = event.snapshot
            unit.camera_status(available=s.available, state=s.state, trigger_mode=s.trigger_mode,
                               job_slot=s.job_slot, inspections=s.inspections, passed=s.passed,
                               failed=s.failed)
        elif isinstance(event, GapEvent):
            unit.lost(event.first, event.last)


async def async_setup_entry(hub: Hub, config: Mapping[str, Any] | Config | None) -> ModbusEntry:
    cfg = parse_config(config)

    async def run(camera_id: str, name: str, args: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
        res = await hub.command(camera_id, name, args, correlation_id=f"modbus:{name}")
        return res.status, res.reason, res.result

    options = UnitOptions(tuple(ResultField(r.datum, r.type) for r in cfg.results),
                          cfg.buffer_results, cfg.buffer_size, cfg.word_order, cfg.byte_order)
    server = VisionServer(unit_ids(cfg, list(hub.configs)), options, run, cfg.host, cfg.port)
    entry = ModbusEntry(hub, cfg, server, options=options)
    entry._unsubscribe = hub.add_listener(entry.on_event)
    for cid, snap in hub.snapshots.items():  # cameras the hub already reached
        if cid in server.units:
            server.unit(cid).camera_status(
                available=snap.available, state=snap.state, trigger_mode=snap.trigger_mode,
                job_slot=snap.job_slot, inspections=snap.inspections, passed=snap.passed,
                failed=snap.failed)
    await server.start()
    return entry


async def async_unload_entry(entry: ModbusEntry) -> None:
    if entry._unsubscribe is not None:
        entry._unsubscribe()
    await entry.server.stop()


def diagnostics(entry: ModbusEntry) -> dict[str, Any]:
    """Config and per-unit handshake state (the Modbus config holds no secrets)."""
    return {"config": asdict(entry.config),
            "listening": entry.server.server is not None and entry.server.server.is_active(),
            "units": {cid: {"unit_id": cu.unit_id, **cu.core.diagnostics()}
                      for cid, cu in entry.server.units.items()}}
