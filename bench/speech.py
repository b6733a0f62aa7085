"""Benchmark local transcription on the fixed spoken set (espeak-ng voices).

For tiny.en, and base when its packages are installed, each in a fresh process:
- model load time, resident memory after loading and the process's peak,
- real-time factor (wall seconds per second of audio, and CPU seconds per second of audio)
  for the ten answers one at a time and for all ten read as one 80 s answer,
- word error rate on both, fillers (um, uh) kept and invented in the long answer,
- the length measured for a 2.5 s pause inserted between two answers.
Run: .venv/bin/python bench/speech.py [--threads N]
"""

import argparse
import importlib.util
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TypeVar

SPOKEN_SET = Path(__file__).resolve().parents[1] / "tests" / "speech" / "spoken_set.py"
MODELS = ("tiny.en", "base")
GAP_SECONDS = 0.8
PAUSE_SECONDS = 2.5
T = TypeVar("T")


def _spoken_set() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spoken_set", SPOKEN_SET)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _timed(work: Callable[[], T]) -> tuple[T, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def measure(model: str, threads: int) -> dict[str, float | str]:
    """Every figure for one model, measured in this process."""
    import numpy as np

    from mockinterview.speech.audio import Audio, decode
    from mockinterview.speech.transcribe import transcribe
    from mockinterview.speech.voice import voice_metrics
    from mockinterview.speech.whisper_model import load

    s = _spoken_set()
    with tempfile.TemporaryDirectory() as folder:
        clips = [decode(s.speak(t, Path(folder) / f"{i}.wav")) for i, t in enumerate(s.SENTENCES)]
    gap = np.zeros(int(GAP_SECONDS * 16_000), dtype=np.float32)
    long = Audio(np.concatenate([p for c in clips for p in (s.trimmed(c.samples), gap)]))
    before = _rss_mb()
    _, load_s, _ = _timed(lambda: load(model, threads))
    loaded = _rss_mb()
    transcribe(clips[0], model, threads)  # warm up
    short, short_wall, short_cpu = _timed(lambda: [transcribe(c, model, threads) for c in clips])
    whole, long_wall, long_cpu = _timed(lambda: transcribe(long, model, threads))
    short_audio = sum(c.duration_seconds for c in clips)
    kept, said, invented = s.fillers_kept(" ".join(s.SENTENCES), whole.text)
    silence = np.zeros(int(PAUSE_SECONDS * 16_000), dtype=np.float32)
    paused = Audio(
        np.concatenate([s.trimmed(clips[0].samples), silence, s.trimmed(clips[2].samples)])
    )
    pauses = voice_metrics(transcribe(paused, model, threads), paused).pauses
    return {
        "model": model,
        "load_s": round(load_s, 2),
        "rss_before_mb": round(before),
        "rss_loaded_mb": round(loaded),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "short_audio_s": round(short_audio, 1),
        "short_rtf": round(short_wall / short_audio, 3),
        "short_cpu_rtf": round(short_cpu / short_audio, 3),
        "short_wer": round(s.word_error_rate(s.SENTENCES, [t.text for t in short]), 3),
        "long_audio_s": round(long.duration_seconds, 1),
        "long_rtf": round(long_wall / long.duration_seconds, 3),
        "long_cpu_rtf": round(long_cpu / long.duration_seconds, 3),
        "long_wer": round(s.word_error_rate([" ".join(s.SENTENCES)], [whole.text]), 3),
        "fillers": f"{kept}/{said} kept, {invented} invented",
        "pause_2.5s_measured": ", ".join(f"{p.seconds:.2f} s" for p in pauses) or "none",
    }


def main() -> None:
    """Measure each installed model in its own process and print the figures side by side."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--model", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.model:
        print(json.dumps(measure(args.model, args.threads)))
        return
    from mockinterview.speech.errors import SpeechModelMissing
    from mockinterview.speech.whisper_model import model_dir

    rows = []
    for model in MODELS:
        try:
            model_dir(model)
        except SpeechModelMissing as missing:
            print(f"{model}: skipped ({missing.detail})")
            continue
        command = [sys.executable, __file__, "--model", model, "--threads", str(args.threads)]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    print(f"threads: {args.threads}")
    for key in rows[0] if rows else ():
        print(f"{key:>20}: " + " | ".join(f"{row[key]!s:>24}" for row in rows))


if __name__ == "__main__":
    main()
