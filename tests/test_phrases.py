"""Tests for open-vocabulary skill phrases (resumefit._phrases).

All texts are written for these tests (no corpus excerpts). Each positive row pins
the name, the surface and where it starts; negative rows pin that nothing is found.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resumefit._phrases import MAX_WORDS, find_skill_phrases, merge_mentions
from resumefit.errors import InputError
from resumefit.lexicon import Lexicon
from resumefit.schema import SkillMention

Row = tuple[str, str, list[tuple[str, str, int]]]


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.default()


def _found(text: str, lex: Lexicon) -> list[tuple[str, str, int]]:
    return [
        (m.name, m.surface, m.span[0]) for m in find_skill_phrases(text, lexicon=lex)
    ]


POSITIVE_ROWS: list[Row] = [
    (
        "knowledge_of_two",
        "Knowledge of tree identification and soil science.",
        [
            ("Tree identification", "tree identification", 13),
            ("Soil science", "soil science", 37),
        ],
    ),
    (
        "experience_in",
        "Experience in partner relations and evangelism",
        [
            ("Partner relations", "partner relations", 14),
            ("Evangelism", "evangelism", 36),
        ],
    ),
    (
        "determiner_and_trailing_industry",
        "Understanding of the automotive industry",
        [("Automotive", "automotive", 21)],
    ),
    (
        "use_of_skipped",
        "Proficiency in the use of pipette calibration",
        [("Pipette calibration", "pipette calibration", 26)],
    ),
    (
        "numbered_label",
        "1. Recipe Interpretation: ability to follow complex recipes",
        [("Recipe Interpretation", "Recipe Interpretation", 3)],
    ),
    (
        "dash_label_and_cue",
        "- Stage Rigging \u2013 knowledge of fly systems",
        [("Stage Rigging", "Stage Rigging", 2), ("Fly systems", "fly systems", 31)],
    ),
    (
        "category_label_enumeration",
        "Tools: Jira, Figma and Miro",
        [("Jira", "Jira", 7), ("Figma", "Figma", 13), ("Miro", "Miro", 23)],
    ),
    (
        "familiarity_oxford_comma",
        "Familiarity with hydroponics, crop rotation, and soil testing.",
        [
            ("Hydroponics", "hydroponics", 17),
            ("Crop rotation", "crop rotation", 30),
            ("Soil testing", "soil testing", 49),
        ],
    ),
    (
        "background_in",
        "Strong background in actuarial modelling",
        [("Actuarial modelling", "actuarial modelling", 21)],
    ),
    (
        "skilled_in",
        "Skilled in fresco restoration and stained glass",
        [
            ("Fresco restoration", "fresco restoration", 11),
            ("Stained glass", "stained glass", 34),
        ],
    ),
    (
        "lexicon_terms_resolved",
        "Experience with Python, SQL and Tableau is a plus",
        [("Python", "Python", 16), ("SQL", "SQL", 24), ("Tableau", "Tableau", 32)],
    ),
    (
        "expertise_or_then_cue_word",
        "Expertise in bankruptcy law or estate planning preferred",
        [
            ("Bankruptcy law", "bankruptcy law", 13),
            ("Estate planning", "estate planning", 31),
        ],
    ),
    (
        "such_as",
        "Trade skills such as glazing and pipe threading",
        [("Glazing", "glazing", 21), ("Pipe threading", "pipe threading", 33)],
    ),
    (
        "acronym_after_long_form",
        "Grounding in Disaster Planning (DP)",
        [("Disaster Planning", "Disaster Planning", 13), ("DP", "DP", 32)],
    ),
    (
        "acronym_before_long_form",
        "NQE (Network Queue Exchange)",
        [("NQE", "NQE", 0), ("Network Queue Exchange", "Network Queue Exchange", 5)],
    ),
    (
        "tool_in_title",
        "Two years as a Senior ZetaCAD Modeler",
        [("ZetaCAD", "ZetaCAD", 22)],
    ),
    (
        "capacity_for",
        "Proven capacity for sous vide cooking",
        [("Sous vide cooking", "sous vide cooking", 20)],
    ),
    (
        "comma_list_with_lexicon_skills",
        "We use Python, SQL, Quibbleware and Tableau daily",
        [
            ("Python", "Python", 7),
            ("SQL", "SQL", 15),
            ("Quibbleware", "Quibbleware", 20),
            ("Tableau", "Tableau", 36),
        ],
    ),
    (
        "product_kind_trimmed",
        "Familiar with Zorbix systems",
        [("Zorbix", "Zorbix", 14)],
    ),
    (
        "cued_product_ending_in_title_word",
        "Knowledge of Acme Data Manager",
        [("Acme Data Manager", "Acme Data Manager", 13)],
    ),
    (
        "degree_adjective_trimmed",
        "Proficient bookbinding skills",
        [("Bookbinding", "bookbinding", 11)],
    ),
    (
        "command_over",
        "Command over gel electrophoresis",
        [("Gel electrophoresis", "gel electrophoresis", 13)],
    ),
    (
        "knowledge_about",
        "Some knowledge about crop insurance",
        [("Crop insurance", "crop insurance", 21)],
    ),
    (
        "operating_gerund_dropped",
        "Excellence in managing ECC and PM implementations",
        [("ECC", "ECC", 23), ("PM", "PM", 31)],
    ),
    (
        "using_cue",
        "Able to operate using PL1",
        [("PL1", "PL1", 22)],
    ),
    (
        "experience_working_with",
        "Experience working with Zorbix and Quux",
        [("Zorbix", "Zorbix", 24), ("Quux", "Quux", 35)],
    ),
    (
        "lone_adjective_skipped",
        "Experience with supervised and unsupervised learning",
        [("Unsupervised learning", "unsupervised learning", 31)],
    ),
    (
        "andor_separator",
        "Skills: Zorbix andor Quux",
        [("Zorbix", "Zorbix", 8), ("Quux", "Quux", 21)],
    ),
    (
        "filler_item_skipped",
        "A broad skill set, including equipment, glazing and scaffolding",
        [("Glazing", "glazing", 40), ("Scaffolding", "scaffolding", 52)],
    ),
]

NEGATIVE_ROWS: list[tuple[str, str]] = [
    ("gerund_clause", "Experience in helping customers with their orders."),
    ("setting_not_skill", "Ability to work in a fast-paced environment with the team"),
    ("pronoun", "Experience with it."),
    ("filler_following", "Knowledge of the following:"),
    ("years", "Experience in 5 years"),
    ("people_and_needs", "Experience with our clients and their needs"),
    ("gerund_after_experience", "Must have experience working independently"),
    ("note_label", "Note: this role is hybrid"),
    ("requirements_label", "Requirements: see below"),
    ("manner", "Experience in a timely manner"),
    ("wh_clause", "Knowledge of how to cook rice"),
    ("lowercase_label", "salary: negotiable"),
    ("sentence_label", "We offer you the following: free lunch"),
    ("too_long", "Knowledge of very many small old red brick house repair methods"),
    ("title_acronym", "Reports to the Senior Software Engineer (SSE)"),
    ("plain_title", "Three years as a Software Engineer"),
    ("other_language", "Experience with other backend languages"),
    ("with_respect_to", "Experience with respect to audits"),
    ("unbulleted_line", "Mid-Level Senior"),
    ("title_not_product", "Five years as a Data Manager"),
    ("managing_a_team", "Experience in managing a team"),
    ("glued_heading", "Experience in sample testing.QUALIFICATIONS"),
    ("adjective_alone", "Knowledge of foundational"),
    ("using_judgment", "using your best judgment"),
    ("list_without_skills", "Offices in Paris, Rome, Oslo and Lima"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [(t, e) for _, t, e in POSITIVE_ROWS],
    ids=[i for i, _, _ in POSITIVE_ROWS],
)
def test_positive(
    text: str, expected: list[tuple[str, str, int]], lex: Lexicon
) -> None:
    assert _found(text, lex) == expected


@pytest.mark.parametrize(
    "text", [t for _, t in NEGATIVE_ROWS], ids=[i for i, _ in NEGATIVE_ROWS]
)
def test_negative(text: str, lex: Lexicon) -> None:
    assert _found(text, lex) == []


def test_ids_and_soft_flag(lex: Lexicon) -> None:
    found = find_skill_phrases(
        "Experience in crop rotation and customer service", lexicon=lex
    )
    term = lex.lookup("customer service")
    assert term is not None
    assert [(m.skill_id, m.is_soft) for m in found] == [
        ("phrase:crop rotation", False),
        ("skill:customer-service", term.kind == "soft"),
    ]


def test_default_lexicon_used() -> None:
    assert [m.name for m in find_skill_phrases("Knowledge of crop rotation")] == [
        "Crop rotation"
    ]


def test_merge_lexicon_wins_overlap() -> None:
    lexicon_mention = SkillMention(
        skill_id="skill:sql", name="SQL", surface="SQL", span=(5, 8)
    )
    overlapping = SkillMention(
        skill_id="phrase:sql tuning",
        name="SQL tuning",
        surface="SQL tuning",
        span=(5, 15),
    )
    apart = SkillMention(
        skill_id="phrase:crop rotation",
        name="Crop rotation",
        surface="crop rotation",
        span=(20, 33),
    )
    merged = merge_mentions([lexicon_mention], [overlapping, apart])
    assert [m.skill_id for m in merged] == ["skill:sql", "phrase:crop rotation"]


_PIECES = [
    *"abcXYZ  ,.:;-/&()\n\u2013",
    *("knowledge of ", "experience with ", "such as ", " and ", "Tools: ", "1. "),
    *("the ", "crop rotation", "Python", "skills", "it", "Analysis: "),
]
_ALPHABET = st.sampled_from(_PIECES)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_never_raises_spans_index_text(text: str) -> None:
    found = find_skill_phrases(text)
    ends = -1
    for mention in found:
        start, end = mention.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == mention.surface
        assert start >= ends  # sorted, no overlaps
        ends = end
        assert len(mention.surface.split()) <= MAX_WORDS
        assert mention.skill_id.startswith(("phrase:", "skill:"))
    assert find_skill_phrases(text) == found  # deterministic


SPAN_ROWS: list[tuple[str, str, tuple[int, int], list[tuple[str, int]]]] = [
    (
        "bullet_before_span_makes_item",
        "Skills\n- Glazing and Pipe Threading\n",
        (9, 35),
        [("Glazing", 9), ("Pipe Threading", 21)],
    ),
    (
        "no_bullet_no_item",
        "Skills\nGlazing and Pipe Threading\n",
        (7, 33),
        [],
    ),
    (
        "outside_span_ignored",
        "Knowledge of crop rotation. Knowledge of soil testing.",
        (28, 54),
        [("Soil testing", 41)],
    ),
]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [(t, sp, e) for _, t, sp, e in SPAN_ROWS],
    ids=[i for i, _, _, _ in SPAN_ROWS],
)
def test_span(
    text: str, span: tuple[int, int], expected: list[tuple[str, int]], lex: Lexicon
) -> None:
    found = find_skill_phrases(text, span=span, lexicon=lex)
    assert [(m.name, m.span[0]) for m in found] == expected
    assert all(text[m.span[0] : m.span[1]] == m.surface for m in found)


def test_span_outside_text_raises() -> None:
    with pytest.raises(InputError, match="does not lie inside"):
        find_skill_phrases("short", span=(2, 40))


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join), st.data())
def test_span_mentions_stay_inside(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for mention in find_skill_phrases(text, span=(start, end)):
        assert start <= mention.span[0] < mention.span[1] <= end
        assert text[mention.span[0] : mention.span[1]] == mention.surface


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_never_raises(text: str) -> None:
    for mention in find_skill_phrases(text):
        assert text[mention.span[0] : mention.span[1]] == mention.surface


def test_generic_alternative_determiner_is_trimmed() -> None:
    text = "Experience with dbt or another data transformation tool."
    names = [(m.name, m.span) for m in find_skill_phrases(text)]
    assert names == [("dbt", (16, 19)), ("Data transformation tool", (31, 55))]
