"""Tests for the skill lexicon and finder (resumefit.lexicon).

All texts are written for these tests (no corpus excerpts). Each row pins the
canonical name, the surface as written and where it starts.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resumefit.errors import InputError
from resumefit.lexicon import Lexicon, SkillTerm, atomize

Row = tuple[str, str, list[tuple[str, str, int]]]


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.default()


def _found(lexicon: Lexicon, text: str) -> list[tuple[str, str, int]]:
    return [(m.name, m.surface, m.span[0]) for m in lexicon.find_skills_in_text(text)]


# --------------------------------------------------------------------------- aliases

ALIAS_ROWS: list[Row] = [
    (
        "alias_js",
        "Strong JS and TypeScript skills",
        [("JavaScript", "JS", 7), ("TypeScript", "TypeScript", 14)],
    ),
    ("alias_k8s", "Deployed services on k8s clusters", [("Kubernetes", "k8s", 21)]),
    (
        "alias_gcp",
        "Hands-on GCP or Google Cloud Platform work",
        [
            ("Google Cloud Platform", "GCP", 9),
            ("Google Cloud Platform", "Google Cloud Platform", 16),
        ],
    ),
    (
        "alias_ml",
        "Applied ML and machine learning research",
        [("Machine learning", "ML", 8), ("Machine learning", "machine learning", 15)],
    ),
    (
        "alias_react",
        "React, React.js and ReactJS front ends",
        [("React", "React", 0), ("React", "React.js", 7), ("React", "ReactJS", 20)],
    ),
    (
        "alias_postgres",
        "Postgres or PostgreSQL databases",
        [("PostgreSQL", "Postgres", 0), ("PostgreSQL", "PostgreSQL", 12)],
    ),
    (
        "alias_excel",
        "MS Excel, Microsoft Excel and Excel",
        [
            ("Microsoft Excel", "MS Excel", 0),
            ("Microsoft Excel", "Microsoft Excel", 10),
            ("Microsoft Excel", "Excel", 30),
        ],
    ),
    (
        "alias_node",
        "Node, Node.js and NodeJS services",
        [("Node.js", "Node", 0), ("Node.js", "Node.js", 6), ("Node.js", "NodeJS", 18)],
    ),
    ("alias_ts", "TS/JS codebases", [("TypeScript", "TS", 0), ("JavaScript", "JS", 3)]),
    (
        "alias_sklearn",
        "scikit-learn (sklearn) models",
        [("scikit-learn", "scikit-learn", 0), ("scikit-learn", "sklearn", 14)],
    ),
    (
        "alias_aws",
        "AWS and Amazon Web Services",
        [
            ("Amazon Web Services", "AWS", 0),
            ("Amazon Web Services", "Amazon Web Services", 8),
        ],
    ),
    ("alias_cicd", "Built CI/CD pipelines", [("CI/CD", "CI/CD pipelines", 6)]),
    (
        "alias_python_primary",
        "Python (primary), SQL",
        [("Python", "Python", 0), ("SQL", "SQL", 18)],
    ),
    (
        "punct_csharp_cpp_dotnet",
        "C#, C++ and .NET",
        [("C#", "C#", 0), ("C++", "C++", 4), (".NET", ".NET", 12)],
    ),
    (
        "plural_pipeline",
        "Designed data pipelines",
        [("Data pipelines", "data pipelines", 9)],
    ),
    (
        "hyphen_problem_solving",
        "problem-solving and problem solving",
        [
            ("Problem solving", "problem-solving", 0),
            ("Problem solving", "problem solving", 20),
        ],
    ),
    (
        "sales",
        "CRM, Salesforce, lead generation, cold calling, account management",
        [
            ("CRM", "CRM", 0),
            ("Salesforce", "Salesforce", 5),
            ("Lead generation", "lead generation", 17),
            ("Cold calling", "cold calling", 34),
            ("Account management", "account management", 48),
        ],
    ),
    (
        "finance",
        "GAAP, accounts payable, reconciliation, QuickBooks, financial modeling, SAP",
        [
            ("GAAP", "GAAP", 0),
            ("Accounts payable", "accounts payable", 6),
            ("Reconciliation", "reconciliation", 24),
            ("QuickBooks", "QuickBooks", 40),
            ("Financial modeling", "financial modeling", 52),
            ("SAP", "SAP", 72),
        ],
    ),
    (
        "healthcare",
        "Patient care, EMR/EHR, Epic, phlebotomy, HIPAA",
        [
            ("Patient care", "Patient care", 0),
            ("EHR", "EMR/EHR", 14),
            ("Epic", "Epic", 23),
            ("Phlebotomy", "phlebotomy", 29),
            ("HIPAA", "HIPAA", 41),
        ],
    ),
    (
        "hr",
        "Recruiting, onboarding, payroll, HRIS, Workday",
        [
            ("Recruiting", "Recruiting", 0),
            ("Onboarding", "onboarding", 12),
            ("Payroll", "payroll", 24),
            ("HRIS", "HRIS", 33),
            ("Workday", "Workday", 39),
        ],
    ),
    (
        "teaching",
        "Lesson planning, classroom management, curriculum development",
        [
            ("Lesson planning", "Lesson planning", 0),
            ("Classroom management", "classroom management", 17),
            ("Curriculum development", "curriculum development", 39),
        ],
    ),
    (
        "trades",
        "Welding, HVAC, forklift, blueprint reading, OSHA",
        [
            ("Welding", "Welding", 0),
            ("HVAC", "HVAC", 9),
            ("Forklift operation", "forklift", 15),
            ("Blueprint reading", "blueprint reading", 25),
            ("OSHA", "OSHA", 44),
        ],
    ),
    (
        "soft",
        "Excellent communication, teamwork, leadership, attention to detail and "
        "time management",
        [
            ("Communication", "Excellent communication", 0),
            ("Teamwork", "teamwork", 25),
            ("Leadership", "leadership", 35),
            ("Attention to detail", "attention to detail", 47),
            ("Time management", "time management", 71),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in ALIAS_ROWS], ids=[r[0] for r in ALIAS_ROWS]
)
def test_find_skills_alias_rows_match_canonical_names(
    lex: Lexicon, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _found(lex, text) == expected


# --------------------------------------------------------------- ambiguous short forms

AMBIGUOUS_ROWS: list[Row] = [
    ("c_list", "Languages: C, Python", [("C", "C", 11), ("Python", "Python", 14)]),
    (
        "c_programming",
        "Embedded C programming",
        [("C", "Embedded C", 0), ("Software development", "programming", 11)],
    ),
    ("c_in", "Wrote drivers in C.", [("C", "C", 17)]),
    ("c_plan", "We have a Plan C for that.", []),
    ("c_suite", "Report to the C-suite.", []),
    ("c_grade", "Earned a grade of C in chemistry.", []),
    ("c_not_in_cpp", "C++ only", [("C++", "C++", 0)]),
    (
        "r_list",
        "R, Python and SQL",
        [("R", "R", 0), ("Python", "Python", 3), ("SQL", "SQL", 14)],
    ),
    ("r_programming", "R programming for statistics", [("R", "R programming", 0)]),
    ("r_in", "Models built in R.", [("R", "R", 16)]),
    ("r_initial", "John R. Smith joined.", []),
    (
        "go_with",
        "Experience with Go and Kubernetes",
        [("Go", "Go", 16), ("Kubernetes", "Kubernetes", 23)],
    ),
    (
        "golang",
        "Golang microservices",
        [("Go", "Golang", 0), ("Microservices", "microservices", 7)],
    ),
    (
        "go_to_market",
        "Own the go to market plan and go-getter energy",
        [("Go-to-market strategy", "go to market", 8)],
    ),
    ("go_sentence", "Go to the office daily.", []),
    (
        "java_vs_js",
        "Java/JavaScript developer",
        [("Java", "Java", 0), ("JavaScript", "JavaScript", 5)],
    ),
    ("javascript_only", "JavaScript only", [("JavaScript", "JavaScript", 0)]),
    ("excel_tool", "Proficient in Excel", [("Microsoft Excel", "Excel", 14)]),
    (
        "excel_verb",
        "You will excel at closing deals",
        [("Closing deals", "closing deals", 18)],
    ),
    ("excel_verb_cap", "Excel in a fast team", []),
    (
        "spark_engine",
        "Apache Spark and Spark SQL",
        [("Apache Spark", "Apache Spark", 0), ("Spark SQL", "Spark SQL", 17)],
    ),
    ("spark_in", "Batch jobs in Spark", [("Apache Spark", "Spark", 14)]),
    ("spark_word", "Spark joy in customers", []),
    ("swift_ios", "iOS apps in Swift", [("iOS", "iOS", 0), ("Swift", "Swift", 12)]),
    ("swift_word", "Swift response to tickets", []),
    (
        "rust_list",
        "Rust, Go and C++",
        [("Rust", "Rust", 0), ("Go", "Go", 6), ("C++", "C++", 13)],
    ),
    ("rust_word", "Remove rust from metal", []),
    ("ruby_rails", "Ruby on Rails apps", [("Ruby on Rails", "Ruby on Rails", 0)]),
    (
        "chef_devops",
        "Ansible, Chef and Puppet",
        [("Ansible", "Ansible", 0), ("Chef", "Chef", 9), ("Puppet", "Puppet", 18)],
    ),
    ("chef_kitchen", "Assist the Chef with prep", []),
    (
        "flask_python",
        "Python, Flask and Django",
        [("Python", "Python", 0), ("Flask", "Flask", 8), ("Django", "Django", 18)],
    ),
    ("flask_lab", "Rinse the flask after use", []),
    (
        "word_tool",
        "MS Word and PowerPoint",
        [("Microsoft Word", "MS Word", 0), ("Microsoft PowerPoint", "PowerPoint", 12)],
    ),
    ("word_plain", "Spread the word about us", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [r[1:] for r in AMBIGUOUS_ROWS],
    ids=[r[0] for r in AMBIGUOUS_ROWS],
)
def test_find_skills_ambiguous_forms_need_technology_context(
    lex: Lexicon, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _found(lex, text) == expected


GENERIC_ROWS: list[Row] = [
    ("research_prose", "We are a leading research company", []),
    ("research_skills", "Strong research skills", [("Research", "research skills", 7)]),
    ("design_list_item", "- Design", [("Design", "Design", 2)]),
    (
        "it_pronoun_caps",
        "IT support and IT skills",
        [("Technical support", "IT support", 0), ("Computer skills", "IT skills", 15)],
    ),
    ("it_lowercase", "it is what it is", []),
    ("skills_line_not_first", "Jane Doe\nLanguages: Go", [("Go", "Go", 20)]),
    (
        "elided_head",
        "MIG and TIG welding",
        [("MIG welding", "MIG", 0), ("TIG welding", "TIG welding", 8)],
    ),
    (
        "elided_head_or",
        "unit or integration testing",
        [
            ("Unit testing", "unit", 0),
            ("Integration testing", "integration testing", 8),
        ],
    ),
    (
        "no_elision_between_skills",
        "Java and Python",
        [("Java", "Java", 0), ("Python", "Python", 9)],
    ),
    (
        "category_after_product",
        "- Operate JD Edwards software",
        [("JD Edwards", "JD Edwards", 10)],
    ),
    (
        "category_in_a_list",
        "- Python, software",
        [("Python", "Python", 2), ("Software", "software", 10)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [r[1:] for r in GENERIC_ROWS],
    ids=[r[0] for r in GENERIC_ROWS],
)
def test_find_skills_generic_words_count_only_in_skill_context(
    lex: Lexicon, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _found(lex, text) == expected


# ----------------------------------------------------------------------- mentions


def test_find_skills_mention_fields(lex: Lexicon) -> None:
    text = "Postgres and teamwork"
    first, second = lex.find_skills_in_text(text)
    assert first.skill_id == "skill:postgresql"
    assert first.name == "PostgreSQL"
    assert first.surface == "Postgres"
    assert first.span == (0, 8)
    assert first.is_soft is False
    assert second.skill_id == "skill:teamwork"
    assert second.span == (13, 21)
    assert second.is_soft is True


def test_find_skills_on_spacy_doc_uses_doc_offsets(lex: Lexicon) -> None:
    import spacy

    nlp = spacy.blank("en")
    text = "Skills:\n  - Node.js, C#, CI/CD\n"
    doc = nlp(text)
    mentions = lex.find_skills(doc)
    assert [(m.name, m.span) for m in mentions] == [
        ("Node.js", (12, 19)),
        ("C#", (21, 23)),
        ("CI/CD", (25, 30)),
    ]
    assert mentions == lex.find_skills_in_text(text)


def test_find_skills_longest_match_wins(lex: Lexicon) -> None:
    assert _found(lex, "Microsoft SQL Server") == [
        ("Microsoft SQL Server", "Microsoft SQL Server", 0)
    ]


def test_find_skills_empty_text_returns_nothing(lex: Lexicon) -> None:
    assert lex.find_skills_in_text("") == []


# ------------------------------------------------------------------------- queries


@pytest.mark.parametrize(
    ("name", "expected_id"),
    [
        ("k8s", "skill:kubernetes"),
        ("K8S", "skill:kubernetes"),
        ("node.js", "skill:node-js"),
        ("Node. JS", "skill:node-js"),
        ("Problem-Solving", "skill:problem-solving"),
        ("MS Excel", "skill:microsoft-excel"),
        ("c++", "skill:cpp"),
        ("C#", "skill:csharp"),
        (".net", "skill:dotnet"),
        ("data pipelines", "skill:data-pipelines"),
    ],
    ids=[
        "k8s",
        "caps",
        "nodejs",
        "spaced",
        "hyphen",
        "ms-excel",
        "cpp",
        "csharp",
        "dotnet",
        "plural",
    ],
)
def test_lookup_normalises_names(lex: Lexicon, name: str, expected_id: str) -> None:
    term = lex.lookup(name)
    assert term is not None
    assert term.id == expected_id


def test_lookup_unknown_returns_none(lex: Lexicon) -> None:
    assert lex.lookup("zzqx frobnication") is None


def test_get_and_parents(lex: Lexicon) -> None:
    assert lex.get("skill:postgresql") is not None
    assert lex.get("skill:nope") is None
    assert lex.parents("skill:postgresql") == ("skill:sql",)
    assert lex.parents("skill:next-js") == ("skill:react", "skill:javascript")
    assert lex.parents("skill:nope") == ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Illustrator", ("skill:adobe-creative-cloud", "skill:graphic-design")),
        (
            "Keras",
            (
                "skill:tensorflow",
                "skill:deep-learning",
                "skill:python",
                "skill:machine-learning",
            ),
        ),
        ("Google Sheets", ("skill:spreadsheets",)),
        ("BLS", ("skill:cpr",)),
    ],
    ids=["illustrator", "keras", "sheets-not-excel", "bls"],
)
def test_parents_are_broader_skills_not_siblings(
    lex: Lexicon, name: str, expected: tuple[str, ...]
) -> None:
    term = lex.lookup(name)
    assert term is not None
    assert lex.parents(term.id) == expected


def test_default_lexicon_is_consistent(lex: Lexicon) -> None:
    ids = {term.id for term in lex}
    assert len(ids) == len(lex)
    for term in lex:
        assert term.id.startswith("skill:")
        assert set(term.parents) <= ids, term.id
        assert term.id not in lex.parents(term.id), term.id


def test_nearest_finds_misspellings(lex: Lexicon) -> None:
    best = lex.nearest("Kubernets")
    assert best[0][0].id == "skill:kubernetes"
    assert 0.85 <= best[0][1] < 1.0
    assert lex.nearest("qqqqqq") == []


def test_default_is_cached_and_versioned(lex: Lexicon) -> None:
    assert Lexicon.default() is lex
    assert lex.version == "2026.11.1"
    assert len(lex) > 1000


def test_atomize_splits_punctuation_and_drops_word_hyphens() -> None:
    assert atomize("Problem-solving, C++ / .NET") == [
        "problem",
        "solving",
        ",",
        "c",
        "+",
        "+",
        "/",
        ".",
        "net",
    ]


# ------------------------------------------------------------- with_terms / from_path


def test_with_terms_returns_new_lexicon(lex: Lexicon) -> None:
    extra = SkillTerm(
        id="skill:acme-ql",
        name="AcmeQL",
        aliases=("Acme Query Language",),
        parents=("skill:sql",),
    )
    bigger = lex.with_terms([extra])
    assert len(bigger) == len(lex) + 1
    assert lex.lookup("AcmeQL") is None
    assert _found(bigger, "AcmeQL and Acme Query Language") == [
        ("AcmeQL", "AcmeQL", 0),
        ("AcmeQL", "Acme Query Language", 11),
    ]
    assert bigger.parents("skill:acme-ql") == ("skill:sql",)


def test_with_terms_new_term_wins_shared_form(lex: Lexicon) -> None:
    override = SkillTerm(
        id="skill:postgres-fork", name="Postgres Fork", aliases=("Postgres",)
    )
    assert _found(lex.with_terms([override]), "Postgres") == [
        ("Postgres Fork", "Postgres", 0)
    ]


def test_with_terms_ambiguous_term_needs_context(lex: Lexicon) -> None:
    term = SkillTerm(id="skill:bolt", name="Bolt", is_ambiguous=True)
    bigger = lex.with_terms([term])
    assert _found(bigger, "Tighten the Bolt") == []
    assert _found(bigger, "Python, Bolt") == [
        ("Python", "Python", 0),
        ("Bolt", "Bolt", 8),
    ]


def test_from_path_reads_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "skills.jsonl"
    lines = [
        {"version": "9.9"},
        {"id": "skill:widgetry", "name": "Widgetry", "aliases": ["widget making"]},
        {
            "id": "skill:zed",
            "name": "Zed",
            "is_ambiguous": True,
            "ambiguous_forms": ["zed"],
        },
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    lexicon = Lexicon.from_path(path)
    assert lexicon.version == "9.9"
    assert len(lexicon) == 2
    assert _found(lexicon, "Widget making; ask Zed") == [
        ("Widgetry", "Widget making", 0)
    ]
    assert _found(lexicon, "in Zed") == [("Zed", "Zed", 3)]


def test_from_path_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="Cannot read lexicon file"):
        Lexicon.from_path(tmp_path / "missing.jsonl")


def test_from_path_bad_line_raises(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"name": "no id"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="Invalid lexicon line 1"):
        Lexicon.from_path(path)


# ---------------------------------------------------------------------- properties

_ALPHABET = st.sampled_from(
    [
        *"abcRCGo +#./-,;:()\n",
        *[
            "Python",
            "C++",
            "Go",
            "R",
            "Excel",
            "Spark",
            "k8s",
            "Node.js",
            " in ",
            " and ",
        ],
    ]
)


@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_find_skills_spans_index_text_and_never_overlap(text: str) -> None:
    lexicon = Lexicon.default()
    mentions = lexicon.find_skills_in_text(text)
    end = -1
    for mention in mentions:
        start, stop = mention.span
        assert 0 <= start < stop <= len(text)
        assert text[start:stop] == mention.surface
        assert start >= end
        end = stop
    assert mentions == lexicon.find_skills_in_text(text)


@given(st.text(max_size=200))
def test_find_skills_never_raises_on_any_text(text: str) -> None:
    mentions = Lexicon.default().find_skills_in_text(text)
    assert all(text[m.span[0] : m.span[1]] == m.surface for m in mentions)


# -------------------------------------------------------------- corpus regression


def _evaluation_module() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "models" / "evaluate_skills.py"
    spec = importlib.util.spec_from_file_location("evaluate_skills", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.corpus
def test_lexicon_corpus_metrics_do_not_regress(corpus: Path, lex: Lexicon) -> None:
    # Regression guards a little under the measured values (models/evaluate_skills.py
    # prints them; the targets are 0.95 and 0.80, not yet met).
    evaluation = _evaluation_module()
    assert evaluation.eval_rjdb(lex)["recall"] >= 0.72
    assert evaluation.eval_skillspan(lex)["precision_any"] >= 0.67


# --- Review fixes: short capitals, addresses, names, product families, headings.

SHORT_CAPS_ROWS: list[Row] = [
    ("doe_in_name", "Jane Doe\nData analyst", []),
    ("doe_in_name_comma", "Jane Doe, Python developer", [("Python", "Python", 10)]),
    (
        "doe_acronym",
        "Knowledge of DOE and SPC",
        [
            ("Experimental design", "DOE", 13),
            ("Statistical process control", "SPC", 21),
        ],
    ),
    ("http_lowercase_word", "served over https only", []),
    ("http_caps", "Experience with HTTPS", [("HTTP", "HTTPS", 16)]),
    (
        "sql_json_any_case",
        "sql, json and Api",
        [("SQL", "sql", 0), ("JSON", "json", 5), ("API development", "Api", 14)],
    ),
    ("dax_name_not_skill", "Dax Moreno, data analyst", []),
    ("k8s_mixed_case_kept", "We deploy on k8s", [("Kubernetes", "k8s", 13)]),
    ("csharp_lowercase", "c# and c++", [("C#", "c#", 0), ("C++", "c++", 7)]),
    ("dotnet_mixed_case_kept", "Built with .Net", [(".NET", ".Net", 11)]),
    ("unix_titlecase", "Unix and Linux", [("Unix", "Unix", 0), ("Linux", "Linux", 9)]),
]

ADDRESS_ROWS: list[Row] = [
    ("url_https", "See https://janedoe.dev and http://acme.example.org", []),
    ("url_github_path", "github.com/janedoe/react-app", []),
    ("email", "jane.python@mail.com", []),
    ("url_www", "www.acme-sql.com", []),
    (
        "url_then_skill",
        "Portfolio: https://x.dev/go | Skills: SQL",
        [("SQL", "SQL", 38)],
    ),
    (
        "aspnet_not_an_address",
        "ASP.NET/C#",
        [("ASP.NET", "ASP.NET", 0), ("C#", "C#", 8)],
    ),
    ("nodejs_not_an_address", "Node.js", [("Node.js", "Node.js", 0)]),
]

NAME_LINE_ROWS: list[Row] = [
    ("chef_name_alone", "Mary Chef", []),
    ("doe_caps_name", "JANE DOE\nData analyst", []),
    (
        "doe_caps_name_pipe",
        "JANE DOE | SQL, PYTHON",
        [("SQL", "SQL", 11), ("Python", "PYTHON", 16)],
    ),
    ("chef_caps_name", "MARY CHEF | DOCKER", [("Docker", "DOCKER", 12)]),
    ("qa_caps_after_cue", "EXPERIENCE WITH QA", [("Quality assurance", "QA", 16)]),
    ("doe_caps_in_prose", "Led a DOE study", [("Experimental design", "DOE", 6)]),
    (
        "chef_name_then_skills_line",
        "Mary Chef\nSkills: Python, Docker",
        [("Python", "Python", 18), ("Docker", "Docker", 26)],
    ),
    (
        "chef_name_pipe",
        "Mary Chef | Python, Docker",
        [("Python", "Python", 12), ("Docker", "Docker", 20)],
    ),
    ("chef_name_initial", "Mary J. Chef, DevOps", [("DevOps", "DevOps", 14)]),
    (
        "chef_tool_list",
        "Experience with Chef, Puppet",
        [("Chef", "Chef", 16), ("Puppet", "Puppet", 22)],
    ),
    (
        "chef_tool_line_start",
        "Chef, Puppet and Ansible",
        [("Chef", "Chef", 0), ("Puppet", "Puppet", 6), ("Ansible", "Ansible", 17)],
    ),
    (
        "go_not_across_lines",
        "Go\nprogramming is fun",
        [("Software development", "programming", 3)],
    ),
]

FAMILY_ROWS: list[Row] = [
    (
        "react_native_redux",
        "React Native, Redux and React Hooks",
        [
            ("React Native", "React Native", 0),
            ("Redux", "Redux", 14),
            ("React Hooks", "React Hooks", 24),
        ],
    ),
    ("react_plain", "Built UIs in React.js", [("React", "React.js", 13)]),
    ("spark_ar", "Built filters in Spark AR", [("Spark AR", "Spark AR", 17)]),
    ("apache_spark", "Pipelines in Spark", [("Apache Spark", "Spark", 13)]),
    (
        "angularjs",
        "AngularJS and Angular",
        [("AngularJS", "AngularJS", 0), ("Angular", "Angular", 14)],
    ),
    (
        "nuxt",
        "Nuxt.js on Vue.js",
        [("Nuxt.js", "Nuxt.js", 0), ("Vue.js", "Vue.js", 11)],
    ),
    ("gradle_not_maven", "Gradle builds", [("Gradle", "Gradle", 0)]),
    ("spring_boot", "Spring Boot services", [("Spring Boot", "Spring Boot", 0)]),
    (
        "azure_devops_services",
        "Azure DevOps Services",
        [("Azure DevOps", "Azure DevOps Services", 0)],
    ),
]

HEADING_ROWS: list[Row] = [
    (
        "technical_skills_label",
        "Technical Skills: Python, Java",
        [("Python", "Python", 18), ("Java", "Java", 26)],
    ),
    ("core_competencies_heading", "Core Competencies\nSQL", [("SQL", "SQL", 18)]),
    ("professional_skills_heading", "Professional Skills", []),
    ("hard_soft_skills", "Hard skills and soft skills", []),
    ("it_still_found", "Degree in IT", [("Information technology", "IT", 10)]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [r[1:] for r in SHORT_CAPS_ROWS + ADDRESS_ROWS + NAME_LINE_ROWS],
    ids=[r[0] for r in SHORT_CAPS_ROWS + ADDRESS_ROWS + NAME_LINE_ROWS],
)
def test_find_skills_ignores_names_addresses_and_lowercase_acronyms(
    lex: Lexicon, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _found(lex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [r[1:] for r in FAMILY_ROWS + HEADING_ROWS],
    ids=[r[0] for r in FAMILY_ROWS + HEADING_ROWS],
)
def test_find_skills_product_family_members_and_headings(
    lex: Lexicon, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _found(lex, text) == expected


@pytest.mark.parametrize(
    ("name", "parent"),
    [
        ("React Native", "skill:react"),
        ("Redux", "skill:react"),
        ("React Hooks", "skill:react"),
        ("AngularJS", "skill:angular"),
        ("Nuxt", "skill:vue-js"),
        ("Vuex", "skill:vue-js"),
        ("Spring Boot", "skill:spring"),
        ("DRF", "skill:django"),
        ("ASP.NET Core", "skill:dotnet"),
        ("SvelteKit", "skill:svelte"),
        ("SwiftUI", "skill:swift"),
        ("Simulink", "skill:matlab"),
        ("SAP HANA", "skill:sap"),
        ("ServiceNow", "skill:it-service-management"),
        ("Azure AD", "skill:microsoft-azure"),
    ],
    ids=lambda v: str(v),
)
def test_family_members_are_separate_terms_with_broader_parent(
    lex: Lexicon, name: str, parent: str
) -> None:
    term = lex.lookup(name)
    assert term is not None
    assert term.id != parent
    assert term.parents[0] == parent


@pytest.mark.parametrize(
    ("name", "sibling"),
    [
        ("Gradle", "Maven"),
        ("Exchange Server", "System administration"),
        ("Apache Ant", "Maven"),
        ("Spark AR", "Spark"),
        ("LDAP", "Active Directory"),
        ("Intune", "SCCM"),
        ("NetApp", "Dell EMC"),
    ],
    ids=lambda v: str(v),
)
def test_distinct_tools_are_not_aliases(lex: Lexicon, name: str, sibling: str) -> None:
    term, other = lex.lookup(name), lex.lookup(sibling)
    assert term is not None
    assert other is not None
    assert term.id != other.id


@pytest.mark.parametrize(
    "name",
    [
        "Technical skills",
        "Skills",
        "Core competencies",
        "Professional skills",
        "Hard skills",
        "Soft skills",
        "Key skills",
        "Technical knowledge",
    ],
)
def test_heading_meta_terms_are_not_in_the_lexicon(lex: Lexicon, name: str) -> None:
    assert lex.lookup(name) is None


def test_short_capital_aliases_keep_their_case(lex: Lexicon) -> None:
    # Every all-caps form of letters and digits with at most four letters is
    # case-sensitive, except curated any-case forms and forms also written in
    # another case ("K8s"). Forms with symbols ("C#", ".NET") match in any case.
    data = Path(__file__).resolve().parents[1] / "src" / "resumefit" / "data"
    lines = (data / "skills.jsonl").read_text(encoding="utf-8").splitlines()
    loose: list[str] = []
    for line in lines[1:]:
        record = json.loads(line)
        forms = [record["name"], *record["aliases"]]
        keys = {" ".join(atomize(f)) for f in forms if not f.isupper()}
        guarded = set(record.get("case_forms", [])) | set(
            record.get("ambiguous_forms", [])
        )
        for form in forms:
            key = " ".join(atomize(form))
            letters = sum(c.isalpha() for c in form)
            plain = form.replace(" ", "").isalnum()
            short_caps = form.isupper() and len(form) > 1 and letters <= 4 and plain
            if short_caps and key not in guarded and key not in keys:
                loose.append(form)
    curated = json.loads(
        (
            Path(__file__).resolve().parents[1] / "models" / "curated_skills.json"
        ).read_text(encoding="utf-8")
    )
    assert set(loose) <= {form.upper() for form in curated["any_case"]}
    assert "DOE" not in loose


@pytest.mark.parametrize(
    ("name", "expected_id"),
    [
        ("EDA", "skill:exploratory-data-analysis"),
        ("Electronic design automation", "skill:electronic-design-automation"),
        ("Property management system", "skill:property-management-system"),
        ("Practice management software", "skill:practice-management-software"),
        ("Structure query language", "skill:sql"),
        ("Computerized numerical control", "skill:cnc-machining"),
        ("ESRI", "skill:esri"),
        ("AIX", "skill:aix"),
        ("Hewlett Packard", None),
        ("Cloud software", None),
    ],
    ids=lambda v: str(v),
)
def test_onet_tools_merge_only_into_terms_of_the_same_meaning(
    lex: Lexicon, name: str, expected_id: str | None
) -> None:
    term = lex.lookup(name)
    assert (term.id if term is not None else None) == expected_id


@pytest.mark.parametrize(
    ("name", "parent"),
    [("AIX", "skill:unix"), ("Solaris", "skill:unix"), ("HP-UX", "skill:unix")],
    ids=["aix", "solaris", "hp-ux"],
)
def test_unix_variants_have_unix_as_parent(
    lex: Lexicon, name: str, parent: str
) -> None:
    term = lex.lookup(name)
    assert term is not None
    assert term.parents == (parent,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Keep a clean workspace", []),
        ("Update the docs weekly", []),
        ("a confident presenter", []),
        ("house painter", []),
        (
            "Google Docs and Google Workspace",
            [("Google Docs", 0), ("Google Workspace", 16)],
        ),
        (
            "Adobe Presenter, Captivate",
            [("Adobe Presenter", 0), ("Adobe Captivate", 17)],
        ),
    ],
    ids=["workspace", "docs", "presenter", "painter", "google-full", "presenter-full"],
)
def test_vendor_less_ordinary_words_need_context(
    lex: Lexicon, text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(m.name, m.span[0]) for m in lex.find_skills_in_text(text)] == expected


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet="abcdeilnoprstuy .-", min_size=1, max_size=14),
    st.sampled_from([0.5, 0.6, 0.85, 0.95]),
)
def test_nearest_equals_brute_force_oracle(name: str, cutoff: float) -> None:
    """The length-window pruning in nearest() never changes its answer."""
    from rapidfuzz import fuzz, process

    from resumefit.lexicon import _normalize

    lex = Lexicon.default()
    keys = sorted(lex._lookup)
    query = _normalize(name)
    best: dict[int, float] = {}
    if query:
        for _key, score, pos in process.extract(
            query, keys, scorer=fuzz.ratio, score_cutoff=cutoff * 100, limit=None
        ):
            owner = lex._lookup[keys[pos]]
            value = round(score / 100, 4)
            best[owner] = max(value, best.get(owner, -1.0))
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], lex._terms[kv[0]].id))
    expected = [(lex._terms[i], s) for i, s in ranked[:3]]
    assert lex.nearest(name, score_cutoff=cutoff) == expected
