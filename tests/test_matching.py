# mypy: allow-untyped-defs, allow-untyped-calls
"""Matching: one assessment per posting qualification, with cited evidence.

Everything is built by hand here (no files, no spaCy): a tiny fake skill graph,
resumes written as text with their roles declared, postings as lists of
qualifications. The helpers are reused by the other scoring test modules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest

from resumefit.config import ScoringConfig
from resumefit.matching import (
    assess_qualification,
    assess_qualifications,
    format_years,
    index_resume,
    is_loose_alias,
    merged_years,
)
from resumefit.schema import (
    Assessment,
    CredentialEntry,
    DegreeYears,
    EducationEntry,
    LanguageEntry,
    ParseQuality,
    PartialDate,
    Posting,
    Qualification,
    Resume,
    ResumeSection,
    Role,
    SkillEvidence,
    SkillMention,
)

AS_OF = date(2024, 6, 1)
CFG = ScoringConfig()

# --------------------------------------------------------------------------- fakes


@dataclass(frozen=True)
class FakeTerm:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()
    is_soft: bool = False


@dataclass
class FakeGraph:
    """A tiny SkillGraph: names, aliases and broader skills."""

    terms: dict[str, FakeTerm] = field(default_factory=dict)

    def add(self, term: FakeTerm) -> FakeGraph:
        self.terms[term.id] = term
        return self

    def get(self, skill_id: str) -> Any | None:
        return self.terms.get(skill_id)

    def lookup(self, name: str) -> Any | None:
        wanted = name.lower()
        for term in self.terms.values():
            if wanted == term.name.lower() or wanted in (
                a.lower() for a in term.aliases
            ):
                return term
        return None

    def parents(self, skill_id: str) -> tuple[str, ...]:
        out: list[str] = []
        todo = list(self.terms[skill_id].parents) if skill_id in self.terms else []
        while todo:
            parent = todo.pop(0)
            if parent not in out:
                out.append(parent)
                todo.extend(self.terms[parent].parents if parent in self.terms else ())
        return tuple(out)

    def nearest(
        self, name: str, *, score_cutoff: float = 0.85, limit: int = 3
    ) -> list[tuple[Any, float]]:
        from rapidfuzz import fuzz

        scored = [
            (t, fuzz.ratio(name.lower(), t.name.lower()) / 100)
            for t in self.terms.values()
        ]
        scored = [p for p in scored if p[1] >= score_cutoff]
        scored.sort(key=lambda p: (-p[1], p[0].id))
        return scored[:limit]

    def mentions(self, text: str, offset: int = 0) -> list[SkillMention]:
        """Every name/alias occurrence at word boundaries (longest first)."""
        found: list[SkillMention] = []
        taken: list[tuple[int, int]] = []
        forms = sorted(
            ((form, t) for t in self.terms.values() for form in (t.name, *t.aliases)),
            key=lambda p: -len(p[0]),
        )
        for form, term in forms:
            pattern = r"(?<![\w+#])" + re.escape(form) + r"(?![\w+#])"
            for m in re.finditer(pattern, text, flags=re.IGNORECASE):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append(
                    SkillMention(
                        skill_id=term.id,
                        name=term.name,
                        surface=m.group(0),
                        span=(m.start() + offset, m.end() + offset),
                        is_soft=term.is_soft,
                    )
                )
        return sorted(found, key=lambda m: m.span)


def default_graph() -> FakeGraph:
    g = FakeGraph()
    for term in (
        FakeTerm("skill:python", "Python"),
        FakeTerm("skill:java", "Java"),
        FakeTerm("skill:sql", "SQL"),
        FakeTerm("skill:postgresql", "PostgreSQL", ("Postgres",), ("skill:sql",)),
        FakeTerm("skill:mysql", "MySQL", (), ("skill:sql",)),
        FakeTerm("skill:kubernetes", "Kubernetes", ("k8s",)),
        FakeTerm("skill:spark", "Spark"),
        FakeTerm("skill:tensorflow", "TensorFlow"),
        FakeTerm("skill:tensorflow2", "TensorFlow 2"),
        FakeTerm("skill:airflow", "Airflow"),
        FakeTerm("skill:excel", "Excel"),
        FakeTerm("skill:communication", "communication", (), (), True),
        FakeTerm("skill:leadership", "leadership", (), (), True),
        FakeTerm("skill:critical", "Critical thinking", ("Decision making",), (), True),
    ):
        g.add(term)
    return g


GRAPH = default_graph()

# --------------------------------------------------------------------------- builders

_HEADINGS = {
    "SUMMARY": "summary",
    "EXPERIENCE": "experience",
    "SKILLS": "skills",
    "EDUCATION": "education",
    "VOLUNTEER": "volunteer",
    "PROJECTS": "projects",
    "CERTIFICATIONS": "certifications",
    "LANGUAGES": "languages",
}


@dataclass(frozen=True)
class R:
    """A role to declare: its header line as written, kind and dates."""

    header: str
    start: tuple[int, int | None] | None
    end: tuple[int, int | None] | None = None
    kind: str = "work"
    current: bool = False


def _pdate(value: tuple[int, int | None] | None) -> PartialDate | None:
    return None if value is None else PartialDate(year=value[0], month=value[1])


def span_of(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def make_resume(
    text: str,
    roles: Sequence[R] = (),
    *,
    education: Sequence[tuple[str, str | None, tuple[str, ...]]] = (),
    credentials: Sequence[tuple[str, str]] = (),
    languages: Sequence[str] = (),
    graph: FakeGraph = GRAPH,
) -> Resume:
    """Build a Resume: sections from CAPS headings, roles from their headers.

    A role spans its header line and the following non-blank lines.
    ``education`` rows are ``(line, level, fields)``; ``credentials`` rows
    ``(kind, name)`` found in the text.
    """
    lines: list[tuple[int, int, str]] = []
    offset = 0
    for raw in text.split("\n"):
        lines.append((offset, offset + len(raw), raw))
        offset += len(raw) + 1
    sections: list[ResumeSection] = []
    heads = [(s, e, t) for s, e, t in lines if t.strip() in _HEADINGS]
    for i, (s, e, t) in enumerate(heads):
        body_end = heads[i + 1][0] - 1 if i + 1 < len(heads) else len(text)
        sections.append(
            ResumeSection(
                kind=_HEADINGS[t.strip()],
                heading=t.strip(),
                heading_span=(s, e),
                span=(min(e + 1, body_end), body_end),
            )
        )
    built: list[Role] = []
    for spec in roles:
        hs, he = span_of(text, spec.header)
        idx = max(i for i, (s, _, _) in enumerate(lines) if s <= hs)
        end = lines[idx][1]
        for _, e, t in lines[idx + 1 :]:
            if not t.strip() or t.strip() in _HEADINGS:
                break
            if any(t.startswith(r.header) for r in roles):
                break
            end = e
        section = next(
            (sec.kind for sec in sections if sec.span[0] <= hs < sec.span[1] + 1),
            "experience",
        )
        built.append(
            Role(
                kind=spec.kind,
                title=spec.header.split(",")[0],
                organization=None,
                start=_pdate(spec.start),
                end=_pdate(spec.end),
                is_current=spec.current,
                section=section,
                span=(lines[idx][0], end),
                header_span=(hs, he),
            )
        )
    by_skill: dict[str, list[SkillMention]] = {}
    for m in graph.mentions(text):
        by_skill.setdefault(m.skill_id, []).append(m)
    skills = []
    skill_sections = [s.span for s in sections if s.kind == "skills"]
    for skill_id, mentions in sorted(by_skill.items(), key=lambda p: p[1][0].span):
        in_roles = tuple(
            i
            for i, r in enumerate(built)
            if any(r.span[0] <= m.span[0] < r.span[1] for m in mentions)
        )
        skills.append(
            SkillEvidence(
                skill_id=skill_id,
                name=mentions[0].name,
                mentions=tuple(mentions),
                in_roles=in_roles,
                in_skills_section=any(
                    s <= m.span[0] < e for m in mentions for s, e in skill_sections
                ),
            )
        )
    return Resume(
        text=text,
        quality=ParseQuality(format="txt", char_count=len(text)),
        sections=tuple(sections),
        roles=tuple(built),
        education=tuple(
            EducationEntry(level=level, fields=fields, span=span_of(text, line))
            for line, level, fields in education
        ),
        credentials=tuple(
            CredentialEntry(kind=kind, name=name, span=span_of(text, name))
            for kind, name in credentials
        ),
        languages=tuple(
            LanguageEntry(name=name, span=span_of(text, name)) for name in languages
        ),
        skills=tuple(skills),
    )


def make_posting(
    rows: Sequence[dict[str, Any]], *, graph: FakeGraph = GRAPH
) -> Posting:
    """Build a Posting: one qualification per row (``text`` plus any fields).

    Skill mentions are found with the fake graph unless ``skill_mentions`` is
    given; ``importance`` defaults to required, ``kind`` to skill.
    """
    text = ""
    quals = []
    for n, row in enumerate(rows, 1):
        start = len(text) + 2
        text += "- " + row["text"] + "\n"
        fields = dict(row)
        fields.setdefault("importance", "required")
        fields.setdefault("kind", "skill")
        fields.setdefault("importance_source", "header")
        if "skill_mentions" not in fields:
            mentions = graph.mentions(row["text"], offset=start)
            fields["skill_mentions"] = tuple(mentions)
            fields.setdefault("skills", tuple(dict.fromkeys(m.name for m in mentions)))
        quals.append(
            Qualification(
                id=f"q{n}",
                span=(start, start + len(row["text"])),
                section="requirements",
                **fields,
            )
        )
    return Posting(
        text=text,
        quality=ParseQuality(format="txt", char_count=len(text)),
        qualifications=tuple(quals),
    )


def assess(resume: Resume, row: dict[str, Any], cfg: ScoringConfig = CFG) -> Assessment:
    posting = make_posting([row])
    idx = index_resume(resume, as_of=AS_OF)
    return assess_qualification(
        posting.qualifications[0], idx, skills=GRAPH, config=cfg
    )


# --------------------------------------------------------------------------- resumes

BASE_TEXT = """\
SUMMARY
Data engineer who likes tidy pipelines.

