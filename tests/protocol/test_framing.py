"""The sans-IO core: framing and request/response sessions, with no sockets."""

from __future__ import annotations

import contextlib
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vs1kit.generated import acquire, enums, frames, reports, rpc, types
from vs1kit.protocol.framing import (
    HEADER_SIZE,
    FrameDecoder,
    LineDecoder,
    decode_datagram,
    encode_frame,
)
from vs1kit.protocol.session import (
    ClientSession,
    ErrorReplyEvent,
    Event,
    ProtocolError,
    Reply,
    ServerSession,
    UnknownMessage,
)
from vs1kit.protocol.wire import DecodeError, EncodeError


def _image(side: int) -> types.ImageData:
    return types.ImageData(image_id=7, width=side, height=side, data=bytes(range(256)) * (side * side // 256))


def test_frame_split_byte_by_byte_and_coalesced() -> None:
    msgs = [rpc.SelectJob(slot=2), rpc.GetStatus(), rpc.Trigger(count=3)]
    stream = b"".join(encode_frame(m, seq) for seq, m in enumerate(msgs, 1))
    dec = FrameDecoder()
    got = [f for i in range(len(stream)) for f in dec.feed(stream[i : i + 1])]
    assert [(f.seq, f.message_type) for f in got] == [(1, 0x0306), (2, 0x0301), (3, 0x030A)]
    assert dec.buffered == 0
    # All three in one read.
    assert [f.seq for f in FrameDecoder().feed(stream)] == [1, 2, 3]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=300), min_size=1, max_size=12), st.lists(st.integers(1, 400), max_size=30))
def test_frames_survive_any_split_of_the_stream(payloads: list[bytes], cuts: list[int]) -> None:
    """Reads that start on a frame boundary are parsed in place, the others through the
    buffer: whatever the split, every frame comes out once, in order, as bytes."""
    stream = b"".join(frames.encode_vs1_frame_header(0x4501, seq, len(p), 2) + p
                      for seq, p in enumerate(payloads, 1))
    dec = FrameDecoder()
    got = []
    pos = 0
    for cut in [*cuts, len(stream)]:
        got += dec.feed(stream[pos:pos + cut])
        pos += cut
        if pos >= len(stream):
            break
    assert [(f.seq, f.message_type, f.flags, f.payload) for f in got] == [
        (seq, 0x4501, 2, p) for seq, p in enumerate(payloads, 1)]
    assert all(type(f.payload) is bytes for f in got)
    assert dec.buffered == 0


def test_bad_header_after_good_frames_in_one_read() -> None:
    good = encode_frame(rpc.GetStatus(), 1)
    dec = FrameDecoder()
    with pytest.raises(DecodeError) as err:
        dec.feed(good + b"XX" + good[2:])
    assert err.value.path == "magic" and err.value.offset == len(good)


def test_encoded_header_is_the_generated_encoders() -> None:
    for seq, msg in enumerate([rpc.GetStatus(), rpc.SelectJob(slot=2), reports.RecordAck(3, 99), rpc.Trigger(count=3)]):
        payload = msg.encode()
        assert msg.CODE is not None
        head = frames.encode_vs1_frame_header(msg.CODE, seq * 1_000_003, len(payload), msg.HEADER_FLAGS)
        assert encode_frame(msg, seq * 1_000_003) == head + payload
    with pytest.raises(EncodeError) as err:
        encode_frame(rpc.GetStatus(), 2**32)  # a value the header cannot hold: the generated error
    assert "Vs1FrameHeader" in str(err.value)


def test_large_image_frame_reassembles() -> None:
    pic = acquire.Picture(image=_image(1024))  # 1 MiB of pixels
    data = encode_frame(pic, 9)
    dec = FrameDecoder()
    frames_out = []
    for i in range(0, len(data), 65536):
        frames_out += dec.feed(data[i : i + 65536])
    assert len(frames_out) == 1
    assert acquire.Picture.decode(frames_out[0].payload) == pic


def test_bad_magic_and_version_are_decode_errors() -> None:
    good = encode_frame(rpc.GetStatus(), 1)
    with pytest.raises(DecodeError) as err:
        FrameDecoder().feed(b"XX" + good[2:])
    assert err.value.path == "magic" and err.value.offset == 0
    with pytest.raises(DecodeError) as err:
        FrameDecoder().feed(good[:2] + b"\x07" + good[3:])
    assert err.value.path == "version"


