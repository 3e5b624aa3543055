"""The plugin model: every registered integration satisfies the protocol, has a valid
quality_scale.yaml and manifest, and redacts secrets in its diagnostics. Plus the bridge CLI:
init/check (errors name the key), install-service (systemd-analyze verify), SIGTERM stop."""

from __future__ import annotations

import asyncio
import dataclasses
import inspect
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from client.conftest import EmulatorThread, port_map_of

from vs1kit.bridge import plugin
from vs1kit.bridge.cli import bridge_command
from vs1kit.hub import CameraConfig, Hub
from vs1kit.integrations.mqtt import Config as MqttConfig
from vs1kit.integrations.mqtt import MqttEntry, diagnostics
from vs1kit.integrations.mqtt.discovery import Topics
from vs1kit.integrations.mqtt.outbox import Outbox

# The rules every integration states (HA's quality scale names); done, todo, or exempt + reason.
REQUIRED_RULES = {"entity-unique-id", "entity-unavailable", "config-entry-unloading", "discovery",
                  "diagnostics", "strict-typing", "reconnect", "test-coverage"}


def test_every_registered_integration_fits_the_protocol() -> None:
    domains = plugin.available()
    assert {"mqtt", "modbus"} <= set(domains)  # integrations/scada was retired (modbus replaces it)
    for domain in domains:
        module = plugin.load(domain)
        assert domain == module.DOMAIN
        cfg = module.Config
        assert dataclasses.is_dataclass(cfg) and cfg.__dataclass_params__.frozen  # type: ignore[attr-defined]
        cfg()  # every key has a default: an empty section is a valid config
        assert inspect.iscoroutinefunction(module.async_setup_entry)
        assert inspect.iscoroutinefunction(module.async_unload_entry)
        assert callable(module.diagnostics)
        here = plugin.quality_scale_path(domain).parent
        manifest = json.loads((here / "manifest.json").read_text())
        assert manifest["domain"] == domain and manifest["requirements"] is not None


def test_quality_scale_files_are_valid() -> None:
    for domain in plugin.available():
        data = yaml.safe_load(plugin.quality_scale_path(domain).read_text())
        assert set(data) == {"rules"}, domain
        rules = data["rules"]
        assert set(rules) >= REQUIRED_RULES, f"{domain}: missing {REQUIRED_RULES - set(rules)}"
        for name, value in rules.items():
            if isinstance(value, dict):
                assert set(value) == {"status", "comment"}, f"{domain}.{name}"
                assert value["status"] == "exempt" and len(value["comment"].strip()) > 10, \
                    f"{domain}.{name}: an exemption carries its reason"
            else:
                assert value in ("done", "todo"), f"{domain}.{name}: {value!r}"


def test_diagnostics_redact_secrets(tmp_path: Path) -> None:
    hub = Hub([CameraConfig("c", "127.0.0.1", password="camera-pw")])
    cfg = MqttConfig(username="plant", password="broker-pw")
    entry = MqttEntry(hub, cfg, Topics(), Outbox(tmp_path / "o.sqlite"), "cid")
    text = json.dumps(diagnostics(entry))
    assert "broker-pw" not in text and "plant" not in text and "**REDACTED**" in text
    assert json.loads(text)["config"]["host"] == "127.0.0.1"


def test_cli_init_check_and_key_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    path = tmp_path / "bridge.yaml"
    assert runner.invoke(bridge_command, ["init", str(path)]).exit_code == 0
    r = runner.invoke(bridge_command, ["check", "-c", str(path)])
    assert r.exit_code == 0 and "ok (1 camera(s); integrations: mqtt)" in r.output
    assert runner.invoke(bridge_command, ["init", str(path)]).exit_code != 0  # no silent overwrite
    typo = tmp_path / "typo.yaml"
    typo.write_text(path.read_text().replace("    host: 127.0.0.1", "    hots: 127.0.0.1"))
    r = runner.invoke(bridge_command, ["check", "-c", str(typo)])
    assert r.exit_code == 1 and "integrations.mqtt.hots: unknown key (did you mean 'host'?)" in r.output
    tls = tmp_path / "tls.yaml"
    tls.write_text(path.read_text().replace("    keepalive: 10", "    tls: true"))
    r = runner.invoke(bridge_command, ["check", "-c", str(tls)])
    assert r.exit_code == 1 and "integrations.mqtt.tls: must be a mapping, got True" in r.output


@pytest.mark.serial("apt")  # may apt-get install: one apt at a time
def test_install_service_unit_verifies(tmp_path: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        subprocess.run("DEBIAN_FRONTEND=noninteractive apt-get install -y -qq systemd", shell=True,
                       capture_output=True, check=False)
    if shutil.which("systemd-analyze") is None:
        pytest.fail("systemd-analyze is needed to verify the unit and could not be installed")
    config = tmp_path / "bridge.yaml"
    runner = CliRunner()
    runner.invoke(bridge_command, ["init", str(config)])
    unit = tmp_path / "vs1-bridge.service"
    r = runner.invoke(bridge_command, ["install-service", "-c", str(config), "--unit", str(unit)])
    assert r.exit_code == 0, r.output
    assert "systemd-analyze verify: ok" in r.output
    text = unit.read_text()
    assert f"bridge run -c {config.resolve()}" in text and "KillSignal=SIGTERM" in text


def test_sigterm_stops_within_seconds_with_a_backlog(tmp_path: Path) -> None:
    """No broker at all, inspections piling up in the outbox: SIGTERM still stops at once."""
    emu = EmulatorThread()
    try:
        server = emu.emu.cameras[0]
        dead_port = 1  # nothing listens there: every broker connect fails
        cfg = {"bridge": {"id": "term", "state_dir": str(tmp_path / "state")},
               "cameras": [{"id": "c", "host": server.host, "port_map": port_map_of(server),
                            "password": "admin", "poll_interval": 0.2}],
               "integrations": {"mqtt": {"port": dead_port, "keepalive": 2}}}
        path = tmp_path / "bridge.yaml"
        path.write_text(yaml.safe_dump(cfg))
        log = (tmp_path / "bridge.log").open("wb")
        proc = subprocess.Popen([sys.executable, "-m", "vs1kit.bridge", "run", "-c", str(path)],
                                stdout=log, stderr=log, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            outbox = tmp_path / "state" / "mqtt-outbox.sqlite"

            async def trigger() -> Any:
                from vs1kit.client import Camera
                async with Camera(server.host, port_map=port_map_of(server), password="admin") as cam:
                    await cam.gain_control("admin")
                    deadline = time.monotonic() + 30
                    while time.monotonic() < deadline:
                        if _depth(outbox) >= 200:
                            return
                        await cam.trigger(count=50)
                        await asyncio.sleep(0.1)
                    raise AssertionError("the bridge never stored a backlog")
            asyncio.run(trigger())
            started = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            rc = proc.wait(10)
            took = time.monotonic() - started
            assert rc == 0 and took < 5.0, ((tmp_path / "bridge.log").read_text()[-2000:], took)
            assert _depth(outbox) >= 200  # the backlog is kept for the next start
        finally:
            if proc.poll() is None:
                proc.kill()
    finally:
        emu.stop()


def _depth(path: Path) -> int:
    import sqlite3
    if not path.exists():
        return 0
    with sqlite3.connect(path) as db:
        try:
            return int(db.execute("SELECT COUNT(*) FROM messages").fetchone()[0])
        except sqlite3.OperationalError:
            return 0
