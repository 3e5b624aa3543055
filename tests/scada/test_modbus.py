"""Modbus TCP vision handshake: emulator -> hub -> modbus integration <- pymodbus client / mbpoll."""

from __future__ import annotations

import asyncio
import socket
import struct
from typing import Any

import pytest
from pymodbus.client import AsyncModbusTcpClient

from vs1kit.integrations import modbus
from vs1kit.integrations.modbus import registers as R
from vs1kit.integrations.modbus.plc import HandshakePlc

from .conftest import camera_hub, free_port, until

RESULTS = [{"datum": "Inspection.Number", "type": "u32"}, {"datum": "Blob1.Count", "type": "i16"}]


def run(coro: Any, timeout: float = 240) -> Any:
    return asyncio.run(asyncio.wait_for(coro, timeout))


def test_pymodbus_handshake_1000_times_no_skipped_inspection() -> None:
    async def scenario() -> None:
        async with camera_hub() as (_, hub):
            port = free_port()
            entry = await modbus.async_setup_entry(hub, {"port": port, "results": RESULTS})
            try:
                client = AsyncModbusTcpClient("127.0.0.1", port=port)
                assert await client.connect()
                plc = HandshakePlc(client, unit=1)
                await plc.enable()
                seen: list[int] = []
                for _ in range(1000):
                    res = await plc.cycle(result_words=3)
                    seen.append(res.inspection_id)
                    assert res.acquisition_id == res.inspection_id  # the trigger's own result
                    # The results block carries the presented inspection's datums.
                    assert R.decode(res.words[0:2], "u32") == res.inspection_id
                assert seen == list(range(seen[0], seen[0] + 1000)), "an inspection id was skipped"
                diag = modbus.diagnostics(entry)["units"]["cam1"]
                assert diag["acknowledged"] == 1000 and diag["overruns"] == 0
                assert diag["triggers_ignored"] == 0
                client.close()
            finally:
                await modbus.async_unload_entry(entry)
    run(scenario())


def _mbap(pdu: bytes, unit: int = 1, tid: int = 7) -> bytes:
    return struct.pack(">HHHB", tid, 0, len(pdu) + 1, unit) + pdu


def _exchange(port: int, pdu: bytes, unit: int = 1) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(_mbap(pdu, unit))
        head = b""
        while len(head) < 7:
            head += s.recv(7 - len(head))
        length = struct.unpack(">H", head[4:6])[0] - 1
        body = b""
        while len(body) < length:
            body += s.recv(length - len(body))
        assert head[:2] == b"\x00\x07" and head[6] == unit
        return body


def test_exact_echo_and_unmapped_writes_refused_with_exception_2() -> None:
    async def scenario() -> None:
        async with camera_hub() as (_, hub):
            port = free_port()
            entry = await modbus.async_setup_entry(hub, {"port": port})
            try:
                loop = asyncio.get_running_loop()

                async def ex(pdu: bytes) -> bytes:
                    return await loop.run_in_executor(None, _exchange, port, pdu)
                # FC5/FC6: the response is the request, byte for byte.
                for pdu in (b"\x05\x00\x00\xff\x00", b"\x05\x00\x00\x00\x00",
                            b"\x05\x00\x04\xff\x00", b"\x05\x00\x04\x00\x00",
                            b"\x06\x00\x00\x00\x01", b"\x06\x00\x01\x12\x34"):
                    assert await ex(pdu) == pdu
                # FC15/FC16: address and quantity echoed.
                assert await ex(b"\x0f\x00\x00\x00\x02\x01\x01") == b"\x0f\x00\x00\x00\x02"
                assert await ex(b"\x10\x00\x00\x00\x02\x04\x00\x01\x00\x02") == b"\x10\x00\x00\x00\x02"
                # The PLC's memory reads back what it wrote.
                assert await ex(b"\x03\x00\x00\x00\x02") == b"\x03\x04\x00\x01\x00\x02"
                # Unmapped coils and holding registers: exception 2, nothing written.
                assert await ex(b"\x05\x00\x06\xff\x00") == b"\x85\x02"
                assert await ex(b"\x05\x00\x20\xff\x00") == b"\x85\x02"
                assert await ex(b"\x0f\x00\x04\x00\x03\x01\x07") == b"\x8f\x02"
                assert await ex(b"\x06\x00\x02\x00\x01") == b"\x86\x02"
                assert await ex(b"\x10\x00\x01\x00\x02\x04\x00\x01\x00\x02") == b"\x90\x02"
                # Coils 0-5 read back what was written last (0x0f wrote 1,0; 0x05 cleared 4).
                assert await ex(b"\x01\x00\x00\x00\x06") == b"\x01\x01\x01"
                # Two of the refusals reached the unit (inside the 16-bit coil block); the
                # others pymodbus refused by its block bounds before.
                assert modbus.diagnostics(entry)["units"]["cam1"]["refused_writes"] == 2
            finally:
                await modbus.async_unload_entry(entry)
    run(scenario())


