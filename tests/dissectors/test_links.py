"""Request/response links (vs1.response_in, vs1.request_in, vs1.response_time) when sequence
numbers repeat: a response answers the oldest request still waiting with its sequence number
in the same conversation (addresses and ports), never one answered already, never one of
another conversation. Both passes of two-pass tshark show the same links."""

from __future__ import annotations

from pathlib import Path

from support.tshark import run_tshark

from vs1kit.generated import login, rpc
from vs1kit.pcap import CaptureWriter
from vs1kit.protocol.framing import encode_frame

from .fieldmap import Layer, parse_json

CAMERA = "10.0.0.1"
RPC, LOGIN = 49059, 49493


def _capture(path: Path) -> list[str]:
    """The capture; returns what each PDU is, in order ("req a", "resp a"...: same letter,
    linked; "req -" / "resp -": no link)."""
    labels: list[str] = []
    with CaptureWriter(path) as cap:
        # One TCP connection: two requests with seq 7 in flight, answered in order; a third
        # response with seq 7 has nothing left to answer; seq 8 is never answered.
        tcp = cap.tcp_session(("10.0.0.2", 50001), (CAMERA, RPC))
        for from_client, seq, label in [(True, 7, "req a"), (True, 7, "req b"), (False, 7, "resp a"),
                                        (False, 7, "resp b"), (False, 7, "resp -"), (True, 8, "req -")]:
            msg = rpc.GetStatus() if from_client else rpc.RpcAck(request_type=0x0301)
            tcp.send(from_client, encode_frame(msg, seq))
            labels.append(label)
        # Same ports, another client address: its own conversation.
        other = cap.tcp_session(("10.0.0.3", 50001), (CAMERA, RPC))
        for from_client, label in [(True, "req c"), (False, "resp c")]:
            msg = rpc.GetStatus() if from_client else rpc.RpcAck(request_type=0x0301)
            other.send(from_client, encode_frame(msg, 7))
            labels.append(label)
        # UDP, the same ports and seq over and over: each reply answers the login before it.
        for k, letter in enumerate("defg"):
            request = login.Login(client_nonce=bytes(16), server_nonce=bytes(16), proof=bytes(32), user="u")
            cap.udp(("10.0.0.2", 50002), (CAMERA, LOGIN), encode_frame(request, 1))
            labels.append(f"req {letter}")
            cap.udp((CAMERA, LOGIN), ("10.0.0.2", 50002),
                    encode_frame(login.LoginReply(session=k, timeout_s=60, server_signature=bytes(32)), 1))
            labels.append(f"resp {letter}")
    return labels


def _links(layers: list[Layer], labels: list[str], *, one_pass: bool = False) -> list[str]:
    problems = []
    assert len(layers) == len(labels), (len(layers), labels)
    frame_of = {label: layer.frame for label, layer in zip(labels, layers, strict=True)}
    for label, layer in zip(labels, layers, strict=True):
        kind, letter = label.split()
        field = "vs1.response_in" if kind == "req" else "vs1.request_in"
        linked = letter != "-" and not (one_pass and kind == "req")
        want = [str(frame_of[f"{'resp' if kind == 'req' else 'req'} {letter}"])] if linked else []
        if layer.get(field) != want:
            problems.append(f"{label} (frame {layer.frame}): {field} {layer.get(field)}, want {want}")
        if kind == "resp" and len(layer.get("vs1.response_time")) != (0 if letter == "-" else 1):
            problems.append(f"{label} (frame {layer.frame}): response_time {layer.get('vs1.response_time')}")
    return problems


def test_repeated_sequence_numbers_link_in_order_per_conversation(lua_dir: Path, tmp_path: Path) -> None:
    pcap = tmp_path / "links.pcap"
    labels = _capture(pcap)
    layers = parse_json(run_tshark(pcap, lua_dir, ["-2", "-T", "json"]).stdout)
    problems = _links(layers, labels)
    assert not problems, "\n".join(problems)


def test_one_pass_shows_the_links_it_can(lua_dir: Path, tmp_path: Path) -> None:
    """Without a second pass a request cannot know its response yet; a response names its
    request all the same."""
    pcap = tmp_path / "links.pcap"
    labels = _capture(pcap)
    layers = parse_json(run_tshark(pcap, lua_dir, ["-T", "json"]).stdout)
    problems = _links(layers, labels, one_pass=True)
    assert not problems, "\n".join(problems)
