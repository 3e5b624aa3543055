"""The open client connections of one camera, indexed the ways the ports need them."""

from __future__ import annotations

import asyncio
import logging

from vs1kit.emulator.conn import Conn, ConnKey

__all__ = ["Connections"]

log = logging.getLogger(__name__)


class Connections:
    """Framed connections (`Conn`) and line-port writers, by connection key and by use."""

    def __init__(self) -> None:
        self.conns: set[Conn] = set()
        self.by_key: dict[ConnKey, Conn] = {}
        self.report_conns: set[Conn] = set()
        """Connections with at least one open report: what the inspection engine feeds."""
        self.io_conns: set[Conn] = set()
        """Connections subscribed to IO changes."""
        self.lines: dict[str, list[set[asyncio.StreamWriter]]] = {}
        """Writers of each line port (serial channels), per port id, one set per port number."""
        self.lines_by_key: dict[ConnKey, asyncio.StreamWriter] = {}
        self._awaited: dict[ConnKey, list[asyncio.Future[None]]] = {}
        """Who waits for a connection to arrive (`arrived`), by key."""

    def known(self, key: ConnKey) -> bool:
        return key in self.by_key or key in self.lines_by_key

    async def arrived(self, key: ConnKey, within: float) -> bool:
        """Whether the connection `key` is, or within `within` seconds becomes, known. A client
        watches a connection right after its connect() returned, and the camera may not have
        accepted it yet (it may still sit in the listen queue, or its accept be a loop turn
        behind the watch): the waiter is woken the moment the connection is registered, with
        no polling."""
        if self.known(key):
            return True
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        waiters = self._awaited.setdefault(key, [])
        waiters.append(fut)
        try:
            await asyncio.wait_for(fut, within)
        except TimeoutError:
            return self.known(key)
        finally:
            waiters.remove(fut)
            if not waiters:
                del self._awaited[key]
        return True

    def _arrive(self, key: ConnKey) -> None:
        for fut in self._awaited.get(key, ()):
            if not fut.done():
                fut.set_result(None)

    def add(self, conn: Conn) -> None:
        self.conns.add(conn)
        self.by_key[conn.key] = conn
        self._arrive(conn.key)

    def forget(self, conn: Conn) -> None:
        self.conns.discard(conn)
        if self.by_key.get(conn.key) is conn:
            del self.by_key[conn.key]
        self.report_conns.discard(conn)
        self.io_conns.discard(conn)

    def add_line(self, port_id: str, channel: int, key: ConnKey, writer: asyncio.StreamWriter) -> None:
        self.lines[port_id][channel].add(writer)
        self.lines_by_key[key] = writer
        self._arrive(key)

    def forget_line(self, port_id: str, channel: int, key: ConnKey,
                    writer: asyncio.StreamWriter) -> None:
        self.lines[port_id][channel].discard(writer)
        if self.lines_by_key.get(key) is writer:
            del self.lines_by_key[key]

    def line_writers(self, port_id: str) -> list[set[asyncio.StreamWriter]]:
        return self.lines.get(port_id, [])

    def close_key(self, key: ConnKey, reason: str) -> bool:
        """Close the connection (framed or line) with this key; False if there is none."""
        conn = self.by_key.get(key)
        if conn is not None:
            conn.close(reason)
            return True
        writer = self.lines_by_key.get(key)
        if writer is not None:
            log.info("closing line connection %d from %s:%d: %s", key[0], key[1], key[2], reason)
            writer.close()
            return True
        return False

    def drop(self, port_id: str | None, reason: str) -> int:
        """Close every connection (of one port); returns how many."""
        n = 0
        for conn in list(self.conns):
            if port_id is None or conn.port_id == port_id:
                conn.close(reason)
                n += 1
        for pid, channels in self.lines.items():
            if port_id is not None and pid != port_id:
                continue
            for writers in channels:
                for w in list(writers):
                    w.close()
                    n += 1
        return n
