"""Fixtures of the Wireshark tests: the shipped dissector, tshark (installed on demand, the
tests fail when it cannot be), the sample capture of every message and a small capture of
request/response situations (answered, failed, unanswered, unmatched)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.tshark import require_tshark

from vs1kit import resources
from vs1kit.generated import enums, frames, rpc
from vs1kit.pcap import CaptureWriter, synth
from vs1kit.protocol.framing import encode_frame

RPC_PORT = 49059  # the capture below is written on the seed's RPC port (the dissector's default)


@pytest.fixture(scope="session")
def tshark() -> str:
    path: str = require_tshark()
    return path


@pytest.fixture(scope="session")
def lua_dir(tshark: str) -> Path:
    folder = resources.dissectors_dir()
    assert (folder / "vs1.lua").is_file(), f"{folder}/vs1.lua is missing: run `vs1 codegen`"
    return folder


@pytest.fixture(scope="session")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[synth.Pdu]]:
    path = tmp_path_factory.mktemp("sample") / "sample.pcap"
    return path, synth.write_sample_capture(path, big_image=False)


@pytest.fixture(scope="session")
def exchanges(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One RPC connection (each PDU its own segment, each acknowledged): get_status seq 1
    answered by status_reply (frames 4, 6), select_job seq 2 answered by an error_reply (8, 10),
    get_status seq 3 never answered (12), and an rpc_ack with seq 99 that answers nothing (14)."""
    path = tmp_path_factory.mktemp("exchanges") / "exchanges.pcap"
    with CaptureWriter(path) as cap:
        tcp = cap.tcp_session(("10.0.0.2", 50001), ("10.0.0.1", RPC_PORT))
        tcp.send(True, encode_frame(rpc.GetStatus(), 1))
        tcp.send(False, encode_frame(rpc.StatusReply(state=enums.CameraState.RUNNING), 1))
        tcp.send(True, encode_frame(rpc.SelectJob(slot=3), 2))
        tcp.send(False, encode_frame(frames.ErrorReply(status=enums.StatusCode.NOT_IN_CONTROL,
                                                       request_type=rpc.SelectJob.CODE or 0,
                                                       detail="control held by 10.0.0.9"), 2))
        tcp.send(True, encode_frame(rpc.GetStatus(), 3))
        tcp.send(False, encode_frame(rpc.RpcAck(request_type=rpc.GetStatus.CODE or 0), 99))
        tcp.close()
    return path
