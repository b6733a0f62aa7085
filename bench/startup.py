"""Benchmark start-up and idle memory: `mockinterview serve` until it accepts connections.

Prints the seconds from launch to the first accepted connection and, after the coaching
process has warmed up, the resident memory of the web worker and of each helper process.
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
                while True:
                    try:
                        socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                        break
                    except OSError:
                        time.sleep(0.01)
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
        starts.sort()
        print(f"start to first connection: median {starts[len(starts) // 2]:.2f} s over {ROUNDS}")
        print(f"idle web worker: {worker} MB resident")
        for role, mb in sorted(memory.items()):
            print(f"{role}: {mb} MB resident")


if __name__ == "__main__":
    main()
