"""A small keep-alive HTTP/1.1 load client for the benchmarks, light enough for one core.

Each virtual client holds one connection and sends one request at a time.
"""

import asyncio
import json
import time
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Connection:
    """One keep-alive connection to the server."""

    host: str
    port: int
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None

    async def request(
        self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None
    ) -> tuple[int, Any]:
        """Send a request; the status and the decoded JSON body (None when empty)."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        payload = json.dumps(body).encode() if body is not None else b""
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
        if body is not None:
            lines += ["Content-Type: application/json"]
        lines += [f"Content-Length: {len(payload)}", "", ""]
        self.writer.write("\r\n".join(lines).encode() + payload)
        assert self.reader is not None
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        raw = await self.reader.readexactly(length) if length else b""
        return status, json.loads(raw) if raw else None

    async def close(self) -> None:
        """Close the connection."""
        if self.writer is not None:
            self.writer.close()
            await self.writer.wait_closed()


@dataclass
class Timings:
    """Latencies (seconds) of timed requests and the statuses seen."""

    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)

    async def timed(self, conn: Connection, *args: Any, **kwargs: Any) -> tuple[int, Any]:
        """Send a request and record its latency and status."""
        start = time.perf_counter()
        status, body = await conn.request(*args, **kwargs)
        self.latencies.append(time.perf_counter() - start)
        self.statuses[status] = self.statuses.get(status, 0) + 1
        return status, body

    def percentile(self, share: float) -> float:
        """A latency percentile in milliseconds."""
        ordered = sorted(self.latencies)
        if not ordered:
            return 0.0
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000
