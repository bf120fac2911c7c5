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
from resumefit.schema import PartialDate

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


# --------------------------------------------------------------- one-line entries

# (id, line, title, organisation, start year, end year or None when current,
#  header text, date text). Every line is its own role; its span is the line.
ONE_LINE = [
    (
        "dash-bullet",
        "- Senior Radar Calibration Engineer (2016 - 2019)",
        "Senior Radar Calibration Engineer",
        None,
        2016,
        2019,
        "Senior Radar Calibration Engineer",
        "2016 - 2019",
    ),
    (
        "star-bullet",
        "* Dashboard Developer (2013 - 2016)",
        "Dashboard Developer",
        None,
        2013,
        2016,
        "Dashboard Developer",
        "2013 - 2016",
    ),
    (
        "numbered",
        "1. Junior Network Admin/Engineer (2020 - 2023)",
        "Junior Network Admin/Engineer",
        None,
        2020,
        2023,
        "Junior Network Admin/Engineer",
        "2020 - 2023",
    ),
    (
        "no-bullet",
        "Payroll Systems Developer (2010 - 2015)",
        "Payroll Systems Developer",
        None,
        2010,
        2015,
        "Payroll Systems Developer",
        "2010 - 2015",
    ),
    (
        "range-without-spaces",
        "- Cloud Storage Engineer (2015-2017)",
        "Cloud Storage Engineer",
        None,
        2015,
        2017,
        "Cloud Storage Engineer",
        "2015-2017",
    ),
    (
        "double-hyphen-title-en-dash-range",
        "- Helper--masonry worker (2013 \u2013 2016)",
        "Helper--masonry worker",
        None,
        2013,
        2016,
        "Helper--masonry worker",
        "2013 \u2013 2016",
    ),
    (
        "colon-description",
        "- Embedded Test Engineer SDET (2011 - 2014): Wrote regression suites.",
        "Embedded Test Engineer SDET",
        None,
        2011,
        2014,
        "Embedded Test Engineer SDET",
        "2011 - 2014",
    ),
    (
        "comma-description",
        "- Freight handling workers (2015 - 2019), Coordinated dock schedules.",
        "Freight handling workers",
        None,
        2015,
        2019,
        "Freight handling workers",
        "2015 - 2019",
    ),
    (
        "period-description",
        "- Boiler Mechanics and Pipe Fitters (2010 - 2012). Rebuilt pumps on site.",
        "Boiler Mechanics and Pipe Fitters",
        None,
        2010,
        2012,
        "Boiler Mechanics and Pipe Fitters",
        "2010 - 2012",
    ),
    (
        "organisation-after-at",
        "- Access Control Analyst (2015 - 2017) at Brightwall, audits and reviews",
        "Access Control Analyst",
        "Brightwall",
        2015,
        2017,
        "Access Control Analyst",
        "2015 - 2017",
    ),
    (
        "title-with-dashes",
        "- Surveyors - Except Land And Sea (2011 - 2014)",
        "Surveyors - Except Land And Sea",
        None,
        2011,
        2014,
        "Surveyors - Except Land And Sea",
        "2011 - 2014",
    ),
    (
        "title-with-dash-no-bullet",
        "Senior Platform Engineer - Streaming Media (2014 - 2017)",
        "Senior Platform Engineer - Streaming Media",
        None,
        2014,
        2017,
        "Senior Platform Engineer - Streaming Media",
        "2014 - 2017",
    ),
    (
        "title-with-place",
        "* Budget System Analyst required in Tacoma - WA (2017 - 2020)",
        "Budget System Analyst required in Tacoma - WA",
        None,
        2017,
        2020,
        "Budget System Analyst required in Tacoma - WA",
        "2017 - 2020",
    ),
    (
        "served-as-from",
        "- Served as Kennel attendants from 2016 - 2021",
        "Kennel attendants",
        None,
        2016,
        2021,
        "Kennel attendants",
        "2016 - 2021",
    ),
    (
        "worked-as-an-from-to",
        "- Worked as an Optician and Lens Grinder from 2013 to 2015.",
        "Optician and Lens Grinder",
        None,
        2013,
        2015,
        "Optician and Lens Grinder",
        "2013 to 2015",
    ),
    (
        "operated-as-between",
        "- Operated as a Robotics Controls Engineer between 2016 and 2021, "
        "specializing in servo loops.",
        "Robotics Controls Engineer",
        None,
        2016,
        2021,
        "Robotics Controls Engineer",
        "2016 and 2021",
    ),
    (
        "adverb-as",
        "- Worked professionally as a Dentist from 2018 to 2021",
        "Dentist",
        None,
        2018,
        2021,
        "Dentist",
        "2018 to 2021",
    ),
    (
        "performed-as",
        "* Successfully performed as a Market Researcher from 2012 to 2014.",
        "Market Researcher",
        None,
        2012,
        2014,
        "Market Researcher",
        "2012 to 2014",
    ),
    (
        "title-for-a-time-span",
        "* Musical Instrument Repairer for a substantial time span from 2007 to 2012.",
        "Musical Instrument Repairer",
        None,
        2007,
        2012,
        "Musical Instrument Repairer",
        "2007 to 2012",
    ),
    (
        "working-as-during",
        "* Gained practical experience working as a Tile Setter for floor \u2013 wall "
        "during 2005 to 2007.",
        "Tile Setter for floor \u2013 wall",
        None,
        2005,
        2007,
        "Tile Setter for floor \u2013 wall",
        "2005 to 2007",
    ),
    (
        "as-colon-range",
        "* Commenced professional career as Bicycle repairer and fitter: 2000 to 2005.",
        "Bicycle repairer and fitter",
        None,
        2000,
        2005,
        "Bicycle repairer and fitter",
        "2000 to 2005",
    ),
    (
        "abbreviation-from",
        "- QA from 2019-2020",
        "QA",
        None,
        2019,
        2020,
        "QA",
        "2019-2020",
    ),
    (
        "comma-range",
        "Back Office Developer, 2015 \u2013 2016",
        "Back Office Developer",
        None,
        2015,
        2016,
        "Back Office Developer",
        "2015 \u2013 2016",
    ),
    (
        "comma-list-title",
        "- Ushers, lobby attendants, and ticket takers (2017 - 2020)",
        "Ushers, lobby attendants, and ticket takers",
        None,
        2017,
        2020,
        "Ushers, lobby attendants, and ticket takers",
        "2017 - 2020",
    ),
    (
        "title-comma-organisation",
        "- Pharmacist, Juniper Hospital (2017 - 2020)",
        "Pharmacist",
        "Juniper Hospital",
        2017,
        2020,
        "Pharmacist, Juniper Hospital",
        "2017 - 2020",
    ),
    (
        "labelled-title",
        "Position: Kennel Supervisor (2016 - 2021)",
        "Kennel Supervisor",
        None,
        2016,
        2021,
        "Kennel Supervisor",
        "2016 - 2021",
    ),
    (
        "dates-first",
        "- 2019 - 2022: Logistics Planner at Portside Freight. Planned routes.",
        "Logistics Planner",
        "Portside Freight",
        2019,
        2022,
        "Logistics Planner",
        "2019 - 2022",
    ),
    (
        "current",
        "- Site Reliability Engineer (2021 - Present)",
        "Site Reliability Engineer",
        None,
        2021,
        None,
        "Site Reliability Engineer",
        "2021 - Present",
    ),
    (
        "position-of",
        "- Held the position of Quarry Driller from 2015 - 2018",
        "Quarry Driller",
        None,
        2015,
        2018,
        "Quarry Driller",
        "2015 - 2018",
    ),
]


