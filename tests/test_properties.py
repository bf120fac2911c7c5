"""Hypothesis invariants through the whole pipeline (parsing → scoring)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resumefit import (
    Analyzer,
    InputError,
    NoQualificationsError,
    Posting,
    Resume,
)

AS_OF = date(2025, 6, 30)
ANALYZER = Analyzer()

# Unambiguous, case-insensitive lexicon names (no case-only or context-gated terms).
SKILLS = [
    "Python",
    "PostgreSQL",
    "Tableau",
    "Kubernetes",
    "Docker",
    "JavaScript",
    "TypeScript",
    "Salesforce",
    "QuickBooks",
    "Terraform",
    "Microsoft Excel",
    "Power BI",
    "project management",
    "customer service",
    "machine learning",
]
REQUIRED_TEMPLATES = [
    "Experience with {s}",
    "Proficiency in {s}",
    "{n}+ years of experience with {s}",
    "Strong knowledge of {s}",
]
PREFERRED_TEMPLATES = [
    "Experience with {s} is a plus",
    "Familiarity with {s} preferred",
    "Nice to have: {s}",
]


@st.composite
def postings(draw: st.DrawFn) -> str:
    required = draw(
        st.lists(st.sampled_from(SKILLS), min_size=1, max_size=4, unique=True)
    )
    preferred = draw(st.lists(st.sampled_from(SKILLS), max_size=3, unique=True))
    lines = ["Senior Analyst", "", "Requirements"]
    for skill in required:
        template = draw(st.sampled_from(REQUIRED_TEMPLATES))
        lines.append("- " + template.format(s=skill, n=draw(st.integers(1, 8))))
    if preferred:
        lines += ["", "Preferred qualifications"]
        for skill in preferred:
            lines.append(
                "- " + draw(st.sampled_from(PREFERRED_TEMPLATES)).format(s=skill)
            )
    return "\n".join(lines) + "\n"


@st.composite
def resumes(draw: st.DrawFn) -> str:
    shown = draw(st.lists(st.sampled_from(SKILLS), max_size=6, unique=True))
    listed = draw(st.lists(st.sampled_from(SKILLS), max_size=6, unique=True))
    start = draw(st.integers(2005, 2022))
    end = draw(st.integers(start, 2025))
    bullets = "\n".join(f"- Delivered reporting work using {s}" for s in shown)
    return (
        "Alex Morgan\nalex.morgan@example.com\n\n"
        "EXPERIENCE\n"
        f"Analyst, Northwind Traders  Jan {start} - Dec {end}\n"
        f"{bullets or '- Prepared weekly summaries'}\n\n"
        "EDUCATION\nB.S. in Economics, Example State University, 2004\n\n"
        f"SKILLS\n{', '.join(listed) or 'Teamwork'}\n"
    )


def _spans_ok(text: str, spans: list[tuple[int, int]]) -> bool:
    return all(0 <= s <= e <= len(text) for s, e in spans)


@settings(max_examples=60)
@given(st.text(max_size=400))
def test_any_text_parses_or_raises_input_error(text: str) -> None:
    try:
        resume = ANALYZER.parse_resume(text)
    except InputError:
        return
    assert isinstance(resume, Resume)
    spans = [s.span for s in resume.sections] + [r.span for r in resume.roles]
    spans += [m.span for sk in resume.skills for m in sk.mentions]
    assert _spans_ok(resume.text, spans)
    for skill in resume.skills:
        for mention in skill.mentions:
            assert resume.text[mention.span[0] : mention.span[1]] == mention.surface


@settings(max_examples=60)
@given(st.text(max_size=400))
def test_any_posting_text_gives_qualifications_inside_it(text: str) -> None:
    try:
        posting = ANALYZER.parse_posting(text)
    except InputError:
        return
    assert isinstance(posting, Posting)
    for q in posting.qualifications:
        assert posting.text[q.span[0] : q.span[1]] == q.text
    assert ANALYZER.parse_posting(text) == posting


@settings(max_examples=40)
@given(resumes(), postings())
def test_score_invariants(resume_text: str, posting_text: str) -> None:
    try:
        result = ANALYZER.score(resume_text, posting_text, as_of=AS_OF)
    except NoQualificationsError:
        pytest.fail("generated posting lost all its qualifications")
    posting = ANALYZER.parse_posting(posting_text)
    ids = [q.id for q in posting.qualifications]
    assert 0 <= result.score <= 100
    assert [a.qualification_id for a in result.assessments] == ids
    assert {g.qualification_id for g in result.gaps} <= set(ids)
    assert {s.qualification_id for s in result.suggestions} <= set(ids)
    resume = ANALYZER.parse_resume(resume_text)
    for assessment in result.assessments:
        if assessment.status in {"met", "partial"}:
            assert assessment.evidence
        for ev in assessment.evidence:
            assert resume.text[ev.span[0] : ev.span[1]] == ev.text
    assert ANALYZER.score(resume_text, posting_text, as_of=AS_OF) == result


@settings(max_examples=40)
@given(resumes(), postings())
def test_adding_missing_required_text_as_role_bullet_never_lowers_score(
    resume_text: str, posting_text: str
) -> None:
    before = ANALYZER.score(resume_text, posting_text, as_of=AS_OF)
    by_id = {q.id: q for q in ANALYZER.parse_posting(posting_text).qualifications}
    missing = [
        a
        for a in before.assessments
        if a.importance == "required" and a.status == "missing"
    ]
    if not missing:
        return
    bullet = f"- {by_id[missing[0].qualification_id].text}\n"
    improved = resume_text.replace("\n\nEDUCATION", "\n" + bullet + "\nEDUCATION")
    after = ANALYZER.score(improved, posting_text, as_of=AS_OF)
    assert after.score >= before.score


@settings(max_examples=40)
@given(resumes(), postings(), st.sampled_from(["lower", "upper", "spaces"]))
def test_case_and_whitespace_do_not_change_score(
    resume_text: str, posting_text: str, change: str
) -> None:
    before = ANALYZER.score(resume_text, posting_text, as_of=AS_OF)
    head, _, skills = resume_text.rpartition("SKILLS\n")
    if change == "lower":
        changed = head + "SKILLS\n" + skills.lower()
    elif change == "upper":
        changed = head + "SKILLS\n" + skills.upper()
    else:
        changed = resume_text.replace("\n", "   \n").replace(
            "EXPERIENCE", "\n\nEXPERIENCE"
        )
    after = ANALYZER.score(changed, posting_text, as_of=AS_OF)
    assert after.score == before.score
