"""Benchmark start-up and idle memory: `mockinterview serve` until it accepts connections.

Prints the seconds from launch to the first accepted connection and, after the coaching
process has warmed up, the resident memory of the web worker and of each helper process. As a
baseline measured in the same run, bench/bare_app.py is served the same way (the product's
server setup) and its start is printed beside the app's, with their ratio.
Run: .venv/bin/python bench/startup.py
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = 3
SETTLE_SECONDS = 5
ROOT = Path(__file__).resolve().parents[1]


def _rss_mb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
    return 0


def _role(pid: int) -> str:
    """What a child of the server is, from its command line."""
    command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    if "resource_tracker" in command:
        return "multiprocessing resource tracker"
    return "coaching process (model loaded)" if "spawn_main" in command else command[:60]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(port: int) -> None:
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return
        except OSError:
            time.sleep(0.01)


def _bare_start(env: dict[str, str]) -> float:
    """Seconds until the bare FastAPI endpoint, served the product's way, accepts a connection."""
    port = _free_port()
    serve = f"serve('bench.bare_app:app', '127.0.0.1', {port})"
    code = f"from mockinterview.server import serve; {serve}"
    began = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-c", code],
        env={**env, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(port)
        return time.perf_counter() - began
    finally:
        server.terminate()
        server.wait(timeout=30)


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def main() -> None:
    """Start the server a few times; print the median start and the memory of each process."""
    cli = [sys.executable, "-m", "mockinterview"]
    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "MOCKINTERVIEW_DATA_DIR": data_dir}
        for command in (["db", "upgrade"], ["questions", "import"]):
            subprocess.run([*cli, *command], env=env, check=True, capture_output=True)
        starts = []
        for _ in range(ROUNDS):
            port = _free_port()
            began = time.perf_counter()
            server = subprocess.Popen(
                [*cli, "serve", "--port", str(port)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                _wait_for(port)
                starts.append(time.perf_counter() - began)
                time.sleep(SETTLE_SECONDS)
                helpers = subprocess.run(
                    ["pgrep", "-P", str(server.pid)], capture_output=True, text=True
                ).stdout.split()
                memory = {_role(int(pid)): _rss_mb(int(pid)) for pid in helpers}
                worker = _rss_mb(server.pid)
            finally:
                server.terminate()
                server.wait(timeout=30)
        bare = _median([_bare_start(env) for _ in range(ROUNDS)])
        app = _median(starts)
        print(f"start to first connection: median {app:.2f} s over {ROUNDS}")
        print(f"bare FastAPI endpoint, same server: median {bare:.2f} s, ratio {app / bare:.1f}")
        print(f"idle web worker: {worker} MB resident")
        for role, mb in sorted(memory.items()):
            print(f"{role}: {mb} MB resident")


if __name__ == "__main__":
    main()
