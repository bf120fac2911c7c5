"""The public surface: exported names, laziness, one-call API, error messages."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import resumefit
from resumefit import (
    Analyzer,
    EmptyDocumentError,
    FitResult,
    InputError,
    NoQualificationsError,
    ScoringConfig,
)

RESUME = """Sam Okafor
sam.okafor@example.com

EXPERIENCE
Data Analyst, Brightline Analytics  Jan 2019 - Present
- Built SQL reports and Python dashboards for the sales team
- Maintained PostgreSQL data marts

EDUCATION
B.S. in Statistics, State University, 2018

SKILLS
Python, SQL, Tableau, Excel
"""

POSTING = """Data Analyst

Requirements
- 3+ years of experience with SQL
- Bachelor's degree in Statistics, Mathematics or a related field
- Proficiency in Python

Nice to have
- Experience with Kubernetes is a plus
"""


def test_all_is_sorted_and_complete() -> None:
    assert resumefit.__all__ == sorted(resumefit.__all__)
    for name in resumefit.__all__:
        assert getattr(resumefit, name) is not None


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError):
        resumefit.does_not_exist  # noqa: B018


def test_import_is_light() -> None:
    code = (
        "import sys, resumefit; "
        "heavy = [m for m in ('spacy', 'pdfminer', 'docx', 'numpy', 'rapidfuzz', "
        "'pydantic', 'sklearn') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_score_text_pair_marks_required_and_preferred() -> None:
    result = resumefit.score(RESUME, POSTING, as_of=date(2024, 6, 30))
    assert isinstance(result, FitResult)
    importance = [a.importance for a in result.assessments]
    assert importance == ["required", "required", "required", "preferred"]
    assert [a.status for a in result.assessments] == ["met", "met", "met", "missing"]
    assert result.score == 90.0
    resume_text = resumefit.parse_resume(RESUME).text
    for assessment in result.assessments:
        if assessment.status in {"met", "partial"}:
            assert assessment.evidence
            for ev in assessment.evidence:
                assert resume_text[ev.span[0] : ev.span[1]] == ev.text


def test_score_is_deterministic_and_round_trips_json() -> None:
    first = resumefit.score(RESUME, POSTING, as_of=date(2024, 6, 30))
    second = resumefit.score(RESUME, POSTING, as_of=date(2024, 6, 30))
    assert first == second
    again = FitResult.model_validate_json(first.model_dump_json())
    assert again == first
    schema = FitResult.model_json_schema()
    assert "score" in schema["properties"]
    json.dumps(schema)


def test_rank_orders_best_first_and_parses_resume_once() -> None:
    weak_posting = "Requirements\n- Kubernetes\n- Terraform\n- Go"
    results = resumefit.rank(RESUME, [weak_posting, POSTING], as_of=date(2024, 6, 30))
    assert [r.score for r in results] == sorted(
        (r.score for r in results), reverse=True
    )
    assert results[0].breakdown.required_total == 3


def test_rank_resumes_recruiter_view() -> None:
    empty_handed = "EXPERIENCE\nCashier, Corner Shop  2020 - 2021\n- Served customers"
    results = resumefit.rank_resumes(
        POSTING, [empty_handed, RESUME], as_of=date(2024, 6, 30)
    )
    assert results[0].score > results[1].score


def test_parsed_documents_are_accepted() -> None:
    analyzer = Analyzer()
    resume = analyzer.parse_resume(RESUME)
    posting = analyzer.parse_posting(POSTING)
    assert analyzer.score(resume, posting, as_of=date(2024, 6, 30)) == analyzer.score(
        RESUME, POSTING, as_of=date(2024, 6, 30)
    )


def test_str_is_text_never_a_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "python").write_text("not me")
    monkeypatch.chdir(tmp_path)
    resume = resumefit.parse_resume("python")
    assert resume.text == "python"


def test_empty_resume_raises_empty_document_error() -> None:
    with pytest.raises(EmptyDocumentError):
        resumefit.score("   \n ", POSTING)


def test_posting_without_qualifications_raises() -> None:
    with pytest.raises(NoQualificationsError) as exc:
        resumefit.score(RESUME, "Benefits\n- Free lunch\n- Gym membership")
    assert str(exc.value) == (
        "Posting has no recognisable qualifications; check the parsed text with "
        "resumefit.parse_posting() or pass the requirements section."
    )


def test_wrong_source_type_raises_input_error() -> None:
    with pytest.raises(InputError) as exc:
        resumefit.parse_resume(42)  # type: ignore[arg-type]
    assert str(exc.value) == (
        "Cannot read a document from int 42; pass the text as str, a pathlib.Path, "
        "or bytes."
    )


def test_score_accepts_config() -> None:
    result = resumefit.score(
        RESUME, POSTING, as_of=date(2024, 6, 30), config=ScoringConfig()
    )
    assert result == resumefit.score(RESUME, POSTING, as_of=date(2024, 6, 30))


def test_result_carries_versions() -> None:
    result = resumefit.score(RESUME, POSTING, as_of=date(2024, 6, 30))
    assert result.resumefit_version == resumefit.__version__
    assert result.lexicon_version
    assert result.model_version
    assert result.algorithm == "v1"


def test_importance_model_path_missing_raises_input_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.npz"
    analyzer = Analyzer(importance_model=missing)
    with pytest.raises(InputError) as exc:
        analyzer.parse_posting(POSTING)
    assert str(exc.value) == (
        f"Cannot read importance model file {str(missing)!r} (No such file or "
        "directory); pass the path of an npz written by models/train_importance.py."
    )


def test_importance_model_path_to_shipped_weights_matches_default() -> None:
    from importlib.resources import as_file, files

    resource = files("resumefit") / "data" / "importance_model.npz"
    with as_file(resource) as path:
        custom = Analyzer(importance_model=path)
        assert custom.parse_posting(POSTING) == Analyzer().parse_posting(POSTING)
        assert custom.model_version == Analyzer().model_version


def test_chosen_spacy_pipeline_runs_and_gives_same_result() -> None:
    import spacy

    nlp = spacy.blank("en")
    custom = Analyzer(nlp=nlp)
    assert custom.nlp is nlp
    assert custom.parse_posting(POSTING) == Analyzer().parse_posting(POSTING)
    assert custom.parse_resume(RESUME) == Analyzer().parse_resume(RESUME)


def test_missing_spacy_pipeline_raises_model_not_found() -> None:
    from resumefit import ModelNotFoundError

    with pytest.raises(ModelNotFoundError) as exc:
        Analyzer(nlp="en_pipeline_that_is_not_installed").parse_posting(POSTING)
    assert str(exc.value) == (
        "spaCy pipeline 'en_pipeline_that_is_not_installed' is not installed. "
        "Install it with: python -m spacy download en_pipeline_that_is_not_installed "
        "(or leave it unset: resumefit's own extractors need no trained pipeline)."
    )


def test_default_path_does_not_import_spacy() -> None:
    code = (
        "import sys, resumefit; resumefit.score('SKILLS\\nPython', "
        "'Requirements\\n- Python'); print('spacy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_parse_cache_returns_same_object_and_can_be_disabled() -> None:
    cached = Analyzer()
    assert cached.parse_posting(POSTING) is cached.parse_posting(POSTING)
    uncached = Analyzer(cache_size=0)
    first, second = uncached.parse_posting(POSTING), uncached.parse_posting(POSTING)
    assert first is not second
    assert first == second


def test_rank_names_the_failing_input_of_the_batch() -> None:
    with pytest.raises(EmptyDocumentError) as exc:
        resumefit.rank(RESUME, [POSTING, "  \n"], as_of=date(2024, 6, 30))
    assert exc.value.__notes__ == ["(input #2 of the batch)"]


def test_rank_reports_progress() -> None:
    seen: list[tuple[int, int]] = []
    resumefit.rank(
        RESUME,
        [POSTING, POSTING],
        as_of=date(2024, 6, 30),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(1, 2), (2, 2)]


def test_rank_accepts_config() -> None:
    heavy_required = ScoringConfig(required_weight=10)
    default = resumefit.rank(RESUME, [POSTING], as_of=date(2024, 6, 30))
    weighted = resumefit.rank(
        RESUME, [POSTING], as_of=date(2024, 6, 30), config=heavy_required
    )
    assert weighted[0].score != default[0].score
    by_recruiter = resumefit.rank_resumes(
        POSTING, [RESUME], as_of=date(2024, 6, 30), config=heavy_required
    )
    assert by_recruiter[0].score == weighted[0].score
