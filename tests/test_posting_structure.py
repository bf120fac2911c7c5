"""Tests for resumefit._posting_structure: headings, items, spans, title."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from resumefit._posting_structure import (
    heading_kind,
    split_sentences,
    structure_posting,
)

HEADINGS = [
    ("Requirements", "requirements"),
    ("Qualifications", "requirements"),
    ("Minimum Qualifications", "requirements"),
    ("Basic Qualifications", "requirements"),
    ("Required Qualifications", "requirements"),
    ("What you'll need", "requirements"),
    ("What You’ll Need", "requirements"),
    ("What we're looking for", "requirements"),
    ("You have", "requirements"),
    ("You bring", "requirements"),
    ("About you", "requirements"),
    ("Who you are", "requirements"),
    ("Must have", "requirements"),
    ("Skills & Experience", "requirements"),
    ("Your profile", "requirements"),
    ("Successful candidates will have the following", "requirements"),
    ("Preferred Qualifications", "preferred"),
    ("Preferred", "preferred"),
    ("Desired Skills", "preferred"),
    ("Bonus", "preferred"),
    ("Bonus points", "preferred"),
    ("Nice to have", "preferred"),
    ("Nice-to-haves", "preferred"),
    ("Pluses", "preferred"),
    ("Extra credit", "preferred"),
    ("Not required but nice to have", "preferred"),
    ("Ideal Candidate", "preferred"),
    ("Following skills are a plus", "preferred"),
    ("Responsibilities", "responsibilities"),
    ("What you'll do", "responsibilities"),
    ("Duties", "responsibilities"),
    ("Day to day", "responsibilities"),
    ("Key Responsibilities", "responsibilities"),
    ("Benefits", "benefits"),
    ("Perks", "benefits"),
    ("What we offer", "benefits"),
    ("Compensation", "benefits"),
    ("Equal Opportunity Employer", "eeo"),
    ("How to apply", "application"),
    ("About us", "about"),
    ("About the company", "about"),
    ("Who we are", "about"),
    ("Company overview", "about"),
]


@pytest.mark.parametrize(("heading", "kind"), HEADINGS, ids=[h for h, _ in HEADINGS])
def test_heading_kind(heading: str, kind: str) -> None:
    assert heading_kind(heading) == kind


HEADING_FORMS = [
    ("own line", "Requirements\n- Python\n", "Requirements"),
    ("colon", "Requirements:\n- Python\n", "Requirements"),
    ("all caps", "REQUIREMENTS\n- Python\n", "REQUIREMENTS"),
    ("markdown", "## Requirements\n- Python\n", "Requirements"),
    ("bold", "**Requirements**\n- Python\n", "Requirements"),
    (
        "caps with period",
        "MINIMUM QUALIFICATIONS.\n- Python\n",
        "MINIMUM QUALIFICATIONS",
    ),
    (
        "unknown colon",
        "Some Things You Should Know:\n- Python\n",
        "Some Things You Should Know",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "heading"), HEADING_FORMS, ids=[f[0] for f in HEADING_FORMS]
)
def test_heading_forms(name: str, text: str, heading: str) -> None:
    structure = structure_posting(text)
    assert [s.heading for s in structure.sections] == [heading]
    assert [i.text for i in structure.sections[0].items] == ["Python"]


def test_inline_heading_with_items_on_one_line() -> None:
    text = "Requirements: 3+ years of Python experience. Strong SQL skills.\n"
    structure = structure_posting(text)
    (section,) = structure.sections
    assert section.kind == "requirements"
    assert section.heading == "Requirements"
    assert section.heading_span == (0, 12)
    assert [(i.text, i.span) for i in section.items] == [
        ("3+ years of Python experience.", (14, 44)),
        ("Strong SQL skills.", (45, 63)),
    ]


def test_inline_colon_inside_item_is_not_a_heading() -> None:
    text = "Qualifications\nStrong communication skills: written and verbal\n"
    structure = structure_posting(text)
    assert [s.kind for s in structure.sections] == ["requirements"]
    assert structure.sections[0].items[0].text == (
        "Strong communication skills: written and verbal"
    )


def test_flattened_text_split_at_inline_headings() -> None:
    text = (
        "Acme Widgets is hiring an analyst to support our regional office team. "
        "We build useful tools for farmers and have done so for many years now. "
        "Duties and Responsibilities Prepare monthly reports for the board. "
        "Maintain the inventory database and audit it every quarter of the year. "
        "Job Requirements Bachelor's degree in Accounting or Finance. "
        "At least 2 years of experience in bookkeeping with a local business. "
        "How to apply: Send your CV to the office before the closing date."
    )
    structure = structure_posting(text)
    kinds = [s.kind for s in structure.sections]
    assert kinds == ["other", "responsibilities", "requirements", "application"]
    requirements = structure.sections[2]
    assert [i.text for i in requirements.items] == [
        "Bachelor's degree in Accounting or Finance.",
        "At least 2 years of experience in bookkeeping with a local business.",
    ]


BULLETS = ["•", "◦", "▪", "-", "*", "·", "✓", "1.", "2)", "a)", "➢", "►"]


@pytest.mark.parametrize("glyph", BULLETS, ids=BULLETS)
def test_bullet_glyph_stripped(glyph: str) -> None:
    text = f"Requirements\n{glyph} Experience with Kotlin\n"
    structure = structure_posting(text)
    (item,) = structure.sections[0].items
    assert item.text == "Experience with Kotlin"
    assert item.is_bullet
    assert text[item.span[0] : item.span[1]] == item.text


def test_prose_paragraph_gives_one_item_per_sentence() -> None:
    text = (
        "Requirements\n\n"
        "You have shipped Go services to production, e.g. payment APIs. "
        "You know Postgres well. Experience with B.S. level statistics helps.\n"
    )
    items = structure_posting(text).sections[0].items
    assert [i.text for i in items] == [
        "You have shipped Go services to production, e.g. payment APIs.",
        "You know Postgres well.",
        "Experience with B.S. level statistics helps.",
    ]


def test_list_block_lines_are_items_even_with_two_sentences() -> None:
    text = "Qualifications\nSelf-starter. You need little guidance.\nPython\n"
    items = structure_posting(text).sections[0].items
    assert [i.text for i in items] == [
        "Self-starter. You need little guidance.",
        "Python",
    ]


def test_hard_wrapped_prose_is_joined() -> None:
    text = (
        "Requirements: 3+ years of applied machine learning experience and a\n"
        "strong grasp of statistics; familiarity with Airflow.\n"
    )
    items = structure_posting(text).sections[0].items
    # One wrapped paragraph; its two asks (split at ";") are two items.
    assert [i.span for i in items] == [(14, 94), (96, len(text) - 1)]
    assert "\n" in items[0].text


def test_eeo_paragraph_without_header_is_eeo() -> None:
    text = (
        "Requirements\n- Python\n\n"
        "Northwind Labs is an equal opportunity employer and considers all "
        "applicants without regard to race or religion.\n"
    )
    kinds = [s.kind for s in structure_posting(text).sections]
    assert kinds == ["requirements", "eeo"]


TITLES = [
    (
        "first line",
        "Senior Data Engineer\n\nRequirements\n- SQL\n",
        "Senior Data Engineer",
        (0, 20),
    ),
    (
        "job title prefix",
        "Job title: Staff Nurse\nRequirements\n- RN license\n",
        "Staff Nurse",
        (11, 22),
    ),
    ("not a title", "We are a growing bakery.\nRequirements\n- Baking\n", None, None),
    ("heading first", "Requirements\n- SQL\n", None, None),
]


@pytest.mark.parametrize(
    ("name", "text", "title", "span"), TITLES, ids=[t[0] for t in TITLES]
)
def test_title(
    name: str, text: str, title: str | None, span: tuple[int, int] | None
) -> None:
    structure = structure_posting(text)
    assert structure.title == title
    assert structure.title_span == span


def test_untyped_subheading_inherits_empty_parent() -> None:
    text = "Requirements\n\nTechnical Stuff:\n- Rust\n"
    sections = structure_posting(text).sections
    assert [s.kind for s in sections] == ["requirements", "requirements"]


def test_warnings_without_headings() -> None:
    structure = structure_posting("Just one sentence about a job.")
    assert structure.warnings == (
        "No section headings found.",
        "No requirements section found.",
    )


def test_split_sentences_abbreviations() -> None:
    text = "Use tools (e.g. Excel) daily. Work with Acme Inc. staff. Done!"
    spans = split_sentences(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == [
        "Use tools (e.g. Excel) daily.",
        "Work with Acme Inc. staff.",
        "Done!",
    ]


def test_deterministic() -> None:
    text = (
        "Data Analyst\nRequirements:\n- SQL\n- Python is a plus\nBenefits\n- Dental\n"
    )
    assert structure_posting(text) == structure_posting(text)


LINES = st.sampled_from(
    [
        "Requirements",
        "REQUIREMENTS:",
        "## Nice to have",
        "- Python",
        "• SQL, Excel",
        "Experience with Spark is a plus.",
        "We offer dental. We are an equal opportunity employer.",
        "Qualifications: BS required, MS preferred",
        "",
        "   ",
        "1. Kotlin",
        "a) Ruby",
        "Job title: Baker",
        "Responsibilities include: baking bread every day.",
        "x" * 30,
        "e.g. i.e. U.S. B.S.",
    ]
)


@given(st.lists(st.one_of(LINES, st.text(max_size=40)), max_size=12))
def test_property_spans_and_containment(parts: list[str]) -> None:
    text = "\n".join(parts)
    structure = structure_posting(text)
    if structure.title_span is not None:
        a, b = structure.title_span
        assert text[a:b] == structure.title
    previous_end = 0
    for section in structure.sections:
        start, end = section.span
        assert 0 <= start <= end <= len(text)
        if section.heading_span is not None:
            a, b = section.heading_span
            assert text[a:b] == section.heading
        for item in section.items:
            a, b = item.span
            assert start <= a < b <= end
            assert a >= previous_end
            previous_end = b
            assert text[a:b] == item.text
            assert item.text == item.text.strip()
            assert item.section == section.kind


@given(st.text(max_size=300))
def test_property_never_raises(text: str) -> None:
    first = structure_posting(text)
    assert first == structure_posting(text)


def test_run_on_list_split_at_qualification_starts() -> None:
    text = (
        "Requirements\n\n"
        "Bachelor's degree in Geology or a closely related field of study "
        "Experience with ArcGIS and field mapping in remote areas for long periods "
        "Strong written communication skills for technical reports to clients "
        "Ability to lift 50 pounds\n"
    )
    items = structure_posting(text).sections[0].items
    assert [i.text for i in items] == [
        "Bachelor's degree in Geology or a closely related field of study",
        "Experience with ArcGIS and field mapping in remote areas for long periods",
        "Strong written communication skills for technical reports to clients",
        "Ability to lift 50 pounds",
    ]


MORE_HEADINGS = [
    ("To Be Successful You Will Have", "requirements"),
    ("You should have", "requirements"),
    ("Minimum Requirements, Qualifications, Additional Skills", "requirements"),
    ("Highly Desirable Skills", "preferred"),
    ("Additional qualifications that will help in the role", "preferred"),
    ("Why work with us", "benefits"),
    ("Job Description", "other"),
]


@pytest.mark.parametrize(
    ("heading", "kind"), MORE_HEADINGS, ids=[h for h, _ in MORE_HEADINGS]
)
def test_more_heading_kinds(heading: str, kind: str) -> None:
    assert heading_kind(heading) == kind


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "# Account Executive, Mid-Market\n\n## You bring\n- Grit\n",
            "Account Executive, Mid-Market",
        ),
        (
            "SENIOR PAYROLL SPECIALIST\n\nRequirements\n- ADP\n",
            "SENIOR PAYROLL SPECIALIST",
        ),
        ("Job Description: Java Developer\nRequirements\n- Java\n", "Java Developer"),
    ],
    ids=["markdown", "all-caps", "job-description-prefix"],
)
def test_title_forms(text: str, title: str) -> None:
    assert structure_posting(text).title == title


def test_embedded_section_heading_inside_a_block() -> None:
    text = (
        "Location\nSpringfield\n"
        "Principal Duties and Responsibilities\nRepair boilers\n"
        "Some Characteristics That Define You\nCalm under pressure\n"
    )
    sections = structure_posting(text).sections
    assert [(s.kind, s.heading) for s in sections] == [
        ("application", "Location"),
        ("responsibilities", "Principal Duties and Responsibilities"),
        ("requirements", "Some Characteristics That Define You"),
    ]
    assert [i.text for i in sections[2].items] == ["Calm under pressure"]


def test_prose_after_metadata_field_starts_new_section() -> None:
    text = (
        "Location\nSpringfield\n\n"
        "We are seeking a patient boiler technician to keep our downtown buildings "
        "warm through the winter and to train two apprentices.\n"
    )
    sections = structure_posting(text).sections
    assert [s.kind for s in sections] == ["application", "other"]


def test_run_on_split_not_after_glue_words() -> None:
    text = (
        "Requirements\n\n"
        "Bachelor's or Master's Degree in Geology or a closely related field with "
        "Strong field skills and a valid driving license for the whole region "
        "Experience with ArcGIS and field mapping in remote areas for long periods\n"
    )
    items = structure_posting(text).sections[0].items
    assert [i.text for i in items] == [
        "Bachelor's or Master's Degree in Geology or a closely related field with "
        "Strong field skills and a valid driving license for the whole region",
        "Experience with ArcGIS and field mapping in remote areas for long periods",
    ]


# Requirement items that run several asks together are split into asks; one
# bullet naming several skills stays one item. (text after "Requirements\n\n",
# expected item texts)
ASK_SPLITS = [
    (
        "comma-before-ask-words",
        "BSc in Forestry or a related field, Two years of experience as a ranger, "
        "Excellent map reading skills, Ability to walk long distances in rough terrain",
        [
            "BSc in Forestry or a related field",
            "Two years of experience as a ranger",
            "Excellent map reading skills",
            "Ability to walk long distances in rough terrain",
        ],
    ),
    (
        "semicolons",
        "5+ years running kitchens; expert-level pastry; strong knowledge of "
        "food safety rules; familiarity with Lumo POS",
        [
            "5+ years running kitchens",
            "expert-level pastry",
            "strong knowledge of food safety rules",
            "familiarity with Lumo POS",
        ],
    ),
    (
        "middle-dots",
        "Degree in Civil Engineering · Three years of site supervision · "
        "Valid driving license for heavy trucks",
        [
            "Degree in Civil Engineering",
            "Three years of site supervision",
            "Valid driving license for heavy trucks",
        ],
    ),
    (
        "spaced-dash",
        "Diploma in Nursing from a recognised school - Knowledge of "
        "triage protocols in busy wards",
        [
            "Diploma in Nursing from a recognised school",
            "Knowledge of triage protocols in busy wards",
        ],
    ),
    (
        "plain-enumeration-kept",
        "Python, SQL, Tableau, Looker, dbt, Airflow, Snowflake, Spark, Kafka, Docker",
        ["Python, SQL, Tableau, Looker, dbt, Airflow, Snowflake, Spark, Kafka, Docker"],
    ),
    (
        "semicolon-enumeration-kept",
        "Tools we use daily: Figma; Sketch; Miro; Notion; Jira; Linear; Slack",
        ["Tools we use daily: Figma; Sketch; Miro; Notion; Jira; Linear; Slack"],
    ),
    (
        "not-inside-parentheses",
        "Experience with cloud data warehouses (Strong preference for BigQuery, "
        "Experience with Redshift also fine) and modern orchestration tools",
        [
            "Experience with cloud data warehouses (Strong preference for BigQuery, "
            "Experience with Redshift also fine) and modern orchestration tools"
        ],
    ),
    (
        "tiny-piece-stays",
        "Bachelor's degree in Accounting or Finance from an accredited school, MBA",
        ["Bachelor's degree in Accounting or Finance from an accredited school, MBA"],
    ),
    (
        "labelled-fields",
        "Diploma in Dental Hygiene from a recognised college Work experience: "
        "2 years in a clinic Languages: Oromo and English",
        [
            "Diploma in Dental Hygiene from a recognised college",
            "Work experience: 2 years in a clinic",
            "Languages: Oromo and English",
        ],
    ),
    (
        "semicolon-clause-not-split",
        "The ability to plan orchard harvests across three valleys; respond to "
        "sudden weather changes; and, train seasonal pickers on safety",
        [
            "The ability to plan orchard harvests across three valleys; respond to "
            "sudden weather changes; and, train seasonal pickers on safety"
        ],
    ),
    (
        "ask-word-starting-a-name-not-split",
        "MS or PhD in Operations Research, Advanced Analytics, Applied Mathematics "
        "or a similar quantitative field",
        [
            "MS or PhD in Operations Research, Advanced Analytics, Applied Mathematics "
            "or a similar quantitative field"
        ],
    ),
    (
        "title-case-names-stay-joined",
        "Research experience in one or more of these areas: Computer Vision; "
        "Pattern Recognition; Sensor Fusion",
        [
            "Research experience in one or more of these areas: Computer Vision; "
            "Pattern Recognition; Sensor Fusion"
        ],
    ),
    (
        "joiner-dropped-at-cut",
        "4 years of bookkeeping with a Bachelor's degree in Accounting; or, "
        "2 years of bookkeeping with a Master's degree in Finance",
        [
            "4 years of bookkeeping with a Bachelor's degree in Accounting",
            "2 years of bookkeeping with a Master's degree in Finance",
        ],
    ),
    (
        "run-on-without-punctuation",
        "MSc in Soil Science or related field, Three years of field work "
        "Fluency in French and English Work experience with an NGO (preferable)",
        [
            "MSc in Soil Science or related field",
            "Three years of field work",
            "Fluency in French and English",
            "Work experience with an NGO (preferable)",
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "body", "expected"), ASK_SPLITS, ids=[a[0] for a in ASK_SPLITS]
)
def test_requirement_asks_split(name: str, body: str, expected: list[str]) -> None:
    text = "Requirements\n\n" + body + "\n"
    section = structure_posting(text).sections[0]
    assert section.kind == "requirements"
    assert [i.text for i in section.items] == expected
    for item in section.items:
        assert text[item.span[0] : item.span[1]] == item.text


def test_ask_split_spans_exact() -> None:
    text = (
        "Requirements: BA in History or Classics, Two years of archive work; "
        "fluent Latin\n"
    )
    items = structure_posting(text).sections[0].items
    assert [(i.span, i.text) for i in items] == [
        ((14, 39), "BA in History or Classics"),
        ((41, 66), "Two years of archive work"),
        ((68, 80), "fluent Latin"),
    ]


def test_short_bullet_with_several_asks_stays_one_item() -> None:
    text = "Requirements\n- BA in History, Two years of archive work\n- Latin\n"
    items = structure_posting(text).sections[0].items
    assert [i.text for i in items] == [
        "BA in History, Two years of archive work",
        "Latin",
    ]


def test_long_bullet_with_several_asks_is_split() -> None:
    first = (
        "Bachelor's degree in Library Science or Archival Studies from a "
        "recognised university"
    )
    second = (
        "Three years of experience cataloguing rare manuscripts in a public archive"
    )
    third = "Excellent written English and working knowledge of Latin and Old French"
    text = f"Requirements\n- {first}, {second}, {third}\n- Patience\n"
    items = structure_posting(text).sections[0].items
    assert [i.text for i in items] == [first, second, third, "Patience"]
    assert all(i.is_bullet for i in items)


def test_escaped_markdown_flattened_posting() -> None:
    text = (
        "**Archivist** **Description** Join Quillmere Archives in Dunmore\\. "
        "**Responsibilities:** + Catalogue donated letters\\. + Answer research "
        "requests from visitors\\. **Qualifications** + Master's degree in Archival "
        "Studies\\. + Two years of experience with the U\\.S\\. federal records "
        "schedules\\. **Preferred Qualifications:** + Reading knowledge of German\\. "
        "**Clearance:** Public Trust clearance\\. Quillmere is an Equal Opportunity "
        "Employer and welcomes all applicants without regard to race or religion\\. "
        + "Further details follow in the interview. "
        * 4
    )
    sections = structure_posting(text).sections
    got = [(s.kind, s.heading, [i.text for i in s.items]) for s in sections]
    assert got[1:5] == [
        (
            "responsibilities",
            "Responsibilities",
            [
                "Catalogue donated letters\\.",
                "Answer research requests from visitors\\.",
            ],
        ),
        (
            "requirements",
            "Qualifications",
            [
                "Master's degree in Archival Studies\\.",
                "Two years of experience with the U\\.S\\. federal records "
                "schedules\\.",
            ],
        ),
        ("preferred", "Preferred Qualifications", ["Reading knowledge of German\\."]),
        ("requirements", "Clearance", ["Public Trust clearance\\."]),
    ]
    assert got[5][0] == "eeo"
    assert got[5][2][0].startswith("Quillmere is an Equal Opportunity Employer")
    # Sentences after the equal-opportunity statement are not eeo.
    assert got[6][0] == "other"


EEO_SENTENCES = [
    "Qualified persons are encouraged to apply regardless of their religious "
    "affiliation, race, age or disability.",
    "Women are encouraged to apply; selection is regardless of gender.",
    "Brightwater Dairy does not discriminate on the basis of any protected "
    "characteristic.",
]


@pytest.mark.parametrize("sentence", EEO_SENTENCES, ids=["religion", "gender", "dnd"])
def test_equal_opportunity_sentence_is_never_a_qualification(sentence: str) -> None:
    from resumefit._importance import select_qualifications

    text = f"Requirements\n\n- Three years of dairy farm work\n- {sentence}\n"
    sections = structure_posting(text).sections
    decisions = select_qualifications(text, sections, model=None)
    assert [text[d.span[0] : d.span[1]] for d in decisions] == [
        "Three years of dairy farm work"
    ]


NOT_QUALIFICATIONS = [
    ("place-of-work", "Place of work: Head office, Adama"),
    ("salary", "Salary: as per the company scale"),
    ("quantity", "Qty: 3"),
    ("required-number", "Required Number: 2"),
    ("deadline", "Application Deadline: March 3"),
    ("reports-to", "The successful candidate will report to the Orchard Manager"),
]


@pytest.mark.parametrize(
    ("name", "line"), NOT_QUALIFICATIONS, ids=[n for n, _ in NOT_QUALIFICATIONS]
)
def test_posting_metadata_is_never_a_qualification(name: str, line: str) -> None:
    from resumefit._importance import select_qualifications

    text = f"Requirements\n\n- Two years of orchard work\n- {line}\n"
    sections = structure_posting(text).sections
    decisions = select_qualifications(text, sections, model=None)
    assert [text[d.span[0] : d.span[1]] for d in decisions] == [
        "Two years of orchard work"
    ]


_ASK_ALPHABET = st.sampled_from(
    [
        "Python",
        "SQL",
        ", ",
        "; ",
        " · ",
        " - ",
        " + ",
        "Experience with Go",
        "Strong Excel",
        "Three years of work",
        "BA in Law",
        "(a, Strong b)",
        " ",
        "Work experience: ",
        "and",
        "\n",
    ]
)


@given(st.lists(_ASK_ALPHABET, max_size=30), st.booleans())
def test_property_ask_spans_ordered_trimmed_inside(
    parts: list[str], run_on: bool
) -> None:
    from resumefit._posting_structure import _split_asks

    body = "".join(parts).strip()  # callers pass trimmed, non-empty item spans
    assume(body)
    text = "x " + body + " y"
    end = 2 + len(body)
    spans = _split_asks(text, 2, end, run_on=run_on)
    previous = 2
    for a, b in spans:
        assert previous <= a < b <= end
        assert text[a:b] == text[a:b].strip()
        previous = b
    assert spans[0][0] == 2
