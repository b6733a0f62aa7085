"""Property tests: tailoring never fails on arbitrary text when the bank has questions."""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tailoring_samples import SOFTWARE_JD, SOFTWARE_RESUME, sample_bank

from mockinterview.tailoring import generate_tailored_questions

BANK = sample_bank()
LINES = SOFTWARE_RESUME.splitlines() + SOFTWARE_JD.splitlines()
documents = st.one_of(
    st.text(max_size=600),
    st.lists(st.sampled_from(LINES) | st.text(max_size=80), max_size=30).map("\n".join),
)


def squeezed(text: str) -> str:
    """Text with runs of whitespace as one space (rejoined wrapped lines quote that way)."""
    return " ".join(text.split())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(resume=documents, jd=st.none() | documents, count=st.integers(1, 15))
def test_never_raises_and_stays_grounded(resume: str, jd: str | None, count: int) -> None:
    questions = generate_tailored_questions(resume, jd, BANK, count, today=date(2025, 6, 1))
    assert 1 <= len(questions) <= count
    assert len({q.prompt for q in questions}) == len(questions)
    for question in questions:
        for source in question.sources:
            if source.kind == "resume":
                assert squeezed(source.quote) in squeezed(resume)
            elif source.kind == "job_description":
                assert jd is not None and squeezed(source.quote) in squeezed(jd)
