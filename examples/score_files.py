"""Score the bundled example resume against the bundled posting.

Run: python examples/score_files.py
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import resumefit

HERE = Path(__file__).resolve().parent


def main() -> None:
    result = resumefit.score(
        HERE / "resume_jordan_rivera.pdf",
        HERE / "posting_data_analyst.txt",
        as_of=date(2026, 11, 1),
    )
    print(f"{result.score:.0f}/100 ({result.verdict})")
    for gap in result.gaps:
        print("gap:", gap.message)
    for suggestion in result.suggestions[:3]:
        print("suggestion:", suggestion.message)


if __name__ == "__main__":
    main()
