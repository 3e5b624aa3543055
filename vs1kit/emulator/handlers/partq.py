"""The PartQ port: what the ring buffer holds, records by range or the latest N."""

from __future__ import annotations

from typing import cast

from vs1kit.emulator import model as m
from vs1kit.emulator.conn import Conn
from vs1kit.emulator.context import CameraContext
from vs1kit.emulator.streaming import LazyRecords
from vs1kit.generated import enums, partq, types
from vs1kit.generated.emulator_skeleton import PartqHandlers

MAX_PARTQ_BYTES = 32 * 1024 * 1024  # keep a PartQ reply well under the frame limit


class CameraPartq(PartqHandlers[Conn]):
    def __init__(self, cam: CameraContext) -> None:
        self.cam = cam

    async def on_partq_info(self, ctx: Conn, message: partq.PartqInfo) -> partq.PartqStatus:
        q = self.cam.model.partq
        return partq.PartqStatus(depth=q.depth, count=len(q), oldest=q.oldest, newest=q.newest)

    def _records(self, results: list[m.InspectionResult], with_image: bool, more: bool) -> partq.PartqRecords:
        budget = MAX_PARTQ_BYTES
        n = 0
        for r in results:
            cost = 64 + 32 * len(r.values) + (m.WIDTH * m.HEIGHT if with_image else 0)
            if n and cost > budget:
                more = True
                break
            budget -= cost
            n += 1
        job = results[-1].job if results else self.cam.model.job
        datums = [d.desc() for d in job.datums] if job is not None else []
        # Records are built (images rendered) only as they are encoded: the TCP listener
        # writes a large reply record by record (vs1kit.emulator.streaming).
        records = cast(list[types.Record], LazyRecords(results[:n], with_image))
        return partq.PartqRecords(more=more, datums=datums, records=records)

    async def on_fetch_range(self, ctx: Conn, message: partq.FetchRange) -> partq.PartqRecords:
        limit = message.max_records or 65535
        matched = list(self.cam.model.partq.range(message.first, message.last))
        return self._records(matched[:limit],
                             bool(message.options & enums.FetchRangeOptions.INCLUDE_IMAGE),
                             len(matched) > limit)

    async def on_fetch_latest(self, ctx: Conn, message: partq.FetchLatest) -> partq.PartqRecords:
        results = self.cam.model.partq.latest(message.count)
        return self._records(results,
                             bool(message.options & enums.FetchLatestOptions.INCLUDE_IMAGE), False)
