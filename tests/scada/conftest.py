"""Helpers for the SCADA tests: emulated cameras (the shared tests/support helper) behind a
hub, conditions with deadlines (sync or async), the real-Mosquitto fixture."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from support.emulator import make_emulator, port_map_of

from vs1kit.emulator import Emulator
from vs1kit.hub import CameraConfig, Hub


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.asynccontextmanager
async def camera_hub(cameras: int = 1, datums: tuple[str, ...] = ("Inspection.Number", "Blob1.Count"),
                     **camera_options: Any) -> AsyncIterator[tuple[Emulator, Hub]]:
    """Emulated cameras ``cam1..camN`` and a started hub that has reached them all."""
    emu = make_emulator(cameras=cameras, standard_ports=False)
    await emu.start()
    try:
        configs = [CameraConfig(f"cam{i + 1}", c.host, port_map=port_map_of(c), password="admin",
                                datums=datums, poll_interval=0.2, **camera_options)
                   for i, c in enumerate(emu.cameras)]
        hub = Hub(configs)
        await hub.start()
        try:
            await hub.wait_available(15)
            yield emu, hub
        finally:
            await hub.stop()
    finally:
        await emu.stop()


async def until(predicate: Callable[[], object], timeout: float = 10.0,
                what: str = "condition") -> None:
    """Poll ``predicate`` (sync, or returning an awaitable) until truthy; fail after ``timeout`` s."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        got = predicate()
        if isinstance(got, Awaitable):
            got = await got
        if got:
            return
        if loop.time() > deadline:
            raise AssertionError(f"{what} not reached within {timeout} s")
        await asyncio.sleep(0.002)


def _mqtt_fixtures() -> Any:
    # The bridge owner's real-Mosquitto fixture, reused as it is (loaded by path: the folder
    # name `integrations` is also the top-level package of the checkout).
    import importlib.util
    from pathlib import Path
    path = Path(__file__).parents[1] / "integrations" / "conftest.py"
    spec = importlib.util.spec_from_file_location("_vs1_mosquitto_fixture", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_mqtt = _mqtt_fixtures()
broker = _mqtt.broker
mosquitto = _mqtt.mosquitto
