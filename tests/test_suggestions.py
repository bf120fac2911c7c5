# mypy: allow-untyped-defs, allow-untyped-calls
"""Gaps and honest tailoring suggestions."""

from __future__ import annotations

from typing import Any

import pytest
from test_matching import (
    AS_OF,
    BASE_ROLES,
    BASE_TEXT,
    CFG,
    GRAPH,
    R,
    make_posting,
    make_resume,
)

from resumefit.matching import assess_qualifications, index_resume
from resumefit.scoring import compute_score
from resumefit.suggestions import find_gaps, suggest_tailoring

ROWS: list[dict[str, Any]] = [
    {"text": "Python"},
    {"text": "PostgreSQL"},
    {"text": "Airflow"},
    {"text": "Excel", "importance": "preferred"},
    {"text": "8+ years of Python", "min_years": 8, "years_subject": "Python"},
    {"text": "Kubernetes"},
    {"text": "MySQL", "importance": "preferred"},
    {"text": "Authorized to work in the US", "kind": "authorization"},
]


@pytest.fixture(scope="module")
def case():
    resume = make_resume(BASE_TEXT, BASE_ROLES)
    posting = make_posting(ROWS)
    idx = index_resume(resume, as_of=AS_OF)
    assessments = assess_qualifications(posting, idx, skills=GRAPH, config=CFG)
    return resume, posting, idx, assessments


def test_scenario_score(case):
    *_, assessments = case
    score, verdict, breakdown = compute_score(assessments, config=CFG)
    assert (score, verdict, breakdown.cap) == (40.7785, "stretch", 60.0)


def test_gaps_required_first_then_by_cost(case):
    _, posting, idx, assessments = case
    gaps = find_gaps(assessments, posting, idx, config=CFG)
    assert [(g.qualification_id, g.status, g.impact) for g in gaps] == [
        ("q6", "missing", 44.8327),
        ("q5", "partial", 2.1039),
        ("q7", "missing", 3.5294),
    ]
    assert gaps[1].message == (
        "Asks 8+ years of Python; the resume shows about 6.4 in dated roles."
    )


def test_suggestions_kinds_order_and_spans(case):
    resume, posting, idx, assessments = case
    out = suggest_tailoring(assessments, posting, idx, skills=GRAPH, config=CFG)
    assert [(s.qualification_id, s.kind, s.impact) for s in out] == [
        ("q6", "missing_required", 44.8327),
        ("q7", "missing_preferred", 3.5294),
        ("q3", "show_in_role", 2.1176),
        ("q5", "state_duration", 2.1039),
        ("q2", "use_posting_term", 0.5294),
        ("q4", "bring_forward", 0.3529),
    ]
    for s in out:
        if s.resume_span is not None:
            assert resume.text[slice(*s.resume_span)] == s.resume_text
    by_kind = {s.kind: s for s in out}
    assert by_kind["use_posting_term"].resume_text == "Postgres"
    assert by_kind["use_posting_term"].message == (
        "The posting says 'PostgreSQL'; your resume says 'Postgres'. Use the "
        "posting's term there (for example 'PostgreSQL (Postgres)') so screens "
        "that match words find it."
    )
    assert by_kind["show_in_role"].resume_text == "Airflow, TensorFlow 2, Spark"
    assert by_kind["bring_forward"].resume_text == "Tracked donations in Excel."
    assert "volunteer work ('Treasurer')" in by_kind["bring_forward"].message


def test_missing_required_is_said_plainly_and_never_claimed(case):
    _, posting, idx, assessments = case
    out = suggest_tailoring(assessments, posting, idx, skills=GRAPH, config=CFG)
    missing = next(s for s in out if s.qualification_id == "q6")
    assert missing.message == (
        "Required and not shown: Kubernetes. Do not claim it. If you are working "
        "toward it (a course, certificate or project), say so with dates; "
        "otherwise expect it to count against you."
    )
    assert missing.resume_span is None
    related = next(s for s in out if s.qualification_id == "q7")
    assert "Your resume does show PostgreSQL, which is related" in related.message
    assert related.resume_text == "Postgres"


def test_every_gap_and_suggestion_points_at_a_qualification(case):
    _, posting, idx, assessments = case
    ids = {q.id for q in posting.qualifications}
    gaps = find_gaps(assessments, posting, idx, config=CFG)
    out = suggest_tailoring(assessments, posting, idx, skills=GRAPH, config=CFG)
    assert {g.qualification_id for g in gaps} <= ids
    assert {s.qualification_id for s in out} <= ids
    assert "q8" not in {s.qualification_id for s in out}  # unknown: nothing to do


