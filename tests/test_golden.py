"""Golden results for fixture pairs (synthetic people), and layout invariance.

Each case's expected ``FitResult`` lives in ``tests/golden/<case>.json``. After an
intended change, regenerate with ``pytest tests/test_golden.py --update-golden``
and review the diff like code: it shows exactly which assessments moved and why.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from resumefit import Analyzer, FitResult

DOCS = Path(__file__).resolve().parent / "fixtures" / "documents"
GOLDEN = Path(__file__).resolve().parent / "golden"
AS_OF = date(2026, 1, 15)

CASES = {
    "analyst_docx_vs_data_analyst": ("analyst.docx", "posting.txt"),
    "analyst_html_vs_data_analyst": ("analyst.html", "posting.html"),
    "nurse_table_docx_vs_nurse": ("nurse_table.docx", "posting_nurse.txt"),
    "nurse_textbox_docx_vs_nurse": ("nurse_header_textbox.docx", "posting_nurse.txt"),
    "engineer_two_column_vs_backend": (
        "engineer_two_column.pdf",
        "posting_backend.txt",
    ),
    "engineer_vs_data_analyst": ("engineer_one_column.pdf", "posting.txt"),
}

ANALYZER = Analyzer()


def _normalised(result: FitResult) -> FitResult:
    return result.model_copy(
        update={"resumefit_version": "-", "lexicon_version": "-", "model_version": "-"}
    )


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden(case: str, update_golden: bool) -> None:
    resume, posting = CASES[case]
    result = _normalised(ANALYZER.score(DOCS / resume, DOCS / posting, as_of=AS_OF))
    path = GOLDEN / f"{case}.json"
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(result.model_dump_json(indent=2) + "\n", encoding="utf-8")
        return
    if not path.is_file():
        pytest.fail(f"no golden file {path.name}; run pytest --update-golden")
    expected = FitResult.model_validate_json(path.read_text(encoding="utf-8"))
    assert result == expected


def test_layout_does_not_change_score() -> None:
    one = ANALYZER.score(
        DOCS / "engineer_one_column.pdf", DOCS / "posting_backend.txt", as_of=AS_OF
    )
    two = ANALYZER.score(
        DOCS / "engineer_two_column.pdf", DOCS / "posting_backend.txt", as_of=AS_OF
    )
    assert abs(one.score - two.score) <= 1
    assert [a.status for a in one.assessments] == [a.status for a in two.assessments]


def test_same_resume_in_every_format_scores_the_same() -> None:
    scores = {
        name: ANALYZER.score(DOCS / name, DOCS / "posting.txt", as_of=AS_OF).score
        for name in ("analyst.txt", "analyst.md", "analyst.html", "analyst.docx")
    }
    assert len(set(scores.values())) == 1, scores
