"""Reading resume files in a few warm worker processes, within time and memory limits.

Each reader is `python -m mockinterview.resumes.reader_process`, started with subprocess
rather than multiprocessing: multiprocessing's spawn and forkserver children re-run the
parent's main script, which under the `mockinterview` command imports the whole CLI
(numpy included) into every reader before it reads a byte.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from multiprocessing import Pipe
from typing import Any

import anyio

from mockinterview.config import Settings
from mockinterview.resumes.errors import ResumeFileError

_START_SECONDS = 60  # a reader imports the PDF and Word parsers before it says it is ready


@dataclass(frozen=True)
class ReadLimits:
    """How long, how much memory and how many unpacked bytes reading one file may take."""

    seconds: float
    memory_bytes: int
    unpacked_bytes: int

    @classmethod
    def from_settings(cls, settings: Settings) -> ReadLimits:
        """The limits configured by MOCKINTERVIEW_RESUME_* settings."""
        return cls(
            seconds=settings.resume_read_seconds,
            memory_bytes=settings.resume_read_memory_mb * 2**20,
            unpacked_bytes=settings.resume_unpacked_mb * 2**20,
        )


class _Reader:
    """One reader process and this side of its socket; its methods block (run them in a thread)."""

    def __init__(self, limits: ReadLimits) -> None:
        self.conn, theirs = Pipe()
        fd = theirs.fileno()
        args = [fd, limits.memory_bytes, limits.unpacked_bytes, limits.seconds]
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mockinterview.resumes.reader_process", *map(str, args)],
            pass_fds=[fd],
            stdin=subprocess.DEVNULL,
        )
        theirs.close()
        try:
            ready = self.conn.poll(_START_SECONDS) and json.loads(self.conn.recv_bytes())
        except EOFError:
            ready = False
        if not ready:
            self.stop()
            raise RuntimeError(f"The resume reader did not start (exit {self.process.returncode}).")

    @property
    def alive(self) -> bool:
        """Whether the process is running and this side of the socket is open."""
        return not self.conn.closed and self.process.poll() is None

    def read(self, filename: str, content: bytes, size: int | None, seconds: float) -> Any:
        """The reader's reply, or a time_limit reply after killing it when it overruns."""
        try:
            self.conn.send_bytes(json.dumps({"filename": filename, "size": size}).encode())
            self.conn.send_bytes(content)
        except OSError:  # it died while idle
            self.stop()
            return {"code": "stopped"}
        if not self.conn.poll(seconds):
            self.stop()
            return {"code": "time_limit"}
        try:
            reply = json.loads(self.conn.recv_bytes())
        except (EOFError, OSError):  # it died without answering
            reply = {"code": "stopped"}
        if reply.get("retire", True):
            self.stop()
        return reply

    def stop(self) -> None:
        """Kill the process and wait for it, so nothing is left running."""
        self.process.kill()
        self.process.wait()
        self.conn.close()


class ResumeReaders:
    """A small pool of reader processes, started when first needed and then kept warm."""

    def __init__(self, limits: ReadLimits, size: int) -> None:
        self.limits = limits
        self._slots = anyio.Semaphore(size)
        self._idle: list[_Reader] = []
        self._started: list[_Reader] = []

    async def read(self, filename: str, content: bytes, size: int | None = None) -> str:
        """The file's text, read in a reader process; ResumeFileError says why not."""
        async with self._slots:
            reader = await self._reader()
            try:
                reply = await anyio.to_thread.run_sync(
                    reader.read, filename, content, size, self.limits.seconds
                )
            finally:
                if reader.alive:
                    self._idle.append(reader)
                else:
                    self._discard(reader)
        if "text" in reply:
            return str(reply["text"])
        raise self._refusal(reply)

    def close(self) -> None:
        """Stop every reader process."""
        for reader in self._started:
            reader.stop()
        self._started.clear()
        self._idle.clear()

    async def _reader(self) -> _Reader:
        while self._idle:
            reader = self._idle.pop()
            if reader.alive:
                return reader
            self._discard(reader)
        reader = await anyio.to_thread.run_sync(_Reader, self.limits)
        self._started.append(reader)
        return reader

    def _discard(self, reader: _Reader) -> None:
        reader.stop()
        if reader in self._started:
            self._started.remove(reader)

    def _refusal(self, reply: dict[str, Any]) -> ResumeFileError:
        code = reply["code"]
        if code == "time_limit":
            seconds = f"{self.limits.seconds:g} second{'' if self.limits.seconds == 1 else 's'}"
            return ResumeFileError(
                "time_limit",
                f"Reading this file took longer than {seconds}, so it was stopped. Export the "
                "resume again as a simple PDF or Word file, or paste its text instead.",
            )
        if code == "memory_limit":
            return ResumeFileError(
                "memory_limit",
                f"Reading this file needed more than {self.limits.memory_bytes / 2**20:g} MB "
                "of memory, so it was stopped. Export the resume again without large images, "
                "or paste its text instead.",
            )
        if code == "stopped":
            return ResumeFileError(
                "corrupt",
                "The file could not be read: the reader stopped unexpectedly. Export the "
                "resume again, or paste its text instead.",
            )
        return ResumeFileError(code, str(reply["message"]))
