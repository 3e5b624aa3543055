"""OPC UA server shaped after OPC 40100 Machine Vision (integration ``opcua``, asyncua).

Per camera, under ``Objects/VisionSystems``, a vision system object with
``VisionStateMachine`` (``CurrentState``; methods ``StartSingleJob``, ``StartContinuous``,
``Stop``), ``RecipeManagement`` (the camera's jobs as recipes, ``PreparedRecipe``, method
``PrepareRecipe``), ``ResultManagement`` (``RecentResultIds``, ``LastResult``, method
``GetResultById``) and status variables. Every inspection raises a ``ResultReadyEventType``
event on the vision system (ResultId, JobId, ResultState, CreationTime, ResultContent,
InternalRecipeId, IsPartial). Methods run through the hub's command table; a refused or failed
command answers ``BadInvalidState``/``BadInvalidArgument``.

Security: anonymous or username/password (``users``); endpoints ``none`` and/or
``Basic256Sha256_SignAndEncrypt`` with a certificate generated on first run in ``cert_dir`` and
kept for later runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from asyncua import ua
from asyncua.common.node import Node
from asyncua.crypto.cert_gen import setup_self_signed_certificate
from asyncua.crypto.permission_rules import User, UserRole
from asyncua.server.server import Server
from asyncua.ua.object_ids import ObjectIds
from asyncua.ua.status_codes import StatusCodes
from asyncua.ua.uaerrors import UaStatusCodeError
from cryptography.x509.oid import ExtendedKeyUsageOID

from vs1kit.hub import CameraSnapshot, Hub, HubEvent, InspectionEvent, StatusEvent

from . import model

log = logging.getLogger(__name__)
# asyncua logs every node it adds and every session at INFO: ~1,500 lines a minute in the
# bridge's log with one client browsing. Its warnings and errors still come through.
logging.getLogger("asyncua").setLevel(logging.WARNING)

DOMAIN = "opcua"
REDACTED = "**REDACTED**"
Policy = Literal["none", "Basic256Sha256_SignAndEncrypt"]


@dataclass(frozen=True)
class Config:
    """The ``integrations.opcua`` section."""

    host: str = "127.0.0.1"
    port: int = 4840
    path: str = "/vs1kit/"
    security: tuple[Policy, ...] = ("none",)
    users: Mapping[str, str] = field(default_factory=dict)
    """username -> password; when given, anonymous sessions are refused."""
    cert_dir: str = "~/.local/share/vs1kit/opcua"
    """Where the server's key and certificate are generated on first run and kept."""
    results_kept: int = 100
    application_uri: str = "urn:vs1kit:bridge:opcua"


def parse_config(data: Mapping[str, Any] | Config | None) -> Config:
    from vs1kit.bridge.schema import ConfigError, load_section
    config = data if isinstance(data, Config) else load_section(Config, dict(data or {}), f"integrations.{DOMAIN}")
    if not config.security:
        raise ConfigError(f"integrations.{DOMAIN}.security: at least one policy")
    if not 1 <= config.results_kept <= 100_000:
        raise ConfigError(f"integrations.{DOMAIN}.results_kept: must be 1..100000, got {config.results_kept}")
    if not 0 < config.port < 65536:
        raise ConfigError(f"integrations.{DOMAIN}.port: must be 1..65535, got {config.port}")
    return config


class _Users:
    """Username/password sessions only, against the configured table."""

    def __init__(self, users: Mapping[str, str]) -> None:
        self.users = dict(users)
        self.refused = 0

    def get_user(self, iserver: Any, username: str | None = None, password: str | None = None,
                 certificate: Any = None) -> User | None:
        if username is not None and self.users.get(username) == password:
            return User(role=UserRole.User, name=username)
        self.refused += 1
        return None


