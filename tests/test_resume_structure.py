"""Resume structure: sections, dated roles and education entries.

All resumes here are invented (synthetic people, made-up companies).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resumefit._resume_structure import (
    ResumeStructure,
    match_heading,
    structure_resume,
)
from resumefit.schema import PartialDate, Role

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

HEADINGS = [
    # positives: real heading variety
    ("Professional Experience", "experience"),
    ("Work History", "experience"),
    ("EXPERIENCE", "experience"),
    ("Relevant Experience", "experience"),
    ("Relevant Professional Experience:", "experience"),
    ("Employment", "experience"),
    ("Career History", "experience"),
    ("E X P E R I E N C E", "experience"),
    ("W O R K   H I S T O R Y", "experience"),
    ("## Experience", "experience"),
    ("**Work Experience**", "experience"),
    ("\uf0b7 Experience", "experience"),
    ("■ EMPLOYMENT HISTORY", "experience"),
    ("Experience Summary", "experience"),
    ("Technical Skills", "skills"),
    ("Skills & Abilities", "skills"),
    ("Skills and Abilities", "skills"),
    ("Highlights", "skills"),
    ("Core Qualifications", "skills"),
    ("Core Competencies", "skills"),
    ("SKILLS & AWARDS", "skills"),
    ("Summary", "summary"),
    ("Professional Summary", "summary"),
    ("Profile", "summary"),
    ("Objective", "summary"),
    ("Career Overview", "summary"),
    ("Education", "education"),
    ("Education and Training", "education"),
    ("Academic Background", "education"),
    ("EDUCATION:", "education"),
    ("Projects", "projects"),
    ("Personal Projects", "projects"),
    ("Certifications", "certifications"),
    ("Licenses & Certifications", "certifications"),
    ("Licenses/Certifications", "certifications"),
    ("Volunteer Experience", "volunteer"),
    ("Community Involvement", "volunteer"),
    ("Awards", "awards"),
    ("Honors", "awards"),
    ("Accomplishments", "awards"),
    ("Publications", "publications"),
    ("Languages", "languages"),
    ("Interests", "other"),
    ("References", "other"),
    ("Additional Information", "other"),
    ("Contact Information", "contact"),
    # negatives: sentences, job titles, degrees, list items, dates
    ("Experience with Python and Go", None),
    ("Experience in retail sales management across three states", None),
    ("Customer Experience", None),
    ("Education is my passion", None),
    ("experience.", None),
    ("skills", None),
    ("Skills.", None),
    ("Project Accountant", None),
    ("Sales Associate", None),
    ("Bachelor of Science", None),
    ("Company Name", None),
    ("Jan 2019 - Present", None),
    ("Python, SQL, Kafka", None),
    ("Strong communication skills", None),
    ("", None),
    ("   ", None),
    ("Summary of my career so far in the retail and hospitality trade", None),
    ("Leadership Skills", None),
    ("Service Skills", None),
    ("Social Work", None),
    ("Social Studies", None),
    ("Technical writing", None),
    ("Relevant experience", "experience"),
]


@pytest.mark.parametrize(
    ("line", "kind"), HEADINGS, ids=[f"{h[0]!r}->{h[1]}" for h in HEADINGS]
)
def test_match_heading_table(line: str, kind: str | None) -> None:
    assert match_heading(line) == kind


def _role(
    found: ResumeStructure, index: int
) -> tuple[str, str | None, str | None, object, object, bool, str]:
    role = found.roles[index]
    return (
        role.kind,
        role.title,
        role.organization,
        role.start,
        role.end,
        role.is_current,
        role.section,
    )


def _at(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0] : span[1]]


CLASSIC = """Priya Natarajan
priya.n@example.com | (555) 010-4477 | Denver, CO

PROFESSIONAL SUMMARY
Data engineer with six years of experience building reliable pipelines for retail.

PROFESSIONAL EXPERIENCE
Senior Data Engineer, Larkspur Analytics  Jan 2019 – Present
- Built a streaming ingestion layer in Python and Kafka.
- Cut warehouse costs by 30%.
Data Engineer, Bluefin Retail Inc.  06/2016 - 12/2018
- Maintained nightly ETL jobs for 2,000 stores.

Education
B.S. in Computer Science, Redwood State University, 2016

