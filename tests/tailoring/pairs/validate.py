#!/usr/bin/env python3
"""Sanity checks for the tailoring pairs: file layout, probe schema, and that
every probe key occurs verbatim (ignoring case) in the resume and/or posting as declared by
its `source`. Usage: python3 validate.py"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KINDS = {"gap", "overlap", "achievement", "claim", "design", "motivation", "soft", "seniority"}
SOURCES = {"resume", "posting", "both"}
errors, warnings = [], []


def err(pair, msg):
    errors.append(f"{pair}: {msg}")


def warn(pair, msg):
    warnings.append(f"{pair}: {msg}")


pairs = sorted(p for p in ROOT.iterdir() if p.is_dir() and re.match(r"\d{2,3}-", p.name))
for pair in pairs:
    name = pair.name
    resumes = list(pair.glob("resume.*"))
    if len(resumes) != 1:
        err(name, f"expected exactly one resume.*, found {resumes}")
        continue
    resume_path = resumes[0]
    resume = resume_path.read_text(encoding="utf-8")
    if resume_path.suffix == ".json":
        data = json.loads(resume)
        for k in ("basics", "work", "education", "skills"):
            if k not in data:
                err(name, f"JSON Resume missing '{k}'")
        for w in data.get("work", []):
            for k in ("name", "position", "startDate", "highlights"):
                if k not in w:
                    err(name, f"work entry missing '{k}'")
    posting = (pair / "posting.txt").read_text(encoding="utf-8")
    probes = json.loads((pair / "probes.json").read_text(encoding="utf-8"))
    if not 6 <= len(probes) <= 9:
        err(name, f"{len(probes)} probes (want 6-9)")
    ids = [p.get("id") for p in probes]
    if ids != [f"p{i}" for i in range(1, len(probes) + 1)]:
        err(name, f"ids not sequential: {ids}")
    for p in probes:
        pid = p.get("id")
        if set(p) != {"id", "kind", "what", "keys", "source"}:
            err(name, f"{pid} fields {sorted(p)}")
        if p.get("kind") not in KINDS:
            err(name, f"{pid} bad kind {p.get('kind')}")
        if p.get("source") not in SOURCES:
            err(name, f"{pid} bad source {p.get('source')}")
        keys = p.get("keys", [])
        if not 2 <= len(keys) <= 5:
            err(name, f"{pid} has {len(keys)} keys")
        in_r = in_p = False
        for k in keys:
            # keys are matched case-insensitively (see README)
            r, q = k.lower() in resume.lower(), k.lower() in posting.lower()
            if not (r or q):
                err(name, f"{pid} key {k!r} not found in resume or posting")
            if p["source"] == "resume" and not r:
                err(name, f"{pid} key {k!r} not in resume (source=resume)")
            if p["source"] == "posting" and not q:
                err(name, f"{pid} key {k!r} not in posting (source=posting)")
            in_r |= r
            in_p |= q
        if p["source"] == "both" and not (in_r and in_p):
            err(name, f"{pid} source=both but keys only in {'resume' if in_r else 'posting'}")
    kinds = sorted({p["kind"] for p in probes})
    print(f"{name:40s} {resume_path.name:12s} probes={len(probes)} kinds={','.join(kinds)}")

for w in warnings:
    print("WARN ", w)
for e in errors:
    print("ERROR", e)
print(f"{len(pairs)} pairs, {len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