EXPERIENCE
Data Engineer, Northwind Labs
- Built ETL jobs in Python and Postgres for billing.
- Mentored two analysts; improved communication with finance.

Analyst, Contoso Retail
- Wrote Python reports and SQL queries.

Junior Systems Admin, Fabrikam
- Kept Windows servers patched.

VOLUNTEER
Treasurer, Riverside Food Bank
- Tracked donations in Excel.

SKILLS
Airflow, TensorFlow 2, Spark
"""

BASE_ROLES = (
    R("Data Engineer, Northwind Labs", (2021, 6), current=True),
    R("Analyst, Contoso Retail", (2018, 1), (2021, 5)),
    R("Junior Systems Admin, Fabrikam", (2010, 1), (2012, 1)),
    R("Treasurer, Riverside Food Bank", (2016, 1), (2018, 1), kind="volunteer"),
)


@pytest.fixture(scope="module")
def base() -> Resume:
    return make_resume(BASE_TEXT, BASE_ROLES)


BASE_EDU_TEXT = BASE_TEXT + (
    "\nEDUCATION\nB.S. Computer Engineering, State University\n"
    "\nCERTIFICATIONS\nPMP\n\nLANGUAGES\nSpanish\n"
)


@pytest.fixture(scope="module")
def full() -> Resume:
    return make_resume(
        BASE_EDU_TEXT,
        BASE_ROLES,
        education=[
            (
                "B.S. Computer Engineering, State University",
                "bachelor",
                ("Computer Engineering",),
            )
        ],
        credentials=[("certification", "PMP")],
        languages=["Spanish"],
    )


# --------------------------------------------------------------------------- tests


def test_merged_years_overlaps_are_not_double_counted():
    spans = [
        (date(2015, 1, 1), date(2019, 1, 1)),
        (date(2018, 1, 1), date(2020, 1, 1)),
        (date(2016, 1, 1), date(2017, 1, 1)),  # nested
        (date(2022, 1, 1), date(2023, 1, 1)),  # disjoint
        (date(2024, 1, 1), date(2023, 1, 1)),  # reversed: ignored
    ]
    assert merged_years(spans) == 6.0
    assert merged_years([]) == 0.0


@pytest.mark.parametrize(
    ("value", "expected"), [(3.0, "3"), (2.4166, "2.4"), (0.04, "0"), (10.96, "11")]
)
def test_format_years(value, expected):
    assert format_years(value) == expected


# (row, status, credit, match_kind, first evidence text, evidence kind)
SKILL_CASES = [
    pytest.param(
        {"text": "Python"},
        "met",
        1.0,
        "exact",
        "Built ETL jobs in Python and Postgres for billing.",
        "role",
        id="exact-in-recent-role",
    ),
    pytest.param(
        {"text": "PostgreSQL"},
        "met",
        0.95,
        "alias",
        "Built ETL jobs in Python and Postgres for billing.",
        "role",
        id="alias",
    ),
    pytest.param(
        {"text": "Airflow"},
        "met",
        0.8,
        "exact",
        "Airflow, TensorFlow 2, Spark",
        "skills_list",
        id="skills-list-only",
    ),
    pytest.param(
        {"text": "TensorFlow"},
        "met",
        0.68,
        "fuzzy",
        "Airflow, TensorFlow 2, Spark",
        "skills_list",
        id="fuzzy-near-name",
    ),
    pytest.param(
        {"text": "MySQL"},
        "missing",
        0.0,
        "none",
        None,
        None,
        id="sibling-is-not-a-match",
    ),
    pytest.param(
        {"text": "Excel"},
        "met",
        0.9,
        "exact",
        "Tracked donations in Excel.",
        "role",
        id="volunteer-role",
    ),
    pytest.param(
        {"text": "Kubernetes"}, "missing", 0.0, "none", None, None, id="missing"
    ),
    pytest.param(
        {"text": "Python or Java"},
        "met",
        1.0,
        "exact",
        "Built ETL jobs in Python and Postgres for billing.",
        "role",
        id="either-or-best",
    ),
    pytest.param(
        {"text": "Python, Spark and Kubernetes"},
        "partial",
        0.6,
        "exact",
        "Built ETL jobs in Python and Postgres for billing.",
        "role",
        id="all-of-mean",
    ),
    pytest.param(
        {"text": "Excellent communication", "kind": "soft_skill"},
        "met",
        1.0,
        "exact",
        "Mentored two analysts; improved communication with finance.",
        "role",
        id="soft-skill-named",
    ),
]


@pytest.mark.parametrize(
    ("row", "status", "credit", "match_kind", "evidence", "evidence_kind"),
    SKILL_CASES,
)
def test_skill_matching(base, row, status, credit, match_kind, evidence, evidence_kind):
    a = assess(base, row)
    assert (a.status, a.credit, a.match_kind) == (status, credit, match_kind)
    if evidence is None:
        assert a.evidence == ()
    else:
        assert a.evidence[0].text == evidence
        assert a.evidence[0].kind == evidence_kind
        assert base.text[slice(*a.evidence[0].span)] == evidence


def test_implied_skill_is_partial():
    resume = make_resume(
        "EXPERIENCE\nDBA, Initech\n- Tuned PostgreSQL replicas.\n",
        [R("DBA, Initech", (2020, 1), current=True)],
    )
    a = assess(resume, {"text": "SQL"})
    assert (a.status, a.credit, a.match_kind) == ("partial", 0.5, "implied")
    assert a.evidence[0].text == "Tuned PostgreSQL replicas."
    assert a.reason == (
        "The resume shows PostgreSQL, which implies SQL (partial credit), "
        "in a dated role."
    )


def test_old_role_counts_less(base):
    resume = make_resume(
        "EXPERIENCE\nClerk, Old Co\n- Kept ledgers in Excel.\n",
        [R("Clerk, Old Co", (2005, 1), (2009, 1))],
    )
    a = assess(resume, {"text": "Excel"})
    assert (a.status, a.credit) == ("met", 0.9)
    assert "in a role that ended over 7 years ago" in a.reason


# (row, status, credit, candidate_years, uses_nonwork, reason)
YEARS_CASES = [
    pytest.param(
        {"text": "5+ years of Python", "min_years": 5, "years_subject": "Python"},
        "met",
        1.0,
        6.41,
        False,
        "Asks 5+ years of Python; the resume shows about 6.4 in dated roles.",
        id="merged-roles-present",
    ),
    pytest.param(
        {"text": "8+ years of Python", "min_years": 8, "years_subject": "Python"},
        "partial",
        0.8013,
        6.41,
        False,
        "Asks 8+ years of Python; the resume shows about 6.4 in dated roles.",
        id="short-years-partial",
    ),
    pytest.param(
        {"text": "3+ years with Airflow", "min_years": 3, "years_subject": "Airflow"},
        "partial",
        0.2,
        0.0,
        False,
        "Asks 3+ years of Airflow; the resume shows about 0 in dated roles.",
        id="skills-list-no-dated-years",
    ),
    pytest.param(
        {"text": "3+ years of Kubernetes", "min_years": 3},
        "missing",
        0.0,
        0.0,
        False,
        "Asks 3+ years of Kubernetes; the resume does not show it.",
        id="skill-absent",
    ),
    pytest.param(
        {
            "text": "8+ years of professional experience",
            "kind": "experience",
            "min_years": 8,
            "years_subject": "professional experience",
        },
        "met",
        1.0,
        8.5,
        False,
        "Asks 8+ years of experience; the resume shows about 8.5 years.",
        id="total-years-work-only",
    ),
    pytest.param(
        {"text": "10+ years of experience", "kind": "experience", "min_years": 10},
        "met",
        1.0,
        10.5,
        True,
        "Asks 10+ years of experience; the resume shows about 10.5 years, counting "
        "volunteer, project or internship time.",
        id="volunteer-needed-and-flagged",
    ),
    pytest.param(
        {"text": "12+ years of experience", "kind": "experience", "min_years": 12},
        "partial",
        0.875,
        10.5,
        True,
        "Asks 12+ years of experience; the resume shows about 10.5 years, counting "
        "volunteer, project or internship time.",
        id="total-years-partial",
    ),
    pytest.param(
        {
            "text": "At least 4 years working as a Junior Systems Admin",
            "kind": "experience",
            "min_years": 4,
            "years_subject": "Junior Systems Admin",
        },
        "partial",
        0.52,
        2.08,
        False,
        "Asks 4+ years of experience as a Junior Systems Admin; the resume shows "
        "about 2.1 years (roles titled Junior Systems Admin).",
        id="subject-phrase-role",
    ),
    pytest.param(
        {
            "text": "3+ years in underwater welding",
            "kind": "experience",
            "min_years": 3,
            "years_subject": "underwater welding",
        },
        "partial",
        0.5,
        8.5,
        False,
        "Asks 3+ years of underwater welding; no dated role clearly matches, the "
        "resume shows about 8.5 years of experience in total.",
        id="subject-unmatched-total-only",
    ),
]


@pytest.mark.parametrize(
    ("row", "status", "credit", "years", "nonwork", "reason"), YEARS_CASES
)
def test_years(base, row, status, credit, years, nonwork, reason):
    a = assess(base, row)
    assert (a.status, a.credit, a.candidate_years, a.uses_nonwork_experience) == (
        status,
        credit,
        years,
        nonwork,
    )
    assert a.reason == reason
    if status != "missing":
        assert a.evidence


def test_years_present_role_uses_as_of():
    resume = make_resume(
        "EXPERIENCE\nDev, Acme\n- Python services.\n",
        [R("Dev, Acme", (2021, 6), current=True)],
    )
    a = assess(resume, {"text": "5+ years of Python", "min_years": 5})
    assert (a.status, a.candidate_years, a.credit) == ("partial", 3.0, 0.6)
    assert (
        a.reason == "Asks 5+ years of Python; the resume shows about 3 in dated roles."
    )
    later = assess_qualification(
        make_posting([{"text": "5+ years of Python", "min_years": 5}]).qualifications[
            0
        ],
        index_resume(resume, as_of=date(2026, 6, 1)),
        skills=GRAPH,
        config=CFG,
    )
    assert (later.status, later.candidate_years) == ("met", 5.0)


def test_years_by_degree_uses_the_alternative_the_candidate_holds(full):
    row = {
        "text": "BS with 12 years or MS with 6 years of experience",
        "kind": "experience",
        "min_years": 12,
        "years_by_degree": (
            DegreeYears(level="bachelor", min_years=12),
            DegreeYears(level="master", min_years=6),
        ),
    }
    a = assess(full, row)
    assert (a.status, a.candidate_years) == ("partial", 10.5)  # holds a BS: 12 asked


DEGREE_CASES = [
    pytest.param(
        {"text": "Bachelor's degree", "kind": "education", "degree_level": "bachelor"},
        "met",
        1.0,
        "degree",
        id="level-only",
    ),
    pytest.param(
        {
            "text": "Associate degree in Computer Engineering",
            "kind": "education",
            "degree_level": "associate",
            "degree_fields": ("Computer Engineering",),
        },
        "met",
        1.0,
        "degree",
        id="higher-level-meets-lower",
    ),
    pytest.param(
        {
            "text": "Master's degree",
            "kind": "education",
            "degree_level": "master",
        },
        "missing",
        0.0,
        "none",
        id="lower-level-missing",
    ),
    pytest.param(
        {
            "text": "BS in Computer Science or related field",
            "kind": "education",
            "degree_level": "bachelor",
            "degree_fields": ("Computer Science",),
            "accepts_related_field": True,
        },
        "met",
        1.0,
        "degree",
        id="related-field-accepted",
    ),
    pytest.param(
        {
            "text": "BS in Nursing",
            "kind": "education",
            "degree_level": "bachelor",
            "degree_fields": ("Nursing",),
        },
        "partial",
        0.4,
        "degree",
        id="wrong-field-partial",
    ),
    pytest.param(
        {
            "text": "Master's degree or equivalent experience",
            "kind": "education",
            "degree_level": "master",
            "accepts_equivalent_experience": True,
        },
        "met",
        1.0,
        "equivalent",
        id="equivalent-experience",
    ),
]


@pytest.mark.parametrize(("row", "status", "credit", "match_kind"), DEGREE_CASES)
def test_degrees(full, row, status, credit, match_kind):
    a = assess(full, row)
    assert (a.status, a.credit, a.match_kind) == (status, credit, match_kind)
    if status != "missing":
        assert a.evidence


def test_degree_evidence_cites_the_education_entry(full):
    a = assess(
        full,
        {"text": "Bachelor's degree", "kind": "education", "degree_level": "bachelor"},
    )
    assert a.evidence[0].text == "B.S. Computer Engineering, State University"
    assert (a.evidence[0].kind, a.evidence[0].section) == ("education", "education")


def test_equivalent_experience_is_said_as_such():
    resume = make_resume(
        "EXPERIENCE\nTechnician, Acme\n- Repairs.\n",
        [R("Technician, Acme", (2018, 1), current=True)],
    )
    a = assess(
        resume,
        {
            "text": "Bachelor's degree or equivalent experience",
            "kind": "education",
            "degree_level": "bachelor",
            "accepts_equivalent_experience": True,
        },
    )
    assert (a.status, a.match_kind) == ("met", "equivalent")
    assert a.reason == (
        "Asks a bachelor's degree or equivalent experience; no such degree is "
        "listed, but about 6.4 years of experience stand in for it (about 4 needed)."
    )
    assert a.evidence[0].text == "Technician, Acme"


EQUIVALENT_FIELD_CASES = [
    pytest.param("Clerk, Acme", "- Filed invoices.", "missing", id="unrelated-role"),
    pytest.param(
        "Software Engineer, Acme", "- Built APIs.", "met", id="related-role-title"
    ),
    pytest.param(
        "Analyst, Acme", "- Wrote computer vision code.", "met", id="field-in-bullets"
    ),
]


@pytest.mark.parametrize(("title", "bullet", "status"), EQUIVALENT_FIELD_CASES)
def test_equivalent_experience_must_be_in_the_field(
    title: str, bullet: str, status: str
) -> None:
    resume = make_resume(
        f"EXPERIENCE\n{title}\n{bullet}\n",
        [R(title, (2012, 1), current=True)],
    )
    a = assess(
        resume,
        {
            "text": "Bachelor's degree in Computer Science or equivalent experience",
            "kind": "education",
            "degree_level": "bachelor",
            "degree_fields": ("Computer Science",),
            "accepts_equivalent_experience": True,
        },
    )
    assert a.status == status
    if status == "met":
        assert a.match_kind == "equivalent"


# (row, status, match_kind)
OTHER_CASES = [
    pytest.param(
        {"text": "Authorized to work in the US", "kind": "authorization"},
        "unknown",
        id="authorization-unknown",
    ),
    pytest.param(
        {"text": "Willing to travel 25% of the time", "kind": "other"},
        "unknown",
        id="travel-unknown",
    ),
    pytest.param(
        {"text": "PMP certification", "kind": "certification", "credentials": ("PMP",)},
        "met",
        id="certification-met",
    ),
    pytest.param(
        {"text": "CPA license", "kind": "license", "credentials": ("CPA",)},
        "missing",
        id="license-missing",
    ),
    pytest.param(
        {
            "text": "Ability to obtain a Secret clearance",
            "kind": "clearance",
            "credentials": ("Secret clearance",),
        },
        "unknown",
        id="clearance-obtainable-unknown",
    ),
    pytest.param(
        {"text": "Fluent Spanish", "kind": "language", "languages": ("Spanish",)},
        "met",
        id="language-met",
    ),
    pytest.param(
        {"text": "Fluent French", "kind": "language", "languages": ("French",)},
        "missing",
        id="language-missing",
    ),
    pytest.param(
        {"text": "Fluent English", "kind": "language", "languages": ("English",)},
        "unknown",
        id="english-unstated-unknown",
    ),
    pytest.param(
        {"text": "Strong leadership", "kind": "soft_skill"},
        "missing",
        id="soft-skill-unshown-missing",
    ),
    pytest.param(
        {"text": "Thrives in a dynamic atmosphere", "kind": "other"},
        "missing",
        id="other-unmatched-missing",
    ),
    pytest.param(
        {"text": "Must have it all, and more", "kind": "other"},
        "unknown",
        id="other-no-content-unknown",
    ),
]


@pytest.mark.parametrize(("row", "status"), OTHER_CASES)
def test_other_kinds(full, row, status):
    a = assess(full, row)
    assert a.status == status
    if status == "unknown":
        assert (a.credit, a.evidence) == (0.0, ())
    if status == "met":
        assert a.evidence


def test_text_fallback_key_phrase_cites_span():
    text = (
        "EXPERIENCE\nSupport Lead, Initrode\n- Ran customer service for 40 clients.\n"
    )
    resume = make_resume(text, [R("Support Lead, Initrode", (2020, 1), current=True)])
    a = assess(
        resume,
        {"text": "Customer Service: helping clients with technical issues"},
    )
    assert (a.status, a.match_kind, a.credit, a.confidence) == (
        "met",
        "exact",
        1.0,
        0.6,
    )
    assert a.evidence[0].text == "Ran customer service for 40 clients."
    assert a.evidence[0].span == span_of(text, "Ran customer service for 40 clients.")


def test_text_fallback_word_overlap_is_lower_confidence():
    text = "EXPERIENCE\nPlanner, Initrode\n- Scheduled freight routes across depots.\n"
    resume = make_resume(text, [R("Planner, Initrode", (2020, 1), current=True)])
    a = assess(resume, {"text": "Schedule freight routes between depots"})
    assert (a.status, a.match_kind, a.confidence) == ("met", "fuzzy", 0.45)
    assert a.credit == 0.56  # 0.7 x 4 of 5 key words
    assert a.reason == "The resume has 4 of its 5 key words in one place."
    assert a.evidence[0].text == "Scheduled freight routes across depots."


def test_one_assessment_per_qualification_in_order(full):
    posting = make_posting(
        [
            {"text": "Python"},
            {"text": "Authorized to work", "kind": "authorization"},
            {"text": "Kubernetes", "importance": "preferred"},
        ]
    )
    out = assess_qualifications(
        posting, index_resume(full, as_of=AS_OF), skills=GRAPH, config=CFG
    )
    assert [a.qualification_id for a in out] == ["q1", "q2", "q3"]
    assert [a.status for a in out] == ["met", "unknown", "missing"]
    assert out[2].importance == "preferred"


def test_index_is_reusable_and_results_are_deterministic(full):
    idx = index_resume(full, as_of=AS_OF)
    posting = make_posting([{"text": "TensorFlow"}, {"text": "SQL"}])
    first = assess_qualifications(posting, idx, skills=GRAPH, config=CFG)
    second = assess_qualifications(posting, idx, skills=GRAPH, config=CFG)
    fresh = assess_qualifications(
        posting, index_resume(full, as_of=AS_OF), skills=GRAPH, config=CFG
    )
    assert first == second == fresh


@pytest.mark.parametrize(
    ("asked", "status", "credit", "match_kind"),
    [
        pytest.param("Decision making", "partial", 0.5, "alias", id="loose-alias"),
        pytest.param("Critical thinking", "met", 1.0, "exact", id="canonical"),
    ],
)
def test_loose_alias_is_only_partial(asked, status, credit, match_kind):
    text = "EXPERIENCE\nNurse, Mercy\n- Applied critical thinking in triage.\n"
    resume = make_resume(text, [R("Nurse, Mercy", (2019, 1), current=True)])
    a = assess(resume, {"text": asked, "kind": "soft_skill"})
    assert (a.status, a.credit, a.match_kind) == (status, credit, match_kind)
    assert a.evidence[0].text == "Applied critical thinking in triage."
    if status == "partial":
        assert a.reason == (
            "The resume shows 'critical thinking' in a dated role, which the "
            "lexicon relates to Critical thinking (partial credit)."
        )


@pytest.mark.parametrize(
    ("row", "status", "match_kind", "evidence"),
    [
        pytest.param(
            {"text": "Windows servers", "skills": ("Windows",), "skill_mentions": ()},
            "met",
            "exact",
            "Kept Windows servers patched.",
            id="name-unknown-to-lexicon-written-in-resume",
        ),
        pytest.param(
            {"text": "Tensorflow2", "skills": ("Tensorflow2",), "skill_mentions": ()},
            "met",
            "fuzzy",
            "Airflow, TensorFlow 2, Spark",
            id="name-near-a-lexicon-skill",
        ),
        pytest.param(
            {"text": "Python and IGMP"},
            "partial",
            "exact",
            "Built ETL jobs in Python and Postgres for billing.",
            id="acronym-unknown-to-lexicon-counts",
        ),
    ],
)
def test_skills_outside_the_lexicon(base, row, status, match_kind, evidence):
    a = assess(base, row)
    assert (a.status, a.match_kind, a.evidence[0].text) == (
        status,
        match_kind,
        evidence,
    )


def test_high_school_without_any_education_listed_is_unknown():
    resume = make_resume(
        "EXPERIENCE\nDriver, Acme\n- Routes.\n",
        [R("Driver, Acme", (2015, 1), current=True)],
    )
    row = {
        "text": "High school diploma",
        "kind": "education",
        "degree_level": "high_school",
    }
    assert assess(resume, row).status == "unknown"


def test_years_as_a_title_uses_the_role_with_that_title():
    text = (
        "EXPERIENCE\nSoftware Dev Engineer, Acme\n- Services.\n\nClerk, Shop\n- Till.\n"
    )
    resume = make_resume(
        text,
        [
            R("Software Dev Engineer, Acme", (2020, 1), (2022, 12)),
            R("Clerk, Shop", (2010, 1), (2019, 12)),
        ],
    )
    row = {
        "text": "Minimum of 5 years job experience as a Software Dev Engineer",
        "kind": "experience",
        "min_years": 5,
    }
    a = assess(resume, row)
    assert (a.status, a.candidate_years) == ("partial", 3.0)
    assert a.reason == (
        "Asks 5+ years of experience as a Software Dev Engineer; the resume shows "
        "about 3 years (roles titled Software Dev Engineer)."
    )


# ------------------------------------------------------------ years: what roles are

YEARS_GRAPH = default_graph()
for _term in (
    FakeTerm("skill:software-development", "Software development"),
    FakeTerm("skill:nursing", "Nursing"),
    FakeTerm("skill:patient-care", "Patient care", ("Patient education",)),
    FakeTerm("skill:django", "Django", (), ("skill:python",)),
    FakeTerm("skill:fastapi", "FastAPI", (), ("skill:python",)),
    FakeTerm("skill:go", "Go"),
    FakeTerm("skill:data-analysis", "Data analysis"),
):
    YEARS_GRAPH.add(_term)

ENGINEER_TEXT = """\
EXPERIENCE
Senior Software Engineer, Kestrel Payments
- Run the payments ledger service.