def test_commands_job_select_and_trigger_mode_through_the_command_words() -> None:
    async def scenario() -> None:
        async with camera_hub() as (_, hub):
            port = free_port()
            entry = await modbus.async_setup_entry(hub, {"port": port})
            try:
                client = AsyncModbusTcpClient("127.0.0.1", port=port)
                assert await client.connect()
                plc = HandshakePlc(client)
                S, C = R.STATUS_BIT, R.CONTROL_BIT
                slot = next(iter(hub.snapshots["cam1"].jobs))

                async def execute(code: int, arg: int) -> list[bool]:
                    await client.write_registers(0, [code, arg], device_id=1)
                    await plc.write(C["execute_command"], True)
                    bits = await plc.wait("command done", lambda b: b[S["command_complete"]]
                                          or b[S["command_failed"]])
                    await plc.write(C["execute_command"], False)
                    await plc.wait("command bits cleared", lambda b: not b[S["command_complete"]]
                                   and not b[S["command_failed"]])
                    return bits
                bits = await execute(1, slot)
                assert bits[S["command_complete"]] and not bits[S["error"]]
                bits = await execute(2, 0)  # external IO trigger mode
                assert bits[S["command_complete"]]
                await until(lambda: hub.snapshots["cam1"].trigger_mode == "external_io", 5)
                words = await plc.words()
                assert words[R.WORD["trigger_mode"].address] in (0, 2)  # polled by the hub
                bits = await execute(2, 2)
                assert bits[S["command_complete"]]
                await until(lambda: hub.snapshots["cam1"].trigger_mode == "software", 5)
                bits = await execute(99, 0)  # unknown command code: failed with an error code
                assert bits[S["command_failed"]] and bits[S["error"]]
                words = await plc.words()
                assert words[R.WORD["error_code"].address] == R.ERROR_UNKNOWN
                await plc.write(C["clear_error"], True)
                await plc.write(C["clear_error"], False)
                bits = await plc.status()
                assert not bits[S["error"]]
                client.close()
            finally:
                await modbus.async_unload_entry(entry)
    run(scenario())


def test_results_buffer_presents_each_until_acknowledged_and_counts_overruns() -> None:
    async def scenario() -> None:
        async with camera_hub() as (_, hub):
            port = free_port()
            entry = await modbus.async_setup_entry(hub, {"port": port, "buffer_size": 4})
            try:
                client = AsyncModbusTcpClient("127.0.0.1", port=port)
                assert await client.connect()
                plc = HandshakePlc(client)
                S, C = R.STATUS_BIT, R.CONTROL_BIT
                first = (await hub.command("cam1", "trigger", {"count": 6})).result["first_inspection"]
                unit = entry.server.unit("cam1")
                await until(lambda: unit.stats["results"] == 6, what="six results")
                # One presented + four buffered; the sixth overran.
                words = await plc.words()
                assert words[R.WORD["overruns"].address + 1] == 1
                assert words[R.WORD["buffered"].address] == 5
                got = []
                for _ in range(5):
                    words = await plc.words()
                    got.append(R.decode(words[4:6], "u32"))
                    await plc.write(C["results_ack"], True)
                    await plc.wait("valid clear", lambda b: not b[S["results_valid"]])
                    await plc.write(C["results_ack"], False)
                assert got == [first + i for i in range(5)]
                bits = await plc.status()
                assert bits[S["results_buffer_overrun"]] and not bits[S["results_valid"]]
                client.close()
            finally:
                await modbus.async_unload_entry(entry)
    run(scenario())


