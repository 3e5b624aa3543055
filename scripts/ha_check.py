"""Look at the bridge in a real Home Assistant (issue 9's must-show), all on loopback.

Starts Mosquitto, Home Assistant (from a separate venv, default /tmp/ha-venv: see
scripts/ha-check, which creates it), onboards HA and adds the MQTT config entry through its REST
API, starts an emulated camera (`vs1 emulate`) and the bridge (`vs1 bridge run -c`), then checks:

* every entity the bridge announced (retained discovery configs on the broker) is in HA's entity
  registry, and none is unavailable (states are listed, including `unknown` ones and why);
* the trigger button works: `button.press` through the REST API, the inspections sensor counts up;
  the output switch works: `switch.turn_on`, the state (read back from the camera) turns on;
* entities that leave the config leave HA: the bridge restarted without a datum and a point;
* HA's log has no MQTT discovery errors or warnings (every WARNING/ERROR line is printed).

With chromium installed it also takes screenshots of the camera's and the bridge's device pages
(logged in by putting the onboarding tokens into the frontend's localStorage over the DevTools
protocol). Writes report.json and the screenshots to --out; exit status 1 if a check failed.

Run: scripts/ha-check [--out DIR] [--keep]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
VS1 = Path(sys.executable).with_name("vs1")
CAMERA = "line1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def port_offset() -> int:
    """An offset at which every port of the registry (and the standard ones) is free."""
    from vs1kit.generated.registry import PORTS

    numbers = [n for p in PORTS.values() for n in p.numbers]
    for offset in range(11000, 16000, 37):
        ok = True
        for n in numbers:
            for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
                with socket.socket(socket.AF_INET, kind) as s:
                    try:
                        s.bind(("127.0.0.1", n + offset))
                    except OSError:
                        ok = False
            if not ok:
                break
        if ok:
            return offset
    raise SystemExit("no free port offset for the emulator")


async def until(what: str, check: Callable[[], Awaitable[Any]], timeout: float, every: float = 0.5) -> Any:
    deadline = time.monotonic() + timeout
    last_exc: BaseException | None = None
    while time.monotonic() < deadline:
        try:
            result = await check()
        except (aiohttp.ClientError, OSError, KeyError, ValueError) as exc:
            last_exc, result = exc, None
        if result:
            return result
        await asyncio.sleep(every)
    raise SystemExit(f"timed out after {timeout} s waiting for {what}" + (f" (last error: {last_exc})" if last_exc else ""))


class HA:
    """Home Assistant's REST and websocket APIs with a token."""

    def __init__(self, session: aiohttp.ClientSession, url: str) -> None:
        self.session, self.url, self.token = session, url, ""
        self.refresh_token = ""
        self.client_id = url + "/"

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    async def get(self, path: str) -> Any:
        async with self.session.get(self.url + path, headers=self.headers()) as r:
            r.raise_for_status()
            return await r.json()

    async def post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        async with self.session.post(self.url + path, headers=self.headers(), json=body or {}) as r:
            text = await r.text()
            if r.status >= 400:
                raise SystemExit(f"POST {path}: HTTP {r.status}: {text}")
            return json.loads(text) if text else None

    async def onboard(self) -> None:
        async with self.session.post(self.url + "/api/onboarding/users", json={
                "client_id": self.client_id, "name": "vs1kit", "username": "vs1kit",
                "password": "vs1kit-check", "language": "en"}) as r:
            r.raise_for_status()
            code = (await r.json())["auth_code"]
        async with self.session.post(self.url + "/auth/token", data={
                "grant_type": "authorization_code", "code": code, "client_id": self.client_id}) as r:
            r.raise_for_status()
            tokens = await r.json()
        self.token, self.refresh_token = tokens["access_token"], tokens["refresh_token"]
        # core_config and analytics are marked done in .storage before the start (see check()).
        await self.post("/api/onboarding/integration", {"client_id": self.client_id,
                                                         "redirect_uri": self.client_id + "?auth_callback=1"})

    async def ws(self, *commands: dict[str, Any]) -> list[Any]:
        """Run websocket commands in order; their results."""
        out = []
        async with self.session.ws_connect(self.url.replace("http", "ws", 1) + "/api/websocket") as ws:
            await ws.receive_json()  # auth_required
            await ws.send_json({"type": "auth", "access_token": self.token})
            if (await ws.receive_json())["type"] != "auth_ok":
                raise SystemExit("websocket auth failed")
            for i, cmd in enumerate(commands, 1):
                await ws.send_json({"id": i, **cmd})
                while True:
                    msg = await ws.receive_json()
                    if msg.get("id") == i and msg.get("type") == "result":
                        if not msg.get("success"):
                            raise SystemExit(f"websocket {cmd['type']}: {msg.get('error')}")
                        out.append(msg["result"])
                        break
        return out


