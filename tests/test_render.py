# mypy: allow-untyped-defs, allow-untyped-calls
"""Rendering a FitResult as Markdown, HTML and plain text."""

from __future__ import annotations

from typing import Any

import pytest
from test_matching import (
    AS_OF,
    BASE_ROLES,
    BASE_TEXT,
    CFG,
    GRAPH,
    make_posting,
    make_resume,
)

from resumefit._render import breakdown_line, to_html, to_markdown, to_text
from resumefit.matching import assess_qualifications, index_resume
from resumefit.schema import FitResult
from resumefit.scoring import compute_score
from resumefit.suggestions import find_gaps, suggest_tailoring


def build(
    rows: list[dict[str, Any]], *, title: str = "Data Engineer <script>x</script>"
) -> FitResult:
    resume = make_resume(BASE_TEXT, BASE_ROLES)
    posting = make_posting(rows)
    idx = index_resume(resume, as_of=AS_OF)
    assessments = assess_qualifications(posting, idx, skills=GRAPH, config=CFG)
    score, verdict, breakdown = compute_score(assessments, config=CFG)
    return FitResult(
        score=score,
        verdict=verdict,
        breakdown=breakdown,
        assessments=assessments,
        gaps=find_gaps(assessments, posting, idx, config=CFG),
        suggestions=suggest_tailoring(
            assessments, posting, idx, skills=GRAPH, config=CFG
        ),
        notes=("Posting: one <b>note</b>",),
        resume_name="cv.txt",
        posting_title=title,
        resumefit_version="0.0.0",
        lexicon_version="test",
        model_version="test",
    )


@pytest.fixture(scope="module")
def result() -> FitResult:
    return build(
        [
            {"text": "Python | pipelines"},
            {"text": "Airflow"},
            {"text": "Kubernetes", "importance": "preferred"},
            {"text": "Authorized to work", "kind": "authorization"},
        ]
    )


def test_breakdown_line(result):
    assert breakdown_line(result) == (
        "Required met 2/2 · Preferred met 0/1 · 1 not judgeable from a resume"
    )


def test_markdown(result):
    md = result.to_markdown()
    assert md == to_markdown(result)
    lines = md.splitlines()
    assert lines[0] == "## Fit score: 77.1 / 100 (good fit)"
    assert "| Id | Qualification | Importance | Status | Evidence / reason |" in lines
    assert (
        "| q1 | Python \\| pipelines | required | **met** | "
        "“Built ETL jobs in Python and Postgres for billing.” (experience) +1 more |"
    ) in lines
    assert "### Gaps" in lines
    assert "### Suggestions" in lines
    assert any(
        line.startswith("1. **missing preferred** (q3, +14.3)") for line in lines
    )


def test_html_is_escaped_and_script_free(result):
    page = result._repr_html_()
    assert page == to_html(result)
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert "&lt;b&gt;note&lt;/b&gt;" in page
    assert page.count("<tr>") == 1 + len(result.assessments)
    assert "Fit score 77.1 / 100" in page


def test_text(result):
    text = to_text(result)
    lines = text.splitlines()
    assert lines[0] == "Fit score: 77.1 / 100 (good fit)"
    assert "  [met    ] q2 (required) Airflow" in lines
    assert "  [unknown] q4 (required) Authorized to work" in lines
    assert text.endswith("\n")


def test_capped_result_says_so():
    capped = build([{"text": "Python"}, {"text": "Kubernetes"}])
    assert breakdown_line(capped) == (
        "Required met 1/2 · Preferred met 0/0 · capped at 60 (required missing)"
    )
    assert to_text(capped).splitlines()[0] == "Fit score: 30.0 / 100 (long shot)"
