"""MQTT integration: every camera as a Home Assistant device, through MQTT discovery.

Publishes discovery configs (retained) once a camera has told its identity, the camera's
snapshot as JSON on ``<base>/<camera>/state`` (retained) whenever it changes, availability per
camera and for the bridge itself (with a last will), and carries out commands received on
``<base>/<camera>/cmd/...`` (trigger, running ON/OFF, vio/<n> ON/OFF) through the hub.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from dataclasses import dataclass, field
from typing import Any

import aiomqtt

from vs1kit.hub import Hub, HubEvent

from .discovery import Topics, discovery_messages

log = logging.getLogger(__name__)

DOMAIN = "mqtt"


@dataclass
class MqttEntry:
    hub: Hub
    config: dict[str, Any]
    topics: Topics
    connected: bool = False
    published: int = 0
    commands: dict[str, int] = field(default_factory=lambda: {"ok": 0, "failed": 0})
    announced: set[str] = field(default_factory=set)
    _queue: asyncio.Queue[HubEvent | None] = field(default_factory=asyncio.Queue)
    _task: asyncio.Task[None] | None = None
    _unsubscribe: Any = None
    _client: aiomqtt.Client | None = None

    # ---------------------------------------------------------------- life cycle

    async def start(self) -> None:
        self._unsubscribe = self.hub.add_listener(self._queue.put_nowait)
        self._task = asyncio.create_task(self._run())

    async def wait_connected(self, timeout: float = 10.0) -> None:
        async def up() -> None:
            while not self.connected:
                await asyncio.sleep(0.05)
        await asyncio.wait_for(up(), timeout)

    async def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        client = self._client
        if client is not None and self.connected:
            with contextlib.suppress(aiomqtt.MqttError):
                for cid in self.hub.configs:
                    await client.publish(self.topics.availability(cid), "offline", qos=1, retain=True)
                await client.publish(self.topics.bridge_availability, "offline", qos=1, retain=True)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    # ---------------------------------------------------------------- broker session

    async def _run(self) -> None:
        delay = 0.5
        while True:
            try:
                await self._session()
            except aiomqtt.MqttError as exc:
                self.connected = False
                log.warning("MQTT broker: %s; reconnecting in %.1f s", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)

    async def _session(self) -> None:
        cfg = self.config
        will = aiomqtt.Will(self.topics.bridge_availability, "offline", qos=1, retain=True)
        async with aiomqtt.Client(
            hostname=cfg.get("host", "127.0.0.1"), port=int(cfg.get("port", 1883)),
            username=cfg.get("username"), password=cfg.get("password"),
            identifier=cfg.get("client_id", "vs1kit-bridge"), will=will,
        ) as client:
            self._client = client
            await client.publish(self.topics.bridge_availability, "online", qos=1, retain=True)
            await client.subscribe(self.topics.command_filter, qos=1)
            self.announced.clear()  # a new broker session may have lost retained configs
            for cid, snap in self.hub.snapshots.items():
                await self._publish_camera(client, HubEvent(cid, snap, frozenset({"available"})))
            self.connected = True
            commands = asyncio.create_task(self._commands(client))
            try:
                while True:
                    event = await self._queue.get()
                    if event is None:
                        return
                    await self._publish_camera(client, event)
            finally:
                commands.cancel()
                self.connected = False

    async def _publish_camera(self, client: aiomqtt.Client, event: HubEvent) -> None:
        cid, snap = event.camera_id, event.snapshot
        config = self.hub.configs[cid]
        if cid not in self.announced and snap.available and (snap.serial or snap.mac):
            for topic, payload in discovery_messages(config, snap, self.topics):
                await client.publish(topic, json.dumps(payload), qos=1, retain=True)
                self.published += 1
            self.announced.add(cid)
        if "available" in event.changed:
            await client.publish(self.topics.availability(cid), "online" if snap.available else "offline",
                                 qos=1, retain=True)
        await client.publish(self.topics.state(cid), json.dumps(snap.as_dict()), qos=0, retain=True)
        self.published += 1

    async def _commands(self, client: aiomqtt.Client) -> None:
        async for message in client.messages:
            topic = str(message.topic)
            payload = message.payload.decode("utf-8", "replace") if isinstance(message.payload, bytes) else str(message.payload)
            try:
                await self._command(topic, payload.strip())
                self.commands["ok"] += 1
            except Exception as exc:  # a bad command must not stop the bridge
                self.commands["failed"] += 1
                log.warning("MQTT command %s %r failed: %s", topic, payload, exc)

    async def _command(self, topic: str, payload: str) -> None:
        prefix = f"{self.topics.base}/"
        parts = topic.removeprefix(prefix).split("/")
        if len(parts) < 3 or parts[1] != "cmd":
            raise ValueError(f"not a command topic: {topic}")
        cid, command = parts[0], parts[2:]
        on = payload.upper() in ("ON", "1", "TRUE")
        if command == ["trigger"]:
            await self.hub.command(cid, "trigger")
        elif command == ["running"]:
            await self.hub.command(cid, "start" if on else "stop")
        elif len(command) == 2 and command[0] == "vio":
            await self.hub.command(cid, "write_virtual", int(command[1]), on)
        else:
            raise ValueError(f"unknown command {'/'.join(command)!r}")


async def async_setup_entry(hub: Hub, config: dict[str, Any]) -> MqttEntry:
    """Connect to the broker (reconnecting as needed) and start publishing."""
    topics = Topics(base=config.get("base_topic", "vs1"),
                    discovery_prefix=config.get("discovery_prefix", "homeassistant"))
    entry = MqttEntry(hub, config, topics)
    await entry.start()
    return entry


async def async_unload_entry(entry: MqttEntry) -> None:
    """Mark everything offline and disconnect."""
    await entry.stop()