def retained_discovery(port: int, prefix: str = "homeassistant") -> dict[str, dict[str, Any]]:
    """The discovery configs retained on the broker: topic -> payload (what HA should have)."""
    proc = subprocess.run(["mosquitto_sub", "-h", "127.0.0.1", "-p", str(port), "-t", f"{prefix}/+/+/+/config",
                           "-t", f"{prefix}/+/+/config", "-v", "--retained-only", "-W", "3"],
                          capture_output=True, text=True, check=False)
    found = {}
    for line in proc.stdout.splitlines():
        topic, _, payload = line.partition(" ")
        if payload.strip():
            found[topic] = json.loads(payload)
    return found


async def screenshot(ha: HA, chromium: str, pages: dict[str, str], out: Path) -> list[Path]:
    """Log the frontend in with the onboarding tokens and capture each page."""
    debug_port = free_port()
    profile = Path(tempfile.mkdtemp(prefix="vs1-ha-chromium-"))
    proc = subprocess.Popen([chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                             f"--remote-debugging-port={debug_port}", f"--user-data-dir={profile}",
                             "--window-size=1400,1000", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shots = []
    try:
        async def targets() -> Any:
            async with ha.session.get(f"http://127.0.0.1:{debug_port}/json/list") as r:
                pages_ = [t for t in await r.json() if t.get("type") == "page"]
                return pages_
        page = (await until("chromium's DevTools endpoint", targets, 30))[0]
        async with ha.session.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0) as ws:
            seq = 0

            async def cdp(method: str, **params: Any) -> Any:
                nonlocal seq
                seq += 1
                await ws.send_json({"id": seq, "method": method, "params": params})
                while True:
                    msg = await ws.receive_json()
                    if msg.get("id") == seq:
                        return msg.get("result", {})

            async def settle(seconds: float) -> None:
                # The frontend renders in shadow DOM after its websocket delivers the registries;
                # there is no single "rendered" signal to wait on from outside.
                await asyncio.sleep(seconds)

            await cdp("Emulation.setDeviceMetricsOverride", width=1400, height=1500, deviceScaleFactor=1, mobile=False)
            await cdp("Page.navigate", url=ha.url + "/")
            await settle(3)
            tokens = {"access_token": ha.token, "token_type": "Bearer", "expires_in": 1800,
                      "hassUrl": ha.url, "clientId": ha.client_id, "refresh_token": ha.refresh_token,
                      "expires": int(time.time() * 1000) + 1_800_000}
            await cdp("Runtime.evaluate", expression=f"localStorage.setItem('hassTokens', {json.dumps(json.dumps(tokens))})")
            for name, path in pages.items():
                await cdp("Page.navigate", url=ha.url + path)
                await settle(8)
                shot = await cdp("Page.captureScreenshot", format="png")
                target = out / f"{name}.png"
                target.write_bytes(base64.b64decode(shot["data"]))
                shots.append(target)
    finally:
        proc.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(10)
        shutil.rmtree(profile, ignore_errors=True)
    return shots


async def check(args: argparse.Namespace) -> int:
    work = Path(tempfile.mkdtemp(prefix="vs1-ha-check-"))
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    procs: list[subprocess.Popen[bytes]] = []
    report: dict[str, Any] = {"homeassistant": None, "problems": []}

    def spawn(name: str, cmd: list[str], **kw: Any) -> subprocess.Popen[bytes]:
        log = (work / f"{name}.log").open("wb")
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, **kw)
        procs.append(proc)
        return proc

    try:
        # 1. Mosquitto on loopback.
        mqtt_port = free_port()
        (work / "mosquitto.conf").write_text(f"listener {mqtt_port} 127.0.0.1\nallow_anonymous true\n"
                                             + ("user root\n" if os.geteuid() == 0 else ""))
        spawn("mosquitto", [shutil.which("mosquitto") or "/usr/sbin/mosquitto", "-c", str(work / "mosquitto.conf")])

        # 2. Home Assistant on loopback with a minimal configuration (no default_config: its
        # discovery integrations need packages and hardware this check has nothing to do with).
        ha_port = free_port()
        config = work / "ha-config"
        config.mkdir()
        (config / "configuration.yaml").write_text(
            "homeassistant:\n  name: vs1kit check\n  unit_system: metric\n  time_zone: UTC\n"
            "  latitude: 52.5\n  longitude: 13.4\n  elevation: 30\n  currency: EUR\n  country: DE\n"
            f"http:\n  server_host: 127.0.0.1\n  server_port: {ha_port}\n"
            "frontend:\nconfig:\napi:\nsystem_log:\nlogger:\n  default: info\n")
        # Onboarding's core_config step would add met, google_translate and radio_browser (the
        # internet, and packages HA would pip-install); the location is in configuration.yaml, so
        # that step and analytics are recorded as done. The user and integration steps run
        # through the REST API as the frontend does them.
        (config / ".storage").mkdir()
        (config / ".storage" / "onboarding").write_text(json.dumps(
            {"version": 4, "minor_version": 1, "key": "onboarding", "data": {"done": ["core_config", "analytics"]}}))
        hass = Path(args.ha_venv) / "bin" / "hass"
        spawn("hass", [str(hass), "-c", str(config)])  # installs what its components need
        url = f"http://127.0.0.1:{ha_port}"
        async with aiohttp.ClientSession() as session:
            ha = HA(session, url)

            async def onboarding() -> Any:
                async with session.get(url + "/api/onboarding") as r:
                    return r.status == 200 and await r.json()
            await until("Home Assistant's HTTP server", onboarding, 900, every=1)
            await ha.onboard()
            report["homeassistant"] = (await ha.get("/api/config"))["version"]
            print(f"Home Assistant {report['homeassistant']} at {url}, onboarded")

            flow = await ha.post("/api/config/config_entries/flow", {"handler": "mqtt", "show_advanced_options": False})
            done = await ha.post(f"/api/config/config_entries/flow/{flow['flow_id']}",
                                 {"broker": "127.0.0.1", "port": mqtt_port})
            if done.get("type") != "create_entry":
                raise SystemExit(f"MQTT config flow: {done}")
            print(f"MQTT config entry added: broker 127.0.0.1:{mqtt_port}")

            # 3. The emulated camera and the bridge, as a user runs them.
            offset = port_offset()
            spawn("emulator", [str(VS1), "emulate", "--port-offset", str(offset), "--announce-interval", "0"])

            def bridge_config(datums: str, virtual: str) -> None:
                (work / "bridge.yaml").write_text(
                    f"bridge:\n  id: ha-check\n  state_dir: {work / 'bridge-state'}\n  metrics_port: 0\n"
                    f"cameras:\n  - id: {CAMERA}\n    host: 127.0.0.1\n    port_offset: {offset}\n"
                    f"    password: admin\n    datums: [{datums}]\n    outputs: {{reject: 10}}\n"
                    f"    virtual_points: [{virtual}]\n    image_interval: 5\n"
                    f"integrations:\n  mqtt: {{host: 127.0.0.1, port: {mqtt_port}}}\n")
            bridge_config("Blob1.Count, Blob1.Area", "0, 1")
            bridge = spawn("bridge", [str(VS1), "bridge", "run", "-c", str(work / "bridge.yaml")])

            # 4. Every announced entity in HA, none unavailable.
            async def announced() -> Any:
                found = retained_discovery(mqtt_port)
                return found if any(t.split("/")[1] == "button" for t in found) else None
            discovery = await until("the bridge's discovery configs", announced, 60, every=1)

            async def registry_has_all() -> Any:
                entities = (await ha.ws({"type": "config/entity_registry/list"}))[0]
                by_uid = {e["unique_id"]: e for e in entities if e["platform"] == "mqtt"}
                return by_uid if all(c.get("unique_id") in by_uid for c in discovery.values()) else None
            try:
                by_uid = await until("every announced entity in HA's entity registry", registry_has_all, 60)
            except SystemExit as exc:
                report["problems"].append(str(exc))
                entities = (await ha.ws({"type": "config/entity_registry/list"}))[0]
                by_uid = {e["unique_id"]: e for e in entities if e["platform"] == "mqtt"}

            async def settled() -> Any:
                states = {s["entity_id"]: s for s in await ha.get("/api/states")}
                ids = [e["entity_id"] for e in by_uid.values() if not e.get("disabled_by")]
                return states if all(i in states and states[i]["state"] != "unavailable" for i in ids) else None
            try:
                states = await until("no entity unavailable", settled, 60)
            except SystemExit as exc:
                report["problems"].append(str(exc))
                states = {s["entity_id"]: s for s in await ha.get("/api/states")}
            devices = (await ha.ws({"type": "config/device_registry/list"}))[0]
            device_names = {d["id"]: d.get("name_by_user") or d.get("name") for d in devices}
            rows = []
            for topic, cfg in sorted(discovery.items()):
                entity = by_uid.get(cfg.get("unique_id"))
                state = states.get(entity["entity_id"]) if entity else None
                rows.append({"platform": topic.split("/")[1], "unique_id": cfg.get("unique_id"),
                             "entity_id": entity["entity_id"] if entity else None,
                             "device": device_names.get(entity["device_id"]) if entity else None,
                             "disabled_by": entity.get("disabled_by") if entity else None,
                             "state": state["state"] if state else None,
                             "name": state["attributes"].get("friendly_name") if state else None})
                if entity is None:
                    report["problems"].append(f"announced but not in HA: {topic}")
                elif state is None and not entity.get("disabled_by"):
                    report["problems"].append(f"no state: {entity['entity_id']}")
                elif state is not None and state["state"] == "unavailable":
                    report["problems"].append(f"unavailable: {entity['entity_id']}")
                elif state is not None and state["state"] == "None":
                    # HA 2024.3 maps a rendered None to unknown only for sensors it expects a
                    # number from (state_class, unit or display precision); others show "None".
                    report["problems"].append(f"state is the text 'None' (meant unknown): {entity['entity_id']} "
                                              f"(value_template {cfg.get('value_template')!r})")
            report["entities"] = rows
            print(f"\n{len(rows)} entities announced, {sum(1 for r in rows if r['entity_id'])} in HA:")
            for r in rows:
                print(f"  {r['platform']:<14} {r['entity_id'] or '-':<55} {r['state']!s:<22} {r['device']}")

            # 5. The trigger button.
            button = next((r["entity_id"] for r in rows if r["platform"] == "button"
                           and r["unique_id"].endswith("_trigger") and r["entity_id"]), None)
            counter = next((r["entity_id"] for r in rows if r["platform"] == "sensor"
                            and r["unique_id"].endswith("_inspections") and r["entity_id"]), None)
            if button and counter:
                before = states[counter]["state"]
                await ha.post("/api/services/button/press", {"entity_id": button})

                async def counted() -> Any:
                    now = (await ha.get(f"/api/states/{counter}"))["state"]
                    return now if now not in (before, "unknown", "unavailable") else None
                try:
                    after = await until(f"{counter} to change after pressing {button}", counted, 20)
                    report["trigger"] = {"button": button, "counter": counter, "before": before, "after": after}
                    print(f"\npressed {button}: {counter} {before} -> {after}")
                    # What the inspection changed, as HA shows it.
                    now = {st["entity_id"]: st["state"] for st in await ha.get("/api/states")}
                    changed = {r["entity_id"]: [r["state"], now.get(r["entity_id"])] for r in rows
                               if r["entity_id"] and now.get(r["entity_id"]) != r["state"]}
                    report["changed_by_trigger"] = changed
                    for eid, (was, became) in changed.items():
                        print(f"  {eid}: {was} -> {became}")
                except SystemExit as exc:
                    report["problems"].append(str(exc))
            else:
                report["problems"].append(f"no trigger button / inspections sensor (button={button}, counter={counter})")

            # 5b. A command from HA's side: the configured output as a switch.
            switch = next((r["entity_id"] for r in rows if r["platform"] == "switch"
                           and "_output_" in r["unique_id"] and r["entity_id"]), None)
            if switch:
                await ha.post("/api/services/switch/turn_on", {"entity_id": switch})

                async def switched() -> Any:
                    return (await ha.get(f"/api/states/{switch}"))["state"] == "on"
                try:
                    await until(f"{switch} to be on after switch.turn_on", switched, 20)
                    report["switch"] = {"entity": switch, "after_turn_on": "on"}
                    print(f"switch.turn_on {switch}: on (the camera's output point 10 was written)")
                except SystemExit as exc:
                    report["problems"].append(str(exc))
            else:
                report["problems"].append("no switch for the configured output")

            # 6. Screenshots of the device pages.
            chromium = shutil.which("chromium") or shutil.which("chromium-browser")
            if chromium:
                camera_device = next((e["device_id"] for e in by_uid.values() if e["unique_id"].endswith("_trigger")), None)
                bridge_device = next((e["device_id"] for e in by_uid.values() if e["device_id"] != camera_device), None)
                pages = {"ha-camera-device": f"/config/devices/device/{camera_device}"}
                if bridge_device:
                    pages["ha-bridge-device"] = f"/config/devices/device/{bridge_device}"
                pages["ha-overview"] = "/lovelace/0"
                shots = await screenshot(ha, chromium, pages, out)
                report["screenshots"] = [str(p) for p in shots]
                print("\nscreenshots: " + ", ".join(str(p) for p in shots))
            else:
                print("\n(no chromium: no screenshots; apt-get install chromium)")

            # 6b. Entities that left the config leave HA: restart the bridge without Blob1.Area
            # and virtual point 1; their discovery configs are cleared and HA deletes them.
            bridge.send_signal(signal.SIGTERM)
            bridge.wait(30)
            bridge_config("Blob1.Count", "0")
            spawn("bridge-restarted", [str(VS1), "bridge", "run", "-c", str(work / "bridge.yaml")])
            leaving = {uid for uid in by_uid if uid.endswith(("_blob1_area", "_vio_1"))}

            async def removed() -> Any:
                entities = (await ha.ws({"type": "config/entity_registry/list"}))[0]
                left = {e["unique_id"] for e in entities if e["platform"] == "mqtt"}
                states_now = {st["entity_id"]: st["state"] for st in await ha.get("/api/states")}
                staying = [e["entity_id"] for uid, e in by_uid.items() if uid not in leaving]
                return (not leaving & left and all(states_now.get(i) not in (None, "unavailable") for i in staying)
                        and {uid: e["entity_id"] for uid, e in by_uid.items() if uid in leaving})
            if len(leaving) != 2:
                report["problems"].append(f"expected the Blob1.Area sensor and the virtual IO 1 switch, got {sorted(leaving)}")
            else:
                try:
                    gone = await until("the removed datum and point to leave HA (the rest available)", removed, 60)
                    report["removed_after_restart"] = sorted(gone.values())
                    print(f"bridge restarted without Blob1.Area and virtual point 1: {', '.join(sorted(gone.values()))} "
                          "removed from HA, every other entity available again")
                    if counter and "trigger" in report:
                        # The counters never go backwards across a bridge restart.
                        now_count = (await ha.get(f"/api/states/{counter}"))["state"]
                        report["counter_after_restart"] = now_count
                        print(f"{counter} after the restart: {now_count} (was {report['trigger']['after']})")
                        if float(now_count) < float(report["trigger"]["after"]):
                            report["problems"].append(f"{counter} went backwards across the bridge restart: "
                                                      f"{report['trigger']['after']} -> {now_count}")
                except SystemExit as exc:
                    report["problems"].append(str(exc))

        # 7. HA's log: every warning and error, MQTT ones are problems.
        log_lines = (config / "home-assistant.log").read_text(errors="replace").splitlines()
        noisy = [ln for ln in log_lines if re.search(r" (WARNING|ERROR|CRITICAL) ", ln)]
        report["log_warnings"] = noisy
        mqtt_noise = [ln for ln in noisy if "mqtt" in ln.lower() or "discovery" in ln.lower()]
        report["problems"] += [f"HA log: {ln}" for ln in mqtt_noise]
        print(f"\nHA log: {len(log_lines)} lines, {len(noisy)} WARNING/ERROR, {len(mqtt_noise)} about MQTT/discovery")
        for ln in noisy:
            print("  " + ln[:300])
        shutil.copy(config / "home-assistant.log", out / "home-assistant.log")
        for name in ("bridge", "bridge-restarted"):
            shutil.copy(work / f"{name}.log", out / f"{name}.log")
    finally:
        for proc in reversed(procs):
            proc.send_signal(signal.SIGTERM)
        for proc in reversed(procs):
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"work directory kept: {work}")
    (out / "report.json").write_text(json.dumps(report, indent=2))
    print(f"\nreport: {out / 'report.json'}")
    if report["problems"]:
        print("PROBLEMS:\n  " + "\n  ".join(report["problems"]))
        return 1
    print("OK: every entity in HA, none unavailable, the trigger button counts, no MQTT warnings in HA's log")
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ha-venv", default=os.environ.get("VS1_HA_VENV", "/tmp/ha-venv"))
    parser.add_argument("--out", default=str(ROOT / "out" / "ha-check"))
    parser.add_argument("--keep", action="store_true", help="keep the work directory (configs, logs)")
    raise SystemExit(asyncio.run(check(parser.parse_args())))


if __name__ == "__main__":
    main()
