"""The bridge end to end: emulator -> hub -> MQTT (real Mosquitto) and Modbus TCP (pymodbus client)."""

from __future__ import annotations

import asyncio
import json
import socket
from typing import Any

import aiomqtt
import pytest
from client.conftest import emulated, port_map_of
from pymodbus.client import AsyncModbusTcpClient

from vs1kit.bridge import Bridge, BridgeConfigError, parse_config
from vs1kit.hub import CameraConfig


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _until(predicate: Any, timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.05)


def test_mqtt_discovery_state_commands_and_availability(mosquitto: int) -> None:
    async def scenario() -> None:
        async with emulated() as emu:
            cam = CameraConfig("line1", emu.cameras[0].host, port_map=port_map_of(emu.cameras[0]),
                               password="admin", datums=("Blob1.Count",), virtual_points=(3,),
                               poll_interval=0.2)
            bridge = Bridge([cam], {"mqtt": {"host": "127.0.0.1", "port": mosquitto}})
            seen: dict[str, Any] = {}
            async with aiomqtt.Client("127.0.0.1", mosquitto, identifier="test-observer") as obs:
                await obs.subscribe("homeassistant/#")
                await obs.subscribe("vs1/#")

                async def collect() -> None:
                    async for msg in obs.messages:
                        raw = msg.payload.decode() if isinstance(msg.payload, bytes) else str(msg.payload)
                        seen[str(msg.topic)] = raw
                collector = asyncio.create_task(collect())
                await bridge.start()
                entry = bridge.entries["mqtt"]
                await entry.wait_connected()
                await bridge.hub.wait_available()

                # Discovery: one config per entity, unique ids from the camera's serial.
                await _until(lambda: any(t.endswith("/trigger/config") for t in seen))
                configs = {t: json.loads(p) for t, p in seen.items() if t.startswith("homeassistant/")}
                uids = [c["unique_id"] for c in configs.values()]
                assert len(uids) == len(set(uids)) >= 14
                trigger_cfg = next(c for t, c in configs.items()
                                   if t.startswith("homeassistant/button/") and t.endswith("/trigger/config"))
                assert trigger_cfg["command_topic"] == "vs1/line1/cmd/trigger"
                assert trigger_cfg["device"]["identifiers"][0].startswith("vs1_")
                assert any(t.startswith("homeassistant/switch/") and t.endswith("/vio_3/config") for t in configs)
                assert seen["vs1/bridge/availability"] == "online"
                await _until(lambda: seen.get("vs1/line1/availability") == "online")

                # Commands: a trigger through MQTT makes an inspection, seen in the state topic.
                await _until(lambda: "vs1/line1/state" in seen)
                before = json.loads(seen["vs1/line1/state"])["inspections"]
                await obs.publish("vs1/line1/cmd/trigger", "PRESS")
                await _until(lambda: json.loads(seen["vs1/line1/state"])["inspections"] > before)
                await obs.publish("vs1/line1/cmd/vio/3", "ON")
                await _until(lambda: json.loads(seen["vs1/line1/state"])["io"].get("1003") is True)
                await obs.publish("vs1/line1/cmd/bogus", "ON")
                await _until(lambda: entry.commands["failed"] >= 1)
                assert entry.commands["ok"] >= 2

                # Unloading publishes offline (retained) for the camera and the bridge.
                await bridge.stop()
                await _until(lambda: seen.get("vs1/bridge/availability") == "offline")
                assert seen["vs1/line1/availability"] == "offline"
                collector.cancel()

    asyncio.run(asyncio.wait_for(scenario(), 60))


def test_modbus_registers_and_coils() -> None:
    async def scenario() -> None:
        async with emulated() as emu:
            cam = CameraConfig("line1", emu.cameras[0].host, port_map=port_map_of(emu.cameras[0]),
                               password="admin", virtual_points=(2,), poll_interval=0.2)
            port = _free_port()
            bridge = Bridge([cam], {"scada": {"host": "127.0.0.1", "port": port}})
            await bridge.start()
            try:
                await bridge.hub.wait_available()
                client = AsyncModbusTcpClient("127.0.0.1", port=port)
                assert await client.connect()
                rr = await client.read_input_registers(0, count=18, device_id=1)
                assert not rr.isError()
                assert rr.registers[2] == 1  # available
                inspections = (rr.registers[4] << 16) | rr.registers[5]
                # Coil 0 triggers one inspection.
                wr = await client.write_coil(0, True, device_id=1)
                assert not wr.isError()

                async def counted() -> int:
                    r = await client.read_input_registers(4, count=2, device_id=1)
                    return int((r.registers[0] << 16) | r.registers[1])
                deadline = asyncio.get_running_loop().time() + 10
                while await counted() <= inspections:
                    assert asyncio.get_running_loop().time() < deadline, "trigger not seen"
                    await asyncio.sleep(0.1)
                # Virtual point 2 through coil 18.
                assert not (await client.write_coil(18, True, device_id=1)).isError()
                deadline = asyncio.get_running_loop().time() + 10
                while not (await client.read_coils(18, count=1, device_id=1)).bits[0]:
                    assert asyncio.get_running_loop().time() < deadline, "virtual IO not seen"
                    await asyncio.sleep(0.1)
                # A coil nobody mapped is an illegal address, and the server keeps serving.
                assert (await client.write_coil(40, True, device_id=1)).isError()
                assert not (await client.read_input_registers(0, count=4, device_id=1)).isError()
                client.close()
            finally:
                await bridge.stop()

    asyncio.run(asyncio.wait_for(scenario(), 60))


def test_bridge_config_errors_are_clear() -> None:
    with pytest.raises(BridgeConfigError, match="needs at least 'id' and 'host'"):
        parse_config({"cameras": [{"id": "a"}]})
    with pytest.raises(BridgeConfigError, match="unknown integration 'opcua'"):
        parse_config({"cameras": [], "integrations": {"opcua": {}}})
    with pytest.raises(BridgeConfigError, match="unknown key"):
        parse_config({"cameras": [{"id": "a", "host": "h", "colour": 1}]})
    cams, wanted = parse_config({"cameras": [{"id": "a", "host": "h", "datums": ["X.Y"]}],
                                 "integrations": {"mqtt": None}})
    assert cams[0].datums == ("X.Y",) and wanted == {"mqtt": {}}
