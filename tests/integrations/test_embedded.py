"""The function the demo calls: the bridge plus a live view of what is published.

Run here against the test Mosquitto through ``mqtt_url`` (the demo's ``--mqtt URL`` path);
without a URL the same function starts an embedded amqtt broker instead."""

from __future__ import annotations

import asyncio
from pathlib import Path

from client.conftest import emulated, port_map_of

from vs1kit.bridge.embedded import run_with_embedded_broker
from vs1kit.hub import CameraConfig


def test_bridge_with_live_view(mosquitto: int, tmp_path: Path) -> None:
    lines: list[str] = []

    async def scenario() -> None:
        async with emulated(free_run_hz=20) as emu:
            server = emu.cameras[0]
            cams = [CameraConfig("line1", server.host, port_map=port_map_of(server), datums=("Blob1.Count",))]
            view = await run_with_embedded_broker(cams, state_dir=tmp_path, seconds=4,
                                                  mqtt_url=f"mqtt://127.0.0.1:{mosquitto}",
                                                  show=lines.append, every=0.5)
            assert view.messages["inspection"] >= 20
            assert view.first_inspection_at is not None and view.first_inspection_at - view.started < 30
            assert view.last_inspection["line1"]["result"] in ("pass", "fail")

    asyncio.run(asyncio.wait_for(scenario(), 120))
    assert lines and lines[-1].startswith("publishing: ") and "inspection" in lines[-1]
    assert "line1: #" in lines[-1]
