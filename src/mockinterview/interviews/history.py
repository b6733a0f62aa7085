"""Earlier scores per question over a retake chain (one small function, kept apart on purpose)."""

from mockinterview.interviews.models import InterviewSession
from mockinterview.interviews.repository import SessionRepository


async def earlier_scores(sessions: SessionRepository, session: InterviewSession) -> dict[str, int]:
    """Each question's latest coaching score in the chain's interviews before this one."""
    root = session.retake_of
    if root is None:
        return {}
    scores: dict[str, int] = {}
    for question_uuid, coaching in await sessions.chain_answers(root, session):
        score = (coaching or {}).get("coaching_score")
        if isinstance(score, (int, float)):
            scores[question_uuid] = int(score)
    return scores
