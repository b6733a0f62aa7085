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
