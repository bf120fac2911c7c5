"""Tests for resumefit._importance: cues, headers, mixed items, classifier."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from resumefit._importance import (
    N_FEATURES,
    ImportanceModel,
    ItemDecision,
    _opens_as_qualification,
    detect_cue,
    featurize,
    load_model,
    model_version,
    select_qualifications,
)
from resumefit._posting_structure import split_sentences, structure_posting
from resumefit.errors import InputError

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def decide(text: str) -> list[tuple[str, str, str]]:
    sections = structure_posting(text).sections
    return [
        (text[d.span[0] : d.span[1]], d.importance, d.source)
        for d in select_qualifications(text, sections)
    ]


CUES = [
    ("Experience with Spark is a plus", "preferred"),
    ("Python preferred", "preferred"),
    ("Preferably a CPA", "preferred"),
    ("Nice to have: Terraform", "preferred"),
    ("Kubernetes experience is a bonus", "preferred"),
    ("Ideally you have led a team", "preferred"),
    ("A Master's degree is desired", "preferred"),
    ("Fluent Spanish would be an advantage", "preferred"),
    ("Sales experience is advantageous", "preferred"),
    ("Knowledge of GAAP is helpful", "preferred"),
    ("Figma skills would be great", "preferred"),
    ("Retail background beneficial", "preferred"),
    ("Excel skills desirable", "preferred"),
    ("Preferred but not required: Rust", "preferred"),
    ("A driver's license is not required", "preferred"),
    ("Must have 3 years of SQL", "required"),
    ("Bachelor's degree required", "required"),
    ("Security clearance is mandatory", "required"),
    ("Minimum of 2 years in retail", "required"),
    ("Fluent English is essential", "required"),
    ("3+ years of Java", None),
    ("At least five years of nursing", None),
    ("Produce the required reports", None),
    ("Achieve desired outcomes with clients", None),
]


@pytest.mark.parametrize(("clause", "cue"), CUES, ids=[c for c, _ in CUES])
def test_detect_cue(clause: str, cue: str | None) -> None:
    assert detect_cue(clause) == cue


HEADER_ROWS = [
    (
        "cue beats requirements header",
        "Requirements:\n- 3 years of Go\n- Experience with Spark is a plus\n",
        [
            ("3 years of Go", "required", "header"),
            ("Experience with Spark is a plus", "preferred", "cue"),
        ],
    ),
    (
        "cue beats preferred header",
        "Nice to have:\n- Must have a valid passport\n- Docker\n",
        [
            ("Must have a valid passport", "required", "cue"),
            ("Docker", "preferred", "header"),
        ],
    ),
    (
        "ideal candidate header is preferred",
        "Ideal Candidate:\n- Loves spreadsheets\n",
        [("Loves spreadsheets", "preferred", "header")],
    ),
    (
        "you have header is required",
        "You have\n- Strong SQL\n",
        [("Strong SQL", "required", "header")],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), HEADER_ROWS, ids=[r[0] for r in HEADER_ROWS]
)
def test_header_and_cue(
    name: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert decide(text) == expected


MIXED = [
    (
        "Requirements:\n- BS required, MS preferred\n",
        [("BS required", "required", "cue"), ("MS preferred", "preferred", "cue")],
    ),
    (
        "Requirements:\n- Bachelor's degree required; Master's preferred\n",
        [
            ("Bachelor's degree required", "required", "cue"),
            ("Master's preferred", "preferred", "cue"),
        ],
    ),
    (
        "Requirements:\n- 5+ years building APIs, preferably in fintech\n",
        [
            ("5+ years building APIs", "required", "header"),
            ("preferably in fintech", "preferred", "cue"),
        ],
    ),
    (
        "Requirements:\n- Python, SQL, or R preferred\n",
        [("Python, SQL, or R preferred", "preferred", "cue")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), MIXED, ids=["comma", "semicolon", "preferably", "not-mixed"]
)
def test_mixed_items_split_with_exact_spans(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert decide(text) == expected


def test_mixed_span_offsets() -> None:
    text = "Requirements:\n- BS required, MS preferred\n"
    decisions = select_qualifications(text, structure_posting(text).sections)
    assert decisions == [
        ItemDecision((16, 27), "required", "cue"),
        ItemDecision((29, 41), "preferred", "cue"),
    ]


NEGATIVES = [
    (
        "you-will-be-accountable",
        "Job Summary\nThe analyst supports the ledger tools of Pinecrest Mills. "
        "You will also be accountable for delivering solution outlines using "
        "Oracle financials.\n",
    ),
    (
        "responsibilities",
        "Responsibilities:\n- Build dashboards in Tableau\n- Lead weekly stand-ups\n",
    ),
    ("benefits", "Benefits:\n- Dental and vision insurance\n- 401(k) matching\n"),
    ("eeo", "Equal Opportunity:\nZephyr Corp is an equal opportunity employer.\n"),
    ("about", "About us:\nZephyr Corp makes kites for schools in three countries.\n"),
    ("apply", "Requirements:\n- Apply now via our careers page\n"),
    (
        "recruiter-email",
        "Greetings from Vela Staffing!\nRate: DOE per hour\n"
        "Thanks and look forward to hearing from you.\n",
    ),
]


@pytest.mark.parametrize(("name", "text"), NEGATIVES, ids=[n for n, _ in NEGATIVES])
def test_not_qualifications(name: str, text: str) -> None:
    assert decide(text) == []


def test_candidate_requirement_in_responsibilities_is_kept() -> None:
    text = "Responsibilities:\n- Write reports\n- Must have 3 years of SQL\n"
    assert decide(text) == [("Must have 3 years of SQL", "required", "cue")]


def test_rules_only_without_model() -> None:
    text = "Requirements:\n- Python\n\nAbout us:\nWe value honest feedback.\n"
    sections = structure_posting(text).sections
    decisions = select_qualifications(text, sections, model=None)
    assert [(d.importance, d.source) for d in decisions] == [("required", "header")]


def test_featurize_is_deterministic_and_normalised() -> None:
    feats = featurize("3+ years of Python")
    assert feats == featurize("3+ years of Python")
    assert all(0 <= k < N_FEATURES for k in feats)
    assert abs(sum(v * v for v in feats.values()) - 1.0) < 1e-9
    assert featurize("5 years") == featurize("7 years")  # digits are folded


def test_shipped_model_loads() -> None:
    model = load_model()
    assert model is not None
    assert model.qual_weights.shape == (N_FEATURES,)
    assert model.p_qualification("5+ years of experience with SQL and Python") > 0.5


def test_shipped_model_is_the_ship_ok_one() -> None:
    model = load_model()
    assert model is not None
    assert model.version == "importance-shipok-2026.11.0"
    assert model_version() == "importance-shipok-2026.11.0"
    assert model.provenance.startswith("ship-ok only")
    assert "google" not in model.provenance.lower()


def _tiny_model(version: str, provenance: str) -> ImportanceModel:
    import numpy as np

    weights = np.zeros(N_FEATURES)
    weights[next(iter(featurize("Python")))] = 2.0
    return ImportanceModel(weights, -0.5, weights * -1, 0.25, version, provenance)


def test_load_model_from_path(tmp_path: Path) -> None:
    path = tmp_path / "custom.npz"
    model = _tiny_model("custom-1", "unit test")
    path.write_bytes(model.to_npz())
    loaded = load_model(path)
    assert loaded is not None
    assert (loaded.version, loaded.provenance) == ("custom-1", "unit test")
    assert loaded.qual_bias == -0.5
    assert loaded.pref_bias == 0.25
    assert loaded.p_qualification("Lead meetings") == pytest.approx(
        model.p_qualification("Lead meetings"), abs=1e-9
    )
    assert model_version(path) == "custom-1"
    text = "Requirements:\n- Python\n"
    sections = structure_posting(text).sections
    assert select_qualifications(text, sections, model=loaded) == [
        ItemDecision((16, 22), "required", "header")
    ]


def test_load_model_reads_npz_without_provenance(tmp_path: Path) -> None:
    import numpy as np

    path = tmp_path / "old.npz"
    np.savez_compressed(
        path,
        qual_weights=np.zeros(N_FEATURES, dtype=np.float32),
        qual_bias=np.array([0.0]),
        pref_weights=np.zeros(N_FEATURES, dtype=np.float32),
        pref_bias=np.array([0.0]),
        version=np.array(["importance-lr-1"]),
        n_features=np.array([N_FEATURES]),
    )
    loaded = load_model(path)
    assert loaded is not None
    assert (loaded.version, loaded.provenance) == ("importance-lr-1", "")


BAD_FILES = [
    ("missing", None, "Cannot read importance model file"),
    ("garbage", b"not an npz at all", "is not an importance model npz"),
    ("truncated zip", b"PK\x03\x04broken", "is not an importance model npz"),
]


@pytest.mark.parametrize(
    ("name", "content", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES]
)
def test_load_model_bad_path(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / f"{name.replace(' ', '_')}.npz"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        load_model(path)


def test_load_model_wrong_feature_count(tmp_path: Path) -> None:
    import numpy as np

    path = tmp_path / "small.npz"
    np.savez_compressed(
        path,
        qual_weights=np.zeros(8),
        qual_bias=np.array([0.0]),
        pref_weights=np.zeros(8),
        pref_bias=np.array([0.0]),
        version=np.array(["x"]),
        n_features=np.array([8]),
    )
    with pytest.raises(InputError, match="has 8 features, expected 262144"):
        load_model(path)


def test_headerless_two_lists_are_contrasted() -> None:
    text = (
        "Tidewater Analytics is hiring a data analyst in Halifax.\n\n"
        "Build weekly dashboards for the operations team\n"
        "Present findings to regional managers\n\n"
        "Bachelor's degree in Statistics or a related field\n"
        "3+ years of experience with SQL\n"
        "Experience building reports in Excel\n\n"
        "Master's degree in Economics\n"
        "Familiarity with Looker or Tableau\n"
        "Excellent presentation skills\n"
    )
    assert decide(text) == [
        (
            "Bachelor's degree in Statistics or a related field",
            "required",
            "classifier",
        ),
        ("3+ years of experience with SQL", "required", "classifier"),
        ("Experience building reports in Excel", "required", "classifier"),
        ("Master's degree in Economics", "preferred", "classifier"),
        ("Familiarity with Looker or Tableau", "preferred", "classifier"),
        ("Excellent presentation skills", "preferred", "classifier"),
    ]


def test_numpy_prediction_equals_sklearn() -> None:
    pytest.importorskip("sklearn")
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression

    texts = [
        "Build pipelines in Airflow",
        "Lead the weekly planning meeting",
        "3+ years of Python experience",
        "Bachelor's degree in statistics",
        "Experience with Kubernetes",
        "Write documentation for the team",
    ]
    labels = [0, 0, 1, 1, 1, 0]
    rows, cols, vals = [], [], []
    for r, text in enumerate(texts):
        for c, v in featurize(text).items():
            rows.append(r)
            cols.append(c)
            vals.append(v)
    x = csr_matrix((vals, (rows, cols)), shape=(len(texts), N_FEATURES))
    qual = LogisticRegression(solver="liblinear").fit(x, labels)
    pref = LogisticRegression(solver="liblinear").fit(x, [1, 0, 0, 1, 1, 0])
    model = ImportanceModel.from_estimators(qual, pref)
    probe = [*texts, "Experience with Airflow and Python", "Plan meetings"]
    rows, cols, vals = [], [], []
    for r, text in enumerate(probe):
        for c, v in featurize(text).items():
            rows.append(r)
            cols.append(c)
            vals.append(v)
    xp = csr_matrix((vals, (rows, cols)), shape=(len(probe), N_FEATURES))
    expected_q = qual.predict_proba(xp)[:, 1]
    expected_p = pref.predict_proba(xp)[:, 1]
    for i, text in enumerate(probe):
        assert model.p_qualification(text) == pytest.approx(expected_q[i], abs=1e-9)
        assert model.p_preferred(text) == pytest.approx(expected_p[i], abs=1e-9)
    restored = ImportanceModel.from_npz(model.to_npz())
    for text in probe:  # npz stores float32 weights
        assert restored.p_qualification(text) == pytest.approx(
            model.p_qualification(text), abs=1e-5
        )


@given(st.text(max_size=200))
def test_property_decisions_inside_items(text: str) -> None:
    sections = structure_posting(text).sections
    decisions = select_qualifications(text, sections)
    assert decisions == select_qualifications(text, sections)
    items = [i.span for s in sections for i in s.items]
    starts = [d.span[0] for d in decisions]
    assert starts == sorted(starts)
    for d in decisions:
        assert any(a <= d.span[0] < d.span[1] <= b for a, b in items)


@pytest.mark.corpus
def test_corpus_glassdoor_dev_runs() -> None:
    path = CORPUS / "postings" / "glassdoor_ds_jobs" / "glassdoor_postings.jsonl"
    if not path.is_file():
        pytest.skip(f"corpus not found at {CORPUS}")
    import json

    with path.open(encoding="utf-8") as handle:
        postings = [json.loads(next(handle)) for _ in range(40)]
    found = sum(bool(decide(p["description"])) for p in postings)
    assert found >= 38


SUBHEADINGS = [
    (
        "essential and desirable",
        "What you bring\nEssential for the role\nPython\nSQL\n"
        "Desirable for the role\nDocker\n",
        [
            ("Python", "required", "header"),
            ("SQL", "required", "header"),
            ("Docker", "preferred", "header"),
        ],
    ),
    (
        "desired but not required",
        "Qualifications\nGo experience\nDesired but not required (if applicable)\n"
        "Rust experience\n",
        [
            ("Go experience", "required", "header"),
            ("Rust experience", "preferred", "header"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), SUBHEADINGS, ids=[r[0] for r in SUBHEADINGS]
)
def test_importance_subheadings(
    name: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert decide(text) == expected


def test_cue_does_not_reach_back_across_sentences() -> None:
    text = (
        "Requirements:\n"
        "- Knowledge of Python and SQL. Experience with Julia is a plus.\n"
    )
    assert decide(text) == [
        ("Knowledge of Python and SQL.", "required", "header"),
        ("Experience with Julia is a plus.", "preferred", "cue"),
    ]


def test_postpositive_cue_after_comma_list() -> None:
    text = "Requirements:\n- Experience with Flask, Django, and FastAPI, preferred.\n"
    assert decide(text) == [
        ("Experience with Flask, Django, and FastAPI, preferred.", "preferred", "cue")
    ]


def test_headerless_lone_list_is_required_by_default() -> None:
    text = (
        "Harbor Bakery is hiring a pastry chef for our new shop.\n\n"
        "3+ years of experience in a professional pastry kitchen\n"
        "Food handler certification\n"
        "Experience with laminated doughs\n"
    )
    got = decide(text)
    assert [(t, i) for t, i, _ in got] == [
        ("3+ years of experience in a professional pastry kitchen", "required"),
        ("Food handler certification", "required"),
        ("Experience with laminated doughs", "required"),
    ]
    assert {s for _, _, s in got} <= {"default", "classifier"}


def test_flattened_requirements_are_qualifications() -> None:
    text = (
        "Organization: Blue Nile Dairy Cooperative Closing date: 1 June 2031 "
        "Job Description: Prepare monthly production reports and supervise the "
        "milk collection centres in the district every week. "
        "Job Requirements Bachelor's degree in Animal Science or related field. "
        "Minimum of 3 years of experience in dairy production. "
        "How to Apply: Send your CV to the cooperative office before the deadline."
    )
    assert decide(text) == [
        ("Bachelor's degree in Animal Science or related field.", "required", "header"),
        ("Minimum of 3 years of experience in dairy production.", "required", "cue"),
    ]


NURSE = """Registered Nurse - Cardiac Step-Down Unit

