"""A local fake of the OpenAI chat-completions and Anthropic Messages HTTP APIs."""

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class FakeBehaviour:
    """What the fake returns: a tool-call output, an HTTP error, or nothing until too late."""

    output: dict[str, Any] = field(default_factory=dict)
    status: int = 200
    delay: float = 0.0
    input_tokens: int = 1200
    output_tokens: int = 300
    requests: list[tuple[str, dict[str, str], dict[str, Any]]] = field(default_factory=list)


def _openai_body(b: FakeBehaviour, request: dict[str, Any]) -> dict[str, Any]:
    tool = request["tools"][0]["function"]["name"]
    call = {
        "id": "call_1",
        "type": "function",
        "function": {"name": tool, "arguments": json.dumps(b.output)},
    }
    usage = {
        "prompt_tokens": b.input_tokens,
        "completion_tokens": b.output_tokens,
        "total_tokens": b.input_tokens + b.output_tokens,
    }
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1700000000,
        "model": request["model"],
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": None, "tool_calls": [call]},
                "finish_reason": "tool_calls",
            }
        ],
        "usage": usage,
    }


def _anthropic_events(b: FakeBehaviour, request: dict[str, Any]) -> list[dict[str, Any]]:
    tool = request["tools"][0]["name"]
    message = {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": request["model"],
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": b.input_tokens, "output_tokens": 1},
    }
    block = {"type": "tool_use", "id": "toolu_1", "name": tool, "input": {}}
    text = json.dumps(b.output)
    half = len(text) // 2
    return [
        {"type": "message_start", "message": message},
        {"type": "content_block_start", "index": 0, "content_block": block},
        *(
            {
                "type": "content_block_delta",
                "index": 0,
                "delta": {"type": "input_json_delta", "partial_json": part},
            }
            for part in (text[:half], text[half:])
        ),
        {"type": "content_block_stop", "index": 0},
        {
            "type": "message_delta",
            "delta": {"stop_reason": "tool_use", "stop_sequence": None},
            "usage": {"output_tokens": b.output_tokens},
        },
        {"type": "message_stop"},
    ]


def _handler(b: FakeBehaviour) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def _json(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            try:
                self._answer()
            except (BrokenPipeError, ConnectionResetError):
                return  # the client gave up (the timeout test)

        def _answer(self) -> None:
            request = json.loads(self.rfile.read(int(self.headers["content-length"])))
            b.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}, request))
            if b.delay:
                time.sleep(b.delay)
            if b.status != 200:
                error = {"type": "api_error", "message": "the fake is failing on purpose"}
                self._json(b.status, {"type": "error", "error": error})
            elif self.path.endswith("/chat/completions"):
                self._json(200, _openai_body(b, request))
            elif request.get("stream"):
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.end_headers()
                for event in _anthropic_events(b, request):
                    self.wfile.write(
                        f"event: {event['type']}\ndata: {json.dumps(event)}\n\n".encode()
                    )
                    self.wfile.flush()
            else:
                raise AssertionError("the fake expects a streamed Anthropic request")

    return Handler


@contextmanager
def fake_provider(behaviour: FakeBehaviour) -> Iterator[str]:
    """Serve the fake on 127.0.0.1 at a random port; yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(behaviour))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
