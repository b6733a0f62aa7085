"""Degree levels read from postings and resumes."""

import pytest

from mockinterview.tailoring.degrees import degree_level, degree_met, highest_degree


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("BS in Electrical Engineering from an ABET-accredited program", 2),
        ("Bachelor's degree in finance or a related field", 2),
        ("B.S. or higher in mechanical engineering", 2),
        ("Master of Social Work from a CSWE-accredited program", 3),
        ("MS Computer Science, Georgia Tech, 2018", 3),
        ("Associate degree in veterinary technology", 1),
        ("PhD in a quantitative field", 4),
        ("Harvard University, Cambridge, MA", None),
        ("Five years of payroll experience", None),
        ("A degree in a relevant subject, or equivalent experience.", 2),
        ("Degree-level qualification in a science subject", 2),
        ("Measures parts to a high degree of accuracy", None),
        ("Runs 360-degree reviews for the team", None),
    ],
)
def test_the_level_a_line_names(text: str, level: int | None) -> None:
    assert degree_level(text) == level


def test_only_finished_degrees_count_and_a_higher_one_meets_a_lower_requirement() -> None:
    finished = ["M.S. Kinesiology, Cascade State University, 2019", "A.A.S. Culinary Arts, 2011"]
    assert highest_degree(finished) == 3
    assert degree_met("Bachelor's degree in sports science", finished)
    studying = ["B.S. (in progress, expected May 2027) Occupational Safety", "A.A.S., 2013"]
    assert highest_degree(studying) == 1
    assert not degree_met("Bachelor's degree in occupational safety", studying)
    assert not degree_met("Bachelor's degree", ["Finishing a B.S. in occupational safety"])


def test_a_degree_of_no_named_level_is_met_by_a_bachelors_but_not_by_an_associate() -> None:
    requirement = "A degree in a relevant subject, or equivalent experience."
    assert degree_met(requirement, ["BA (Hons) History, University of Leeds, 2016 - 2019, 2:1"])
    assert not degree_met(requirement, ["Associate degree in veterinary technology, 2015"])
    assert not degree_met(requirement, ["MA Museum Studies (part-time, in progress), 2024 - 2027"])
