"""Cameras found by their announces join the bridge (hub discovery) and publish like
configured ones."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiomqtt

from vs1kit.bridge import Bridge, parse_full
from vs1kit.client.discovery import ANNOUNCE_PORT
from vs1kit.emulator import Emulator
from vs1kit.generated.registry import PORTS

OFFSET = -30000  # the custom ports, moved below the ephemeral range; no root needed


def test_announced_camera_joins_and_publishes(mosquitto: int, tmp_path: Path) -> None:
    # Standard ports (FTP, Telnet, ...) on free numbers: they cannot take a negative offset.
    free_standard = {n: 0 for p in PORTS.values() if p.standard for n in p.numbers}

    async def scenario() -> None:
        emu = Emulator(port_offset=OFFSET, port_map=free_standard, announce_interval=0)
        await emu.start()
        try:
            parsed = parse_full({
                "bridge": {"id": "disc", "state_dir": str(tmp_path), "discovery": True},
                "discovery": {"target": "127.0.0.1", "port": ANNOUNCE_PORT + OFFSET, "interval": 1.0,
                              "template": {"port_offset": OFFSET, "password": "admin", "poll_interval": 0.2}},
                "integrations": {"mqtt": {"port": mosquitto, "state_interval": 0.1}},
            })
            assert parsed.cameras == [] and parsed.discovery is not None
            bridge = Bridge(parsed.cameras, parsed.integrations, parsed.settings, parsed.discovery)
            seen: dict[str, Any] = {}
            async with aiomqtt.Client("127.0.0.1", mosquitto, identifier="disc-observer") as obs:
                await obs.subscribe("vs1/#", qos=1)

                async def collect() -> None:
                    async for msg in obs.messages:
                        if isinstance(msg.payload, bytes):
                            seen[str(msg.topic)] = msg.payload.decode()
                collector = asyncio.create_task(collect())
                await bridge.start()
                try:
                    loop = asyncio.get_running_loop()
                    deadline = loop.time() + 30
                    while not bridge.hub.configs:
                        assert loop.time() < deadline, "no camera discovered"
                        await asyncio.sleep(0.05)
                    (cid,) = bridge.hub.configs
                    assert bridge.hub.configs[cid].host == emu.cameras[0].host
                    await bridge.hub.wait_available()
                    # Its command topics were subscribed when it joined: a trigger gets a reply
                    # and an inspection message.
                    await obs.publish(f"vs1/{cid}/trigger/set", "PRESS", qos=1)
                    # Availability is retained state, published by the state loop (after the
                    # discovery messages): it may arrive after the first inspection message.
                    deadline = loop.time() + 30
                    wanted = [f"vs1/{cid}/{t}" for t in ("inspection", "response", "availability")]
                    while not all(t in seen for t in wanted):
                        assert loop.time() < deadline, sorted(seen)
                        await asyncio.sleep(0.05)
                    assert json.loads(seen[f"vs1/{cid}/response"])["status"] == "ok"
                    assert seen[f"vs1/{cid}/availability"] == "online"
                finally:
                    await bridge.stop()
                    collector.cancel()
        finally:
            await emu.stop()

    asyncio.run(asyncio.wait_for(scenario(), 120))