def test_oversized_length_refused_before_allocation() -> None:
    head = frames.encode_vs1_frame_header(0x0301, 1, 0, 0)
    lying = head[:-4] + (0xFFFFFFF0).to_bytes(4, "big")
    tracemalloc.start()
    with pytest.raises(DecodeError) as err:
        FrameDecoder().feed(lying)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "exceeds" in err.value.reason
    assert peak < 1 << 20


def test_datagram_length_must_match() -> None:
    data = encode_frame(rpc.SelectJob(slot=1), 4)
    assert decode_datagram(data).seq == 4
    with pytest.raises(DecodeError):
        decode_datagram(data + b"\x00")
    with pytest.raises(DecodeError):
        decode_datagram(data[:-1])


def test_line_decoder_splits_and_bounds() -> None:
    dec = LineDecoder()
    assert dec.feed(b"PASS;1\r\nFA") == [b"PASS;1"]
    assert dec.feed(b"IL;2\r\n\r\n") == [b"FAIL;2", b""]
    with pytest.raises(DecodeError):
        dec.feed(b"x" * 5000)


def test_client_server_round_trip_with_error_reply_and_event() -> None:
    client, server = ClientSession("rpc"), ServerSession("rpc")
    seq, data = client.request(rpc.SelectJob(slot=5))
    [req] = server.receive(data)
    assert req.message == rpc.SelectJob(slot=5)
    [reply] = client.receive(server.reply(req.seq, rpc.RpcAck(request_type=0x0306)))
    assert isinstance(reply, Reply) and reply.seq == seq and reply.request == rpc.SelectJob(slot=5)

    seq2, data = client.request(rpc.Start())
    server.receive(data)
    [err] = client.receive(server.error(seq2, 0x0303, enums.StatusCode.NOT_IN_CONTROL, "held by 10.0.0.9"))
    assert isinstance(err, ErrorReplyEvent)
    assert err.error.status == enums.StatusCode.NOT_IN_CONTROL and "10.0.0.9" in err.error.detail
    assert client.pending == {}


def test_events_are_not_matched_to_requests() -> None:
    client, server = ClientSession("reports"), ServerSession("reports")
    record = reports.ReportRecord(report_id=1, record=types.Record(inspection=42))
    [ev] = client.receive(server.event(record))
    assert isinstance(ev, Event) and ev.message == record


def test_unsolicited_reply_is_a_protocol_error() -> None:
    client, server = ClientSession("rpc"), ServerSession("rpc")
    with pytest.raises(ProtocolError):
        client.receive(server.reply(77, rpc.RpcAck()))


def test_wrong_reply_type_is_a_protocol_error() -> None:
    client, server = ClientSession("rpc"), ServerSession("rpc")
    seq, _ = client.request(rpc.GetStatus())
    with pytest.raises(ProtocolError):
        client.receive(server.reply(seq, rpc.RpcAck()))


def test_message_of_another_port_is_refused() -> None:
    with pytest.raises(ProtocolError):
        ClientSession("io").request(rpc.GetStatus())


def test_unknown_message_type_keeps_the_stream_usable() -> None:
    server = ServerSession("rpc")
    unknown = frames.encode_vs1_frame_header(0x0999, 3, 2, 0) + b"\x00\x01"
    good = encode_frame(rpc.GetStatus(), 4)
    got = server.receive(unknown + good)
    assert isinstance(got[0].message, UnknownMessage) and got[0].message.code == 0x0999
    assert got[1].message == rpc.GetStatus()


def test_fail_all_forgets_pending() -> None:
    client = ClientSession("rpc")
    s1, _ = client.request(rpc.GetStatus())
    s2, _ = client.request(rpc.ListJobs())
    assert sorted(client.fail_all()) == [s1, s2] and client.pending == {}


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200), st.integers(min_value=1, max_value=50))
def test_frame_decoder_garbage_raises_only_decode_error(data: bytes, chunk: int) -> None:
    dec = FrameDecoder()
    try:
        for i in range(0, len(data), chunk):
            dec.feed(data[i : i + chunk])
    except DecodeError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=HEADER_SIZE, max_size=120))
def test_server_session_garbage_raises_only_decode_error(data: bytes) -> None:
    # Valid header, random payload: the message decoder must hold.
    body = data[HEADER_SIZE:]
    frame = frames.encode_vs1_frame_header(0x0501, 1, len(body), 0) + body
    with contextlib.suppress(DecodeError):
        ServerSession("reports").receive(frame)