async def ensure_certificate(cert_dir: Path, app_uri: str) -> tuple[Path, Path]:
    """The server's certificate and key: generated when missing (or invalid), else kept."""
    cert_dir.mkdir(parents=True, exist_ok=True)
    cert, key = cert_dir / "server_cert.der", cert_dir / "server_key.pem"
    await setup_self_signed_certificate(
        key, cert, app_uri, socket.gethostname(), [ExtendedKeyUsageOID.SERVER_AUTH],
        {"commonName": "vs1kit bridge", "organizationName": "vs1kit"})
    key.chmod(0o600)
    return cert, key


@dataclass
class VisionSystem:
    """The nodes of one camera."""

    camera_id: str
    node: Node
    state: Node
    status: dict[str, tuple[Node, ua.VariantType]]
    prepared_recipe: Node
    recipes: Node
    recent: Node
    last_result: Node
    results: model.ResultList
    serial: str = ""
    job_name: str = ""
    recipe_nodes: dict[int, Node] = field(default_factory=dict)


@dataclass
class OpcUaEntry:
    hub: Hub
    config: Config
    server: Server
    idx: int
    event_type: Node
    systems: dict[str, VisionSystem] = field(default_factory=dict)
    queue: asyncio.Queue[HubEvent] = field(default_factory=asyncio.Queue)
    events: int = 0
    calls: dict[str, int] = field(default_factory=lambda: {"ok": 0, "refused": 0, "failed": 0})
    users: _Users | None = None
    _worker: asyncio.Task[None] | None = None
    _unsubscribe: Any = None
    _generators: dict[str, Any] = field(default_factory=dict)

    @property
    def endpoint(self) -> str:
        return f"opc.tcp://{self.config.host}:{self.config.port}{self.config.path}"

    def on_event(self, event: HubEvent) -> None:
        if event.camera_id in self.systems and isinstance(event, StatusEvent | InspectionEvent):
            self.queue.put_nowait(event)

    async def _work(self) -> None:
        while True:
            event = await self.queue.get()
            try:
                if isinstance(event, InspectionEvent):
                    await self._result(event)
                elif isinstance(event, StatusEvent):
                    await self._status(event.camera_id, event.snapshot)
            except Exception:  # one bad update must not stop the address space
                log.exception("opcua: updating %s failed", event.camera_id)

    async def _status(self, camera_id: str, s: CameraSnapshot) -> None:
        vs = self.systems[camera_id]
        vs.serial = s.serial or vs.serial
        vs.job_name = s.job_name
        await vs.state.write_value(model.vision_state(s.available, s.state, s.fault))
        values: dict[str, Any] = {"Available": s.available, "CameraState": s.state,
                                  "TriggerMode": s.trigger_mode, "Inspections": s.inspections,
                                  "Passed": s.passed, "Failed": s.failed}
        for key, value in values.items():
            node, vt = vs.status[key]
            await node.write_value(ua.Variant(value, vt))
        await vs.prepared_recipe.write_value(s.job_name)
        for slot, name in s.jobs.items():
            if slot not in vs.recipe_nodes:
                vs.recipe_nodes[slot] = await vs.recipes.add_variable(
                    self.idx, f"Recipe{slot}", name, ua.VariantType.String)
            else:
                await vs.recipe_nodes[slot].write_value(name)

    async def _result(self, e: InspectionEvent) -> None:
        vs = self.systems[e.camera_id]
        # The job from the last status event (hub.snapshots would copy every camera's).
        result = model.VisionResult(model.result_id(e.serial, e.boot_id, e.inspection),
                                    model.job_id(e.camera_id, e.inspection), e.inspection, e.passed,
                                    model.creation_time(e.timestamp_us), vs.job_name, e.datums)
        vs.results.add(result)
        gen = self._generators[e.camera_id]
        ev = gen.event
        ev.ResultId = result.result_id
        ev.JobId = result.job_id
        ev.ResultState = result.state
        ev.CreationTime = result.creation_time
        ev.ResultContent = result.content()
        ev.InternalRecipeId = result.recipe
        ev.IsPartial = False
        ev.Severity = 100 if e.passed else 500
        await gen.trigger(message=f"{e.camera_id} inspection {e.inspection} {'pass' if e.passed else 'fail'}")
        self.events += 1
        await vs.last_result.write_value(result.content())
        await vs.recent.write_value(ua.Variant(vs.results.ids(), ua.VariantType.String))

    # -- methods ---------------------------------------------------------------------------------
    async def command(self, camera_id: str, name: str, args: dict[str, Any]) -> dict[str, Any]:
        res = await self.hub.command(camera_id, name, args, correlation_id=f"opcua:{name}")
        self.calls[res.status] += 1
        if res.status == "refused":
            log.info("opcua: %s %s refused: %s", camera_id, name, res.reason)
            raise _bad(StatusCodes.BadInvalidArgument)
        if res.status != "ok":
            log.warning("opcua: %s %s failed: %s", camera_id, name, res.reason)
            raise _bad(StatusCodes.BadInvalidState)
        return res.result


