"""A camera that joins the hub at run time (announce discovery emits CameraAdded) gets a
Modbus unit, served at once: the PLC handshake works on it like on a configured camera."""

from __future__ import annotations

import asyncio
import socket

from pymodbus.client import AsyncModbusTcpClient
from support.emulator import make_emulator, port_map_of

from vs1kit.hub import CameraConfig, Hub
from vs1kit.integrations import modbus
from vs1kit.integrations.modbus.plc import HandshakePlc


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_camera_joining_at_run_time_gets_a_served_unit() -> None:
    async def scenario() -> None:
        emu = make_emulator(cameras=2, standard_ports=False)
        await emu.start()
        configs = [CameraConfig(f"cam{i + 1}", c.host, port_map=port_map_of(c), password="admin",
                                poll_interval=0.2) for i, c in enumerate(emu.cameras)]
        hub = Hub(configs[:1])
        await hub.start()
        port = _free_port()
        # Unit 2 is promised to a camera not there yet: the newcomer takes the next free id, 3.
        entry = await modbus.async_setup_entry(hub, {"port": port, "units": {"absent": 2}})
        client = AsyncModbusTcpClient("127.0.0.1", port=port)
        try:
            await hub.wait_available(30)
            hub.add_camera(configs[1])  # what discovery does for an announced camera
            assert {cid: cu.unit_id for cid, cu in entry.server.units.items()} == {"cam1": 1, "cam2": 3}
            await hub.wait_available(30)
            assert await client.connect()
            plc = HandshakePlc(client, unit=3, timeout=30.0)
            await plc.enable()
            res = await plc.cycle()
            assert res.inspection_id == res.acquisition_id > 0
            assert modbus.diagnostics(entry)["units"]["cam2"]["acknowledged"] == 1
        finally:
            client.close()
            await modbus.async_unload_entry(entry)
            await hub.stop()
            await emu.stop()

    asyncio.run(asyncio.wait_for(scenario(), 120))