Software Engineer, Tidewater Logistics
- Built route APIs in Django and FastAPI.

SKILLS
Python
"""
ENGINEER_ROLES = (
    R("Senior Software Engineer, Kestrel Payments", (2021, 1), current=True),
    R("Software Engineer, Tidewater Logistics", (2018, 3), (2020, 11)),
)
NURSE_TEXT = """\
EXPERIENCE
Registered Nurse, Maplewood General
- Medical-surgical unit, 30 beds.

Nursing Aide, Cedar Valley Clinic
- Vital signs.

VOLUNTEER
Registered Nurse Volunteer, Street Clinic
- Weekend clinics.

SKILLS
patient education
"""
NURSE_ROLES = (
    R("Registered Nurse, Maplewood General", (2022, 1), current=True),
    R("Nursing Aide, Cedar Valley Clinic", (2016, 1), (2017, 1)),
    R("Registered Nurse Volunteer, Street Clinic", (2019, 1), (2021, 1), "volunteer"),
)
ANALYST_TEXT = """\
EXPERIENCE
Junior Data Analyst, Harbor Health
- Monthly reports.
"""
ANALYST_ROLES = (R("Junior Data Analyst, Harbor Health", (2020, 6), (2023, 6)),)
NETWORK_TEXT = """\
EXPERIENCE
Cloud Network Engineer, Nimbus
- VPCs.

