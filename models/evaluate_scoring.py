"""End-to-end scoring evaluation on RJDB dev triples, with a TF-IDF baseline.

Each RJDB triple holds a job description, a matched resume and an unmatched copy
(skills removed, experience shortened or dropped), plus what was removed. We check:

1. ranking: the matched resume outscores the unmatched one (ties count as failures);
2. removed skills: each removed skill shows up as a gap (missing/partial) in the
   unmatched result, on a qualification that names it (its canonical skills or its
   text contain the skill, case-insensitively). Also reported on the subset the job
   description names at all (about 9% of removed skills never appear in it, so no
   posting-based tool can report them); the floor applies to all of them;
3. shortened experience: the unmatched result has a years gap (a qualification
   with a years figure that is missing/partial) that the matched result does not.
   Triples whose experience was left unchanged ("the same job experience as
   before", 38 of 300) have nothing to detect and leave this denominator.

The same pairs are scored by a plain TF-IDF cosine baseline (the approach older
matchers used). Run:

    python models/evaluate_scoring.py --corpus ../shared/corpus [--check] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from datetime import date
from pathlib import Path

FLOORS = {"ranking": 0.98, "skill_gaps": 0.95, "years_gaps": 0.90}


def _load(corpus: Path) -> list[dict[str, object]]:
    path = corpus / "pairs" / "rjdb" / "rjdb_dev.jsonl"
    if not path.is_file():
        sys.exit(f"RJDB dev set not found at {path}; pass --corpus.")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def _as_of(row: dict[str, object]) -> date:
    years = row.get("Experiences-years")
    if isinstance(years, list) and len(years) > 1 and isinstance(years[1], int):
        return date(years[1], 12, 31)
    return date(2024, 12, 31)


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9+#]+", " ", text.lower()).strip()


def tfidf_baseline(rows: list[dict[str, object]]) -> tuple[float, float]:
    """Share of triples the TF-IDF cosine ranks correctly, and ms per pair."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    jds = [str(r["Job-Description"]) for r in rows]
    good = [str(r["Resume-matched"]) for r in rows]
    bad = [str(r["Resume-unmatched"]) for r in rows]
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    vectorizer.fit(jds + good + bad)
    start = time.perf_counter()
    jd_m = vectorizer.transform(jds)
    good_m = vectorizer.transform(good)
    bad_m = vectorizer.transform(bad)
    wins = 0
    for i in range(len(rows)):
        s_good = float(cosine_similarity(jd_m[i], good_m[i])[0, 0])
        s_bad = float(cosine_similarity(jd_m[i], bad_m[i])[0, 0])
        wins += s_good > s_bad
    elapsed = (time.perf_counter() - start) * 1000 / (2 * len(rows))
    return wins / len(rows), elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--check", action="store_true", help="fail under floors")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show-failures", type=int, default=0)
    args = parser.parse_args()

    import resumefit
    from resumefit.analyzer import default_analyzer

    rows = _load(args.corpus)[: args.limit]
    analyzer = default_analyzer()
    ranking_wins = 0
    skills_total = skills_found = 0
    named_total = named_found = 0
    years_total = years_found = 0
    timings: list[float] = []
    failures: list[str] = []
    for number, row in enumerate(rows):
        as_of = _as_of(row)
        posting = analyzer.parse_posting(str(row["Job-Description"]))
        good = analyzer.parse_resume(str(row["Resume-matched"]))
        bad = analyzer.parse_resume(str(row["Resume-unmatched"]))
        start = time.perf_counter()
        try:
            r_good = analyzer.score(good, posting, as_of=as_of)
            r_bad = analyzer.score(bad, posting, as_of=as_of)
        except resumefit.NoQualificationsError:
            failures.append(f"#{number}: no qualifications found in posting")
            skills_total += len(row["Filtered-information"].get("Skills", []))  # type: ignore[union-attr]
            years_total += 1
            continue
        timings.append((time.perf_counter() - start) * 1000 / 2)
        if r_good.score > r_bad.score:
            ranking_wins += 1
        else:
            failures.append(
                f"#{number}: matched {r_good.score} <= unmatched {r_bad.score}"
            )

        by_id = {q.id: q for q in posting.qualifications}
        bad_gaps = {g.qualification_id for g in r_bad.gaps}
        removed = row["Filtered-information"].get("Skills", [])  # type: ignore[union-attr]
        jd = _norm(str(row["Job-Description"]))
        for skill in removed:
            skills_total += 1
            key = _norm(str(skill))
            is_named = key in jd
            named_total += is_named
            concerned = {
                q.id
                for q in posting.qualifications
                if any(_norm(s) == key for s in q.skills) or key in _norm(q.text)
            }
            if concerned & bad_gaps:
                skills_found += 1
                named_found += is_named
            else:
                failures.append(f"#{number}: removed skill {skill!r} not a gap")

        change = str(row["Filtered-information"].get("Experience", ""))  # type: ignore[union-attr]
        if change.startswith("the same job experience"):
            continue
        years_total += 1
        good_status = {a.qualification_id: a for a in r_good.assessments}
        new_years_gap = False
        for gap in r_bad.gaps:
            qual = by_id[gap.qualification_id]
            if qual.min_years is None and not qual.years_by_degree:
                continue
            before = good_status[gap.qualification_id]
            after = next(a for a in r_bad.assessments if a.qualification_id == qual.id)
            if before.credit > after.credit:
                new_years_gap = True
                break
        if new_years_gap:
            years_found += 1
        else:
            failures.append(f"#{number}: shortened experience not a years gap")

    n = len(rows)
    ranking = ranking_wins / n
    skill_rate = skills_found / max(1, skills_total)
    named_rate = named_found / max(1, named_total)
    years_rate = years_found / max(1, years_total)
    base_rank, base_ms = tfidf_baseline(rows)
    median_ms = statistics.median(timings) if timings else float("nan")
    print(f"RJDB dev triples: {n}")
    print(f"{'metric':<44}{'resumefit':>12}{'tf-idf':>10}{'floor':>8}")
    print(
        f"{'matched outscores unmatched':<44}{ranking:>12.3f}{base_rank:>10.3f}{FLOORS['ranking']:>8.2f}"
    )
    print(
        f"{'removed skills reported as gaps':<44}{skill_rate:>12.3f}{'n/a':>10}{FLOORS['skill_gaps']:>8.2f}"
    )
    print(
        f"{'  ... of those the job description names':<44}{named_rate:>12.3f}{'n/a':>10}{'':>8}"
    )
    print(
        f"removed skills the job description names: {named_total} of {skills_total} "
        f"(ceiling for the gap rate {named_total / max(1, skills_total):.3f})"
    )
    print(
        f"{'shortened experience reported as years gap':<44}{years_rate:>12.3f}{'n/a':>10}{FLOORS['years_gaps']:>8.2f}"
    )
    print(
        f"{'ms per pair (parsed docs, median)':<44}{median_ms:>12.2f}{base_ms:>10.2f}"
    )
    for line in failures[: args.show_failures]:
        print("  " + line)
    if args.check:
        broken = [
            name
            for name, value in (
                ("ranking", ranking),
                ("skill_gaps", skill_rate),
                ("years_gaps", years_rate),
            )
            if value < FLOORS[name]
        ]
        if broken:
            print("below floor: " + ", ".join(broken))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