@pytest.mark.parametrize(
    ("line", "title", "org", "start", "end", "header", "dates"),
    [row[1:] for row in ONE_LINE],
    ids=[row[0] for row in ONE_LINE],
)
def test_one_line_entry_shapes(
    line: str,
    title: str,
    org: str | None,
    start: int,
    end: int | None,
    header: str,
    dates: str,
) -> None:
    text = (
        "## Experience\n" + line + "\n\n## Education\n"
        "B.S. in Biology, Lakeside College, 2010\n"
    )
    found = structure_resume(text)
    (role,) = [r for r in found.roles if r.section == "experience"]
    assert (role.kind, role.title, role.organization) == ("work", title, org)
    assert role.start == PartialDate(year=start)
    assert role.end == (None if end is None else PartialDate(year=end))
    assert role.is_current == (end is None)
    assert _at(text, role.span) == line
    assert _at(text, role.header_span) == header
    assert _at(text, role.date_span) == dates


ONE_LINE_LIST = """## Personal Information
Name: Tamsin Okafor

## Skills
1. Scheduling
2. First aid

## Experience
- Porters, bellhops, and doormen (2018 - 2021)
- Recreation attendants and related workers (2014 - 2018)
- Paramedic (2012 - 2014)
- Forest - nursery - and timber workers (2011 - 2012)

## Education
Associate degree in Emergency Medicine
"""


