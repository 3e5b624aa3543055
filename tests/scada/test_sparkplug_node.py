"""The edge node's rules without a broker: events in, publishes out, decoded independently."""

from __future__ import annotations

import json
from typing import Any

from sparkplub_b_packets.core import (  # type: ignore[import-untyped]  # the independent decoder
    sparkplug_b_pb2 as spb,
)

from vs1kit.integrations.sparkplug.node import CameraShape, EdgeNode, Publish

AVAILABLE = {"Status/Available": True, "Status/State": "running"}


def decode(p: Publish) -> Any:
    payload = spb.Payload()
    payload.ParseFromString(p.payload)
    return payload


def born_node(**kw: Any) -> EdgeNode:
    node = EdgeNode("g", "n", [CameraShape("cam1", {"lamp": 9}, (3,))], clock=lambda: 1000, **kw)
    node.camera_status("cam1", AVAILABLE)
    return node


def test_births_then_ddata_with_aliases_and_seq_wrap() -> None:
    node = born_node(bd_seq=7)
    will = decode(node.will())
    assert [(m.name, m.long_value) for m in will.metrics] == [("bdSeq", 7)]
    nbirth, dbirth = node.connected()
    assert nbirth.topic == "spBv1.0/g/NBIRTH/n" and dbirth.topic == "spBv1.0/g/DBIRTH/n/cam1"
    assert decode(nbirth).seq == 0 and decode(dbirth).seq == 1
    assert {m.name: m.long_value for m in decode(nbirth).metrics}["bdSeq"] == 7
    aliases = {m.alias: m.name for m in decode(dbirth).metrics}
    assert len(aliases) == len(decode(dbirth).metrics) and "Virtual/3" in aliases.values()
    seqs = []
    for i in range(300):
        for p in node.inspection("cam1", i, True, 2000 + i, False, {"A.B": i}):
            msg = decode(p)
            seqs.append(msg.seq)
            if p.topic.endswith("DBIRTH/n/cam1"):  # A.B first seen: declared before use
                aliases = {m.alias: m.name for m in msg.metrics}
            else:
                assert all(not m.name and m.alias in aliases for m in msg.metrics)
    assert seqs == [(2 + i) % 256 for i in range(301)]


def test_dcmd_by_name_and_alias_and_refusals() -> None:
    node = born_node()
    _, dbirth = node.connected()
    alias = {m.name: m.alias for m in decode(dbirth).metrics}
    cmd = spb.Payload()
    m = cmd.metrics.add()
    m.name, m.datatype, m.boolean_value = "Commands/Trigger", spb.Boolean, True
    m = cmd.metrics.add()
    m.alias, m.datatype, m.boolean_value = alias["Outputs/lamp"], spb.Boolean, True
    m = cmd.metrics.add()
    m.name, m.datatype, m.long_value = "Counters/Passed", spb.UInt64, 1  # read-only
    _, requests, _ = node.message("spBv1.0/g/DCMD/n/cam1", cmd.SerializeToString())
    assert [(r.name, r.args) for r in requests] == [("trigger", {}),
                                                     ("write_output", {"point": "lamp", "state": True})]
    assert node.stats["refused"] == 1
    [reply] = node.command_done(requests[0], "refused", "not in the allow-list")
    values = {m.alias: m for m in decode(reply).metrics}
    assert values[alias["Commands/Last Result"]].string_value == "trigger: refused (not in the allow-list)"
    assert values[alias["Commands/Trigger"]].boolean_value is False


def test_camera_drop_and_primary_host_state() -> None:
    node = EdgeNode("g", "n", [CameraShape("cam1")], primary_host_id="h", clock=lambda: 1)
    node.camera_status("cam1", AVAILABLE)
    assert node.connected() == [] and "spBv1.0/STATE/h" in node.subscriptions()
    births, _, _ = node.message("spBv1.0/STATE/h", json.dumps({"online": True, "timestamp": 5}).encode())
    assert [p.topic.split("/")[2] for p in births] == ["NBIRTH", "DBIRTH"]
    [death] = node.camera_status("cam1", {"Status/Available": False})
    assert death.topic == "spBv1.0/g/DDEATH/n/cam1" and decode(death).seq == 2
    assert node.camera_status("cam1", {"Status/State": "stopped"}) == []  # dead: nothing
    [birth] = node.camera_status("cam1", {"Status/Available": True})
    assert birth.topic.startswith("spBv1.0/g/DBIRTH/") and decode(birth).seq == 3
    stale, _, _ = node.message("spBv1.0/STATE/h", json.dumps({"online": False, "timestamp": 4}).encode())
    assert stale == [] and node.host_online  # older than the STATE already seen: ignored
    _, _, action = node.message("spBv1.0/STATE/h", json.dumps({"online": False, "timestamp": 6}).encode())
    assert action is not None and action.value == "reconnect"
    node.disconnected()
    assert node.bd_seq == 1 and node.connected() == []
