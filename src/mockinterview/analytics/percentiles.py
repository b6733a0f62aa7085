"""Percentiles of a list of numbers, computed the way PostgreSQL's percentile_cont does."""

import math

POINTS = {"p25": 0.25, "p50": 0.5, "p75": 0.75, "p90": 0.9}


def percentile(ordered: list[float], fraction: float) -> float:
    """Linear interpolation between the closest ranks (percentile_cont)."""
    position = fraction * (len(ordered) - 1)
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def percentiles(values: list[float]) -> dict[str, float]:
    """p25, p50, p75 and p90 of the values, rounded to one decimal."""
    ordered = sorted(values)
    return {name: round(percentile(ordered, f), 1) for name, f in POINTS.items()}


def rank_of(values: list[float], mine: float) -> float:
    """The share (0-100) of values below mine, counting ties as half."""
    below = sum(1 for v in values if v < mine)
    equal = sum(1 for v in values if v == mine)
    return round(100 * (below + 0.5 * equal) / len(values), 1)
