"""Comparisons with other users: role benchmarks and industry insights (UC-085).

Only aggregates over at least `benchmark_min_users` people leave this module: no other user's
identity, answers or single scores.
"""

import csv
import io
from collections import defaultdict
from typing import Any

from mockinterview.accounts.models import User
from mockinterview.analytics.peers_repository import PeersRepository
from mockinterview.analytics.percentiles import percentiles, rank_of
from mockinterview.analytics.schemas import (
    AbandonPoint,
    HardQuestion,
    IndustryInsight,
    IndustryInsights,
    Percentiles,
    RoleBenchmark,
    RoleInsight,
    SkillCount,
)
from mockinterview.analytics.sql import DIMENSION_COLUMNS
from mockinterview.errors import Forbidden, NotFound

METRICS = ("overall_score", *DIMENSION_COLUMNS)
PER_INDUSTRY = 5
CSV_FIELDS = (
    "industry_uuid",
    "industry",
    "role_uuid",
    "interviews",
    "completed",
    "completion_rate",
    "average_overall_score",
)


def _rate(completed: int, abandoned: int) -> float | None:
    """Completed interviews as a share (0-100) of those that ended."""
    ended = completed + abandoned
    return round(100 * completed / ended, 1) if ended else None


def _average(total: Any, count: int) -> float | None:
    """A sum over a count, rounded, or None without any."""
    return round(float(total) / count, 1) if count else None


class PeersService:
    """Benchmarks against everyone's scores, and the administrators' industry view."""

    def __init__(self, repo: PeersRepository, min_users: int) -> None:
        self.repo = repo
        self.min_users = min_users

    async def role_benchmark(
        self, user: User, role_uuid: str, difficulty: str | None
    ) -> RoleBenchmark:
        """Percentiles of per-user average scores for a role, and where the user stands."""
        if not await self.repo.role_exists(role_uuid):
            raise NotFound(f"Role {role_uuid!r} not found.")
        rows = await self.repo.user_averages(role_uuid, difficulty)
        result = RoleBenchmark(
            role_uuid=role_uuid,
            difficulty=difficulty,
            users=len(rows),
            min_users=self.min_users,
            percentiles=None,
            reason=None,
            your_scores=None,
            your_percentile=None,
        )
        if len(rows) < self.min_users:
            result.reason = (
                f"Fewer than {self.min_users} people have completed this interview, "
                "so no comparison is shown yet."
            )
            return result
        values = {
            m: [float(getattr(r, m)) for r in rows if getattr(r, m) is not None] for m in METRICS
        }
        result.percentiles = {
            m: Percentiles(**percentiles(v)) for m, v in values.items() if len(v) >= self.min_users
        }
        mine = next((r for r in rows if r.user_id == user.id), None)
        if mine is not None:
            own = {m: float(getattr(mine, m)) for m in METRICS if getattr(mine, m) is not None}
            result.your_scores = {m: round(v, 1) for m, v in own.items() if m in result.percentiles}
            result.your_percentile = {
                m: rank_of(values[m], v) for m, v in own.items() if m in result.percentiles
            }
        return result

    async def practiced(self, user: User, limit: int = 3) -> list[tuple[str, RoleBenchmark]]:
        """The benchmarks of the roles and levels the user practiced most, with role titles."""
        return [
            (row.title, await self.role_benchmark(user, row.role_uuid, row.difficulty_level))
            for row in await self.repo.practiced_roles(user.id, limit)
        ]

    async def industry_insights(self, user: User) -> IndustryInsights:
        """Per industry and role: interviews, completion, scores, gaps (administrators only)."""
        if not user.is_admin:
            raise Forbidden("Only administrators can see industry insights.")
        names = await self.repo.industry_names()
        roles: dict[str, list[Any]] = defaultdict(list)
        for row in await self.repo.role_totals():
            roles[row.industry_uuid].append(row)
        skills: dict[str, list[SkillCount]] = defaultdict(list)
        for row in await self.repo.missed_skills(PER_INDUSTRY):
            skills[row.industry_uuid].append(SkillCount(skill=row.skill, times_missed=row.missed))
        hardest: dict[str, list[HardQuestion]] = defaultdict(list)
        for row in await self.repo.hardest_questions(self.min_users, PER_INDUSTRY):
            hardest[row.industry_id].append(
                HardQuestion(
                    question_uuid=row.question_uuid,
                    prompt=row.prompt,
                    answers=row.answers,
                    average_score=round(float(row.average), 1),
                )
            )
        stops: dict[str, list[AbandonPoint]] = defaultdict(list)
        for row in await self.repo.abandon_points():
            point = AbandonPoint(
                question_number=row.current_question_index + 1, interviews=row.interviews
            )
            stops[row.industry_uuid].append(point)
        return IndustryInsights(
            min_answers=self.min_users,
            industries=[
                self._industry(uuid, names.get(uuid, uuid), rows, skills, hardest, stops)
                for uuid, rows in roles.items()
            ],
        )

    def _industry(
        self,
        uuid: str,
        name: str,
        rows: list[Any],
        skills: dict[str, list[SkillCount]],
        hardest: dict[str, list[HardQuestion]],
        stops: dict[str, list[AbandonPoint]],
    ) -> IndustryInsight:
        """One industry's totals summed from its roles'."""
        completed = sum(int(r.completed) for r in rows)
        abandoned = sum(int(r.abandoned) for r in rows)
        scored = sum(int(r.scored) for r in rows)
        return IndustryInsight(
            industry_uuid=uuid,
            name=name,
            interviews=sum(int(r.interviews) for r in rows),
            completed=completed,
            completion_rate=_rate(completed, abandoned),
            average_overall_score=_average(sum(r.score_sum or 0 for r in rows), scored),
            roles=[
                RoleInsight(
                    role_uuid=r.role_uuid or "",
                    interviews=int(r.interviews),
                    completed=int(r.completed),
                    completion_rate=_rate(int(r.completed), int(r.abandoned)),
                    average_overall_score=_average(r.score_sum or 0, int(r.scored)),
                )
                for r in rows
            ],
            missed_skills=skills.get(uuid, []),
            hardest_questions=hardest.get(uuid, []),
            abandoned_at=stops.get(uuid, []),
        )


def _cell(value: object) -> object:
    """A CSV cell that spreadsheets will not read as a formula."""
    text = str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@") else value


def insights_csv(insights: IndustryInsights) -> str:
    """The insights as CSV: one line per industry (role_uuid empty) and per role."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_FIELDS)
    for industry in insights.industries:
        lines: list[tuple[str, IndustryInsight | RoleInsight]] = [("", industry)]
        lines += [(role.role_uuid, role) for role in industry.roles]
        for role_uuid, item in lines:
            writer.writerow(
                _cell(v)
                for v in [
                    industry.industry_uuid,
                    industry.name,
                    role_uuid,
                    item.interviews,
                    item.completed,
                    "" if item.completion_rate is None else item.completion_rate,
                    "" if item.average_overall_score is None else item.average_overall_score,
                ]
            )
    return out.getvalue()
