"""A spec change reaches the codecs with no hand-written code changed.

A copy of the spec gets a new field (``exposure_us`` at the end of ``status_reply``) and a new
enum value (``overheated: 5`` in ``camera_state``); ``vs1 codegen`` regenerates into a temp
output root; a subprocess imports ``vs1kit.generated`` from there (everything else from the
checkout), encodes a StatusReply with the new field and value, decodes it with both paths and
checks the bytes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from vs1kit.generated import rpc as checkout_rpc

REPO = Path(__file__).resolve().parents[2]
VS1 = Path(sys.executable).with_name("vs1")

# Makes ``vs1kit`` in the temp output root a package whose ``generated`` comes from there and
# whose every other subpackage (protocol, ...) comes from the checkout.
SHIM = '''\
"""Test shim: vs1kit.generated from this output root, the rest of vs1kit from the checkout."""
__path__.append({real!r})
exec(compile(open({init!r}, encoding="utf-8").read(), {init!r}, "exec"))
'''

PROBE = textwrap.dedent('''\
    import json, sys
    from pathlib import Path
    import vs1kit
    from vs1kit.generated import enums, rpc, announce
    from vs1kit.protocol import wire
    from vs1kit.protocol.construct_ext import decode_slow, encode_slow

    out, repo = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    assert Path(rpc.__file__).resolve().is_relative_to(out), rpc.__file__
    assert Path(wire.__file__).resolve().is_relative_to(repo / "vs1kit"), wire.__file__

    value = rpc.StatusReply(
        state=enums.CameraState.OVERHEATED, trigger_mode=enums.TriggerMode.SOFTWARE,
        flags=enums.StatusReplyFlags.FAULT, job_slot=3, inspections=10, passed=9, failed=1,
        uptime_s=77, job_name="inspect", controller_ip="10.0.0.9", exposure_us=123456,
    )
    data = value.encode()
    back = rpc.StatusReply.decode(data)
    slow = decode_slow(rpc.StatusReply, data)

    vectors = json.loads((out / "tests/vectors/rpc.json").read_text())["vectors"]
    checked = 0
    for v in vectors:
        if v["message"] == "status_reply":
            decoded = rpc.StatusReply.decode(bytes.fromhex(v["hex"]))
            assert decoded.to_dict() == v["value"]
            assert "exposure_us" in v["value"]
            checked += 1
    hello = announce.Announce(state=enums.CameraState.OVERHEATED).encode()
    print(json.dumps({
        "exposure_us": back.exposure_us,
        "state": back.state.name,
        "state_is_member": back.state is enums.CameraState.OVERHEATED,
        "slow_equal": slow == back,
        "slow_encode_equal": encode_slow(value) == data,
        "round_trip": back == value,
        "tail": data[-4:].hex(),
        "mode_byte": data[0],
        "length": len(data),
        "vectors_checked": checked,
        "announce_state": announce.Announce.decode(hello).state.name,
        "overheated": int(enums.CameraState.OVERHEATED),
    }))
''')


def test_new_field_and_enum_value_flow_through_codegen(tmp_path: Path) -> None:
    spec = tmp_path / "protocol_spec"
    shutil.copytree(REPO / "protocol_spec", spec)
    rpc_yaml = spec / "ports" / "rpc.yaml"
    text = rpc_yaml.read_text(encoding="utf-8")
    last = "      - {id: controller_ip, type: ipv4, doc: 0.0.0.0 when nobody is in control.}\n"
    assert text.count(last) == 1
    rpc_yaml.write_text(text.replace(last, last + "      - {id: exposure_us, type: u32}\n"), encoding="utf-8")
    common = spec / "common.yaml"
    text = common.read_text(encoding="utf-8")
    assert text.count("      fault: 4\n") == 1
    common.write_text(text.replace("      fault: 4\n", "      fault: 4\n      overheated: 5\n"), encoding="utf-8")

    out = tmp_path / "out"
    proc = subprocess.run([str(VS1), "codegen", "--spec", str(spec), "--out", str(out)],
                          capture_output=True, text=True, timeout=180, check=False)
    assert proc.returncode == 0, proc.stderr
    generated = out / "vs1kit" / "generated"
    assert "exposure_us" in (generated / "rpc.py").read_text(encoding="utf-8")
    assert "OVERHEATED = 5" in (generated / "enums.py").read_text(encoding="utf-8")

    real = REPO / "vs1kit"
    (out / "vs1kit" / "__init__.py").write_text(
        SHIM.format(real=str(real), init=str(real / "__init__.py")), encoding="utf-8")
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(out), os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run([sys.executable, str(probe), str(out), str(REPO)], capture_output=True,
                         text=True, timeout=120, env=env, cwd=tmp_path, check=False)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])

    assert result["exposure_us"] == 123456
    assert result["tail"] == (123456).to_bytes(4, "big").hex()
    assert result["state"] == "OVERHEATED" and result["state_is_member"]
    assert result["overheated"] == 5
    assert result["mode_byte"] & 0x0F == 5  # state: bits 0..3 of mode
    assert result["mode_byte"] >> 4 == 2  # trigger_mode software
    assert result["round_trip"] and result["slow_equal"] and result["slow_encode_equal"]
    old = checkout_rpc.StatusReply(job_name="inspect", controller_ip="10.0.0.9").encode()
    assert result["length"] == len(old) + 4
    assert result["vectors_checked"] >= 1
    assert result["announce_state"] == "OVERHEATED"

    # The checkout itself is untouched: its StatusReply has no such field.
    assert not hasattr(checkout_rpc.StatusReply(), "exposure_us")
