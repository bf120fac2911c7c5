"""Shared corpus readers for train_importance.py and evaluate_importance.py.

Reads ../shared/corpus at run time; nothing from these eval-only sources is written
to the repo. The shipped importance weights never see them (see
generate_importance_data.py); they feed only the evaluation and the local Google
experiment (train_importance.py --source google, written to models/build/).
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
from dataclasses import dataclass
from pathlib import Path

SEED = 20240611
TEST_SHARE = 0.2
GLASSDOOR_DEV = 40  # the first 40 glassdoor postings are the hand-labelled dev set


@dataclass(frozen=True)
class GooglePosting:
    key: str
    title: str
    responsibilities: tuple[str, ...]
    minimum: tuple[str, ...]
    preferred: tuple[str, ...]


def _lines(cell: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in cell.splitlines() if line.strip())


def read_google(corpus: Path) -> list[GooglePosting]:
    path = corpus / "postings" / "google_job_skills" / "job_skills.csv"
    postings: list[GooglePosting] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            minimum = _lines(row.get("Minimum Qualifications") or "")
            preferred = _lines(row.get("Preferred Qualifications") or "")
            responsibilities = _lines(row.get("Responsibilities") or "")
            if not minimum and not preferred:
                continue
            blob = "\n".join(
                (
                    row.get("Title") or "",
                    *responsibilities,
                    "|",
                    *minimum,
                    "|",
                    *preferred,
                )
            )
            key = hashlib.sha1(blob.encode("utf-8")).hexdigest()
            if key in seen:  # same posting re-listed for another location
                continue
            seen.add(key)
            postings.append(
                GooglePosting(
                    key, row.get("Title") or "", responsibilities, minimum, preferred
                )
            )
    return postings


def google_split(
    postings: list[GooglePosting],
) -> tuple[list[GooglePosting], list[GooglePosting]]:
    """Split by posting (deduplicated by content), fixed seed: (train, test)."""
    ordered = sorted(postings, key=lambda p: p.key)
    rng = random.Random(SEED)
    rng.shuffle(ordered)
    n_test = int(len(ordered) * TEST_SHARE)
    test_keys = {p.key for p in ordered[:n_test]}
    # Near-duplicates: any posting sharing a qualification set with a test
    # posting goes to test as well, so no qualification list is in both.
    test_quals = {(p.minimum, p.preferred) for p in postings if p.key in test_keys}
    train = [p for p in postings if (p.minimum, p.preferred) not in test_quals]
    test = [p for p in postings if (p.minimum, p.preferred) in test_quals]
    return train, test


def google_text(p: GooglePosting, *, headers: bool) -> str:
    parts: list[str] = [p.title, ""]
    if headers:
        parts.append("Responsibilities:")
    parts.extend(p.responsibilities)
    parts.append("")
    if headers:
        parts.append("Minimum qualifications:")
    parts.extend(p.minimum)
    parts.append("")
    if headers:
        parts.append("Preferred qualifications:")
    parts.extend(p.preferred)
    return "\n".join(parts) + "\n"


def read_glassdoor(corpus: Path) -> list[dict[str, str]]:
    path = corpus / "postings" / "glassdoor_ds_jobs" / "glassdoor_postings.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read_gold(corpus: Path) -> list[dict[str, object]]:
    path = corpus / "annotations" / "glassdoor_dev_gold.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read_hahu(corpus: Path) -> list[str]:
    path = corpus / "postings" / "hahu" / "hahu_job_ads.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return [row.get("description") or "" for row in csv.DictReader(handle)]


def read_misc(corpus: Path) -> list[tuple[str, str]]:
    folder = corpus / "postings" / "misc"
    return [
        (p.name, p.read_text(encoding="utf-8"))
        for p in sorted(folder.iterdir())
        if p.suffix in (".txt", ".md")
    ]
