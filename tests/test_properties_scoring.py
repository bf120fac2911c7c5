# mypy: allow-untyped-defs, allow-untyped-calls
"""Hypothesis invariants of matching + scoring + suggestions on generated documents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from test_matching import CFG, GRAPH, R, make_posting, make_resume

from resumefit.matching import assess_qualifications, index_resume
from resumefit.schema import Resume
from resumefit.scoring import compute_score
from resumefit.suggestions import find_gaps, suggest_tailoring

AS_OF = date(2024, 6, 1)
SKILLS = [
    "Python",
    "Java",
    "SQL",
    "PostgreSQL",
    "Kubernetes",
    "Spark",
    "Airflow",
    "Excel",
]
KINDS = ["work", "work", "volunteer", "internship", "project"]


@dataclass(frozen=True)
class RoleDraft:
    kind: str
    start: int
    years: int
    current: bool
    skills: tuple[str, ...]


role_drafts = st.builds(
    RoleDraft,
    kind=st.sampled_from(KINDS),
    start=st.integers(2005, 2023),
    years=st.integers(0, 6),
    current=st.booleans(),
    skills=st.lists(st.sampled_from(SKILLS), max_size=3, unique=True).map(tuple),
)


@dataclass(frozen=True)
class ResumeDraft:
    roles: tuple[RoleDraft, ...]
    listed: tuple[str, ...]


resume_drafts = st.builds(
    ResumeDraft,
    roles=st.lists(role_drafts, max_size=3).map(tuple),
    listed=st.lists(st.sampled_from(SKILLS), max_size=4, unique=True).map(tuple),
)

importances = st.sampled_from(["required", "preferred"])
qual_rows = st.one_of(
    st.builds(
        lambda s, i: {"text": s, "importance": i}, st.sampled_from(SKILLS), importances
    ),
    st.builds(
        lambda a, b, i: {"text": f"{a} or {b}", "importance": i},
        st.sampled_from(SKILLS),
        st.sampled_from(SKILLS),
        importances,
    ),
    st.builds(
        lambda s, n, i: {
            "text": f"{n}+ years of {s}",
            "min_years": n,
            "years_subject": s,
            "importance": i,
        },
        st.sampled_from(SKILLS),
        st.integers(1, 8),
        importances,
    ),
    st.builds(
        lambda n, i: {
            "text": f"{n}+ years of professional experience",
            "kind": "experience",
            "min_years": n,
            "years_subject": "professional experience",
            "importance": i,
        },
        st.integers(1, 10),
        importances,
    ),
    st.builds(
        lambda i: {
            "text": "Authorized to work in the US",
            "kind": "authorization",
            "importance": i,
        },
        importances,
    ),
    st.builds(
        lambda i: {
            "text": "Thrives in fast-paced data teams",
            "kind": "other",
            "importance": i,
        },
        importances,
    ),
)
posting_rows = st.lists(qual_rows, min_size=1, max_size=6)


def render(
    draft: ResumeDraft, *, extra: str | None = None, shout: bool = False
) -> Resume:
    """Resume text + roles; ``extra`` adds a current role using that skill."""
    lines = ["EXPERIENCE"]
    roles = []
    drafts = list(draft.roles)
    for n, role in enumerate(drafts):
        header = f"Role {n}, Org {n}"
        lines.append(header)
        for skill in role.skills:
            bullet = f"- Used {skill} daily."
            lines.append(bullet.upper().replace(" ", "  ") if shout else bullet)
        end = None if role.current else (role.start + role.years, 6)
        roles.append(
            R(header, (role.start, 1), end, kind=role.kind, current=role.current)
        )
    if extra is not None:
        header = "Role X, Org X"
        lines += [header, f"- Used {extra} daily."]
        roles.append(R(header, (2023, 1), current=True))
    lines += ["", "SKILLS", ", ".join(draft.listed), ""]
    return make_resume("\n".join(lines), roles)


def run(resume, rows):
    posting = make_posting(rows)
    idx = index_resume(resume, as_of=AS_OF)
    assessments = assess_qualifications(posting, idx, skills=GRAPH, config=CFG)
    score, verdict, _ = compute_score(assessments, config=CFG)
    gaps = find_gaps(assessments, posting, idx, config=CFG)
    suggestions = suggest_tailoring(assessments, posting, idx, skills=GRAPH, config=CFG)
    return posting, assessments, score, verdict, gaps, suggestions


@settings(max_examples=120, deadline=None)
@given(resume_drafts, posting_rows)
def test_invariants(draft, rows):
    resume = render(draft)
    posting, assessments, score, verdict, gaps, suggestions = run(resume, rows)
    assert 0.0 <= score <= 100.0
    assert verdict in ("strong", "good", "stretch", "long_shot")
    ids = [q.id for q in posting.qualifications]
    assert [a.qualification_id for a in assessments] == ids
    assert {g.qualification_id for g in gaps} <= set(ids)
    assert {s.qualification_id for s in suggestions} <= set(ids)
    for a in assessments:
        if a.status in ("met", "partial"):
            assert a.evidence
        if a.status == "unknown":
            assert a.credit == 0.0
        for ev in a.evidence:
            assert resume.text[ev.span[0] : ev.span[1]] == ev.text
    impacts = [s.impact for s in suggestions]
    assert impacts == sorted(impacts, reverse=True)
    # Determinism, with a fresh index too.
    assert run(resume, rows)[1:] == (assessments, score, verdict, gaps, suggestions)


@settings(max_examples=120, deadline=None)
@given(resume_drafts, posting_rows, st.sampled_from(SKILLS))
def test_adding_a_dated_bullet_for_a_missing_required_skill_never_lowers_the_score(
    draft, rows, skill
):
    rows = [*rows, {"text": skill, "importance": "required"}]
    before = run(render(draft), rows)[2]
    after = run(render(draft, extra=skill), rows)[2]
    assert after >= before


@settings(max_examples=80, deadline=None)
@given(resume_drafts, posting_rows)
def test_unknown_items_do_not_change_the_score(draft, rows):
    resume = render(draft)
    base = run(resume, rows)[2]
    more = run(
        resume,
        [*rows, {"text": "Authorized to work in the US", "kind": "authorization"}],
    )[2]
    assert base == more


@settings(max_examples=80, deadline=None)
@given(resume_drafts, posting_rows)
def test_case_and_whitespace_do_not_change_the_score(draft, rows):
    assert run(render(draft), rows)[2] == run(render(draft, shout=True), rows)[2]


@settings(max_examples=60, deadline=None)
@given(resume_drafts, posting_rows)
def test_gap_impact_equals_a_full_recompute(draft, rows):
    from resumefit.scoring import ScoreItem, score_items

    resume = render(draft)
    _, assessments, _, _, gaps, _ = run(resume, rows)
    items = [ScoreItem(a.importance, a.kind, a.status, a.credit) for a in assessments]
    base = score_items(items, CFG)
    for gap in gaps:
        i = next(
            n
            for n, a in enumerate(assessments)
            if a.qualification_id == gap.qualification_id
        )
        upgraded = list(items)
        upgraded[i] = items[i]._replace(status="met", credit=1.0)
        assert abs(gap.impact - round(score_items(upgraded, CFG) - base, 4)) <= 1e-4