Skills
Python, SQL, Kafka, Airflow
"""


def test_structure_classic_one_line_headers() -> None:
    text = CLASSIC
    found = structure_resume(text)
    assert [(s.kind, s.heading) for s in found.sections] == [
        ("contact", None),
        ("summary", "PROFESSIONAL SUMMARY"),
        ("experience", "PROFESSIONAL EXPERIENCE"),
        ("education", "Education"),
        ("skills", "Skills"),
    ]
    assert _at(text, found.sections[0].span) == (
        "Priya Natarajan\npriya.n@example.com | (555) 010-4477 | Denver, CO"
    )
    assert _at(text, found.sections[4].span) == "Python, SQL, Kafka, Airflow"
    assert _role(found, 0) == (
        "work",
        "Senior Data Engineer",
        "Larkspur Analytics",
        PartialDate(year=2019, month=1),
        None,
        True,
        "experience",
    )
    assert _role(found, 1) == (
        "work",
        "Data Engineer",
        "Bluefin Retail Inc.",
        PartialDate(year=2016, month=6),
        PartialDate(year=2018, month=12),
        False,
        "experience",
    )
    first, second = found.roles[0], found.roles[1]
    assert _at(text, first.header_span) == (
        "Senior Data Engineer, Larkspur Analytics  Jan 2019 – Present"
    )
    assert _at(text, first.date_span) == "Jan 2019 – Present"
    assert _at(text, first.span) == (
        "Senior Data Engineer, Larkspur Analytics  Jan 2019 – Present\n"
        "- Built a streaming ingestion layer in Python and Kafka.\n"
        "- Cut warehouse costs by 30%."
    )
    assert _at(text, second.span) == (
        "Data Engineer, Bluefin Retail Inc.  06/2016 - 12/2018\n"
        "- Maintained nightly ETL jobs for 2,000 stores."
    )
    assert _role(found, 2) == (
        "education",
        "B.S. in Computer Science",
        "Redwood State University",
        PartialDate(year=2016),
        PartialDate(year=2016),
        False,
        "education",
    )
    assert len(found.roles) == 3
    (edu,) = found.education
    assert (edu.degree, edu.level, edu.fields, edu.institution, edu.graduation) == (
        "B.S.",
        "bachelor",
        ("Computer Science",),
        "Redwood State University",
        PartialDate(year=2016),
    )
    assert _at(text, edu.span) == (
        "B.S. in Computer Science, Redwood State University, 2016"
    )
    assert found.warnings == ()


STACKED = """MARCUS OYELARAN
Portland, OR · marcus.o@example.org

W O R K   H I S T O R Y
Operations Analyst
Cedar & Pine Logistics
March 2020 - Current
Built weekly capacity forecasts for four warehouses.
Operations Intern
Harborview Freight Co.
Summer 2019
Audited 400 shipping manifests.

Volunteer Experience
Tutor
Eastside Literacy Project
2017 – 2019

Personal Projects
Route Planner | Open-source tool | 2021 - 2022

Education and Training
Master of Business Administration
Lakemont University
May 2019
"""


def test_structure_stacked_title_org_date_lines() -> None:
    text = STACKED
    found = structure_resume(text)
    assert [(s.kind, s.heading) for s in found.sections] == [
        ("contact", None),
        ("experience", "W O R K   H I S T O R Y"),
        ("volunteer", "Volunteer Experience"),
        ("projects", "Personal Projects"),
        ("education", "Education and Training"),
    ]
    assert [_role(found, i) for i in range(len(found.roles))] == [
        (
            "work",
            "Operations Analyst",
            "Cedar & Pine Logistics",
            PartialDate(year=2020, month=3),
            None,
            True,
            "experience",
        ),
        (
            "internship",
            "Operations Intern",
            "Harborview Freight Co.",
            PartialDate(year=2019, month=6),
            PartialDate(year=2019, month=6),
            False,
            "experience",
        ),
        (
            "volunteer",
            "Tutor",
            "Eastside Literacy Project",
            PartialDate(year=2017),
            PartialDate(year=2019),
            False,
            "volunteer",
        ),
        (
            "project",
            "Route Planner",
            "Open-source tool",
            PartialDate(year=2021),
            PartialDate(year=2022),
            False,
            "projects",
        ),
        (
            "education",
            "Master of Business Administration",
            "Lakemont University",
            PartialDate(year=2019, month=5),
            PartialDate(year=2019, month=5),
            False,
            "education",
        ),
    ]
    analyst, intern = found.roles[0], found.roles[1]
    assert _at(text, analyst.header_span) == (
        "Operations Analyst\nCedar & Pine Logistics\nMarch 2020 - Current"
    )
    assert _at(text, analyst.span) == (
        "Operations Analyst\nCedar & Pine Logistics\nMarch 2020 - Current\n"
        "Built weekly capacity forecasts for four warehouses."
    )
    assert _at(text, intern.span) == (
        "Operations Intern\nHarborview Freight Co.\nSummer 2019\n"
        "Audited 400 shipping manifests."
    )
    assert _at(text, intern.date_span) == "Summer 2019"
    (edu,) = found.education
    assert (edu.degree, edu.level, edu.fields, edu.institution, edu.graduation) == (
        "Master of Business Administration",
        "master",
        ("Business Administration",),
        "Lakemont University",
        PartialDate(year=2019, month=5),
    )


# Text laid out the way HTML-table resume builders export it: one field per line.
TABLE_EXPORT = """SALES MANAGER
Summary
Energetic sales leader who grows territories and coaches new representatives.
Highlights
Leadership
Pipeline management
Experience
Company Name

