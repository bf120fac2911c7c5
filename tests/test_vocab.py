"""Tests for the vocabulary recognisers: years, degrees, credentials, languages,
work authorization and qualification kind (resumefit._vocab).

All texts are written for these tests (no corpus excerpts). Spans are pinned
exactly: each row names the expected surface and where it starts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resumefit._vocab import (
    classify_kind,
    find_credentials,
    find_degrees,
    find_languages,
    mentions_work_authorization,
    parse_years,
)

# --------------------------------------------------------------------------- years

# (text, min_years, max_years, subject, surface of the chosen figure, its start)
YEARS_ROWS: list[tuple[str, float, float | None, str | None, str, int]] = [
    ("3+ years of experience in Python", 3, None, "Python", "3+ years", 0),
    (
        "3-5 years of software development experience",
        3,
        5,
        "software development",
        "3-5 years",
        0,
    ),
    ("3 to 5 years", 3, 5, None, "3 to 5 years", 0),
    ("3–5 years of relevant experience", 3, 5, None, "3–5 years", 0),
    ("At least five years of experience", 5, None, None, "At least five years", 0),
    ("Minimum of 2 yrs experience", 2, None, None, "Minimum of 2 yrs", 0),
    ("2+ yrs", 2, None, None, "2+ yrs", 0),
    ("One year of experience", 1, None, None, "One year", 0),
    ("A year of experience with SQL", 1, None, "SQL", "A year", 0),
    ("18 months of experience", 1.5, None, None, "18 months", 0),
    ("6+ months in a support role", 0.5, None, "support role", "6+ months", 0),
    ("A decade of experience in sales", 10, None, "sales", "A decade", 0),
    ("Ten years in retail banking", 10, None, "retail banking", "Ten years", 0),
    ("(3-5 years)", 3, 5, None, "3-5 years", 1),
    (
        "5+ years' experience in data engineering",
        5,
        None,
        "data engineering",
        "5+ years",
        0,
    ),
    (
        "5+ years’ experience in data engineering",
        5,
        None,
        "data engineering",
        "5+ years",
        0,
    ),
    ("Five (5) years of experience", 5, None, None, "Five (5) years", 0),
    ("3 + years of experience", 3, None, None, "3 + years", 0),
    ("3 years of experience in Python", 3, None, "Python", "3 years", 0),
    ("3 years of Python", 3, None, "Python", "3 years", 0),
    ("Years of experience: 4", 4, None, None, "4", 21),
    ("1.5 years of experience", 1.5, None, None, "1.5 years", 0),
    ("5yrs exp in Java", 5, None, "Java", "5yrs", 0),
    (
        "1-year of experience in customer support",
        1,
        None,
        "customer support",
        "1-year",
        0,
    ),
    ("Two years experience utilizing Excel", 2, None, "Excel", "Two years", 0),
    (
        "Minimum of 4-5 years’ experience as a payroll analyst",
        4,
        5,
        "payroll analyst",
        "Minimum of 4-5 years",
        0,
    ),
    (
        "More than 8 years in hospital administration",
        8,
        None,
        "hospital administration",
        "More than 8 years",
        0,
    ),
    (
        "10+ years of nursing leadership experience",
        10,
        None,
        "nursing leadership",
        "10+ years",
        0,
    ),
    ("Requires 2 or 3 years of bookkeeping", 2, 3, "bookkeeping", "2 or 3 years", 9),
    (
        "a couple of years of welding experience",
        2,
        None,
        "welding",
        "a couple of years",
        0,
    ),
    (
        "at least a year of classroom teaching",
        1,
        None,
        "classroom teaching",
        "at least a year",
        0,
    ),
    (
        "6 years of relevant experience or 4 years of procurement experience",
        4,
        None,
        "procurement",
        "4 years",
        34,
    ),
    (
        "7+ years of experience, including 2 years with Kubernetes",
        7,
        None,
        None,
        "7+ years",
        0,
    ),
    (
        "4 years of professional experience, with 2 years in consulting",
        4,
        None,
        None,
        "4 years",
        0,
    ),
    ("2 years of SQL and 5 years overall", 5, None, None, "5 years", 19),
    ("5 years of Java and 2 of Go", 2, None, "Go", "2", 20),
    ("BS with 5 years or MS with 3", 3, None, None, "3", 27),
    (
        "Master's degree and 3+ years of experience OR Bachelor's degree and 7+ years",
        3,
        None,
        None,
        "3+ years",
        20,
    ),
    (
        "Experienced coordinator with current skills (2-4 years).",
        2,
        4,
        None,
        "2-4 years",
        45,
    ),
    ("3 years of experience as a line cook", 3, None, "line cook", "3 years", 0),
    (
        "Over 15 years in commercial construction",
        15,
        None,
        "commercial construction",
        "Over 15 years",
        0,
    ),
    ("Work Experience 8/6 years", 6, None, None, "8/6 years", 16),
    (
        "at least 1(one) to 2(two) years’ work experience",
        1,
        2,
        None,
        "at least 1(one) to 2(two) years",
        0,
    ),
    (
        "Total Experience: 5 years and above, 2 year in the same position",
        5,
        None,
        None,
        "5 years and above",
        18,
    ),
    (
        "Min 5-year experiences as analytics team lead",
        5,
        None,
        "analytics team lead",
        "Min 5-year",
        0,
    ),
    (
        "At least five years of program and personnel management.",
        5,
        None,
        "program and personnel management",
        "At least five years",
        0,
    ),
    (
        "Minimum 5 and above years of relevant experience out of which 3 years "
        "in senior position",
        5,
        None,
        None,
        "Minimum 5 and above years",
        0,
    ),
    ("General Experience (in years): 3", 3, None, None, "3", 31),
    (
        "A minimum of 3 year supervisory experience",
        3,
        None,
        "supervisory",
        "A minimum of 3 year",
        0,
    ),
    ("5+ (Senior) years of related experience", 5, None, None, "5+ (Senior) years", 0),
    (
        "4+ years of hands-on experience working with Tableau",
        4,
        None,
        "Tableau",
        "4+ years",
        0,
    ),
]

YEARS_NEGATIVE = [
    "Over the years we have grown into a regional leader",
    "Brightwater Labs, founded 20 years ago, makes sensors",
    "401k with company match",
    "2 weeks of paid vacation",
    "Must be 18 years of age or older",
    "Able to commit for the next three years",
    "2-year degree from an accredited college",
    "Travel to the head office once a year",
    "Salary of $52,000 a year",
    "Several years of experience in logistics",
    "Currently enrolled in a 4-year BS program",
    "Work with children ages 3 months to 5 years",
    "Within the past 5 years we doubled our revenue",
    "Experience with one or more scripting languages",
    "Acme Health has been serving the region for more than 25 years",
    "The pilot project will run for 9 months",
    "Duration Contract: 4 months with probation",
    "Age: Below 35 years",
    "Our 3-5 year vision for clinical strategy",
    "A 6-month consultant training program",
    "Hire type: 12 months contract",
]


@pytest.mark.parametrize(
    ("text", "low", "high", "subject", "surface", "start"),
    YEARS_ROWS,
    ids=[row[0][:40] for row in YEARS_ROWS],
)
def test_parse_years_table(
    text: str,
    low: float,
    high: float | None,
    subject: str | None,
    surface: str,
    start: int,
) -> None:
    info = parse_years(text)
    assert info is not None
    assert info.min_years == low
    assert info.max_years == high
    assert info.subject == subject
    spans = [f.span for f in info.figures if f.min_years == low and f.max_years == high]
    assert (start, start + len(surface)) in spans
    assert text[start : start + len(surface)] == surface


@pytest.mark.parametrize("text", YEARS_NEGATIVE, ids=[t[:40] for t in YEARS_NEGATIVE])
def test_parse_years_no_candidate_figure_returns_none(text: str) -> None:
    assert parse_years(text) is None


def test_parse_years_two_figures_keep_both_subjects() -> None:
    info = parse_years("5 years of Java and 2 of Go")
    assert info is not None
    assert [(f.min_years, f.subject, f.span) for f in info.figures] == [
        (5.0, "Java", (0, 7)),
        (2.0, "Go", (20, 21)),
    ]


def test_parse_years_degree_dependent_alternatives() -> None:
    info = parse_years("BS with 5 years or MS with 3")
    assert info is not None
    assert info.by_degree == (("bachelor", 5.0), ("master", 3.0))
    info = parse_years(
        "Master's degree and 3+ years of experience OR Bachelor's degree and 7+ "
        "years of experience OR PhD with 1+ years of experience"
    )
    assert info is not None
    assert info.by_degree == (("master", 3.0), ("bachelor", 7.0), ("doctorate", 1.0))
    assert info.min_years == 1.0


def test_parse_years_shared_degree_group_is_not_by_degree() -> None:
    info = parse_years("BS/MS in Chemistry and 5 years of lab experience")
    assert info is not None
    assert info.by_degree == ()
    assert info.min_years == 5.0


# --------------------------------------------------------------------------- degrees

# (text, [(level, surface, start)], fields of the first mention, related, equivalent)
DEGREE_ROWS: list[
    tuple[str, list[tuple[str, str, int]], tuple[str, ...], bool, bool]
] = [
    (
        "B.E.D Mathematics or related field",
        [("bachelor", "B.E.D", 0)],
        (),
        True,
        False,
    ),
    (
        "12th Grade Complete",
        [("high_school", "12th Grade Complete", 0)],
        (),
        False,
        False,
    ),
    (
        "TVET 10+3 in General Mechanics",
        [("associate", "TVET 10+3", 0)],
        ("General Mechanics",),
        False,
        False,
    ),
    ("Diploma holder", [("associate", "Diploma holder", 0)], (), False, False),
    (
        "Advanced Diploma in Engineering",
        [("associate", "Advanced Diploma", 0)],
        ("Engineering",),
        False,
        False,
    ),
    (
        "Diploma in Teaching or related field",
        [("associate", "Diploma", 0)],
        ("Teaching",),
        True,
        False,
    ),
    (
        "College diploma in accounting",
        [("associate", "College diploma", 0)],
        ("Accounting",),
        False,
        False,
    ),
    (
        "Degree/Diploma in Social Work",
        [("associate", "Degree/Diploma", 0)],
        ("Social Work",),
        False,
        False,
    ),
    (
        "BA/BS degree or equivalent practical experience.",
        [("bachelor", "BA", 0), ("bachelor", "BS degree", 3)],
        (),
        False,
        True,
    ),
    (
        "Bachelor's degree in Computer Science, Statistics, Mathematics, or a related "
        "field",
        [("bachelor", "Bachelor's degree", 0)],
        ("Computer Science", "Statistics", "Mathematics"),
        True,
        False,
    ),
    (
        "Bachelor’s degree in accounting or finance",
        [("bachelor", "Bachelor’s degree", 0)],
        ("Accounting", "Finance"),
        False,
        False,
    ),
    (
        "Bachelors degree in Nursing",
        [("bachelor", "Bachelors degree", 0)],
        ("Nursing",),
        False,
        False,
    ),
    (
        "bachelor degree required",
        [("bachelor", "bachelor degree", 0)],
        (),
        False,
        False,
    ),
    (
        "B.S. in Chemical Engineering",
        [("bachelor", "B.S.", 0)],
        ("Chemical Engineering",),
        False,
        False,
    ),
    ("B.A. in English", [("bachelor", "B.A.", 0)], ("English",), False, False),
    ("BSc in Physics or similar", [("bachelor", "BSc", 0)], ("Physics",), True, False),
    ("B.Sc. in Biology", [("bachelor", "B.Sc.", 0)], ("Biology",), False, False),
    (
        "BEng in Mechanical Engineering",
        [("bachelor", "BEng", 0)],
        ("Mechanical Engineering",),
        False,
        False,
    ),
    (
        "B.Tech in Electronics",
        [("bachelor", "B.Tech", 0)],
        ("Electronics",),
        False,
        False,
    ),
    (
        "Undergraduate degree in economics",
        [("bachelor", "Undergraduate degree", 0)],
        ("Economics",),
        False,
        False,
    ),
    (
        "4-year degree from an accredited university",
        [("bachelor", "4-year degree", 0)],
        (),
        False,
        False,
    ),
    (
        "BS required, MS preferred",
        [("bachelor", "BS", 0), ("master", "MS", 13)],
        (),
        False,
        False,
    ),
    (
        "MS or PhD in Statistics, Econometrics, related field or equivalent practical "
        "experience.",
        [("master", "MS", 0), ("doctorate", "PhD", 6)],
        ("Statistics", "Econometrics"),
        True,
        True,
    ),
    ("MBA preferred", [("master", "MBA", 0)], (), False, False),
    ("M.S. in Data Science", [("master", "M.S.", 0)], ("Data Science",), False, False),
    (
        "MSc in Operations Research",
        [("master", "MSc", 0)],
        ("Operations Research",),
        False,
        False,
    ),
    ("M.Sc. in Geology", [("master", "M.Sc.", 0)], ("Geology",), False, False),
    ("MA in Counseling", [("master", "MA", 0)], ("Counseling",), False, False),
    ("MEng in Robotics", [("master", "MEng", 0)], ("Robotics",), False, False),
    (
        "Master's degree in Public Health",
        [("master", "Master's degree", 0)],
        ("Public Health",),
        False,
        False,
    ),
    (
        "Masters in Computer Science",
        [("master", "Masters", 0)],
        ("Computer Science",),
        False,
        False,
    ),
    (
        "Master of Science in Data Analytics",
        [("master", "Master of Science", 0)],
        ("Data Analytics",),
        False,
        False,
    ),
    (
        "Graduate degree in a quantitative field",
        [("master", "Graduate degree", 0)],
        (),
        False,
        False,
    ),
    ("Advanced degree preferred", [("master", "Advanced degree", 0)], (), False, False),
    (
        "PhD in Molecular Biology",
        [("doctorate", "PhD", 0)],
        ("Molecular Biology",),
        False,
        False,
    ),
    ("Ph.D. in Physics", [("doctorate", "Ph.D.", 0)], ("Physics",), False, False),
    (
        "Doctorate in Education",
        [("doctorate", "Doctorate", 0)],
        ("Education",),
        False,
        False,
    ),
    (
        "Doctoral degree in Psychology",
        [("doctorate", "Doctoral degree", 0)],
        ("Psychology",),
        False,
        False,
    ),
    ("JD from an accredited law school", [("doctorate", "JD", 0)], (), False, False),
    ("MD or DO required", [("doctorate", "MD", 0)], (), False, False),
    ("PharmD required", [("doctorate", "PharmD", 0)], (), False, False),
    ("DDS or DMD", [("doctorate", "DDS", 0)], (), False, False),
    (
        "Associate's degree in Nursing",
        [("associate", "Associate's degree", 0)],
        ("Nursing",),
        False,
        False,
    ),
    (
        "AA/AS degree",
        [("associate", "AA", 0), ("associate", "AS degree", 3)],
        (),
        False,
        False,
    ),
    (
        "AAS in Respiratory Therapy",
        [("associate", "AAS", 0)],
        ("Respiratory Therapy",),
        False,
        False,
    ),
    (
        "High school diploma or GED required",
        [("high_school", "High school diploma", 0), ("high_school", "GED", 23)],
        (),
        False,
        False,
    ),
    (
        "Degree in Civil Engineering or equivalent work experience",
        [("bachelor", "Degree", 0)],
        ("Civil Engineering",),
        False,
        True,
    ),
    (
        "Bachelor's degree, or 4 years of work experience in lieu of a degree",
        [("bachelor", "Bachelor's degree", 0)],
        (),
        False,
        True,
    ),
    (
        "MS or greater in statistics or a related discipline",
        [("master", "MS", 0)],
        ("Statistics",),
        True,
        False,
    ),
    (
        "Bachelor's degree (BS) in Chemistry",
        [("bachelor", "Bachelor's degree", 0), ("bachelor", "BS", 19)],
        ("Chemistry",),
        False,
        False,
    ),
    (
        "BS, Computer Science, Lakeside University",
        [("bachelor", "BS", 0)],
        (),
        False,
        False,
    ),
    ("JD or equivalent degree", [("doctorate", "JD", 0)], (), True, False),
    (
        "Juris Doctor degree",
        [("doctorate", "Juris Doctor degree", 0)],
        (),
        False,
        False,
    ),
    (
        "A-levels in Maths and Physics",
        [("high_school", "A-levels", 0)],
        ("Maths", "Physics"),
        False,
        False,
    ),
    (
        "High school or GED",
        [("high_school", "High school", 0), ("high_school", "GED", 15)],
        (),
        False,
        False,
    ),
]

DEGREE_NEGATIVE = [
    "Test results within 10+2 weeks",
    "5th grade math tutoring",
    "Fluent English; a diploma-quality attention to detail",
    "Proficient in MS Excel and MS Office",
    "Located in Boston, MA",
    "Offices in Baltimore, MD 21201",
    "Senior BA role supporting finance",
    "A high degree of autonomy",
    "A 360 degree view of the customer",
    "Scrum Master certification",
    "Master the art of negotiation",
    "Sales Associate with a can-do attitude",
    "Works with MS Teams and SharePoint",
    "Graduated from Lakeside High School in 2010",
    "Taught high school students algebra",
    "Projects in FL, MA, and MD",
    "Maintained an AS/400 inventory system",
    "ICP, AA and GFLAA instruments",
    "Oracle JD Edwards rollout",
    "Insurance producer registered in MA\nCommercial lending",
    "A level-headed nurse under pressure",
    "MS/HS language arts teacher",
]


@pytest.mark.parametrize(
    ("text", "expected", "fields", "related", "equivalent"),
    DEGREE_ROWS,
    ids=[row[0][:40] for row in DEGREE_ROWS],
)
def test_find_degrees_table(
    text: str,
    expected: list[tuple[str, str, int]],
    fields: tuple[str, ...],
    related: bool,
    equivalent: bool,
) -> None:
    mentions = find_degrees(text)
    assert [(m.level, m.surface, m.span) for m in mentions] == [
        (level, surface, (start, start + len(surface)))
        for level, surface, start in expected
    ]
    for mention in mentions:
        assert text[mention.span[0] : mention.span[1]] == mention.surface
    assert mentions[0].fields == fields
    assert mentions[0].accepts_related_field is related
    assert mentions[0].accepts_equivalent_experience is equivalent


@pytest.mark.parametrize("text", DEGREE_NEGATIVE, ids=[t[:40] for t in DEGREE_NEGATIVE])
def test_find_degrees_ambiguous_token_in_prose_is_not_a_degree(text: str) -> None:
    assert find_degrees(text) == []


# -------------------------------------------------------------------- credentials

# (text, [(kind, name, surface, start)])
CREDENTIAL_ROWS: list[tuple[str, list[tuple[str, str, str, int]]]] = [
    (
        "PMP or CPA required",
        [("certification", "PMP", "PMP", 0), ("license", "CPA", "CPA", 7)],
    ),
    (
        "Certified Public Accountant",
        [("license", "CPA", "Certified Public Accountant", 0)],
    ),
    ("CFA charterholder preferred", [("certification", "CFA", "CFA charterholder", 0)]),
    (
        "CISSP, CISM or CISA",
        [
            ("certification", "CISSP", "CISSP", 0),
            ("certification", "CISM", "CISM", 7),
            ("certification", "CISA", "CISA", 15),
        ],
    ),
    (
        "CIA or CISA certification",
        [("certification", "CIA", "CIA", 0), ("certification", "CISA", "CISA", 7)],
    ),
    (
        "CompTIA Security+ certification",
        [("certification", "CompTIA Security+", "CompTIA Security+", 0)],
    ),
    (
        "CompTIA A+ certification preferred",
        [("certification", "CompTIA A+", "CompTIA A+", 0)],
    ),
    (
        "CCNA or CCNP",
        [("certification", "CCNA", "CCNA", 0), ("certification", "CCNP", "CCNP", 8)],
    ),
    (
        "AWS Certified Solutions Architect - Associate",
        [
            (
                "certification",
                "AWS Certified Solutions Architect",
                "AWS Certified Solutions Architect - Associate",
                0,
            )
        ],
    ),
    (
        "AWS Certified Cloud Practitioner",
        [
            (
                "certification",
                "AWS Certified Cloud Practitioner",
                "AWS Certified Cloud Practitioner",
                0,
            )
        ],
    ),
    (
        "Azure certification such as AZ-900",
        [
            (
                "certification",
                "Microsoft Azure certification",
                "Azure certification",
                0,
            ),
            ("certification", "Microsoft Azure Fundamentals (AZ-900)", "AZ-900", 28),
        ],
    ),
    (
        "Scrum Master certification (CSM)",
        [
            (
                "certification",
                "Certified ScrumMaster (CSM)",
                "Scrum Master certification",
                0,
            ),
            ("certification", "Certified ScrumMaster (CSM)", "CSM", 28),
        ],
    ),
    (
        "Six Sigma Green Belt",
        [("certification", "Six Sigma Green Belt", "Six Sigma Green Belt", 0)],
    ),
    ("ITIL Foundation", [("certification", "ITIL", "ITIL Foundation", 0)]),
    (
        "SHRM-CP or SHRM-SCP",
        [
            ("certification", "SHRM-CP", "SHRM-CP", 0),
            ("certification", "SHRM-SCP", "SHRM-SCP", 11),
        ],
    ),
    ("Registered Nurse", [("license", "Registered Nurse (RN)", "Registered Nurse", 0)]),
    ("Current RN license", [("license", "Registered Nurse (RN)", "RN license", 8)]),
    (
        "BLS and ACLS certification required",
        [
            ("certification", "Basic Life Support (BLS)", "BLS", 0),
            ("certification", "Advanced Cardiovascular Life Support (ACLS)", "ACLS", 8),
        ],
    ),
    (
        "CPR and First Aid certification",
        [("certification", "CPR/First Aid", "CPR and First Aid certification", 0)],
    ),
    (
        "Valid driver's license and clean driving record",
        [("license", "Driver's License", "driver's license", 6)],
    ),
    ("CDL Class A required", [("license", "CDL Class A", "CDL Class A", 0)]),
    (
        "Forklift certification a plus",
        [("certification", "Forklift Certification", "Forklift certification", 0)],
    ),
    ("OSHA 30 card", [("certification", "OSHA 30", "OSHA 30 card", 0)]),
    (
        "ServSafe Manager certification",
        [("certification", "ServSafe", "ServSafe Manager certification", 0)],
    ),
    (
        "Series 7 and Series 63 licenses",
        [
            ("license", "Series 7", "Series 7", 0),
            ("license", "Series 63", "Series 63", 13),
        ],
    ),
    (
        "Professional Engineer (PE) license",
        [
            (
                "license",
                "Professional Engineer (PE)",
                "Professional Engineer (PE) license",
                0,
            )
        ],
    ),
    (
        "PE license required",
        [("license", "Professional Engineer (PE)", "PE license", 0)],
    ),
    (
        "Active TS/SCI with Full Scope Poly",
        [("clearance", "TS/SCI", "TS/SCI with Full Scope Poly", 7)],
    ),
    (
        "Secret clearance required",
        [("clearance", "Secret clearance", "Secret clearance", 0)],
    ),
    (
        "Top Secret clearance",
        [("clearance", "Top Secret clearance", "Top Secret clearance", 0)],
    ),
    (
        "Ability to obtain a Public Trust clearance",
        [("clearance", "Public Trust clearance", "Public Trust clearance", 20)],
    ),
    (
        "Active security clearance",
        [("clearance", "Security clearance", "Active security clearance", 0)],
    ),
    (
        "State teaching certification",
        [("license", "Teaching License", "State teaching certification", 0)],
    ),
    ("Notary public commission", [("license", "Notary Public", "Notary public", 0)]),
    (
        "Admitted to the State Bar",
        [("license", "Bar Admission", "Admitted to the State Bar", 0)],
    ),
]

CREDENTIAL_NEGATIVE = [
    "Improve CPA and ROAS across paid search campaigns",
    "Lower the CPA on display ads",
    "Partnered with the CIA on a documentary",
    "A+ player with a great attitude",
    "Experience at a PE firm or private equity fund",
    "Physical education (PE) teacher for grade 5",
    "Worked with the CSM team on renewals",
    "BLS data on employment trends",
    "Experience with AWS and GCP",
    "Customs clearance for imported goods",
    "Keep trade secrets confidential",
]


@pytest.mark.parametrize(
    ("text", "expected"), CREDENTIAL_ROWS, ids=[row[0][:40] for row in CREDENTIAL_ROWS]
)
def test_find_credentials_table(
    text: str, expected: list[tuple[str, str, str, int]]
) -> None:
    mentions = find_credentials(text)
    assert [(m.kind, m.name, m.span) for m in mentions] == [
        (kind, name, (start, start + len(surface)))
        for kind, name, surface, start in expected
    ]
    for (_, _, surface, _), mention in zip(expected, mentions, strict=True):
        assert text[mention.span[0] : mention.span[1]] == surface


@pytest.mark.parametrize(
    "text", CREDENTIAL_NEGATIVE, ids=[t[:40] for t in CREDENTIAL_NEGATIVE]
)
def test_find_credentials_short_token_in_prose_is_not_a_credential(text: str) -> None:
    assert find_credentials(text) == []


def test_credentials_table_is_valid_json_with_known_kinds() -> None:
    path = Path(__file__).resolve().parents[1] / "src/resumefit/data/credentials.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    kinds = {entry["kind"] for entry in table["entries"]}
    assert kinds == {"certification", "license", "clearance"}
    assert all(entry["patterns"] for entry in table["entries"])


# --------------------------------------------------------------------------- languages

LANGUAGE_ROWS: list[tuple[str, list[tuple[str, int, int]]]] = [
    ("Fluent in Spanish", [("Spanish", 10, 17)]),
    (
        "Bilingual (English/Spanish) preferred",
        [("English", 11, 18), ("Spanish", 19, 26)],
    ),
    ("Languages: French, German", [("French", 11, 17), ("German", 19, 25)]),
    ("Spanish (native), Portuguese (B2)", [("Spanish", 0, 7), ("Portuguese", 18, 28)]),
    ("Ability to speak Mandarin Chinese", [("Mandarin", 17, 33)]),
    (
        "Working knowledge of American Sign Language",
        [("American Sign Language", 21, 43)],
    ),
    ("Experience selling into the Chinese market", []),
    ("Polish the final deliverables", []),
    ("Knowledge of programming languages such as Python and Java", []),
    ("Managed our German subsidiary", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), LANGUAGE_ROWS, ids=[row[0][:40] for row in LANGUAGE_ROWS]
)
def test_find_languages_table(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert find_languages(text) == [(name, (s, e)) for name, s, e in expected]


# ------------------------------------------------------------------ authorization

AUTH_ROWS = [
    ("Must be authorized to work in the US", True),
    ("We do not offer visa sponsorship for this role", True),
    ("Valid work permit required", True),
    ("US citizenship required", True),
    ("Right to work in the UK", True),
    ("Candidates must not require sponsorship now or in the future", True),
    ("Green card holders welcome to apply", True),
    ("Eligible to work in Canada", True),
    ("No C2C or H1B candidates for this position", True),
    ("Work closely with the product team", False),
    ("Authorized users of the billing system", False),
    ("Sponsor the annual hackathon", False),
]


@pytest.mark.parametrize(
    ("text", "expected"), AUTH_ROWS, ids=[r[0][:40] for r in AUTH_ROWS]
)
def test_mentions_work_authorization_table(text: str, expected: bool) -> None:
    assert mentions_work_authorization(text) is expected


# --------------------------------------------------------------------------- kind

KIND_ROWS = [
    (
        "Demonstrated ability to build long-term relationships with clients",
        "soft_skill",
    ),
    ("Emotionally mature with a sense of humor", "soft_skill"),
    ("Must hold a food handler certificate", "certification"),
    ("Power BI or Azure Certification", "certification"),
    ("3+ years of Python", "experience"),
    ("Proficiency in Python", "skill"),
    ("BS in Computer Science", "education"),
    ("Excellent communication skills", "soft_skill"),
    ("PMP certification preferred", "certification"),
    ("Valid driver's license", "license"),
    ("Active TS/SCI clearance", "clearance"),
    ("Must be authorized to work in the United States", "authorization"),
    ("Fluent in Spanish and English", "language"),
    ("Bachelor's degree and 3 years of experience", "education"),
    ("3 years of experience and a Bachelor's degree", "experience"),
    ("Experience with Tableau or Power BI", "experience"),
    ("Knowledge of GAAP and payroll tax rules", "skill"),
    ("Self-starter who works well in a team", "soft_skill"),
    ("Willingness to travel up to 25%", "other"),
    ("Able to lift 50 pounds", "other"),
    ("Must be a US citizen and eligible for a DoD clearance", "authorization"),
    ("Strong SQL skills", "skill"),
    ("Business level communication in Japanese and English", "language"),
    ("Excellent written and verbal communication skills in English", "soft_skill"),
    ("Proficiency in German", "language"),
    ("Strong English writing skills", "soft_skill"),
]


@pytest.mark.parametrize(
    ("text", "kind"), KIND_ROWS, ids=[r[0][:40] for r in KIND_ROWS]
)
def test_classify_kind_table(text: str, kind: str) -> None:
    assert classify_kind(text) == kind


def test_classify_kind_lexicon_counts_break_ties() -> None:
    assert classify_kind("Blue widgets", skill_count=1) == "skill"
    assert classify_kind("Blue widgets", soft_skill_count=1) == "soft_skill"
    assert classify_kind("Blue widgets") == "other"


# --------------------------------------------------------------------------- properties

_ALPHABET = st.sampled_from(
    [
        *"abcdefghij ABCDEFGHIJ 0123456789+-–/.,;:()'’",
        "years",
        "year",
        "yrs",
        "months",
        "decade",
        "BS",
        "MS",
        "MA",
        "PhD",
        "Bachelor's",
        "degree",
        " in ",
        " of ",
        " or ",
        " and ",
        "with",
        "at least",
        "a",
        "five",
        "CPA",
        "RN",
        "TS/SCI",
        "Secret",
        "clearance",
        "license",
        "Spanish",
        "fluent",
        "PE",
        "certified",
        "A+",
        "Series 7",
    ]
)
_TEXT = st.lists(_ALPHABET, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_recognisers_never_raise_and_spans_index_into_text(text: str) -> None:
    info = parse_years(text)
    if info is not None:
        assert info.figures
        for figure in info.figures:
            assert 0 <= figure.span[0] < figure.span[1] <= len(text)
            assert figure.min_years >= 0
            if figure.max_years is not None:
                assert figure.min_years <= figure.max_years
        assert info.min_years is not None
        if info.max_years is not None:
            assert info.min_years <= info.max_years
    for degree in find_degrees(text):
        assert text[degree.span[0] : degree.span[1]] == degree.surface
    for credential in find_credentials(text):
        assert 0 <= credential.span[0] < credential.span[1] <= len(text)
    for _, (start, end) in find_languages(text):
        assert 0 <= start < end <= len(text)
    mentions_work_authorization(text)
    classify_kind(text)


@settings(max_examples=100, deadline=None)
@given(_TEXT)
def test_recognisers_are_deterministic(text: str) -> None:
    # The public functions are cached: recompute through the uncached bodies.
    from resumefit import _credentials, _degrees, _years

    assert parse_years(text) == _years._parse_years.__wrapped__(text)
    assert find_degrees(text) == list(_degrees._find_degrees.__wrapped__(text))
    assert find_credentials(text) == list(
        _credentials._find_credentials.__wrapped__(text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Associate or Bachelor's degree in Nursing",
            [
                ("associate", "Associate", (0, 9)),
                ("bachelor", "Bachelor's degree", (13, 30)),
            ],
        ),
        (
            "Associate/Bachelor degree",
            [
                ("associate", "Associate", (0, 9)),
                ("bachelor", "Bachelor degree", (10, 25)),
            ],
        ),
        ("Associate Director or bachelor", [("bachelor", "bachelor", (22, 30))]),
    ],
    ids=["associate-or-bachelor", "associate-slash-bachelor", "associate-director"],
)
def test_associate_sharing_the_degree_word(
    text: str, expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert [(d.level, d.surface, d.span) for d in find_degrees(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Does not speak Spanish", []),
        ("No knowledge of French, fluent in German", [("German", (34, 40))]),
        ("Fluent in Spanish", [("Spanish", (10, 17))]),
    ],
    ids=["negated", "negated-then-held", "held"],
)
def test_negated_language_is_not_found(
    text: str, expected: list[tuple[str, tuple[int, int]]]
) -> None:
    assert find_languages(text) == expected
