"""A small single-consumer queue for the client's streams.

Items are put from protocol callbacks (synchronous, on the event loop) and taken by one
consumer coroutine. Cheaper than ``asyncio.Queue`` on the record path, and it can end (the
stream closed) or fail (the link dropped with no reconnect) so a reader never hangs.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Generic, TypeVar

T = TypeVar("T")

__all__ = ["Inbox"]


class Inbox(Generic[T]):
    def __init__(self, maxlen: int | None = None) -> None:
        self._items: deque[T] = deque()
        self._maxlen = maxlen
        self._waiter: asyncio.Future[None] | None = None
        self._ended = False
        self._error: BaseException | None = None
        self.dropped = 0
        """Items discarded because the inbox was full (oldest first)."""

    def __len__(self) -> int:
        return len(self._items)

    def put(self, item: T) -> None:
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            # Back-pressure for live data: the newest item is worth more than the oldest.
            self._items.popleft()
            self.dropped += 1
        self._items.append(item)
        self._wake()

    def end(self) -> None:
        self._ended = True
        self._wake()

    def fail(self, error: BaseException) -> None:
        self._error = error
        self._wake()

    def clear_error(self) -> None:
        self._error = None

    @property
    def ended(self) -> bool:
        return self._ended

    def _wake(self) -> None:
        w = self._waiter
        if w is not None and not w.done():
            w.set_result(None)

    async def get(self) -> T:
        """The next item; StopAsyncIteration once ended and drained; the error if failed."""
        while True:
            if self._items:
                return self._items.popleft()
            if self._error is not None:
                raise self._error
            if self._ended:
                raise StopAsyncIteration
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