def _bad(code: int) -> Exception:
    """The method's answer status (asyncua's error class is untyped)."""
    error: Exception = UaStatusCodeError(code)  # type: ignore[no-untyped-call]
    return error


async def _build_system(entry: OpcUaEntry, parent: Node, camera_id: str) -> VisionSystem:
    idx = entry.idx
    obj = await parent.add_object(idx, camera_id)
    sm = await obj.add_object(idx, "VisionStateMachine")
    state = await sm.add_variable(idx, "CurrentState", model.PREOPERATIONAL, ua.VariantType.String)
    status_folder = await obj.add_object(idx, "SystemState")
    status: dict[str, tuple[Node, ua.VariantType]] = {}
    for key, value, vt in (("Available", False, ua.VariantType.Boolean),
                           ("CameraState", "unknown", ua.VariantType.String),
                           ("TriggerMode", "unknown", ua.VariantType.String),
                           ("Inspections", 0, ua.VariantType.UInt32),
                           ("Passed", 0, ua.VariantType.UInt32), ("Failed", 0, ua.VariantType.UInt32)):
        status[key] = (await status_folder.add_variable(idx, key, ua.Variant(value, vt)), vt)
    rm = await obj.add_object(idx, "RecipeManagement")
    prepared = await rm.add_variable(idx, "PreparedRecipe", "", ua.VariantType.String)
    recipes = await rm.add_folder(idx, "Recipes")
    res = await obj.add_object(idx, "ResultManagement")
    recent = await res.add_variable(idx, "RecentResultIds", ua.Variant([], ua.VariantType.String))
    last = await res.add_variable(idx, "LastResult", "", ua.VariantType.String)
    vs = VisionSystem(camera_id, obj, state, status, prepared, recipes, recent, last,
                      model.ResultList(entry.config.results_kept))

    async def start_single_job(parent: ua.NodeId) -> list[ua.Variant]:
        out = await entry.command(camera_id, "trigger", {})
        return [ua.Variant(model.job_id(camera_id, int(out["first_inspection"])), ua.VariantType.String)]

    async def start_continuous(parent: ua.NodeId) -> list[ua.Variant]:
        await entry.command(camera_id, "start", {})
        return []

    async def stop(parent: ua.NodeId) -> list[ua.Variant]:
        await entry.command(camera_id, "stop", {})
        return []

    async def prepare_recipe(parent: ua.NodeId, external_id: ua.Variant) -> list[ua.Variant]:
        raw = external_id.Value if isinstance(external_id, ua.Variant) else external_id
        job: str | int = int(raw) if isinstance(raw, str) and raw.isdigit() else str(raw)
        out = await entry.command(camera_id, "select_job", {"job": job})
        return [ua.Variant(str(out.get("slot", "")), ua.VariantType.String)]

    async def get_result_by_id(parent: ua.NodeId, rid: ua.Variant) -> list[ua.Variant]:
        raw = rid.Value if isinstance(rid, ua.Variant) else rid
        result = vs.results.get(str(raw))
        if result is None:
            raise _bad(StatusCodes.BadNotFound)
        return [ua.Variant(result.content(), ua.VariantType.String),
                ua.Variant(result.state, ua.VariantType.Int32)]

    S = ua.VariantType.String
    await sm.add_method(idx, "StartSingleJob", start_single_job, [], [S])
    await sm.add_method(idx, "StartContinuous", start_continuous, [], [])
    await sm.add_method(idx, "Stop", stop, [], [])
    await rm.add_method(idx, "PrepareRecipe", prepare_recipe, [S], [S])
    await res.add_method(idx, "GetResultById", get_result_by_id, [S], [S, ua.VariantType.Int32])
    return vs