def test_one_line_entries_in_a_row_are_each_a_role() -> None:
    text = ONE_LINE_LIST
    found = structure_resume(text)
    assert [s.kind for s in found.sections] == [
        "contact",
        "skills",
        "experience",
        "education",
    ]
    assert [(r.title, r.start, r.end) for r in found.roles] == [
        (
            "Porters, bellhops, and doormen",
            PartialDate(year=2018),
            PartialDate(year=2021),
        ),
        (
            "Recreation attendants and related workers",
            PartialDate(year=2014),
            PartialDate(year=2018),
        ),
        ("Paramedic", PartialDate(year=2012), PartialDate(year=2014)),
        (
            "Forest - nursery - and timber workers",
            PartialDate(year=2011),
            PartialDate(year=2012),
        ),
    ]
    assert [_at(text, r.span) for r in found.roles] == [
        "- Porters, bellhops, and doormen (2018 - 2021)",
        "- Recreation attendants and related workers (2014 - 2018)",
        "- Paramedic (2012 - 2014)",
        "- Forest - nursery - and timber workers (2011 - 2012)",
    ]


def test_one_line_entries_with_bullets_and_free_wording() -> None:
    # A list of one-line entries: each keeps the lines under it, and a line
    # worded freely still counts as an entry when it states a range.
    text = (
        "## Experience\n"
        "1. Wood Pattern Maker (2017 - 2021)\n"
        "   - Built scale models for the foundry.\n"
        "2. Fire Prevention Inspector (2014 - 2017)\n"
        "3. Pursued 2 years in Aircraft Upholstery (2012 - 2014).\n"
        "4. Contributed to the signage crew from 2010 to 2012.\n"
    )
    found = structure_resume(text)
    assert [(r.title, r.start, r.end) for r in found.roles] == [
        ("Wood Pattern Maker", PartialDate(year=2017), PartialDate(year=2021)),
        ("Fire Prevention Inspector", PartialDate(year=2014), PartialDate(year=2017)),
        ("Aircraft Upholstery", PartialDate(year=2012), PartialDate(year=2014)),
        (None, PartialDate(year=2010), PartialDate(year=2012)),
    ]
    assert [_at(text, r.span) for r in found.roles] == [
        "1. Wood Pattern Maker (2017 - 2021)\n   - Built scale models for the foundry.",
        "2. Fire Prevention Inspector (2014 - 2017)",
        "3. Pursued 2 years in Aircraft Upholstery (2012 - 2014).",
        "4. Contributed to the signage crew from 2010 to 2012.",
    ]
    last = found.roles[3]
    assert _at(text, last.header_span) == (
        "Contributed to the signage crew from 2010 to 2012."
    )


