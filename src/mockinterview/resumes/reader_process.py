"""A resume reader process, started by `readers.py` with its socket and limits as arguments.

It reads one file at a time sent over the socket and answers with JSON: the text, or a
refusal code and message, and whether it retires. Its address space is capped (on Linux);
the parent kills it when a file takes too long.
"""

import json
import math
import re
import resource
import signal
import sys
from multiprocessing.connection import Connection
from typing import Any

from mockinterview.resumes.errors import ResumeFileError


def main(argv: list[str]) -> None:
    """Read files until the parent closes the socket or this process should retire."""
    fd, memory, unpacked = (int(arg) for arg in argv[1:4])
    # Ends a reader whose parent is gone (and so cannot kill it) long after any time limit.
    orphan_alarm = math.ceil(float(argv[4])) * 2 + 1
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops readers
    _cap_address_space(memory)
    from mockinterview.resumes.extract import extract_resume_text, preload_parsers

    preload_parsers()
    conn = Connection(fd)
    conn.send_bytes(json.dumps({"ready": True}).encode())
    while True:
        try:
            header = json.loads(conn.recv_bytes())
            content = conn.recv_bytes()
        except EOFError:
            return
        signal.alarm(orphan_alarm)
        reply: dict[str, Any]
        try:
            text = extract_resume_text(
                header["filename"], content, header["size"], max_unpacked=unpacked
            )
            reply = {"text": text}
        except MemoryError:
            reply = {"code": "memory_limit"}
        except ResumeFileError as exc:
            reply = {"code": exc.code, "message": exc.message}
        del content
        signal.alarm(0)
        worn = _near_limit(memory)
        if worn and reply.get("code") in ("corrupt", "no_text"):
            reply = {"code": "memory_limit"}  # parsers report failed allocations as damage
        reply["retire"] = worn or reply.get("code") == "memory_limit"
        conn.send_bytes(json.dumps(reply).encode())
        if reply["retire"]:
            return


def _cap_address_space(memory: int) -> None:
    """Cap the process's address space (enforced on Linux; other systems may ignore it)."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        memory = min(memory, hard)
    resource.setrlimit(resource.RLIMIT_AS, (memory, hard))


def _near_limit(memory: int) -> bool:
    """Whether the address space ever came within an eighth of the cap (Linux reports it)."""
    try:
        with open("/proc/self/status") as status:
            found = re.search(r"^VmPeak:\s+(\d+) kB", status.read(), re.M)
    except OSError:
        return False
    return found is not None and int(found.group(1)) * 1024 > memory - memory // 8


if __name__ == "__main__":
    main(sys.argv)