async def async_setup_entry(hub: Hub, config: Mapping[str, Any] | Config | None) -> OpcUaEntry:
    cfg = parse_config(config)
    users = _Users(cfg.users) if cfg.users else None
    server = Server(user_manager=users)  # type: ignore[arg-type]
    await server.init()
    server.set_endpoint(f"opc.tcp://{cfg.host}:{cfg.port}{cfg.path}")
    server.set_server_name("vs1kit bridge (OPC 40100 Machine Vision shape)")
    await server.set_application_uri(cfg.application_uri)
    policies = [ua.SecurityPolicyType.NoSecurity if p == "none"
                else ua.SecurityPolicyType.Basic256Sha256_SignAndEncrypt for p in cfg.security]
    server.set_security_policy(policies)
    server.set_identity_tokens([ua.UserNameIdentityToken] if users else [ua.AnonymousIdentityToken])
    if "Basic256Sha256_SignAndEncrypt" in cfg.security:
        cert, key = await ensure_certificate(Path(cfg.cert_dir).expanduser(), cfg.application_uri)
        await server.load_certificate(str(cert))
        await server.load_private_key(str(key))
    idx = await server.register_namespace(model.NAMESPACE)
    event_type = await server.create_custom_event_type(idx, "ResultReadyEventType", ObjectIds.BaseEventType, [
        ("ResultId", ua.VariantType.String), ("JobId", ua.VariantType.String),
        ("ResultState", ua.VariantType.Int32), ("CreationTime", ua.VariantType.DateTime),
        ("ResultContent", ua.VariantType.String), ("InternalRecipeId", ua.VariantType.String),
        ("IsPartial", ua.VariantType.Boolean),
    ])
    entry = OpcUaEntry(hub, cfg, server, idx, event_type, users=users)
    folder = await server.nodes.objects.add_folder(idx, "VisionSystems")
    for cid in hub.configs:
        vs = await _build_system(entry, folder, cid)
        entry.systems[cid] = vs
        entry._generators[cid] = await server.get_event_generator(event_type, vs.node.nodeid)
    for cid, snap in hub.snapshots.items():
        if cid in entry.systems:
            await entry._status(cid, snap)
    entry._unsubscribe = hub.add_listener(entry.on_event)
    await server.start()
    entry._worker = asyncio.create_task(entry._work())
    return entry


async def async_unload_entry(entry: OpcUaEntry) -> None:
    if entry._unsubscribe is not None:
        entry._unsubscribe()
    if entry._worker is not None:
        entry._worker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await entry._worker
    await entry.server.stop()


def diagnostics(entry: OpcUaEntry) -> dict[str, Any]:
    config = asdict(entry.config)
    config["users"] = {name: REDACTED for name in entry.config.users}
    return {"config": config, "endpoint": entry.endpoint, "events": entry.events,
            "queued": entry.queue.qsize(), "calls": dict(entry.calls),
            "refused_logins": entry.users.refused if entry.users else 0,
            "systems": {cid: {"results": len(vs.results.ids()), "recipes": len(vs.recipe_nodes)}
                        for cid, vs in entry.systems.items()}}