March 2014

to
Current

Regional Sales Manager

City
,
State
Grew territory revenue 40 percent in two years.
Company Name

June 2010

to
February 2014

Account Executive

City
,
State
Opened 35 new accounts.
Education
Bachelor of Arts
:
Psychology
,
2009

Brookfield College
City
,
State
"""


def test_structure_table_export_layout() -> None:
    text = TABLE_EXPORT
    found = structure_resume(text)
    assert [(s.kind, s.heading) for s in found.sections] == [
        ("contact", None),
        ("summary", "Summary"),
        ("skills", "Highlights"),
        ("experience", "Experience"),
        ("education", "Education"),
    ]
    assert [_role(found, i)[:6] for i in range(2)] == [
        (
            "work",
            "Regional Sales Manager",
            "Company Name",
            PartialDate(year=2014, month=3),
            None,
            True,
        ),
        (
            "work",
            "Account Executive",
            "Company Name",
            PartialDate(year=2010, month=6),
            PartialDate(year=2014, month=2),
            False,
        ),
    ]
    first = found.roles[0]
    assert _at(text, first.date_span) == "March 2014\n\nto\nCurrent"
    assert _at(text, first.span) == (
        "Company Name\n\nMarch 2014\n\nto\nCurrent\n\nRegional Sales Manager\n\n"
        "City\n,\nState\nGrew territory revenue 40 percent in two years."
    )
    (edu,) = found.education
    assert (edu.degree, edu.level, edu.fields, edu.institution, edu.graduation) == (
        "Bachelor of Arts",
        "bachelor",
        ("Psychology",),
        "Brookfield College",
        PartialDate(year=2009),
    )


def test_structure_inline_heading_and_spaced_caps() -> None:
    text = (
        "Lena Sorensen\n\nS K I L L S\nPython, R\n\n"
        "Education: PhD in Statistics, Northgate University, 2021\n"
    )
    found = structure_resume(text)
    assert [(s.kind, s.heading, _at(text, s.span)) for s in found.sections] == [
        ("contact", None, "Lena Sorensen"),
        ("skills", "S K I L L S", "Python, R"),
        ("education", "Education:", "PhD in Statistics, Northgate University, 2021"),
    ]
    (edu,) = found.education
    assert (edu.level, edu.fields, edu.institution) == (
        "doctorate",
        ("Statistics",),
        "Northgate University",
    )


def test_structure_untitled_prose_top_is_summary() -> None:
    text = (
        "Seasoned nurse educator who has trained more than two hundred new graduate "
        "nurses across three hospitals.\n\nExperience\n"
        "Clinical Educator, Mercy Vale Hospital  2016 - Present\n"
    )
    found = structure_resume(text)
    assert [s.kind for s in found.sections] == ["summary", "experience"]
    assert _role(found, 0)[:3] == ("work", "Clinical Educator", "Mercy Vale Hospital")


def test_structure_sentence_dates_are_not_roles() -> None:
    text = (
        "Experience\n"
        "Store Manager, Oakline Grocers  2015 - 2020\n"
        "- In 2017 the store won a regional award after serving 2,000 customers "
        "a day and growing sales 12% year over year.\n"
        "- Promoted twice, in March 2016 and again in the spring of 2018 after an "
        "audit.\n"
    )
    found = structure_resume(text)
    assert len(found.roles) == 1
    assert found.roles[0].start == PartialDate(year=2015)
    assert found.roles[0].end == PartialDate(year=2020)


def test_structure_weak_heading_inside_list_is_an_item() -> None:
    text = "Skills\nBudgeting\nLeadership\nTraining\nExperience\nClerk  2019 - 2020\n"
    found = structure_resume(text)
    assert [s.kind for s in found.sections] == ["skills", "experience"]
    assert _at(text, found.sections[0].span) == "Budgeting\nLeadership\nTraining"


def test_structure_warnings_when_nothing_found() -> None:
    found = structure_resume("Just a note without any headings or dates.")
    assert [s.kind for s in found.sections] == ["contact"]
    assert found.roles == ()
    assert found.warnings == (
        "no sections recognised",
        "no experience section found",
        "no dated roles found",
        "no education section found",
    )


def test_structure_empty_text() -> None:
    found = structure_resume("")
    assert found.sections == ()
    assert found.roles == ()
    assert found.education == ()


_LINES = st.sampled_from(
    [
        "EXPERIENCE",
        "Education",
        "Skills:",
        "Volunteer Experience",
        "Projects",
        "Senior Engineer, Acme  Jan 2019 - Present",
        "2015 – 2018",
        "Summer 2020",
        "B.S. in Biology, Lakeside College, 2012",
        "- Shipped things",
        "Company Name",
        "to",
        "Current",
        ":",
        ",",
        "",
        " ",
        "\t",
        "Skills: Python, Go",
        "Languages: Spanish",
    ]
)


def _check_invariants(text: str, found: ResumeStructure) -> None:
    n = len(text)
    last = 0
    for section in found.sections:
        start = section.heading_span[0] if section.heading_span else section.span[0]
        assert last <= start
        assert 0 <= section.span[0] <= section.span[1] <= n
        if section.heading_span:
            assert section.heading_span[1] <= section.span[0]
        last = section.span[1]
    spans: list[tuple[int, int]] = []
    for role in found.roles:
        assert isinstance(role, Role)
        spans.extend([role.span, role.header_span])
        assert role.span[0] <= role.header_span[0] <= role.header_span[1]
        assert role.header_span[1] <= role.span[1]
        if role.date_span:
            spans.append(role.date_span)
            assert (
                role.span[0] <= role.date_span[0] <= role.date_span[1] <= role.span[1]
            )
    spans.extend(entry.span for entry in found.education)
    for s, e in spans:
        assert 0 <= s <= e <= n


@given(st.text())
def test_structure_never_raises_on_any_text(text: str) -> None:
    _check_invariants(text, structure_resume(text))


@settings(max_examples=200)
@given(st.lists(st.one_of(_LINES, st.text(max_size=30)), max_size=30))
def test_structure_invariants_on_resume_like_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    _check_invariants(text, structure_resume(text))


@pytest.mark.corpus
def test_corpus_livecareer_sample_has_structure() -> None:
    path = CORPUS / "resumes" / "livecareer" / "livecareer_resumes_text.jsonl"
    if not path.exists():
        pytest.skip(f"livecareer corpus not found at {path}")
    rows = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % 25 == 0:
                rows.append(json.loads(line)["text"])
    complete = 0
    for text in rows:
        found = structure_resume(text)
        _check_invariants(text, found)
        kinds = {s.kind for s in found.sections}
        complete += {"experience", "education"} <= kinds and bool(found.roles)
    assert complete / len(rows) >= 0.9


def test_structure_range_split_over_two_rows() -> None:
    # A narrow date column: "June 2020 –" and "Present" on two rows, each joined
    # with the text beside it by the PDF reader.
    text = (
        "Experience\n"
        "June 2020 – Platform Engineer, Quillfeather, Austin, USA\n"
        "Present Runs the deploy pipeline for twelve product teams.\n"
        "July 2016 – Support Engineer, Brambleworks, Austin, USA\n"
        "May 2020 Answered customer tickets and wrote runbooks.\n"
        "Education\n"
        "2012 – 2016 BSc in Physics, Tallgrass Tech, Lubbock, USA\n"
    )
    found = structure_resume(text)
    assert [_role(found, i)[:6] for i in range(3)] == [
        (
            "work",
            "Platform Engineer",
            "Quillfeather",
            PartialDate(year=2020, month=6),
            None,
            True,
        ),
        (
            "work",
            "Support Engineer",
            "Brambleworks",
            PartialDate(year=2016, month=7),
            PartialDate(year=2020, month=5),
            False,
        ),
        (
            "education",
            "BSc in Physics",
            "Tallgrass Tech",
            PartialDate(year=2012),
            PartialDate(year=2016),
            False,
        ),
    ]
    assert _at(text, found.roles[1].date_span) == (
        "July 2016 – Support Engineer, Brambleworks, Austin, USA\nMay 2020"
    )
    (edu,) = found.education
    assert (edu.degree, edu.fields, edu.institution, edu.graduation) == (
        "BSc",
        ("Physics",),
        "Tallgrass Tech",
        PartialDate(year=2016),
    )


def test_structure_subheading_inside_experience_is_demoted() -> None:
    text = (
        "Experience\n"
        "Company Name\n06/2018 to Current\nWarehouse Supervisor\n"
        "Accomplishments\nCut picking errors by half.\n"
        "Company Name\n01/2015 to 05/2018\nForklift Operator\n"
        "Skills\nInventory control\n"
    )
    found = structure_resume(text)
    assert [s.kind for s in found.sections] == ["experience", "skills"]
    assert [(r.title, r.start, r.is_current) for r in found.roles] == [
        ("Warehouse Supervisor", PartialDate(year=2018, month=6), True),
        ("Forklift Operator", PartialDate(year=2015, month=1), False),
    ]


LAYOUTS = [
    (
        "markdown",
        "# Dana Ruiz\ndana@example.com\n\n## Experience\n"
        "### Senior Engineer — Acme Robotics (2019–Present)\n"
        "- Led the motion-planning team.\n"
        "### Engineer — Borealis Labs (2016–2019)\n- Wrote firmware.\n\n"
        "## Education\n**Stanford University** — M.S. Computer Science (2016)\n",
        [
            ("Senior Engineer", "Acme Robotics", (2019, None), None, True),
            ("Engineer", "Borealis Labs", (2016, None), (2019, None), False),
        ],
        ("M.S.", "master", ("Computer Science",), "Stanford University", 2016),
    ),
    (
        "tabs-dates-right",
        "KIM OSEI\nEXPERIENCE\nAcme Corp\t\tSan Francisco, CA\n"
        "Senior Engineer\t\tJan 2019 – Present\n• Built APIs\n• Mentored juniors\n"
        "Globex Inc.\t\tAustin, TX\nEngineer\t\tJun 2015 – Dec 2018\n"
        "• Maintained services\nEDUCATION\n"
        "University of Texas at Austin\t\tAustin, TX\n"
        "Bachelor of Science in Electrical Engineering\t\tMay 2015\n",
        [
            ("Senior Engineer", "Acme Corp", (2019, 1), None, True),
            ("Engineer", "Globex Inc.", (2015, 6), (2018, 12), False),
        ],
        (
            "Bachelor of Science",
            "bachelor",
            ("Electrical Engineering",),
            "University of Texas at Austin",
            2015,
        ),
    ),
    (
        "dates-first-pipes",
        "Experience\n2019 – Present | Senior Analyst | Northwind Traders\n"
        "Built forecasting models.\n2016 – 2019 | Analyst | Contoso Ltd\n"
        "Reported KPIs.\nEducation\nMBA, Wharton School, 2016\n",
        [
            ("Senior Analyst", "Northwind Traders", (2019, None), None, True),
            ("Analyst", "Contoso Ltd", (2016, None), (2019, None), False),
        ],
        ("MBA", "master", (), "Wharton School", 2016),
    ),
]


@pytest.mark.parametrize(
    ("text", "work", "degree"),
    [case[1:] for case in LAYOUTS],
    ids=[case[0] for case in LAYOUTS],
)
def test_structure_layout_variants(
    text: str, work: list[tuple[object, ...]], degree: tuple[object, ...]
) -> None:
    found = structure_resume(text)
    got = [
        (
            r.title,
            r.organization,
            (r.start.year, r.start.month) if r.start else None,
            (r.end.year, r.end.month) if r.end else None,
            r.is_current,
        )
        for r in found.roles
        if r.kind == "work"
    ]
    assert got == work
    (edu,) = found.education
    grad = edu.graduation.year if edu.graduation else None
    assert (edu.degree, edu.level, edu.fields, edu.institution, grad) == degree