# Multi-line entries (a header, then bullets) keep their bullets, even a bullet
# worded like a one-line entry.
MULTI_LINE = [
    (
        "bullet-served-as",
        "Experience\n"
        "Store Manager, Oakline Grocers  2015 - 2020\n"
        "- Served as acting district lead from 2018 to 2019.\n"
        "- Cut shrink by 12%.\n"
        "Assistant Manager, Oakline Grocers  2012 - 2015\n"
        "- Ran the night shift.\n",
        [
            (
                "Store Manager",
                "Oakline Grocers",
                2015,
                2020,
                "Store Manager, Oakline Grocers  2015 - 2020\n"
                "- Served as acting district lead from 2018 to 2019.\n"
                "- Cut shrink by 12%.",
            ),
            (
                "Assistant Manager",
                "Oakline Grocers",
                2012,
                2015,
                "Assistant Manager, Oakline Grocers  2012 - 2015\n"
                "- Ran the night shift.",
            ),
        ],
    ),
    (
        "bullet-title-and-range",
        "WORK HISTORY\n"
        "Lakeview Clinic\n"
        "Registered Nurse  Jan 2016 - Present\n"
        "- Charge Nurse Rotation (2019 - 2020): led a ward of 30 beds\n"
        "- Trained new graduates.\n",
        [
            (
                "Registered Nurse",
                "Lakeview Clinic",
                2016,
                None,
                "Lakeview Clinic\nRegistered Nurse  Jan 2016 - Present\n"
                "- Charge Nurse Rotation (2019 - 2020): led a ward of 30 beds\n"
                "- Trained new graduates.",
            ),
        ],
    ),
    (
        "markdown-em-dash",
        "## Experience\n"
        "### Backend Engineer \u2014 Quarrystone Labs (2018\u2013Present)\n"
        "- Wrote the billing service.\n"
        "### Support Engineer \u2014 Elmfield Inc. (2015\u20132018)\n"
        "- Answered tickets.\n",
        [
            (
                "Backend Engineer",
                "Quarrystone Labs",
                2018,
                None,
                "### Backend Engineer \u2014 Quarrystone Labs (2018\u2013Present)\n"
                "- Wrote the billing service.",
            ),
            (
                "Support Engineer",
                "Elmfield Inc.",
                2015,
                2018,
                "### Support Engineer \u2014 Elmfield Inc. (2015\u20132018)\n"
                "- Answered tickets.",
            ),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [row[1:] for row in MULTI_LINE],
    ids=[row[0] for row in MULTI_LINE],
)
def test_multi_line_entries_keep_their_bullets(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    found = structure_resume(text)
    got = [
        (
            r.title,
            r.organization,
            r.start.year if r.start else None,
            r.end.year if r.end else None,
            _at(text, r.span),
        )
        for r in found.roles
    ]
    assert got == expected


@pytest.mark.corpus
def test_corpus_rjdb_dated_experience_lines_become_roles() -> None:
    path = CORPUS / "pairs" / "rjdb" / "rjdb_dev.jsonl"
    if not path.exists():
        pytest.skip(f"RJDB corpus not found at {path}")
    lines = hit = 0
    with path.open(encoding="utf-8") as fh:
        for i, raw in enumerate(fh):
            if i % 5:
                continue
            text = str(json.loads(raw)["Resume-matched"])
            found = structure_resume(text)
            _check_invariants(text, found)
            for section in found.sections:
                if section.kind != "experience":
                    continue
                pos = section.span[0]
                for line in text[section.span[0] : section.span[1]].split("\n"):
                    if re_year_range(line):
                        lines += 1
                        hit += any(
                            r.date_span and pos <= r.date_span[0] < pos + len(line)
                            for r in found.roles
                        )
                    pos += len(line) + 1
    assert lines > 100
    assert hit / lines >= 0.97


def re_year_range(line: str) -> bool:
    """A year range written in a line: '2018 - 2019', 'from 2014 to 2016'."""
    import re

    return bool(
        re.search(
            r"(?<!\d)(?:19|20)\d\d(?!\d)\s*(?:-|\u2013|to|and)\s*"
            r"(?:[A-Za-z]+\.?\s+)?(?:(?:19|20)\d\d(?!\d)|present|current)",
            line,
            re.IGNORECASE,
        )
    )
