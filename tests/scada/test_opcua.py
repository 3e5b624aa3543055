"""OPC UA server (OPC 40100 shape) with asyncua's client: browse, state, events, methods, security."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from asyncua import ua
from asyncua.client.client import Client
from asyncua.crypto.cert_gen import setup_self_signed_certificate
from asyncua.ua.uaerrors import UaStatusCodeError
from cryptography.x509.oid import ExtendedKeyUsageOID

from vs1kit.integrations import opcua
from vs1kit.integrations.opcua import model

from .conftest import camera_hub, free_port, until


class Events:
    def __init__(self) -> None:
        self.got: list[Any] = []

    def event_notification(self, event: Any) -> None:
        self.got.append(event)


def run(coro: Any, timeout: float = 180) -> Any:
    return asyncio.run(asyncio.wait_for(coro, timeout))


async def call(node: Any, name: str, *args: Any) -> Any:
    idx = node.nodeid.NamespaceIndex
    return await node.call_method(f"{idx}:{name}", *args)


def test_browse_state_100_result_ready_events_and_every_method(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with camera_hub() as (_, hub):
            port = free_port()
            entry = await opcua.async_setup_entry(hub, {"port": port, "cert_dir": str(tmp_path / "pki")})
            try:
                async with Client(f"opc.tcp://127.0.0.1:{port}/vs1kit/") as client:
                    idx = await client.get_namespace_index(model.NAMESPACE)
                    # Browse: Objects/VisionSystems/cam1 with the OPC 40100 parts.
                    systems = await client.nodes.objects.get_child(f"{idx}:VisionSystems")
                    cams = [(await c.read_browse_name()).Name for c in await systems.get_children()]
                    assert cams == ["cam1"]
                    cam = await systems.get_child(f"{idx}:cam1")
                    parts = {(await c.read_browse_name()).Name for c in await cam.get_children()}
                    assert {"VisionStateMachine", "RecipeManagement", "ResultManagement", "SystemState"} <= parts
                    sm = await cam.get_child(f"{idx}:VisionStateMachine")
                    state = await sm.get_child(f"{idx}:CurrentState")
                    assert await state.read_value() == model.OPERATIONAL  # the emulator runs

                    # ResultReady events during 100 inspections: all 100, in order.
                    etype = await client.nodes.base_event_type.get_child(f"{idx}:ResultReadyEventType")
                    handler = Events()
                    sub = await client.create_subscription(20, handler)
                    await sub.subscribe_events(cam, etype, queuesize=1000)
                    first = (await hub.command("cam1", "trigger", {"count": 100})).result["first_inspection"]
                    await until(lambda: len(handler.got) >= 100, 60, "100 ResultReady events")
                    serial = hub.snapshots["cam1"].serial
                    info = hub.snapshots["cam1"].info
                    assert info is not None
                    ids = [e.ResultId for e in handler.got[:100]]
                    assert ids == [f"{serial}:{info.boot_id}:{first + i}" for i in range(100)]
                    assert ids[0] == model.result_id(serial, info.boot_id, first)
                    ev = handler.got[0]
                    assert ev.JobId == model.job_id("cam1", first)
                    assert ev.ResultState in (model.RESULT_PASS, model.RESULT_FAIL)
                    assert ev.CreationTime is not None and ev.IsPartial is False
                    content = json.loads(ev.ResultContent)
                    assert content["inspection"] == first and "Inspection.Number" in content["datums"]

                    # Methods: every one, through the hub's command table.
                    job = await call(sm, "StartSingleJob")
                    await until(lambda: any(e.JobId == job for e in handler.got), 10, "the single job's result")
                    await call(sm, "Stop")
                    await until(lambda: hub.snapshots["cam1"].state == "stopped", 10, "stopped")
                    await until(_equals(state, model.HALTED), 10, "Halted")
                    with pytest.raises(UaStatusCodeError):
                        await call(sm, "StartSingleJob")  # a stopped camera refuses a trigger
                    await call(sm, "StartContinuous")
                    await until(_equals(state, model.OPERATIONAL), 10, "Operational again")
                    rm = await cam.get_child(f"{idx}:RecipeManagement")
                    slot = next(iter(hub.snapshots["cam1"].jobs))
                    assert await call(rm, "PrepareRecipe", ua.Variant(str(slot), ua.VariantType.String)) == str(slot)
                    prepared = await rm.get_child(f"{idx}:PreparedRecipe")
                    await until(_equals(prepared, hub.snapshots["cam1"].jobs[slot]), 10, "prepared recipe")
                    with pytest.raises(UaStatusCodeError):
                        await call(rm, "PrepareRecipe", ua.Variant("no-such-job", ua.VariantType.String))
                    res = await cam.get_child(f"{idx}:ResultManagement")
                    text, result_state = await call(res, "GetResultById",
                                                    ua.Variant(ids[-1], ua.VariantType.String))
                    assert json.loads(text)["inspection"] == first + 99 and result_state in (1, 2)
                    recent = await (await res.get_child(f"{idx}:RecentResultIds")).read_value()
                    assert ids[-1] in recent and len(recent) <= 100
                    await sub.delete()
                diag = opcua.diagnostics(entry)
                assert diag["events"] >= 101 and diag["calls"]["ok"] >= 4 and diag["calls"]["refused"] >= 1
            finally:
                await opcua.async_unload_entry(entry)
    run(scenario())


def _equals(node: Any, expected: Any) -> Any:
    async def check() -> bool:
        return bool(await node.read_value() == expected)
    return check


async def _client_cert(tmp_path: Path) -> tuple[Path, Path]:
    cert, key = tmp_path / "client_cert.der", tmp_path / "client_key.pem"
    await setup_self_signed_certificate(key, cert, "urn:vs1kit:test:client", "localhost",
                                        [ExtendedKeyUsageOID.CLIENT_AUTH], {"commonName": "test client"})
    return cert, key


def test_password_and_basic256sha256_with_kept_certificate(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with camera_hub() as (_, hub):
            pki = tmp_path / "pki"
            port = free_port()
            config = {"port": port, "cert_dir": str(pki), "users": {"plc": "s3cret"},
                      "security": ["Basic256Sha256_SignAndEncrypt"]}
            entry = await opcua.async_setup_entry(hub, config)
            cert_bytes = (pki / "server_cert.der").read_bytes()
            url = f"opc.tcp://127.0.0.1:{port}/vs1kit/"
            ccert, ckey = await _client_cert(tmp_path)
            try:
                async def connect(user: str, password: str) -> Client:
                    client = Client(url)
                    client.application_uri = "urn:vs1kit:test:client"
                    await client.set_security_string(f"Basic256Sha256,SignAndEncrypt,{ccert},{ckey}")
                    client.set_user(user)
                    client.set_password(password)
                    await client.connect()
                    return client

                with pytest.raises(Exception) as refused:
                    await (await connect("plc", "wrong")).disconnect()
                assert "Bad" in repr(refused.value) or isinstance(refused.value, UaStatusCodeError)
                client = await connect("plc", "s3cret")  # the encrypted policy connects
                try:
                    idx = await client.get_namespace_index(model.NAMESPACE)
                    cam = await client.nodes.objects.get_child([f"{idx}:VisionSystems", f"{idx}:cam1"])
                    state = await cam.get_child([f"{idx}:VisionStateMachine", f"{idx}:CurrentState"])
                    assert await state.read_value() == model.OPERATIONAL
                    assert client.security_policy.URI.endswith("#Basic256Sha256")
                finally:
                    await client.disconnect()
                # Without security the server has no endpoint at all.
                plain = Client(url)
                plain.set_user("plc")
                plain.set_password("s3cret")
                with pytest.raises(Exception):  # noqa: B017  (asyncua raises several kinds here)
                    await plain.connect()
                diag = opcua.diagnostics(entry)
                assert diag["config"]["users"] == {"plc": "**REDACTED**"} and diag["refused_logins"] >= 1
            finally:
                await opcua.async_unload_entry(entry)
            # A second run keeps the certificate generated by the first.
            entry = await opcua.async_setup_entry(hub, {**config, "port": free_port()})
            await opcua.async_unload_entry(entry)
            assert (pki / "server_cert.der").read_bytes() == cert_bytes
    run(scenario())


def test_camera_drop_shows_preoperational_then_operational(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with camera_hub() as (emu, hub):
            port = free_port()
            entry = await opcua.async_setup_entry(hub, {"port": port, "cert_dir": str(tmp_path)})
            try:
                async with Client(f"opc.tcp://127.0.0.1:{port}/vs1kit/") as client:
                    idx = await client.get_namespace_index(model.NAMESPACE)
                    cam = await client.nodes.objects.get_child([f"{idx}:VisionSystems", f"{idx}:cam1"])
                    state = await cam.get_child([f"{idx}:VisionStateMachine", f"{idx}:CurrentState"])
                    available = await cam.get_child([f"{idx}:SystemState", f"{idx}:Available"])
                    await until(_equals(state, model.OPERATIONAL), 10, "Operational")
                    emu.cameras[0].stall(1.0)
                    emu.cameras[0].drop_connections()
                    await until(_equals(state, model.PREOPERATIONAL), 20, "Preoperational on drop")
                    assert await available.read_value() is False
                    await until(_equals(state, model.OPERATIONAL), 30, "Operational on restore")
            finally:
                await opcua.async_unload_entry(entry)
    run(scenario())
