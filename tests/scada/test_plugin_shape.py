"""The three SCADA integrations fit the bridge's plugin protocol (checked on the modules, so the
check holds before their entry points are registered), their quality_scale.yaml files follow
the rules, config errors name the key, and diagnostics redact secrets."""

from __future__ import annotations

import dataclasses
import inspect
import json
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from vs1kit.bridge import plugin
from vs1kit.bridge.schema import ConfigError
from vs1kit.hub import CameraConfig, Hub
from vs1kit.integrations import modbus, opcua, sparkplug
from vs1kit.integrations.opcua import OpcUaEntry
from vs1kit.integrations.sparkplug import SparkplugEntry
from vs1kit.integrations.sparkplug.node import CameraShape, EdgeNode

REQUIRED_RULES = {"entity-unique-id", "entity-unavailable", "config-entry-unloading", "discovery",
                  "diagnostics", "strict-typing", "reconnect", "test-coverage"}
MODULES = {"modbus": modbus, "opcua": opcua, "sparkplug": sparkplug}


@pytest.mark.parametrize("domain", sorted(MODULES))
def test_fits_the_plugin_protocol(domain: str) -> None:
    module: ModuleType = MODULES[domain]
    assert domain == module.DOMAIN
    config: type = module.Config
    assert dataclasses.is_dataclass(config)
    assert all(isinstance(f, dataclasses.Field) for f in dataclasses.fields(config))
    with pytest.raises(dataclasses.FrozenInstanceError):  # frozen: a config is a value
        setattr(config(), dataclasses.fields(config)[0].name, None)
    config()  # an empty section is a valid config
    assert inspect.iscoroutinefunction(module.async_setup_entry)
    assert inspect.iscoroutinefunction(module.async_unload_entry)
    assert callable(module.diagnostics)
    for name in ("DOMAIN", "Config", "async_setup_entry", "async_unload_entry", "diagnostics"):
        assert hasattr(module, name)
    here = Path(module.__file__ or "").parent
    manifest = json.loads((here / "manifest.json").read_text())
    assert manifest["domain"] == domain and manifest["requirements"]
    rules = yaml.safe_load((here / "quality_scale.yaml").read_text())["rules"]
    assert set(rules) >= REQUIRED_RULES
    for name, value in rules.items():
        if isinstance(value, dict):
            assert value["status"] == "exempt" and len(value["comment"].strip()) > 10, name
        else:
            assert value in ("done", "todo"), name
    if domain in plugin.available():  # once registered, the bridge loads the same module
        assert plugin.load(domain) is module


@pytest.mark.parametrize("domain,data,key", [
    ("modbus", {"hots": "x"}, "integrations.modbus.hots"),
    ("sparkplug", {"group_id": "a/b"}, "integrations.sparkplug.group_id"),
    ("sparkplug", {"keepalive": "often"}, "integrations.sparkplug.keepalive"),
    ("opcua", {"security": ["Basic128"]}, r"integrations.opcua.security\[0\]"),
    ("opcua", {"users": {"plc": 5}}, "integrations.opcua.users.plc"),
])
def test_config_errors_name_the_key(domain: str, data: dict[str, object], key: str) -> None:
    with pytest.raises(ConfigError, match=key):
        MODULES[domain].parse_config(data)


def test_diagnostics_redact_secrets() -> None:
    hub = Hub([CameraConfig("c", "127.0.0.1", password="camera-pw")])
    cfg = sparkplug.parse_config({"username": "node", "password": "broker-pw"})
    node = EdgeNode("g", "n", [CameraShape("c")])
    text = json.dumps(sparkplug.diagnostics(SparkplugEntry(hub, cfg, node, {}, "cid")))
    assert "broker-pw" not in text and "**REDACTED**" in text
    ocfg = opcua.parse_config({"users": {"plc": "opc-pw"}})
    entry = OpcUaEntry(hub, ocfg, None, 2, None)  # type: ignore[arg-type]
    text = json.dumps(opcua.diagnostics(entry), default=str)
    assert "opc-pw" not in text and "**REDACTED**" in text