Senior Network Design Engineer, Wired Co
- Campus networks.

SW Engineer - Embedded Control Plane, Relay Inc
- Firmware.
"""
NETWORK_ROLES = (
    R("Cloud Network Engineer, Nimbus", (2022, 1), (2024, 1)),
    R("Senior Network Design Engineer, Wired Co", (2017, 1), (2021, 1)),
    R("SW Engineer - Embedded Control Plane, Relay Inc", (2014, 1), (2016, 1)),
)
ONE_LINE_TEXT = """\
EXPERIENCE
- Paramedics (2012 - 2014)

- Survey researchers (2016 - 2020)

- Photogrammetrists (2020 - 2023)

- Farmworkers and laborers - crop (2010 - 2012)

- DataStage Lead (2008 - 2010)
"""
ONE_LINE_ROLES = (
    R("Paramedics", (2012, None), (2014, None)),
    R("Survey researchers", (2016, None), (2020, None)),
    R("Photogrammetrists", (2020, None), (2023, None)),
    R("Farmworkers and laborers - crop", (2010, None), (2012, None)),
    R("DataStage Lead", (2008, None), (2010, None)),
)

STAFF_TEXT = """\
EXPERIENCE
Senior Staff Engineer, Orbit
- Platform work.

Software Engineer, Comet
- Worked alongside a Senior Staff Engineer on billing.

