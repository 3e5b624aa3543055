"""The buffered frame reader (the live-video receive path) against the sans-IO FrameDecoder:
same frames out for the same bytes, however the socket splits them; no sockets."""

from __future__ import annotations

import random

import pytest

from vs1kit.client.bufreader import BufferedFrameReader, RawFrame
from vs1kit.generated import acquire, enums, frames, monitor, types
from vs1kit.protocol.framing import Frame, FrameDecoder, encode_frame
from vs1kit.protocol.wire import DecodeError


def _stream() -> bytes:
    rnd = random.Random(8)
    out = bytearray()
    for k in range(30):
        if k % 3 == 0:
            w, h = rnd.choice([(64, 48), (320, 240), (640, 480)])
            image = types.ImageData(k, 0, w, h, enums.PixelFormat.MONO8, rnd.randbytes(w * h))
            out += encode_frame(acquire.LiveFrame(k, image), k)
        else:
            out += encode_frame(monitor.Heartbeat(k, k * 10), k)
    return bytes(out)


def _receive(reader: BufferedFrameReader, data: bytes, rnd: random.Random) -> list[RawFrame]:
    """Write ``data`` into the reader's buffers the way a socket would: chunks of any size,
    never more than the buffer offered."""
    got: list[RawFrame] = []
    pos = 0
    while pos < len(data):
        buf = reader.get_buffer()
        assert len(buf) > 0
        n = min(len(buf), len(data) - pos, rnd.choice([1, 13, 1000, 70_000, 400_000]))
        buf[:n] = data[pos:pos + n]
        pos += n
        got.extend(reader.buffer_updated(n))
    return got


@pytest.mark.parametrize("seed", range(5))
def test_same_frames_as_the_frame_decoder_however_split(seed: int) -> None:
    data = _stream()
    want: list[Frame] = FrameDecoder().feed(data)
    reader = BufferedFrameReader(staging=80_000, direct_min=16_000)
    got = _receive(reader, data, random.Random(seed))
    assert [(f.message_type, f.seq, f.flags, f.payload) for f in want] == \
        [(t, s, fl, bytes(p)) for t, s, fl, p in got]
    assert reader.buffered == 0
    # Large payloads come in buffers of their own (read-only views numpy shares), small ones
    # as bytes cut from the staging buffer.
    assert {type(p) for _, _, _, p in got} == {bytes, memoryview}
    assert all(len(p) >= 16_000 and p.readonly for _, _, _, p in got if isinstance(p, memoryview))


def test_bad_magic_and_oversized_length_are_decode_errors() -> None:
    reader = BufferedFrameReader()
    buf = reader.get_buffer()
    buf[:frames.VS1_FRAME_HEADER_SIZE] = b"\0" * frames.VS1_FRAME_HEADER_SIZE
    with pytest.raises(DecodeError):
        reader.buffer_updated(frames.VS1_FRAME_HEADER_SIZE)
    small = BufferedFrameReader(max_payload=1000)
    head = frames.encode_vs1_frame_header(acquire.LiveFrame.CODE or 0, 1, 5000, 0)
    small.get_buffer()[:len(head)] = head
    with pytest.raises(DecodeError):
        small.buffer_updated(len(head))


def test_after_a_large_frame_the_next_one_of_its_size_is_received_whole_in_one_buffer() -> None:
    image = types.ImageData(1, 0, 320, 240, enums.PixelFormat.MONO8, bytes(range(256)) * 300)
    frame = encode_frame(acquire.LiveFrame(1, image), 1)
    reader = BufferedFrameReader(staging=80_000, direct_min=16_000)
    got = _receive(reader, frame, random.Random(0))
    assert len(got) == 1
    # The next frame is guessed to be as large: one buffer takes all of it, header included.
    buf = reader.get_buffer()
    assert len(buf) == len(frame)
    buf[:] = frame
    ((_, seq, _, payload),) = reader.buffer_updated(len(frame))
    assert seq == 1 and bytes(payload) == frame[frames.VS1_FRAME_HEADER_SIZE:]
    # A wrong guess (a small frame, then a larger one) is parsed the usual way.
    small = encode_frame(monitor.Heartbeat(5, 6), 2)
    big = encode_frame(acquire.LiveFrame(3, types.ImageData(3, 0, 640, 480, enums.PixelFormat.MONO8,
                                                            bytes(640 * 480))), 3)
    again = _receive(reader, small + big + frame, random.Random(3))
    assert [(s, bytes(p)) for _, s, _, p in again] == [
        (2, small[frames.VS1_FRAME_HEADER_SIZE:]), (3, big[frames.VS1_FRAME_HEADER_SIZE:]),
        (1, frame[frames.VS1_FRAME_HEADER_SIZE:])]
    assert reader.buffered == 0


def test_a_payload_buffer_is_reused_only_once_nothing_refers_to_it() -> None:
    def frame(k: int) -> bytes:
        image = types.ImageData(k, 0, 320, 240, enums.PixelFormat.MONO8, bytes([k]) * (320 * 240))
        return encode_frame(acquire.LiveFrame(k, image), k)

    def image_byte(payload: bytes | memoryview) -> int:
        return int(acquire.LiveFrame.decode(payload).image.data[0])

    reader = BufferedFrameReader(staging=80_000, direct_min=16_000)
    rnd = random.Random(1)
    ((*_, first),) = _receive(reader, frame(1), rnd)
    kept = acquire.LiveFrame.decode(first).image.data  # a view the consumer holds on to
    del first
    for k in range(2, 6):
        ((*_, payload),) = _receive(reader, frame(k), rnd)
        # The held frame's buffer is never written again; each released one is reused.
        assert bytes(kept[:4]) == b"\x01" * 4
        assert image_byte(payload) == k
        del payload
    # The first frame's own buffer (kept), then whole-frame buffers reused for frames 2..5.
    assert reader.pool.allocated == 2
    del kept
    _receive(reader, frame(6), rnd)
    assert reader.pool.allocated == 2
