"""Speed benchmark for the pipeline and the scorer, beside a TF-IDF baseline.

Measures (medians, warm unless stated):

* ``import resumefit`` (fresh interpreter, minus bare interpreter start-up);
* loading the pipeline and lexicon (fresh interpreter: first parse of a tiny text);
* a ~600-word posting through the whole pipeline (parse + qualifications);
* ``score`` per pair on parsed documents (RJDB dev pairs);
* ``rank`` of one parsed resume against 1,000 parsed postings;
* the same pairs scored by TF-IDF cosine (what older matchers did).

File parsing speed (PDF vs pdfminer, DOCX, text) is in scripts/bench_parsing.py.

Run: python scripts/bench.py --corpus ../shared/corpus [--check]
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FLOORS_MS = {
    "import": 150.0,
    "load": 1000.0,
    "posting_600w": 20.0,
    "score_pair": 5.0,
    "rank_1000": 2000.0,
}


def _fresh(code: str, repeats: int = 5) -> float:
    """Median wall time (ms) of ``python -c code`` minus a bare interpreter."""

    def run(snippet: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", snippet], check=True)
        return (time.perf_counter() - start) * 1000

    bare = statistics.median(run("pass") for _ in range(repeats))
    return statistics.median(run(code) for _ in range(repeats)) - bare


def _median_ms(func: object, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _google_postings(corpus: Path, limit: int) -> list[str]:
    path = corpus / "postings" / "google_job_skills" / "job_skills.csv"
    texts = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            parts = [row.get("Title", "")]
            for header in (
                "Responsibilities",
                "Minimum Qualifications",
                "Preferred Qualifications",
            ):
                body = row.get(header) or ""
                parts.append(f"\n{header}:\n{body}")
            texts.append("\n".join(parts))
            if len(texts) >= limit:
                break
    return texts


def _posting_near_600_words(corpus: Path) -> str:
    path = corpus / "postings" / "glassdoor_ds_jobs" / "glassdoor_postings.jsonl"
    best, best_gap = "", 10**9
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line).get("description", "")
            gap = abs(len(text.split()) - 600)
            if gap < best_gap:
                best, best_gap = text, gap
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=REPO.parent / "shared" / "corpus"
    )
    parser.add_argument("--check", action="store_true", help="fail above ceilings")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"corpus not found at {args.corpus}; pass --corpus")

    rows: dict[str, tuple[float, str]] = {}
    rows["import"] = (_fresh("import resumefit"), "import resumefit (fresh process)")
    rows["load"] = (
        _fresh("import resumefit; resumefit.parse_posting('Requirements\\n- SQL')", 3)
        - rows["import"][0],
        "load pipeline + lexicon + first parse (fresh)",
    )

    import resumefit
    from resumefit.analyzer import default_analyzer

    analyzer = default_analyzer()
    posting_text = _posting_near_600_words(args.corpus)
    uncached = resumefit.Analyzer(cache_size=0)
    uncached.parse_posting(posting_text)
    rows["posting_600w"] = (
        _median_ms(lambda: uncached.parse_posting(posting_text), 30),
        f"posting of {len(posting_text.split())} words, whole pipeline (warm)",
    )

    rjdb = [
        json.loads(line)
        for line in (args.corpus / "pairs" / "rjdb" / "rjdb_dev.jsonl").open()
    ][:100]
    pairs = []
    for row in rjdb:
        try:
            posting = analyzer.parse_posting(row["Job-Description"])
            if posting.qualifications:
                pairs.append((analyzer.parse_resume(row["Resume-matched"]), posting))
        except resumefit.ResumefitError:
            continue
    as_of = date(2024, 1, 1)
    per_pair = []
    for resume, posting in pairs:
        for _ in range(3):
            start = time.perf_counter()
            analyzer.score(resume, posting, as_of=as_of)
            per_pair.append((time.perf_counter() - start) * 1000)
    rows["score_pair"] = (
        statistics.median(per_pair),
        f"score() per parsed pair, median of {len(per_pair)}",
    )

    postings = [analyzer.parse_posting(t) for t in _google_postings(args.corpus, 1000)]
    postings = [p for p in postings if p.qualifications]
    resume = pairs[0][0]
    start = time.perf_counter()
    analyzer.rank(resume, postings, as_of=as_of)
    rows["rank_1000"] = (
        (time.perf_counter() - start) * 1000 * 1000 / len(postings),
        f"rank() 1 resume vs {len(postings)} parsed postings, scaled to 1,000",
    )

    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    texts = [p.text for _, p in pairs] + [r.text for r, _ in pairs]
    vectorizer = TfidfVectorizer(stop_words="english").fit(texts)
    start = time.perf_counter()
    for resume_doc, posting_doc in pairs:
        cosine_similarity(
            vectorizer.transform([resume_doc.text]),
            vectorizer.transform([posting_doc.text]),
        )
    tfidf_pair = (time.perf_counter() - start) * 1000 / len(pairs)
    start = time.perf_counter()
    matrix = vectorizer.transform([p.text for p in postings])
    cosine_similarity(vectorizer.transform([resume.text]), matrix)
    tfidf_rank = (time.perf_counter() - start) * 1000 * 1000 / len(postings)

    baseline = {"score_pair": tfidf_pair, "rank_1000": tfidf_rank}
    print(f"{'measure':<58}{'resumefit ms':>14}{'tf-idf ms':>11}{'ceiling':>9}")
    broken = []
    for key, (value, label) in rows.items():
        base = f"{baseline[key]:.2f}" if key in baseline else "-"
        print(f"{label:<58}{value:>14.2f}{base:>11}{FLOORS_MS[key]:>9.0f}")
        if value > FLOORS_MS[key]:
            broken.append(key)
    if args.check and broken:
        print("over ceiling: " + ", ".join(broken))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