Technical Marketing Engineer, Nova
- Demos.
"""
STAFF_ROLES = (
    R("Senior Staff Engineer, Orbit", (2021, 1), (2023, 1)),
    R("Software Engineer, Comet", (2015, 1), (2021, 1)),
    R("Technical Marketing Engineer, Nova", (2013, 1), (2015, 1)),
)

SECURITY_TEXT = """\
EXPERIENCE
Endpoint Security Analyst, Shield
- EDR rollout.

Senior Security Analyst, Vault
- SOC lead.
"""
SECURITY_ROLES = (
    R("Endpoint Security Analyst, Shield", (2021, 1), (2022, 1)),
    R("Senior Security Analyst, Vault", (2015, 1), (2020, 1)),
)

_RESUMES: dict[str, tuple[str, tuple[R, ...]]] = {
    "security": (SECURITY_TEXT, SECURITY_ROLES),
    "staff": (STAFF_TEXT, STAFF_ROLES),
    "engineer": (ENGINEER_TEXT, ENGINEER_ROLES),
    "nurse": (NURSE_TEXT, NURSE_ROLES),
    "analyst": (ANALYST_TEXT, ANALYST_ROLES),
    "network": (NETWORK_TEXT, NETWORK_ROLES),
    "one_line": (ONE_LINE_TEXT, ONE_LINE_ROLES),
}


def assess_with(name: str, row: dict[str, Any]) -> tuple[Resume, Assessment]:
    text, roles = _RESUMES[name]
    resume = make_resume(text, roles, graph=YEARS_GRAPH)
    posting = make_posting([{"kind": "experience", **row}], graph=YEARS_GRAPH)
    idx = index_resume(resume, as_of=AS_OF)
    a = assess_qualification(
        posting.qualifications[0], idx, skills=YEARS_GRAPH, config=CFG
    )
    return resume, a


# (resume, row, status, credit, years, confidence, nonwork, first evidence, reason)
ROLE_YEARS_CASES = [
    pytest.param(
        "engineer",
        {
            "text": "5+ years of professional software development experience",
            "min_years": 5,
            "years_subject": "software development",
        },
        "met",
        1.0,
        6.17,
        0.7,
        False,
        "Senior Software Engineer, Kestrel Payments",
        "Asks 5+ years of software development; the resume shows about 6.2 in "
        "dated roles (roles titled Senior Software Engineer, Software Engineer).",
        id="title-software-engineer-for-software-development",
    ),
    pytest.param(
        "engineer",
        {
            "text": "2+ years with Python or Go in production",
            "min_years": 2,
            "years_subject": "Python or Go in production",
        },
        "met",
        1.0,
        2.75,
        0.8,
        False,
        "Built route APIs in Django and FastAPI.",
        "Asks 2+ years of Python or Go in production; the resume shows about 2.8 "
        "in dated roles "
        "(roles using Django, FastAPI, which imply Python).",
        id="more-specific-skills-imply-python",
    ),
    pytest.param(
        "nurse",
        {
            "text": "2+ years of acute care nursing experience",
            "min_years": 2,
            "years_subject": "acute care nursing",
        },
        "met",
        1.0,
        3.5,
        0.7,
        False,
        "Registered Nurse, Maplewood General",
        "Asks 2+ years of acute care nursing; the resume shows about 3.5 in dated "
        "roles "
        "(roles titled Registered Nurse, Registered Nurse Volunteer, Nursing "
        "Aide).",
        id="title-registered-nurse-for-nursing",
    ),
    pytest.param(
        "nurse",
        {
            "text": "5+ years of nursing experience",
            "min_years": 5,
            "years_subject": "nursing",
        },
        "met",
        1.0,
        5.59,
        0.7,
        True,
        "Registered Nurse, Maplewood General",
        "Asks 5+ years of nursing; the resume shows about 5.6 in dated roles "
        "(roles titled Registered Nurse, Registered Nurse Volunteer, Nursing "
        "Aide), counting volunteer, project or internship time.",
        id="volunteer-title-counted-and-flagged",
    ),
    pytest.param(
        "analyst",
        {
            "text": "3+ years of data analysis",
            "min_years": 3,
            "years_subject": "data analysis",
        },
        "met",
        1.0,
        3.08,
        0.7,
        False,
        "Junior Data Analyst, Harbor Health",
        "Asks 3+ years of data analysis; the resume shows about 3.1 in dated "
        "roles (roles titled Junior Data Analyst).",
        id="title-data-analyst-for-data-analysis",
    ),
    pytest.param(
        "network",
        {
            "text": "Minimum 2 years as a Cloud Network Engineer.",
            "min_years": 2,
            "years_subject": "Cloud Network Engineer",
        },
        "met",
        1.0,
        2.08,
        0.7,
        False,
        "Cloud Network Engineer, Nimbus",
        "Asks 2+ years of experience as a Cloud Network Engineer; the resume "
        "shows about 2.1 years (roles titled Cloud Network Engineer).",
        id="title-carrying-the-subject-preferred-over-loosely-related",
    ),
    pytest.param(
        "engineer",
        {
            "text": "Minimum 2 years as a Django Developer.",
            "min_years": 2,
            "years_subject": "Django Developer",
        },
        "partial",
        0.5,
        2.75,
        0.9,
        False,
        "Built route APIs in Django and FastAPI.",
        "Asks 2+ years of experience as a Django Developer; the resume shows "
        "about 2.8 in dated roles, but in no role with that job title.",
        id="skill-of-a-job-title-used-in-other-jobs-is-partial",
    ),
    pytest.param(
        "network",
        {
            "text": "Minimum 2 years as a Cloud Network Engineer.",
            "min_years": 2,
            "years_subject": "Network Engineer",
        },
        "met",
        1.0,
        2.08,
        0.7,
        False,
        "Cloud Network Engineer, Nimbus",
        "Asks 2+ years of experience as a Cloud Network Engineer; the resume "
        "shows about 2.1 years (roles titled Cloud Network Engineer).",
        id="most-specific-reading-of-the-title-first",
    ),
    pytest.param(
        "network",
        {
            "text": "3+ years of network administration",
            "min_years": 3,
            "years_subject": "network administration",
        },
        "met",
        1.0,
        6.17,
        0.7,
        False,
        "Cloud Network Engineer, Nimbus",
        "Asks 3+ years of network administration; the resume shows about 6.2 "
        "years (roles titled Cloud Network Engineer, Senior Network Design "
        "Engineer).",
        id="field-loosely-related-titles-when-none-carries-it",
    ),
    pytest.param(
        "network",
        {
            "text": "Minimum 3 years as a Network Administrator.",
            "min_years": 3,
            "years_subject": "Network Administrator",
        },
        "missing",
        0.0,
        0.0,
        0.5,
        False,
        None,
        "Asks 3+ years of experience as a Network Administrator; no dated role "
        "relates to that job (about 8.2 years in other roles).",
        id="job-title-with-another-occupation-noun-is-another-job",
    ),
    pytest.param(
        "network",
        {
            "text": "Minimum 2 years as a Radar Signal Engineer.",
            "min_years": 2,
            "years_subject": "Radar Signal Engineer",
        },
        "missing",
        0.0,
        0.0,
        0.5,
        False,
        None,
        "Asks 2+ years of experience as a Radar Signal Engineer; no dated role "
        "relates to that job (about 8.2 years in other roles).",
        id="occupation-noun-alone-does-not-relate",
    ),
    pytest.param(
        "network",
        {
            "text": "Minimum 2 years as a Technical Engineer.",
            "min_years": 2,
            "years_subject": "Technical Engineer",
        },
        "missing",
        0.0,
        0.0,
        0.5,
        False,
        None,
        "Asks 2+ years of experience as a Technical Engineer; no dated role "
        "relates to that job (about 8.2 years in other roles).",
        id="occupation-nouns-only-shared-do-not-relate",
    ),
    pytest.param(
        "analyst",
        {
            "text": "2+ years of software development",
            "min_years": 2,
            "years_subject": "software development",
        },
        "partial",
        0.5,
        3.08,
        0.45,
        False,
        "Junior Data Analyst, Harbor Health",
        "Asks 2+ years of software development; no dated role clearly matches, "
        "the resume shows about 3.1 years of experience in total.",
        id="field-no-role-relates-low-credit",
    ),
    pytest.param(
        "staff",
        {
            "text": "4 years as a Senior Staff Engineer",
            "min_years": 4,
            "years_subject": "Senior Staff Engineer",
        },
        "partial",
        0.52,
        2.08,
        0.7,
        False,
        "Senior Staff Engineer, Orbit",
        "Asks 4+ years of experience as a Senior Staff Engineer; the resume shows "
        "about 2.1 years (roles titled Senior Staff Engineer).",
        id="seniority-kept-when-the-rest-is-an-occupation-and-bullets-ignored",
    ),
    pytest.param(
        "staff",
        {
            "text": "1+ year in a hands-on technical marketing focused role",
            "min_years": 1,
            "years_subject": "hands-on technical marketing focused role",
        },
        "met",
        1.0,
        2.08,
        0.7,
        False,
        "Technical Marketing Engineer, Nova",
        "Asks 1+ years of hands-on technical marketing focused role; the resume "
        "shows about 2.1 years (roles titled Technical Marketing Engineer).",
        id="filler-words-ignored",
    ),
    pytest.param(
        "one_line",
        {
            "text": "Spent 2 years as a Farm worker and laborer - crop",
            "min_years": 2,
            "years_subject": "Farm worker and laborer",
        },
        "met",
        1.0,
        2.0,
        0.7,
        False,
        "Farmworkers and laborers - crop",
        "Asks 2+ years of experience as a Farm worker and laborer; the resume "
        "shows about 2 years (roles titled Farmworkers and laborers - crop).",
        id="title-spelled-with-other-spacing",
    ),
    pytest.param(
        "one_line",
        {
            "text": "2 years as a DataStage Lead handling end to end loads",
            "min_years": 2,
            "years_subject": "DataStage Lead handling end",
        },
        "met",
        1.0,
        2.0,
        0.7,
        False,
        "DataStage Lead",
        "Asks 2+ years of experience as a DataStage Lead handling end; the resume "
        "shows about 2 years (roles titled DataStage Lead).",
        id="capitalised-title-before-lower-case-words",
    ),
    pytest.param(
        "security",
        {
            "text": "2 years as an Endpoint Security Analyst",
            "min_years": 2,
            "years_subject": "Endpoint Security Analyst",
        },
        "partial",
        0.54,
        1.08,
        0.7,
        False,
        "Endpoint Security Analyst, Shield",
        "Asks 2+ years of experience as an Endpoint Security Analyst; the resume "
        "shows about 1.1 years (roles titled Endpoint Security Analyst).",
        id="title-carrying-the-subject-before-broader-titles",
    ),
    pytest.param(
        "security",
        {
            "text": "5 years as a Senior Security Analyst",
            "min_years": 5,
            "years_subject": "Senior Security Analyst",
        },
        "met",
        1.0,
        5.08,
        0.7,
        False,
        "Senior Security Analyst, Vault",
        "Asks 5+ years of experience as a Senior Security Analyst; the resume "
        "shows about 5.1 years (roles titled Senior Security Analyst).",
        id="seniority-read-when-a-title-has-it",
    ),
    pytest.param(
        "one_line",
        {
            "text": "2 years as a Paramedic",
            "min_years": 2,
            "years_subject": "Paramedic",
        },
        "met",
        1.0,
        2.0,
        0.7,
        False,
        "Paramedics",
        "Asks 2+ years of experience as a Paramedic; the resume shows about 2 "
        "years (roles titled Paramedics).",
        id="plural-title-one-line-role",
    ),
    pytest.param(
        "one_line",
        {
            "text": "Minimum 3 years of experience working as Survey Researchers.",
            "min_years": 3,
            "years_subject": "Survey Researchers",
        },
        "met",
        1.0,
        4.0,
        0.7,
        False,
        "Survey researchers",
        "Asks 3+ years of experience as Survey Researchers; the resume shows about "
        "4 years "
        "(roles titled Survey researchers).",
        id="title-without-article",
    ),
    pytest.param(
        "one_line",
        {
            "text": "5 years of experience as cartographers or photogrammetrists.",
            "min_years": 5,
            "years_subject": "cartographers or photogrammetrists",
        },
        "partial",
        0.6,
        3.0,
        0.7,
        False,
        "Photogrammetrists",
        "Asks 5+ years of experience as cartographers or photogrammetrists; the "
        "resume shows about "
        "3 years (roles titled Photogrammetrists).",
        id="either-alternative-relates",
    ),
]


@pytest.mark.parametrize(
    (
        "name",
        "row",
        "status",
        "credit",
        "years",
        "confidence",
        "nonwork",
        "cited",
        "reason",
    ),
    ROLE_YEARS_CASES,
)
def test_years_from_what_roles_are(
    name, row, status, credit, years, confidence, nonwork, cited, reason
):
    resume, a = assess_with(name, row)
    assert (
        a.status,
        a.credit,
        a.candidate_years,
        a.confidence,
        a.uses_nonwork_experience,
    ) == (status, credit, years, confidence, nonwork)
    if cited is None:
        assert a.evidence == ()
    else:
        assert a.evidence[0].text == cited
        assert resume.text[slice(*a.evidence[0].span)] == cited
    assert a.reason == reason


def test_years_of_a_field_with_a_skill_is_read_by_the_skill():
    # "Data Analyst" titles do not stand in for years of Python.
    _, a = assess_with(
        "analyst",
        {
            "text": "2+ years of Python for data analysis",
            "min_years": 2,
            "years_subject": "Python for data analysis",
            "skills": ("Python", "Data analysis"),
        },
    )
    assert (a.status, a.credit, a.candidate_years) == ("partial", 0.5, 0.0)
    assert a.reason == (
        "Asks 2+ years of Python for data analysis; the resume shows about 0 in "
        "dated "
        "roles (Python not shown; Data analysis about 3.1, roles titled Junior Data "
        "Analyst)."
    )


# A reason must never quote or name an empty string.
EMPTY_NAME_CASES = [
    pytest.param(
        "nurse",
        {
            "text": "2+ years of patient care and nursing",
            "min_years": 2,
            "years_subject": "patient care and nursing",
        },
        id="and-years-with-loose-alias",
    ),
    pytest.param(
        "nurse",
        {"text": "Patient care", "kind": "skill"},
        id="loose-alias-skill",
    ),
    pytest.param(
        "engineer",
        {"text": "Python and Go", "kind": "skill"},
        id="and-skills",
    ),
]


@pytest.mark.parametrize(("name", "row"), EMPTY_NAME_CASES)
def test_reasons_never_name_an_empty_string(name, row):
    _, a = assess_with(name, row)
    assert "''" not in a.reason
    assert "  " not in a.reason
    assert "to  (" not in a.reason
    assert not re.search(r"\(\s*\)|,\s*[,.)]", a.reason), a.reason


@pytest.mark.parametrize(
    ("surface", "asked", "loose"),
    [
        pytest.param("networking skills", "teamwork skills", True, id="shared-filler"),
        pytest.param("Desktop Support", "Customer Service", True, id="no-shared-word"),
        pytest.param("Postgres", "PostgreSQL", False, id="same-stem"),
        pytest.param("k8s", "Kubernetes", False, id="abbreviation"),
        pytest.param("problem-solving", "Problem-Solving Skills", False, id="same"),
    ],
)
def test_is_loose_alias(surface, asked, loose):
    assert is_loose_alias(surface, asked, CFG) is loose


@pytest.mark.parametrize(
    ("text", "status", "match_kind", "confidence", "cited"),
    [
        pytest.param(
            "EXPERIENCE\nAnalyst, Acme\n- Led data analysis for finance.\n",
            "met",
            "exact",
            0.6,
            "Led data analysis for finance.",
            id="untagged-posting-term-written-in-role",
        ),
        pytest.param(
            "EXPERIENCE\nAnalyst, Acme\n- Led analysis of data for finance.\n",
            "met",
            "fuzzy",
            0.45,
            "Led analysis of data for finance.",
            id="words-apart-only-by-overlap",
        ),
    ],
)
def test_posting_term_written_where_extraction_missed_it(
    text, status, match_kind, confidence, cited
):
    # The resume was tagged with a lexicon that lacks the term; the posting's
    # words written verbatim still count, at phrase confidence.
    resume = make_resume(text, [R("Analyst, Acme", (2020, 1), current=True)])
    posting = make_posting([{"text": "Data analysis"}], graph=YEARS_GRAPH)
    idx = index_resume(resume, as_of=AS_OF)
    a = assess_qualification(
        posting.qualifications[0], idx, skills=YEARS_GRAPH, config=CFG
    )
    assert (a.status, a.match_kind, a.confidence) == (status, match_kind, confidence)
    assert (a.evidence[0].text if a.evidence else None) == cited


@pytest.mark.parametrize(
    ("row", "status", "reason"),
    [
        pytest.param(
            {"text": "Python and Java"},
            "partial",
            "The resume shows 1 of 2: Python; not shown: Java.",
            id="one-of-two",
        ),
        pytest.param(
            {"text": "Python and SQL"},
            "met",
            "The resume shows all of Python, SQL.",
            id="all",
        ),
        pytest.param(
            {"text": "Java and Kubernetes", "kind": "skill"},
            "missing",
            "No evidence of Java, Kubernetes in the resume.",
            id="none",
        ),
    ],
)
def test_several_skills_reason_names_each(base, row, status, reason):
    a = assess(base, row)
    assert (a.status, a.reason) == (status, reason)


def test_several_skills_partly_shown_are_said_as_partly():
    text = "EXPERIENCE\nNurse, Mercy\n- Applied critical thinking in triage.\n"
    resume = make_resume(text, [R("Nurse, Mercy", (2019, 1), current=True)])
    a = assess(resume, {"text": "Decision making and Python", "kind": "skill"})
    assert a.status == "partial"
    assert a.reason == (
        "The resume shows 1 of 2: partly Critical thinking; not shown: Python."
    )


VERBATIM_RESUME_GRAPH = FakeGraph()
for _term in (
    FakeTerm("skill:time-management", "Time management"),
    FakeTerm("skill:epic", "Epic", ("Epic EHR",)),
):
    VERBATIM_RESUME_GRAPH.add(_term)
VERBATIM_POSTING_GRAPH = FakeGraph()
for _term in (
    FakeTerm("skill:management", "Management"),
    FakeTerm("skill:ehr", "EHR"),
    FakeTerm("skill:communication", "Communication"),
):
    VERBATIM_POSTING_GRAPH.add(_term)
VERBATIM_TEXT = """\
EXPERIENCE
Media and Communication Workers, Daily Post
- Charted care in Epic EHR; good time management.
"""


@pytest.mark.parametrize(
    ("asked", "status", "cited"),
    [
        pytest.param(
            "EHR",
            "met",
            "Charted care in Epic EHR; good time management.",
            id="acronym-inside-another-mention-counts",
        ),
        pytest.param(
            "Management", "missing", None, id="plain-word-inside-a-mention-does-not"
        ),
        pytest.param(
            "Communication", "missing", None, id="plain-word-in-a-job-title-does-not"
        ),
    ],
)
def test_verbatim_posting_terms_where_they_count(asked, status, cited):
    resume = make_resume(
        VERBATIM_TEXT,
        [R("Media and Communication Workers, Daily Post", (2020, 1), current=True)],
        graph=VERBATIM_RESUME_GRAPH,
    )
    posting = make_posting([{"text": asked}], graph=VERBATIM_POSTING_GRAPH)
    idx = index_resume(resume, as_of=AS_OF)
    a = assess_qualification(
        posting.qualifications[0], idx, skills=VERBATIM_POSTING_GRAPH, config=CFG
    )
    assert a.status == status
    assert (a.evidence[0].text if a.evidence else None) == cited


@pytest.mark.parametrize("name", ["engineer", "nurse", "one_line"])
def test_job_title_subject_is_read_from_the_posting_alone(name):
    # A stray extracted subject ("spent") gives way to the job title for every
    # resume alike, whether or not it has a role with that title.
    _, a = assess_with(
        name,
        {
            "text": "4 years spent as a Software Engineer",
            "min_years": 4,
            "years_subject": "spent",
        },
    )
    assert a.reason.startswith("Asks 4+ years of experience as a Software Engineer;")


def test_lone_modifier_before_or_is_not_a_key_phrase():
    # "project or program management offices": "project" alone is not asked.
    resume = make_resume(
        "EXPERIENCE\nAnalyst, Acme\n- Improved the software project lifecycle.\n",
        [R("Analyst, Acme", (2020, 1), current=True)],
    )
    a = assess(
        resume,
        {"text": "Proficiency in project or program management offices (PMO)."},
    )
    assert a.status == "missing"
