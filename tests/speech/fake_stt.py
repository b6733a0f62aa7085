"""A local fake of an OpenAI-compatible /v1/audio/transcriptions endpoint."""

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Upload:
    """One request the fake received: its path, headers, form fields and the uploaded file."""

    path: str
    headers: dict[str, str]
    fields: dict[str, str]
    file_name: str
    file: bytes


@dataclass
class FakeTranscriber:
    """What the fake answers: a JSON body (or raw text), a status, and an optional delay."""

    body: dict[str, Any] = field(default_factory=dict)
    raw: bytes | None = None
    status: int = 200
    delay: float = 0.0
    uploads: list[Upload] = field(default_factory=list)


def _parts(content_type: str, body: bytes) -> list[Message]:
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    return [part for part in message.iter_parts()]


def _handler(fake: FakeTranscriber) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["content-length"]))
            fields: dict[str, str] = {}
            name, file = "", b""
            for part in _parts(self.headers["content-type"], body):
                payload = part.get_payload(decode=True) or b""
                if part.get_filename():
                    name, file = part.get_filename() or "", payload
                else:
                    fields[part.get_param("name", header="content-disposition")] = payload.decode()
            headers = {k.lower(): v for k, v in self.headers.items()}
            fake.uploads.append(Upload(self.path, headers, fields, name, file))
            if fake.delay:
                time.sleep(fake.delay)
            data = fake.raw if fake.raw is not None else json.dumps(fake.body).encode()
            try:
                self.send_response(fake.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                return  # the client gave up (the timeout test)

    return Handler


@contextmanager
def fake_transcriber(fake: FakeTranscriber) -> Iterator[str]:
    """Serve the fake on 127.0.0.1 at a random port; yields its base URL (ending in /v1)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
