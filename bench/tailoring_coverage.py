"""Print how many of each pair's probe items the ten tailored questions reach.

Usage: python bench/tailoring_coverage.py [PAIRS_DIR] [--show]
(PAIRS_DIR defaults to tests/tailoring/pairs; --show prints the questions and missed items.)
"""

import json
import sys
from pathlib import Path

from mockinterview.tailoring.coverage import average, measure_all

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "tailoring" / "pairs"


def main(argv: list[str]) -> None:
    """Measure every pair and print per-pair and average coverage."""
    paths = [a for a in argv if not a.startswith("--")]
    root = Path(paths[0]) if paths else DEFAULT
    results = measure_all(root)
    for r in results:
        part = "held-out" if r.held_out else "tuning"
        print(
            f"{r.name:36s} {part:8s} {len(r.probed)}/{len(r.probed) + len(r.missed)} "
            f"{r.coverage:6.1%}  missed: {', '.join(r.missed) or '-'}"
        )
        if "--show" in argv:
            for q in r.questions:
                quotes = " | ".join(s.quote[:70] for s in q.sources)
                print(f"    [{q.probe_kind or '-':11s}] {q.prompt[:150]}\n        << {quotes}")
            items = json.loads((root / r.name / "probes.json").read_text(encoding="utf-8"))
            for item in items:
                if item["id"] in r.missed:
                    print(f"    MISSED {item['id']} {item['kind']}: {item['keys']}")
    tuning = [r for r in results if not r.held_out]
    held = [r for r in results if r.held_out]
    print(f"tuning   average {average(tuning):6.1%} over {len(tuning)} pairs")
    print(f"held-out average {average(held):6.1%} over {len(held)} pairs")


if __name__ == "__main__":
    main(sys.argv[1:])
