"""The handshake core without sockets: edges in, status and commands out."""

from __future__ import annotations

from vs1kit.integrations.modbus import registers as R
from vs1kit.integrations.modbus.unit import Result, UnitOptions, VisionUnit

S, C = R.STATUS_BIT, R.CONTROL_BIT


def online_unit(**options: object) -> VisionUnit:
    unit = VisionUnit(UnitOptions(**options))  # type: ignore[arg-type]
    unit.camera_status(available=True, state="running", trigger_mode="software", job_slot=2,
                       inspections=0, passed=0, failed=0)
    assert unit.write_control(C["trigger_enable"], [True]) == []
    return unit


def test_trigger_ack_toggle_results_ack() -> None:
    unit = online_unit()
    assert unit.status_bits()[S["trigger_ready"]]
    [cmd] = unit.write_control(C["trigger"], [True])  # type: ignore[misc]
    assert cmd.name == "trigger" and unit.status_bits()[S["busy"]]
    assert not unit.status_bits()[S["trigger_ready"]]
    unit.command_done(cmd, "ok", {"first_inspection": 41, "count": 1})
    bits = unit.status_bits()
    assert bits[S["trigger_ack"]] and not bits[S["busy"]]
    assert unit.write_control(C["trigger"], [False]) == []
    assert not unit.status_bits()[S["trigger_ack"]]
    toggle = unit.status_bits()[S["inspection_completed"]]
    unit.inspection(Result(41, True, {}))
    bits = unit.status_bits()
    assert bits[S["inspection_completed"]] != toggle and bits[S["results_valid"]] and bits[S["job_pass"]]
    words = unit.input_words()
    assert R.decode(words[2:4], "u32") == 41 and R.decode(words[4:6], "u32") == 41
    unit.write_control(C["results_ack"], [True])
    assert not unit.status_bits()[S["results_valid"]]
    unit.write_control(C["results_ack"], [False])


def test_trigger_not_ready_is_ignored_and_counted() -> None:
    unit = online_unit()
    unit.write_control(C["trigger_enable"], [False])
    assert unit.write_control(C["trigger"], [True]) == []
    assert unit.stats["triggers_ignored"] == 1


def test_failed_trigger_sets_error_until_cleared() -> None:
    unit = online_unit()
    [cmd] = unit.write_control(C["trigger"], [True])  # type: ignore[misc]
    unit.command_done(cmd, "failed", {})
    bits = unit.status_bits()
    assert bits[S["error"]] and not bits[S["trigger_ack"]] and not bits[S["trigger_ready"]]
    assert unit.input_words()[R.WORD["error_code"].address] == R.ERROR_TRIGGER
    unit.write_control(C["clear_error"], [True])
    assert not unit.status_bits()[S["error"]]


def test_without_buffering_the_latest_replaces_and_counts_an_overrun() -> None:
    unit = online_unit(buffer_results=False)
    unit.inspection(Result(1, True, {}))
    unit.inspection(Result(2, False, {}))
    assert unit.overruns == 1 and R.decode(unit.input_words()[4:6], "u32") == 2
    assert unit.input_words()[R.WORD["result_code"].address] == 2


def test_results_block_layout_and_order() -> None:
    fields = (R.ResultField("A.X", "u32"), R.ResultField("B.Y", "f32"), R.ResultField("C.Z", "i16"))
    unit = online_unit(fields=fields, word_order="little")
    unit.inspection(Result(5, True, {"A.X": 0x10002, "B.Y": 1.5, "C.Z": -3}))
    words = unit.input_words()
    assert words[R.RESULTS_BASE:R.RESULTS_BASE + 2] == [0x0002, 0x0001]
    assert R.decode(words[R.RESULTS_BASE + 2:R.RESULTS_BASE + 4], "f32", word_order="little") == 1.5
    assert R.decode([words[R.RESULTS_BASE + 4]], "i16") == -3
    assert words[R.WORD["result_words"].address] == 5


def test_unmapped_writes_refused() -> None:
    unit = online_unit()
    assert unit.write_control(len(R.CONTROL), [True]) == 2
    assert unit.write_control(4, [True, True, True]) == 2
    assert unit.write_command_words(2, [1]) == 2
    assert unit.control == [True, False, False, False, False, False]  # nothing of it applied
