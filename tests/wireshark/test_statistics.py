"""The response-time statistic (issue 12, point 5): the Lua tap behind Statistics > VS-1 >
Response Times, run by tshark with its table on stdout (``srt_print.lua`` starts the same tap
the menu entry starts), against the request/response pairs of the captures."""

from __future__ import annotations

from pathlib import Path

from support.tshark import run_tshark

from vs1kit.pcap import synth
from vs1kit.pcap.writer import DEFAULT_TICK_US

PRINTER = Path(__file__).with_name("srt_print.lua")


def _table(pcap: Path, lua_dir: Path, *args: str) -> dict[str, tuple[int, float, float, float, float]]:
    """Request -> (calls, min, max, avg, sum) as the tap's table shows them."""
    out = run_tshark(pcap, lua_dir, ["-q", "-X", f"lua_script:{PRINTER}", *args]).stdout
    lines = out.splitlines()
    start = lines.index("VS-1 response times")
    assert lines[start + 1].split() == ["Request", "Calls", "Min", "SRT", "(s)", "Max", "SRT", "(s)",
                                        "Avg", "SRT", "(s)", "Sum", "SRT", "(s)"]
    rows: dict[str, tuple[int, float, float, float, float]] = {}
    for line in lines[start + 2:]:
        cells = line.rsplit(None, 5)
        if line.startswith("Total"):
            assert int(line.split()[1]) == sum(r[0] for r in rows.values())
            break
        name, calls, lo, hi, avg, total = cells
        rows[name.strip()] = (int(calls), float(lo), float(hi), float(avg), float(total))
    return rows


def test_the_table_of_a_small_exchange(lua_dir: Path, exchanges: Path) -> None:
    # get_status seq 1 and select_job seq 2 were answered, 200 us each (two frames apart);
    # get_status seq 3 was not, and the rpc_ack with seq 99 answers nothing: neither counts.
    rows = _table(exchanges, lua_dir)
    assert rows == {"get_status (0x0301)": (1, 0.0002, 0.0002, 0.0002, 0.0002),
                    "select_job (0x0306)": (1, 0.0002, 0.0002, 0.0002, 0.0002)}
    assert _table(exchanges, lua_dir, "-2") == rows  # the same with two passes (as the GUI)


def test_counts_and_times_per_request_type_match_the_capture(lua_dir: Path,
                                                             sample: tuple[Path, list[synth.Pdu]]) -> None:
    pcap, pdus = sample
    spec = synth.spec_model()
    kinds = {(p.id, m.id): m.kind for p in synth.custom_ports(spec) for m in p.all_messages}
    codes = {(p.id, m.id): m.code for p in synth.custom_ports(spec) for m in p.all_messages}
    pending: dict[tuple[int, int], synth.Pdu] = {}
    times: dict[str, list[float]] = {}
    for pdu in pdus:
        kind = kinds[(pdu.port, pdu.message)]
        if pdu.seq is None:
            continue
        key = (pdu.number, pdu.seq)
        if kind == "request":
            pending[key] = pdu
        elif kind == "response" and key in pending:
            req = pending.pop(key)
            name = f"{req.message} (0x{codes[(req.port, req.message)]:04x})"
            # The writer's clock advances one tick per frame.
            times.setdefault(name, []).append((pdu.frames[-1] - req.frames[-1]) * DEFAULT_TICK_US / 1e6)
    assert len(times) >= 20, "too few request types answered in the sample"
    rows = _table(pcap, lua_dir, "-2")
    assert set(rows) == set(times)
    for name, ts in times.items():
        calls, lo, hi, avg, total = rows[name]
        assert calls == len(ts), name
        assert abs(lo - min(ts)) < 1e-6 and abs(hi - max(ts)) < 1e-6, name
        assert abs(total - sum(ts)) < 1e-6 and abs(avg - sum(ts) / len(ts)) < 1e-6, name
