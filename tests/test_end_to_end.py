"""Recruiter judgements through the whole pipeline, on short synthetic documents.

Each row is a resume, a one-item posting and the status a recruiter would give.
"""

from __future__ import annotations

from datetime import date

import pytest

import resumefit

AS_OF = date(2024, 6, 1)

COOK = """Pat Lee
EXPERIENCE
Line Cook, Harbor Grill  Jan 2022 - Dec 2023
- Prepared 200 covers a night
EDUCATION
B.S. in Computer Science, State University, 2021
"""

ASSISTANT = """Kim Park
EXPERIENCE
Nursing Assistant, Elm Care Home  2015 - 2023
- Acute care support for 20 patients per shift
EDUCATION
High School Diploma, Central High, 2014
"""

DEVELOPER = """Ana Ruiz
EXPERIENCE
Backend Developer, Quill Systems  Jan 2016 - Dec 2023
- Built billing services in Java
Tools Engineer, Quill Systems  Jan 2021 - Dec 2023
- Wrote deployment tools in Go
EDUCATION
B.S. in Computer Science, State University, 2015
"""

CASES = [
    # Both parts asked; the degree alone does not make the item met.
    (
        COOK,
        "Bachelor's degree in Computer Science and 5 years of experience in "
        "program management",
        "partial",
    ),
    # Degree-dependent years: a BS holder needs the 5 years.
    (
        COOK,
        "BS with 5 years or MS with 3 years of experience in data analysis",
        "partial",
    ),
    # The license is a gate even when the years are there.
    (
        ASSISTANT,
        "Active RN license and 3+ years of acute care nursing experience",
        "missing",
    ),
    # Two figures, both shown: met.
    (DEVELOPER, "5 years of Java and 2 of Go", "met"),
    # Two figures, the larger one not shown: not met.
    (DEVELOPER, "5 years of Java and 6 of Go", "partial"),
    # Either figure is enough.
    (DEVELOPER, "10 years of Python or 5 years of Java", "met"),
    # Resumes seldom state a driver's licence: its absence is unknown.
    (COOK, "Valid driver's license required", "unknown"),
    # A commercial licence is a real gate.
    (COOK, "CDL Class A license", "missing"),
]


@pytest.mark.parametrize(
    ("resume", "item", "status"),
    CASES,
    ids=[
        "bs-and-years",
        "bs-with-years",
        "rn-and-years",
        "java-and-go",
        "java-and-more-go",
        "python-or-java",
        "drivers-license",
        "cdl",
    ],
)
def test_recruiter_status(resume: str, item: str, status: str) -> None:
    result = resumefit.score(resume, f"Requirements\n- {item}", as_of=AS_OF)
    assert [a.status for a in result.assessments] == [status]
    assessment = result.assessments[0]
    if status in {"met", "partial"}:
        assert assessment.evidence


def test_years_requirements_are_extracted_with_their_clauses() -> None:
    posting = resumefit.parse_posting("Requirements\n- 5 years of Java and 2 of Go\n")
    (q,) = posting.qualifications
    assert [(r.min_years, r.subject) for r in q.years_requirements] == [
        (5.0, "Java"),
        (2.0, "Go"),
    ]
    assert [posting.text[r.span[0] : r.span[1]] for r in q.years_requirements] == [
        "5 years of Java and ",
        "2 of Go",
    ]
    assert q.years_are_alternatives is False


def test_name_and_contact_lines_are_not_skill_evidence() -> None:
    resume = resumefit.parse_resume(
        "Jane Doe\n"
        "jane.doe@example.com | https://github.com/janedoe | (555) 010-2000\n"
        "Senior Python Developer | AWS\n\n"
        "EXPERIENCE\nDeveloper, Acme  2019 - 2023\n- Built services in Python\n"
    )
    names = [s.name for s in resume.skills]
    assert "Python" in names
    assert "Amazon Web Services" in names
    assert "HTTP" not in names
    assert not any("experiment" in n.lower() for n in names)


def test_scattered_words_are_not_a_known_skill() -> None:
    resume = (
        "EXPERIENCE\nCoordinator, Acme  2019 - 2023\n"
        "- Tracked time for the project management office\n"
    )
    result = resumefit.score(
        resume, "Requirements\n- Time management skills", as_of=AS_OF
    )
    assert [a.status for a in result.assessments] == ["missing"]


NEGATED_ROWS = [
    ("does-not-use", "- Kept the ledgers; does not use Java", "Java", False),
    ("no-experience-with", "- No professional experience with SAP yet", "SAP", False),
    ("never-worked-with", "- Never worked with Kubernetes", "Kubernetes", False),
    ("python-not-java", "- Wrote the tools in Python, not Java", "Java", False),
    (
        "without-downtime",
        "- Moved services without downtime using Kubernetes",
        "Kubernetes",
        True,
    ),
    ("knowledge-of", "- Knowledge of Java", "Java", True),
]


@pytest.mark.parametrize(
    ("name", "bullet", "skill", "claimed"),
    NEGATED_ROWS,
    ids=[r[0] for r in NEGATED_ROWS],
)
def test_denied_skill_is_not_evidence(
    name: str, bullet: str, skill: str, claimed: bool
) -> None:
    resume = resumefit.parse_resume(
        f"Lee Ortiz\n\nEXPERIENCE\nAnalyst, Fenwick Co  2019 - 2023\n{bullet}\n"
    )
    assert (skill in [s.name for s in resume.skills]) is claimed


def test_denied_skill_earns_no_credit_through_the_posting_words() -> None:
    resume = (
        "Lee Ortiz\n\nEXPERIENCE\nDeveloper, Fenwick Co  2018 - 2023\n"
        "- Built REST services in Python; no professional experience with Java\n"
        "- Maintained Flask apps, never worked with Kubernetes\n"
        "- Closed quarterly books with no SOX deficiencies\n"
    )
    posting = (
        "Requirements\n- 3+ years of Java\n- Kubernetes\n- Python\n- SOX compliance\n"
    )
    result = resumefit.score(resume, posting, as_of=AS_OF)
    assert [a.status for a in result.assessments] == [
        "missing",
        "missing",
        "met",
        "met",
    ]


OUTCOME_ROWS = [
    (
        "zero-incidents",
        "- Led a crew of 40 with zero OSHA recordable incidents",
        "OSHA",
    ),
    ("no-violations", "- Audited charts ensuring no HIPAA violations", "HIPAA"),
    (
        "denial-on-line-above",
        "Relocation: No\n- Python developer for 6 years",
        "Python",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "skill"), OUTCOME_ROWS, ids=[r[0] for r in OUTCOME_ROWS]
)
def test_a_denied_outcome_keeps_the_skill(name: str, text: str, skill: str) -> None:
    resume = resumefit.parse_resume(
        f"Lee Ortiz\n\nEXPERIENCE\nLead, Fenwick Co  2019 - 2023\n{text}\n"
    )
    assert skill in [s.name for s in resume.skills]


def test_long_all_caps_job_title_scores() -> None:
    # A regression guard: the capitalised-title pattern once backtracked
    # exponentially on all-caps titles (28 letters took seconds, 45 would hang).
    posting = (
        "Requirements\n- 3+ years of experience as a SENIOR REGIONAL NETWORK "
        "OPERATIONS ENGINEER\n"
    )
    resume = (
        "Lee Ortiz\n\nEXPERIENCE\nNetwork Operations Engineer, Fenwick Co  "
        "2018 - 2023\n- Ran the regional network\n"
    )
    (assessment,) = resumefit.score(resume, posting, as_of=AS_OF).assessments
    assert assessment.status == "met"
