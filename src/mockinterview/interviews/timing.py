"""Timed mode: when an answer counts as over time, and what the report says about timing."""

from datetime import datetime

from mockinterview.interviews.models import InterviewSession, SessionResponse

PREVIEW_SECONDS = 5  # the page shows each question this long before answer time starts
GRACE_SECONDS = 10  # room for the network and a slow click at the limit
LATE_PAST_LIMIT_SECONDS = PREVIEW_SECONDS + GRACE_SECONDS
"""How long past its limit an answer may arrive, counted from when its question opened."""
TIME_LIMITS = (60, 120, 180)  # the start page's choices; the API takes any value in range
MIN_TIME_LIMIT = 30
MAX_TIME_LIMIT = 30 * 60


def answered_late(session: InterviewSession, now: datetime) -> bool:
    """Whether an answer arriving now is past the limit, counted from when its question opened."""
    limit = session.time_limit_seconds
    opened = session.question_opened_at
    if not limit or opened is None:
        return False
    return (now - opened).total_seconds() > limit + LATE_PAST_LIMIT_SECONDS


def minutes(seconds: int) -> str:
    """A limit in words: "2 minutes", "90 seconds"."""
    if seconds % 60 == 0:
        count = seconds // 60
        return f"{count} minute{'s' if count != 1 else ''}"
    return f"{seconds} seconds"


def time_management(session: InterviewSession) -> str | None:
    """A comment on how the candidate used the time allowed (None for an untimed interview)."""
    limit = session.time_limit_seconds
    answers: list[SessionResponse] = list(session.responses)
    if not limit or not answers:
        return None
    late = [r for r in answers if r.over_time]
    average = sum(r.response_duration_seconds for r in answers) / len(answers)
    allowed = minutes(limit)
    if not late:
        if average < limit * 0.4:
            return (
                f"Every answer came in within the {allowed} allowed, most with time to spare "
                f"(about {round(average)} seconds each): use the room for a result or an example."
            )
        return f"Every answer came in within the {allowed} allowed: well paced."
    share = f"{len(late)} of {len(answers)} answers"
    return (
        f"{share} went over the {allowed} allowed. Plan the ending before you start: the "
        "situation in a sentence or two, most of the time on what you did, then the result."
    )