def test_no_suggestion_to_add_an_unevidenced_skill():
    resume = make_resume(
        "EXPERIENCE\nCook, Diner\n- Ran the grill.\n",
        [R("Cook, Diner", (2020, 1), current=True)],
    )
    posting = make_posting(
        [{"text": "Kubernetes"}, {"text": "Spark", "importance": "preferred"}]
    )
    idx = index_resume(resume, as_of=AS_OF)
    assessments = assess_qualifications(posting, idx, skills=GRAPH, config=CFG)
    out = suggest_tailoring(assessments, posting, idx, skills=GRAPH, config=CFG)
    assert [s.kind for s in out] == ["missing_required", "missing_preferred"]
    assert all("Do not claim it" in s.message for s in out)


def test_implied_skill_suggests_naming_it():
    resume = make_resume(
        "EXPERIENCE\nDBA, Initech\n- Tuned PostgreSQL replicas.\n",
        [R("DBA, Initech", (2020, 1), current=True)],
    )
    posting = make_posting([{"text": "SQL"}])
    idx = index_resume(resume, as_of=AS_OF)
    assessments = assess_qualifications(posting, idx, skills=GRAPH, config=CFG)
    (s,) = suggest_tailoring(assessments, posting, idx, skills=GRAPH, config=CFG)
    assert (s.kind, s.resume_text, s.impact) == ("use_posting_term", "PostgreSQL", 50.0)
    assert s.message == (
        "Your resume shows PostgreSQL, which involves SQL. Name SQL explicitly "
        "where you used it."
    )


def test_met_in_recent_role_needs_no_suggestion():
    resume = make_resume(
        "EXPERIENCE\nDev, Acme\n- Python services.\n",
        [R("Dev, Acme", (2020, 1), current=True)],
    )
    posting = make_posting([{"text": "Python"}])
    idx = index_resume(resume, as_of=AS_OF)
    assessments = assess_qualifications(posting, idx, skills=GRAPH, config=CFG)
    assert suggest_tailoring(assessments, posting, idx, skills=GRAPH, config=CFG) == ()
    assert find_gaps(assessments, posting, idx, config=CFG) == ()


def test_loose_alias_suggestion_does_not_rename():
    resume = make_resume(
        "EXPERIENCE\nNurse, Mercy\n- Applied critical thinking in triage.\n",
        [R("Nurse, Mercy", (2019, 1), current=True)],
    )
    posting = make_posting([{"text": "Decision making", "kind": "soft_skill"}])
    idx = index_resume(resume, as_of=AS_OF)
    assessments = assess_qualifications(posting, idx, skills=GRAPH, config=CFG)
    (s,) = suggest_tailoring(assessments, posting, idx, skills=GRAPH, config=CFG)
    assert (s.kind, s.resume_text, s.impact) == (
        "use_posting_term",
        "critical thinking",
        50.0,
    )
    assert s.message == (
        "Your resume shows 'critical thinking', which is related to 'Decision "
        "making' but not the same. If you have Decision making experience, show it "
        "in those words in a role bullet; do not rename what you did."
    )


# (row, message start): a suggestion names what the item asks, never a side skill.
NAME_CASES = [
    pytest.param(
        {
            "text": "Bilingual (English/Spanish) and great communication preferred",
            "kind": "language",
            "languages": ("English", "Spanish"),
            "importance": "preferred",
        },
        "Preferred and not shown: English and Spanish. Do not claim it.",
        id="language-not-its-skill",
    ),
    pytest.param(
        {
            "text": "PMP certification, Python shops welcome",
            "kind": "certification",
            "credentials": ("PMP",),
        },
        "Required and not shown: PMP. Do not claim it. If you are working toward",
        id="credential-not-its-skill",
    ),
    pytest.param(
        {
            "text": "Master's degree in Statistics (Python, SQL)",
            "kind": "education",
            "degree_level": "master",
            "degree_fields": ("Statistics",),
        },
        "Required and not shown: a master's degree in Statistics. Do not claim it.",
        id="degree-not-its-skills",
    ),
    pytest.param(
        {"text": "Underwater welding", "kind": "other", "importance": "preferred"},
        "Preferred and not shown: 'Underwater welding'.",
        id="no-names-uses-the-text",
    ),
]


@pytest.mark.parametrize(("row", "start"), NAME_CASES)
def test_suggestions_name_what_the_item_asks(row, start):
    resume = make_resume(BASE_TEXT, BASE_ROLES)
    posting = make_posting([row])
    idx = index_resume(resume, as_of=AS_OF)
    assessments = assess_qualifications(posting, idx, skills=GRAPH, config=CFG)
    assert assessments[0].status == "missing"
    out = suggest_tailoring(assessments, posting, idx, skills=GRAPH, config=CFG)
    assert len(out) == 1
    assert out[0].message.startswith(start)
    for side in ("communication", "Python", "SQL"):
        assert side not in out[0].message