def test_register_map_doc_is_generated_from_the_table() -> None:
    from pathlib import Path
    doc = Path(modbus.__file__).parent / "REGISTERS.md"
    assert doc.read_text() == R.register_map(), "run: python -m vs1kit.integrations.modbus > " + str(doc)
    for point in R.CONTROL + R.STATUS + R.COMMAND + R.WORDS:
        assert f"| {point.table} | {point.address} | {point.type} | {point.key} |" in doc.read_text()


@pytest.mark.parametrize("word_order,byte_order", [("big", "big"), ("little", "big"), ("big", "little"),
                                                   ("little", "little")])
@pytest.mark.parametrize("type_,value", [("u16", 65535), ("i16", -2), ("u32", 0x12345678),
                                         ("i32", -100000), ("f32", 3.5)])
def test_word_and_byte_order(type_: R.WordType, value: float, word_order: str, byte_order: str) -> None:
    words = R.encode(value, type_, word_order=word_order, byte_order=byte_order)
    assert R.decode(words, type_, word_order=word_order, byte_order=byte_order) == value
    if type_ == "u32":
        expect = {("big", "big"): [0x1234, 0x5678], ("little", "big"): [0x5678, 0x1234],
                  ("big", "little"): [0x3412, 0x7856], ("little", "little"): [0x7856, 0x3412]}
        assert words == expect[(word_order, byte_order)]


def test_config_schema_errors_name_the_key() -> None:
    from vs1kit.bridge.schema import ConfigError
    with pytest.raises(ConfigError, match=r"integrations\.modbus\.prot"):
        modbus.parse_config({"prot": 502})
    with pytest.raises(ConfigError, match=r"integrations\.modbus\.word_order"):
        modbus.parse_config({"word_order": "middle"})
    with pytest.raises(ConfigError, match=r"integrations\.modbus\.results\[0\]\.type"):
        modbus.parse_config({"results": [{"datum": "A.B", "type": "f64"}]})
    with pytest.raises(ConfigError, match=r"integrations\.modbus\.units\.cam1"):
        modbus.parse_config({"units": {"cam1": 0}})


def test_camera_drop_clears_online_and_sets_error_4_until_restored() -> None:
    async def scenario() -> None:
        async with camera_hub() as (emu, hub):
            port = free_port()
            entry = await modbus.async_setup_entry(hub, {"port": port})
            try:
                client = AsyncModbusTcpClient("127.0.0.1", port=port)
                assert await client.connect()
                plc = HandshakePlc(client, timeout=30)
                S, C = R.STATUS_BIT, R.CONTROL_BIT
                await plc.enable()
                emu.cameras[0].stall(1.0)
                emu.cameras[0].drop_connections()
                bits = await plc.wait("offline", lambda b: not b[S["online"]])
                assert not bits[S["trigger_ready"]] and bits[S["error"]]
                assert (await plc.words())[R.WORD["error_code"].address] == R.ERROR_UNAVAILABLE
                await plc.wait("online again", lambda b: b[S["online"]])
                await plc.write(C["clear_error"], True)
                await plc.write(C["clear_error"], False)
                await plc.wait("trigger ready again", lambda b: b[S["trigger_ready"]])
                client.close()
            finally:
                await modbus.async_unload_entry(entry)
    run(scenario())


def test_one_unit_id_per_camera() -> None:
    async def scenario() -> None:
        async with camera_hub(cameras=2) as (_, hub):
            port = free_port()
            entry = await modbus.async_setup_entry(hub, {"port": port, "units": {"cam2": 7}})
            try:
                assert {cid: cu.unit_id for cid, cu in entry.server.units.items()} == {"cam1": 1, "cam2": 7}
                client = AsyncModbusTcpClient("127.0.0.1", port=port)
                assert await client.connect()
                plc1, plc7 = HandshakePlc(client, unit=1), HandshakePlc(client, unit=7)
                await plc7.enable()
                res = await plc7.cycle()
                assert res.inspection_id == res.acquisition_id
                # Unit 1 (the other camera) saw nothing of it.
                assert R.decode((await plc1.words())[4:6], "u32") == 0
                assert not (await plc1.status())[R.STATUS_BIT["trigger_ack"]]
                client.close()
            finally:
                await modbus.async_unload_entry(entry)
    run(scenario())
