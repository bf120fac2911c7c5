"""The command line: outputs, exit codes, one-line errors on stderr."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from resumefit.cli import EXIT_INPUT, EXIT_OK, EXIT_PARSE, EXIT_USAGE, main

RESUME = """Riley Chen
riley.chen@example.com

WORK EXPERIENCE
Registered Nurse, Lakeside General Hospital  03/2017 to Present
- Patient care on a 30-bed medical-surgical unit
- Charted in Epic EHR

EDUCATION
Bachelor of Science in Nursing, Hillcrest College, 2016

LICENSES AND CERTIFICATIONS
Registered Nurse (RN), BLS, ACLS
"""

POSTING = """Staff Nurse

Requirements
- Active Registered Nurse (RN) license
- BLS certification required
- 2+ years of acute care experience

Preferred
- ACLS certification preferred
- Experience with Epic is a plus
"""


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    resume = tmp_path / "resume.txt"
    posting = tmp_path / "posting.txt"
    resume.write_text(RESUME, encoding="utf-8")
    posting.write_text(POSTING, encoding="utf-8")
    return resume, posting


def test_score_text_output(files: tuple[Path, Path]) -> None:
    code, out, err = _run(
        "score", str(files[0]), str(files[1]), "--as-of", "2024-01-01"
    )
    assert code == EXIT_OK
    assert err == ""
    assert "score" in out.lower()


def test_score_json_output_is_a_fit_result(files: tuple[Path, Path]) -> None:
    from resumefit import FitResult

    code, out, _ = _run(
        "score",
        str(files[0]),
        str(files[1]),
        "--format",
        "json",
        "--as-of",
        "2024-01-01",
    )
    assert code == EXIT_OK
    result = FitResult.model_validate_json(out)
    assert len(result.assessments) == 5


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_score_rich_formats(files: tuple[Path, Path], fmt: str) -> None:
    code, out, _ = _run("score", str(files[0]), str(files[1]), "--format", fmt)
    assert code == EXIT_OK
    assert out.strip()


def test_parse_resume_text_and_json(files: tuple[Path, Path]) -> None:
    code, out, _ = _run("parse", str(files[0]))
    assert code == EXIT_OK
    assert "experience" in out
    code, out, _ = _run("parse", str(files[0]), "--format", "json")
    assert code == EXIT_OK
    assert json.loads(out)["text"].startswith("Riley Chen")


def test_parse_posting(files: tuple[Path, Path]) -> None:
    code, out, _ = _run("parse", str(files[1]), "--as", "posting")
    assert code == EXIT_OK
    assert out == (
        "Posting: Staff Nurse\nSections:\n  - requirements (Requirements): 3 items\n"
        "  - preferred (Preferred): 2 items\nQualifications:\n"
        "  - [required/license] Active Registered Nurse (RN) license\n"
        "  - [required/certification] BLS certification required\n"
        "  - [required/experience, 2+ years] 2+ years of acute care experience\n"
        "  - [preferred/certification] ACLS certification preferred\n"
        "  - [preferred/experience] Experience with Epic is a plus\n"
    )


def test_rank_lists_every_posting(files: tuple[Path, Path], tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Requirements\n- 5+ years of welding\n- Forklift certification\n")
    code, out, _ = _run("rank", str(files[0]), str(files[1]), str(other))
    assert code == EXIT_OK
    lines = out.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].strip().startswith("1.")
    assert "posting.txt" in lines[0]


def test_missing_file_is_input_error_on_one_line(tmp_path: Path) -> None:
    code, out, err = _run("parse", str(tmp_path / "nope.pdf"))
    assert code == EXIT_INPUT
    assert out == ""
    missing = str(tmp_path / "nope.pdf")
    assert err == f"resumefit: error: File not found: {missing!r}. Check the path.\n"


def test_corrupt_pdf_is_parse_error(tmp_path: Path) -> None:
    bad = tmp_path / "cv.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    code, _, err = _run("parse", str(bad))
    assert code == EXIT_PARSE
    assert err.startswith("resumefit: error: ")
    assert err.count("\n") == 1


def test_usage_error_exit_code() -> None:
    code, _, _ = _run("score")
    assert code == EXIT_USAGE


def test_rank_skips_unreadable_postings_and_ranks_the_rest(
    files: tuple[Path, Path], tmp_path: Path
) -> None:
    from resumefit.cli import EXIT_PARTIAL

    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    benefits = tmp_path / "benefits.txt"
    benefits.write_text("Benefits\n- Free lunch\n- Gym membership\n")
    code, out, err = _run(
        "rank", str(files[0]), str(empty), str(files[1]), str(benefits)
    )
    assert code == EXIT_PARTIAL
    assert len(out.strip().splitlines()) == 1
    assert "posting.txt" in out
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"resumefit: skipped {str(empty)!r}: ")
    assert lines[1] == (
        f"resumefit: skipped {str(benefits)!r}: the posting has no recognisable "
        "qualifications"
    )


def test_rank_with_nothing_readable_is_input_error(
    files: tuple[Path, Path], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, out, err = _run("rank", str(files[0]), str(empty))
    assert code == EXIT_INPUT
    assert out == ""
    assert err.endswith(
        "resumefit: error: None of the 1 files could be ranked (see the lines above).\n"
    )


def test_directory_argument_is_named_as_such(tmp_path: Path) -> None:
    code, _, err = _run("parse", str(tmp_path))
    assert code == EXIT_INPUT
    assert err == (
        f"resumefit: error: {str(tmp_path)!r} is a directory; pass the files in it "
        "(e.g. dir/*.pdf).\n"
    )