About Us
Maple Grove Health is a 300-bed community hospital serving the valley since 1952.

What You'll Do
• Provide direct patient care to cardiac patients
• Must document all care in the chart within the shift

What You'll Need
• Current RN license in the state of Oregon
• BLS and ACLS certification required
• 2+ years of acute care nursing experience; cardiac experience preferred
• BSN preferred, ADN required
• Epic experience is a plus

Perks
• Sign-on bonus up to $10,000

Maple Grove Health is an Equal Opportunity Employer. All qualified applicants \
will receive consideration without regard to race, color, religion or sex.
"""


def test_end_to_end_nurse_posting() -> None:
    structure = structure_posting(NURSE)
    assert structure.title == "Registered Nurse - Cardiac Step-Down Unit"
    assert [s.kind for s in structure.sections] == [
        "about",
        "responsibilities",
        "requirements",
        "benefits",
        "eeo",
    ]
    assert decide(NURSE) == [
        ("Current RN license in the state of Oregon", "required", "header"),
        ("BLS and ACLS certification required", "required", "cue"),
        ("2+ years of acute care nursing experience", "required", "header"),
        ("cardiac experience preferred", "preferred", "cue"),
        ("BSN preferred", "preferred", "cue"),
        ("ADN required", "required", "cue"),
        ("Epic experience is a plus", "preferred", "cue"),
    ]


def test_single_paragraph_posting() -> None:
    text = (
        "Cedar Lane Dental is looking for a friendly dental hygienist to join our "
        "practice. You will clean teeth and take x-rays. Candidates must hold a "
        "current Idaho dental hygiene license. At least two years of clinical "
        "experience is required. Experience with Dentrix is preferred. We offer a "
        "4-day week and paid holidays."
    )
    assert decide(text) == [
        (
            "Candidates must hold a current Idaho dental hygiene license.",
            "required",
            "cue",
        ),
        ("At least two years of clinical experience is required.", "required", "cue"),
        ("Experience with Dentrix is preferred.", "preferred", "cue"),
    ]


CLAUSE_ROWS = [
    (
        "parentheses are not clause breaks",
        "Requirements:\n- Experience with BI tools (ie. Looker, Tableau) preferred\n",
        [
            (
                "Experience with BI tools (ie. Looker, Tableau) preferred",
                "preferred",
                "cue",
            )
        ],
    ),
    (
        "preferably mid-clause",
        "Requirements:\n- Two years of bookkeeping preferably with a law firm\n",
        [
            ("Two years of bookkeeping", "required", "header"),
            ("preferably with a law firm", "preferred", "cue"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), CLAUSE_ROWS, ids=[r[0] for r in CLAUSE_ROWS]
)
def test_clause_boundaries(
    name: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert decide(text) == expected


LISTED_OPENERS = [
    (
        "fondness",
        "Fondness for Harbor to build identical container images on every platform.",
    ),
    ("mastery", "Mastery of Quarry for keeping configuration in sync across nodes."),
    ("label", "Ledger skills: reconcile accounts for three branch offices."),
    (
        "adjective-first",
        "Superior service orientation, ensuring that every client need is met.",
    ),
    (
        "title-case-label",
        "Equipment Maintenance: Perform routine checks on the kiln burners.",
    ),
]


@pytest.mark.parametrize(
    ("name", "item"), LISTED_OPENERS, ids=[n for n, _ in LISTED_OPENERS]
)
def test_listed_item_opening_as_a_qualification_is_kept(name: str, item: str) -> None:
    # The classifier reads the purpose clause as a duty; under a requirements
    # header an item that opens like an ask is one.
    text = f"Required Skills:\n- {item}\n"
    assert decide(text) == [(item, "required", "header")]


def test_duty_opener_under_responsibilities_is_not_forced() -> None:
    text = "Responsibilities:\n- Fondness for tidy code reviews every sprint.\n"
    assert decide(text) == []


def test_label_bullet_joins_its_explanation_line() -> None:
    text = (
        "Required Skills\n"
        "1. Documentation skills:\n"
        "Writing clear process flows and specifications for finance teams.\n"
        "2. Budgeting skills:\n"
        "Preparing quarterly budgets with the branch managers.\n"
    )
    assert [t for t, _, _ in decide(text)] == [
        "Documentation skills:\n"
        "Writing clear process flows and specifications for finance teams.",
        "Budgeting skills:\nPreparing quarterly budgets with the branch managers.",
    ]


PAREN_AND_DASH_ROWS = [
    (
        "paren-name",
        "Web analytics (Glimmer preferred)",
        [
            ("Web analytics", "required", "header"),
            ("(Glimmer preferred)", "preferred", "cue"),
        ],
    ),
    (
        "paren-with-required-cue",
        "Must have a bachelor's degree (in a similar discipline preferred) in any"
        " field.",
        [
            ("Must have a bachelor's degree", "required", "cue"),
            ("(in a similar discipline preferred)", "preferred", "cue"),
        ],
    ),
    (
        "paren-bare-cue",
        "Ph.D. (preferred) or Master's in a life science",
        [
            ("Ph.D. (preferred)", "preferred", "cue"),
            ("or Master's in a life science", "required", "header"),
        ],
    ),
    (
        "dash",
        "Proficiency with containers - Dockyard preferred",
        [
            ("Proficiency with containers", "required", "header"),
            ("Dockyard preferred", "preferred", "cue"),
        ],
    ),
    (
        "dash-in-a-name",
        "3 years as an Insulation worker - floor, ceiling, and wall, or a Cement "
        "mason; other trades preferred",
        [
            (
                "3 years as an Insulation worker - floor, ceiling, and wall, or a "
                "Cement mason",
                "required",
                "header",
            ),
            ("other trades preferred", "preferred", "cue"),
        ],
    ),
    (
        "dash-bare-cue",
        "Kotlin - preferred",
        [("Kotlin - preferred", "preferred", "cue")],
    ),
    (
        "trailing-name",
        "Strong working knowledge of SQL, Teradata preferred",
        [
            ("Strong working knowledge of SQL", "required", "header"),
            ("Teradata preferred", "preferred", "cue"),
        ],
    ),
    (
        "list-with-or",
        "Experience with SQL, Python, or R preferred",
        [("Experience with SQL, Python, or R preferred", "preferred", "cue")],
    ),
]


@pytest.mark.parametrize(
    ("name", "item", "expected"),
    PAREN_AND_DASH_ROWS,
    ids=[r[0] for r in PAREN_AND_DASH_ROWS],
)
def test_preference_in_parentheses_dash_or_trailing_name(
    name: str, item: str, expected: list[tuple[str, str, str]]
) -> None:
    assert decide(f"Requirements:\n- {item}\n") == expected


HEADING_ROWS = [
    ("question", "What background will make you successful?", "requirements"),
    ("fit-if", "You might be a fit for this role if...", "requirements"),
    (
        "what-will-you-do",
        "So, what will you do as an analyst at Vela?",
        "responsibilities",
    ),
    ("who-we-want", "Who we want:", "requirements"),
    ("preferences", "Preferences:", "preferred"),
    ("you-may-have", "Some Other Relevant Skills You May Have:", "preferred"),
    ("highly-desired", "Highly Desired:", "preferred"),
]


@pytest.mark.parametrize(
    ("name", "heading", "kind"), HEADING_ROWS, ids=[r[0] for r in HEADING_ROWS]
)
def test_heading_variants_head_their_list(name: str, heading: str, kind: str) -> None:
    text = (
        "Vela Labs builds maps for river towns.\n\n"
        f"{heading}\nExperience with Python\nKnowledge of SQL\n"
    )
    sections = structure_posting(text).sections
    found = [(s.kind, s.heading) for s in sections if s.items][-1]
    assert found == (kind, heading.rstrip(":."))


def test_trailing_required_line_is_an_ask_not_a_heading() -> None:
    text = (
        "Requirements\nExperience with Python\nUS CITIZENSHIP REQUIRED\n"
        "Skills Required:\nKnowledge of SQL\n"
    )
    assert decide(text) == [
        ("Experience with Python", "required", "header"),
        ("US CITIZENSHIP REQUIRED", "required", "cue"),
        ("Knowledge of SQL", "required", "header"),
    ]


def test_topic_label_inside_a_preferred_list_keeps_it_preferred() -> None:
    text = "Desired Skills:\nKnowledge of SQL\nSpreadsheets:\nPivot tables\nLookups\n"
    assert decide(text) == [
        ("Knowledge of SQL", "preferred", "header"),
        ("Pivot tables", "preferred", "header"),
        ("Lookups", "preferred", "header"),
    ]


PROSE_ASK_ROWS = [
    ("count-on", "We will count on your expertise with survival models.", True),
    ("role-requires", "The role requires a calm, methodical attitude.", True),
    ("you-understand", "You understand ledgers and you know how to audit them.", True),
    ("want-to-see", "We also want to see a passion for field research.", True),
    ("seeks", "Vela Labs seeks a candidate that has a broad statistics toolkit.", True),
    ("no-c2c", "We do not work with C2C at this time.", True),
    ("no-h1b", "At this moment, we are not able to process H1B transfers.", True),
    ("you-will-be", "You will be working with our river mapping team.", False),
    ("you-are-invited", "You are invited to our open day in March.", False),
]


@pytest.mark.parametrize(
    ("name", "sentence", "kept"), PROSE_ASK_ROWS, ids=[r[0] for r in PROSE_ASK_ROWS]
)
def test_prose_asks_outside_a_requirements_list(
    name: str, sentence: str, kept: bool
) -> None:
    text = f"About the job\nVela Labs maps rivers for towns. {sentence}\n"
    got = [t for t, _, _ in decide(text)]
    assert (sentence in got) is kept


def test_note_label_yields_to_a_candidate_ask() -> None:
    text = (
        "Requirements\n- Knowledge of SQL\n"
        "Note: this is a federal project; a candidate must possess US citizenship.\n"
        "Note: interviews run in March.\n"
    )
    assert [t for t, _, _ in decide(text)] == [
        "Knowledge of SQL",
        "Note: this is a federal project; a candidate must possess US citizenship.",
    ]


def test_conjunction_and_mojibake_lines_are_not_items() -> None:
    text = (
        "Requirements\nMaster's degree in statistics\nOR\n"
        "Bachelor's degree and 3 years of experience\n\u00c2\n"
    )
    assert [t for t, _, _ in decide(text)] == [
        "Master's degree in statistics",
        "Bachelor's degree and 3 years of experience",
    ]


def test_people_phrased_list_items_under_a_requirements_heading() -> None:
    text = (
        "Who we want:\n"
        "Curious researchers who apply their instincts to new client questions\n"
        "Team player, prepared to work in a collaborative culture\n"
    )
    assert [t for t, _, _ in decide(text)] == [
        "Curious researchers who apply their instincts to new client questions",
        "Team player, prepared to work in a collaborative culture",
    ]


def test_flattened_posting_with_glued_headings_and_star_bullets() -> None:
    text = (
        "Mapping done differently.At Vela Labs we map rivers for towns and "
        "counties across three states, and we are growing.What you'll do on a "
        "typical day:* Build flood models for county planners* Review survey "
        "data from field teamsWhat you need to succeed at Vela:At a minimum, "
        "you'll need:* Bachelor's degree in geography or related field* 2 years "
        "of experience with GIS toolsIt'd be great if you also have:* Python "
        "scripting experience\n"
    )
    assert decide(text) == [
        ("Bachelor's degree in geography or related field", "required", "header"),
        ("2 years of experience with GIS tools", "required", "header"),
        ("Python scripting experience", "preferred", "header"),
    ]


def test_flattened_ad_with_field_labels_and_lower_case_asks() -> None:
    text = (
        "Tana Foods invites qualified applicants for the following position. "
        "Number Required: 2 Term of Employment : Permanent Job Requirement must "
        "hold a food handler certificate, min experience 3 years Additional Skills: "
        "team work spirit, good computer skills, can process payroll for 40 staff "
        "How to Apply Send your CV to the address below.\n"
    )
    assert decide(text) == [
        ("must hold a food handler certificate", "required", "cue"),
        ("min experience 3 years", "required", "header"),
        ("team work spirit", "required", "header"),
        ("good computer skills", "required", "header"),
        ("can process payroll for 40 staff", "required", "header"),
    ]


def test_form_value_asking_nothing_is_not_an_item() -> None:
    text = "Requirements\nRelevant Experience: None\nDegree in accounting\n"
    assert [t for t, _, _ in decide(text)] == ["Degree in accounting"]


def test_alternative_after_semicolon_shares_the_preference() -> None:
    text = (
        "Requirements\n- Preferable to hold a counselling certificate; or a "
        "testing certificate\n"
    )
    assert decide(text) == [
        (
            "Preferable to hold a counselling certificate; or a testing certificate",
            "preferred",
            "cue",
        )
    ]


SNAKE_AND_ABOUT_ROWS = [
    ("snake", "Who_We_Are_Looking_For", "requirements"),
    ("snake-slash", "Experience/Skills_Required", "requirements"),
    ("snake-unknown", "Our_Technology_Stack", "other"),
    ("you-will-own", "What you’ll own", "responsibilities"),
    ("candidate-responsibilities", "Candidate Responsibilities", "responsibilities"),
]


@pytest.mark.parametrize(
    ("name", "heading", "kind"),
    SNAKE_AND_ABOUT_ROWS,
    ids=[r[0] for r in SNAKE_AND_ABOUT_ROWS],
)
def test_more_heading_spellings(name: str, heading: str, kind: str) -> None:
    text = f"Vela Labs maps rivers.\n\n{heading}\nKnowledge of SQL\nPython\n"
    sections = structure_posting(text).sections
    assert [s.kind for s in sections if s.items][-1] == kind


def test_company_heading_closes_a_list_without_a_blank_line() -> None:
    text = (
        "Nice to Have\nExperience with Rust\nMore About Us\n"
        "Vela Labs was founded in 2031 by two hydrologists.\n"
    )
    assert decide(text) == [("Experience with Rust", "preferred", "header")]


def test_cued_ask_line_is_an_item_not_a_heading() -> None:
    text = (
        "Technical Skills\nNice to have experience in optimization\n"
        "Experience with large data stores\n"
    )
    assert decide(text) == [
        ("Nice to have experience in optimization", "preferred", "cue"),
        ("Experience with large data stores", "required", "header"),
    ]


def test_lead_in_keeps_the_kind_of_its_list_unless_it_has_its_own() -> None:
    text = (
        "Desired Skills\nExperience with Rust\n"
        "Project-based experience with some of the following tools:\nKafka\n"
        "Requirements\nKnowledge of SQL\n"
        "Bonus points if you have experience in any of the following:\nDask\n"
    )
    assert decide(text) == [
        ("Experience with Rust", "preferred", "header"),
        ("Kafka", "preferred", "header"),
        ("Knowledge of SQL", "required", "header"),
        ("Dask", "preferred", "header"),
    ]


def test_words_after_a_parenthesised_preference_stay_asked() -> None:
    text = (
        "Requirements\n- Strong coding skills (preferably in Python) processing "
        "large data sets and building models\n"
    )
    assert decide(text) == [
        ("Strong coding skills", "required", "header"),
        ("(preferably in Python)", "preferred", "cue"),
        ("processing large data sets and building models", "required", "header"),
    ]


def test_hollow_circle_bullets() -> None:
    text = "Requirements\no Experience with BigQuery\no A keen interest in maps\n"
    assert [t for t, _, _ in decide(text)] == [
        "Experience with BigQuery",
        "A keen interest in maps",
    ]


def test_exp_and_equiv_abbreviations_do_not_end_a_sentence() -> None:
    text = "Analyst. BS + 5 yrs exp/equiv. Data Visualization in Python. Then more."
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "Analyst.",
        "BS + 5 yrs exp/equiv. Data Visualization in Python.",
        "Then more.",
    ]


def test_essential_functions_are_duties_and_travel_is_a_form_field() -> None:
    text = (
        "Essential Functions and Responsibilities\nBuild flood models\n"
        "Requirements\nKnowledge of GIS\nPercent of Travel Required:\n10%\n"
    )
    assert [(t, i) for t, i, _ in decide(text)] == [("Knowledge of GIS", "required")]


def test_especially_opens_the_preferred_part() -> None:
    text = (
        "Requirements\n- 4 years in manufacturing and especially experience in "
        "bottling has an advantage\n"
    )
    assert decide(text) == [
        ("4 years in manufacturing", "required", "header"),
        ("especially experience in bottling has an advantage", "preferred", "cue"),
    ]


def test_flattened_run_on_asks_split_at_ranges_and_verbs() -> None:
    text = (
        "Vela Water Works is hiring an irrigation officer for its river basin "
        "programme in three districts, reporting to the project team leader and "
        "working with farmers' cooperatives on canal maintenance and water "
        "scheduling. Job Requirement Qualification: BSc in Irrigation or related "
        "field 3 - 5 "
        "years relevant practical experience. Experience: Minimum of 10 years "
        "teaching experience Worked as subject specialist Published a textbook "
        "How to Apply Send your CV.\n"
    )
    items = [
        text[i.span[0] : i.span[1]]
        for section in structure_posting(text).sections
        if section.kind == "requirements"
        for i in section.items
    ]
    assert items == [
        "BSc in Irrigation or related field",
        "3 - 5 years relevant practical experience.",
        "Minimum of 10 years teaching experience",
        "Worked as subject specialist",
        "Published a textbook",
    ]


def test_flattened_lost_line_breaks_split_capitalised_asks() -> None:
    text = (
        "Vela Stores is hiring a warehouse clerk for its main depot in the capital "
        "city, reporting to the supply chain manager and working with the finance "
        "team on stock counts. Qualifications Required: BA degree in supplies "
        "management from a vocational school Good computer skills Able to work "
        "accurately Trustworthy and reliable Report writing skills How to Apply "
        "Send your CV.\n"
    )
    items = [
        text[i.span[0] : i.span[1]]
        for section in structure_posting(text).sections
        if section.kind == "requirements"
        for i in section.items
    ]
    assert items == [
        "BA degree in supplies management from a vocational school",
        "Good computer skills",
        "Able to work accurately",
        "Trustworthy and reliable",
        "Report writing skills",
    ]


def test_capitalised_names_in_a_bulleted_posting_are_not_cut() -> None:
    text = (
        "Requirements\n- Bachelor's degree in Animal Science or related field\n"
        "- Experience using Salesforce to manage pipelines\n"
    )
    assert [t for t, _, _ in decide(text)] == [
        "Bachelor's degree in Animal Science or related field",
        "Experience using Salesforce to manage pipelines",
    ]


REVIEW_ROWS = [
    (
        "list-then-preferred",
        "Requirements\n- Knowledge of Excel, Word, PowerPoint preferred\n",
        [("Knowledge of Excel, Word, PowerPoint preferred", "preferred", "cue")],
    ),
    (
        "title-case-cued-heading",
        "Requirements\n- Python\n\nPreferred Skills for Success\n- Docker\n",
        [("Python", "required", "header"), ("Docker", "preferred", "header")],
    ),
    (
        "who-is-this-role-for",
        "Who is this role for?\n- Curious mind\n- Three years of retail sales\n",
        [
            ("Curious mind", "required", "header"),
            ("Three years of retail sales", "required", "header"),
        ],
    ),
    (
        "snake-name-in-a-list",
        "Requirements\nPython\nscikit_learn\nSQL\n",
        [
            ("Python", "required", "header"),
            ("scikit_learn", "required", "header"),
            ("SQL", "required", "header"),
        ],
    ),
    (
        "known-section-after-a-list",
        "Requirements\n- Phlebotomy certificate\nWork Environment:\n"
        "- Fast-paced clinic\n",
        [("Phlebotomy certificate", "required", "header")],
    ),
    (
        "dotted-name",
        "Requirements\n- Knowledge of Node.Js and Express is required.\n",
        [("Knowledge of Node.Js and Express is required.", "required", "cue")],
    ),
    (
        "pursuant-licence",
        "Requirements\n- Active pharmacist license issued pursuant to the State "
        "Pharmacy Practice Act\n",
        [
            (
                "Active pharmacist license issued pursuant to the State Pharmacy "
                "Practice Act",
                "required",
                "header",
            )
        ],
    ),
    (
        "certified-inside-a-sentence",
        "Requirements\nCandidates must hold an active Certified Nursing Assistant "
        "credential from the state board.\n",
        [
            (
                "Candidates must hold an active Certified Nursing Assistant "
                "credential from the state board.",
                "required",
                "cue",
            )
        ],
    ),
    (
        "prose-comma-stays-one-sentence",
        "Requirements\nIf you enjoy the open road, must have a clean CDL record.\n",
        [
            (
                "If you enjoy the open road, must have a clean CDL record.",
                "required",
                "header",
            )
        ],
    ),
    (
        "whats-required-heading",
        "WHAT'S REQUIRED\n- Forklift licence\n",
        [("Forklift licence", "required", "header")],
    ),
    (
        "about-then-requirements-after-blank",
        "About Acme\nAcme roasts coffee.\n\nWhat We Require\n- Latte art skills\n"
        "- Food handler card\n",
        [
            ("Latte art skills", "required", "header"),
            ("Food handler card", "required", "header"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), REVIEW_ROWS, ids=[r[0] for r in REVIEW_ROWS]
)
def test_review_regressions(
    name: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert decide(text) == expected


def test_lower_case_field_label_under_requirements_is_not_forced() -> None:
    assert _opens_as_qualification("Reports to: Warehouse Supervisor") is False
    assert _opens_as_qualification("Equipment Maintenance: Check the burners.")
    text = "Requirements\n- Forklift licence\n- Reports to: Warehouse Supervisor\n"
    assert [t for t, _, _ in decide(text)] == ["Forklift licence"]


def test_you_are_part_of_a_team_is_no_ask() -> None:
    text = "About the job\nYou are part of a team that values creativity.\n"
    assert decide(text) == []


def test_two_word_slash_heading_and_emphasised_must_ask() -> None:
    text = (
        "We build maps.\nKey Qualifications/Requirements\nKnowledge of GIS\n"
        "***Must have an active Secret security clearance***\n"
        "Some knowledge of Rust is of interest\n"
    )
    assert decide(text) == [
        ("Knowledge of GIS", "required", "header"),
        ("***Must have an active Secret security clearance***", "required", "cue"),
        ("Some knowledge of Rust is of interest", "preferred", "cue"),
    ]


OLDER_BUG_ROWS = [
    (
        "last-item-looks-like-subheading",
        "Requirements\n- Forklift licence\nBasic math skills\n\nAbout us\nWe sell.\n",
        [
            ("Forklift licence", "required", "header"),
            ("Basic math skills", "required", "header"),
        ],
    ),
    (
        "licensure-required-heading",
        "Licensure Required\n- RN licence\nLanguage: No\n",
        [("RN licence", "required", "header")],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), OLDER_BUG_ROWS, ids=[r[0] for r in OLDER_BUG_ROWS]
)
def test_older_review_findings(
    name: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert decide(text) == expected


def test_title_case_list_headings_open_new_sections() -> None:
    text = (
        "Desired Education\n- MS in Statistics\nGeneral Knowledge\n- Knowledge of SQL\n"
    )
    assert decide(text) == [
        ("MS in Statistics", "preferred", "header"),
        ("Knowledge of SQL", "required", "header"),
    ]


def test_flattened_inline_headings_without_colons() -> None:
    text = (
        "Vela Relief is hiring a field officer for its refugee programme in two "
        "regions, working with local partners on shelter and water projects. "
        "Required Professional Experience Three years of field experience in "
        "relief work Languages Fluency in English and Amharic Key Working "
        "Relationships Field teams and district offices How to Apply Send your CV.\n"
    )
    assert [(t, i) for t, i, _ in decide(text)] == [
        ("Three years of field experience in relief work", "required"),
        ("Fluency in English and Amharic", "required"),
    ]
