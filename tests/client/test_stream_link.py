"""A report stream needs only a StreamLink: driven here by a fake link, with no socket and no
camera, it delivers in order, acknowledges live records and backfills from (fake) PartQ."""

from __future__ import annotations

import asyncio

from vs1kit.client import CounterReset, Gap, ReportStream, StreamRecord
from vs1kit.client.events import ClientEvent
from vs1kit.client.link import Stream, StreamLink
from vs1kit.generated import enums, partq
from vs1kit.generated.client_api import CameraRequests
from vs1kit.generated.reports import CloseReport, RecordAck, ReportClosed, ReportRecord
from vs1kit.generated.types import Record
from vs1kit.protocol.wire import Message


class FakePartQ:
    """A RequestChannel that answers fetch_range from a set of held inspections (and
    close_report)."""

    def __init__(self, held: set[int]) -> None:
        self.held = held
        self.fetches: list[tuple[int, int, int]] = []

    async def request(self, port: str, message: Message) -> Message:
        if isinstance(message, CloseReport):
            return ReportClosed(message.report_id)
        assert isinstance(message, partq.FetchRange), message
        self.fetches.append((message.first, message.last, message.max_records))
        numbers = [n for n in sorted(self.held) if message.first <= n <= message.last]
        sent = numbers[:message.max_records]
        return partq.PartqRecords(more=len(sent) < len(numbers), records=[Record(n) for n in sent])

    async def send(self, port: str, message: Message) -> None:
        raise AssertionError(f"unexpected send of {message}")


class FakeLink:
    def __init__(self, channel: FakePartQ) -> None:
        self.requests = CameraRequests(channel)
        self.posted: list[Message] = []
        self.events: list[ClientEvent] = []
        self.detached: list[Stream] = []

    def post(self, message: Message) -> None:
        self.posted.append(message)

    def emit(self, event: ClientEvent) -> None:
        self.events.append(event)

    async def wait_restored(self, timeout: float | None = None) -> None:
        return None

    def attach(self, stream: Stream) -> None:
        pass

    def detach(self, stream: Stream) -> None:
        self.detached.append(stream)


def live(n: int, dropped_before: int = 0) -> ReportRecord:
    return ReportRecord(report_id=7, dropped_before=dropped_before, record=Record(n))


def test_lossless_stream_on_a_fake_link_acks_and_backfills_in_order() -> None:
    async def main() -> None:
        pq = FakePartQ(held={3, 4, 6})
        link = FakeLink(pq)
        checked: StreamLink = link  # the fake satisfies the protocol (checked by mypy)
        stream = ReportStream(checked, 7, enums.ReportMode.LOSSLESS, [], include_image=False,
                              rate_hz=0.0, backfill=True)
        stream.begin_open()
        stream.feed(live(1))  # arrives before the reply is processed: held behind it
        stream.opened(1, [], first=True)
        stream.feed(live(2))
        stream.feed(live(2))  # a duplicate
        stream.feed(live(8))  # 3..7 never arrived live
        got = [await stream.__anext__() for _ in range(7)]
        assert [(type(i).__name__, i.inspection if isinstance(i, StreamRecord) else (i.first, i.last))
                for i in got] == [
            ("StreamRecord", 1), ("StreamRecord", 2), ("StreamRecord", 3), ("StreamRecord", 4),
            ("Gap", (5, 5)), ("StreamRecord", 6), ("Gap", (7, 7))]
        assert pq.fetches == [(3, 7, 5)]
        assert all(i.flags & enums.RecordFlags.BACKFILLED for i in got[2:] if isinstance(i, StreamRecord))
        last = await stream.__anext__()
        assert isinstance(last, StreamRecord) and last.inspection == 8
        # Live records are acknowledged as taken (the duplicate at once); backfilled never.
        assert [(m.report_id, m.inspection) for m in link.posted if isinstance(m, RecordAck)] == \
            [(7, 1), (7, 2), (7, 2), (7, 8)]
        assert [e for e in link.events if isinstance(e, Gap)] == [Gap(7, 5, 5), Gap(7, 7, 7)]
        assert (stream.delivered, stream.backfilled, stream.duplicates, stream.lost) == (3, 3, 1, 2)
        assert stream.last_delivered == 8
        await stream.aclose()
        assert link.detached == [stream]

    asyncio.run(main())


def test_resumed_stream_backfills_from_the_persisted_inspection_and_follows_a_restart() -> None:
    async def main() -> None:
        pq = FakePartQ(held={11, 12})
        link = FakeLink(pq)
        stream = ReportStream(link, 7, enums.ReportMode.LOSSLESS, [], include_image=False,
                              rate_hz=0.0, backfill=True, resume_after=10)
        stream.opened(13, [], first=True)
        stream.feed(live(13))
        got = [await stream.__anext__() for _ in range(3)]
        assert [i.inspection for i in got if isinstance(i, StreamRecord)] == [11, 12, 13]
        # The camera restarted: its counter starts again, the stream follows it.
        stream.opened(1, [], first=False)
        stream.feed(live(1))
        again = await stream.__anext__()
        assert isinstance(again, StreamRecord) and again.inspection == 1
        assert link.events == [CounterReset(7, 14, 1)]

    asyncio.run(main())
