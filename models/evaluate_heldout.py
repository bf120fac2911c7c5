"""Measure qualification finding on held-out Glassdoor postings never used for tuning.

The Glassdoor dev gold (first 40 postings, ``evaluate_importance.py --only
glassdoor``) was used to tune the pipeline, so its numbers are optimistic. This
script scores the shipped default model on a second, blind-labelled set:
``models/glassdoor_heldout_gold.json`` (20 postings, file lines 279-336, see its
``description``). That file stores character spans only, never corpus text; the
postings are read from ``../shared/corpus`` at run time.

The measure is exactly ``eval_glassdoor`` of ``evaluate_importance.py`` (its
``score_gold`` is reused): item recall (a gold item is found when the predicted
spans lying in it cover >= 50% of it; a predicted span lies in a gold item when
>= 50% of the predicted span overlaps it), precision (a predicted span lying in
no gold item is a false positive; one lying in an ``uncertain`` item is ignored)
and importance accuracy on found items (the set of importances predicted inside
the item must equal {gold importance}, {required, preferred} for ``mixed``).
Uncertain items count neither as misses nor as false positives.

Usage:
    PYTHONPATH=src python models/evaluate_heldout.py [--corpus ../shared/corpus]
        [--gold models/glassdoor_heldout_gold.json] [--verbose] [--check]

The gold's ``source`` field says which corpus file it labels: ``glassdoor``
(default) or ``hahu`` (``models/hahu_heldout_gold.json``: rows of
``postings/hahu/hahu_job_ads.csv``, descriptions flattened onto one line).

``--verbose`` lists misses, false positives and wrong importances (corpus text,
printed to the terminal only). ``--check`` exits 1 when recall < 0.90,
precision < 0.88 or importance < 0.96. Exit 2 when the corpus or gold is missing
or a posting no longer matches the hash the gold was labelled on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from evaluate_importance import Config, GoldCase, score_gold  # noqa: E402
from importance_data import read_glassdoor, read_hahu  # noqa: E402

from resumefit._importance import load_model  # noqa: E402

GOLD = HERE / "glassdoor_heldout_gold.json"
FLOORS = {"recall": 0.90, "precision": 0.88, "importance": 0.96}
IMPORTANCES = {"required", "preferred", "mixed"}


class GoldError(ValueError):
    """The gold file does not fit the corpus it was labelled on."""


def load_cases(gold_path: Path, corpus: Path) -> list[GoldCase]:
    """Gold cases for ``score_gold``: one per labelled line, in file order.

    Raises:
        GoldError: When a line is out of range, a posting's hash differs from the
            one labelled, or an item span or importance is invalid.
    """
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if gold.get("source", "glassdoor") == "hahu":
        postings = [{"description": text} for text in read_hahu(corpus)]
    else:
        postings = read_glassdoor(corpus)
    hashes: dict[str, str] = gold.get("sha1", {})
    cases: list[GoldCase] = []
    for line in gold["lines"]:
        if not 0 <= line < len(postings):
            msg = (
                f"gold line {line!r} is outside the corpus file ({len(postings)} lines)"
            )
            raise GoldError(msg)
        text = postings[line]["description"]
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if str(line) in hashes and hashes[str(line)] != digest:
            msg = f"posting on line {line!r} changed since labelling (sha1 {digest!r})"
            raise GoldError(msg)
        items: list[dict[str, object]] = []
        spans: list[tuple[int, int] | None] = []
        for row in gold["items"]:
            if row[0] != line:
                continue
            _, start, end, importance, _kind, _years, uncertain = row
            item = text[start:end]
            if not item or item != item.strip() or importance not in IMPORTANCES:
                msg = f"bad gold item on line {line!r}: {row!r:.80}"
                raise GoldError(msg)
            items.append(
                {
                    "text": item,
                    "importance": importance,
                    "uncertain": uncertain,
                    "kind": _kind,
                    "min_years": _years,
                }
            )
            spans.append((start, end))
        cases.append((line, text, items, spans))
    return cases


def score_fields(cases: list[GoldCase]) -> dict[str, float]:
    """Kind and ``min_years`` of what ``parse_posting`` finds in each gold item.

    A qualification belongs to the gold item holding at least half of it (spans
    mapped back from the normalised posting text). Over certain gold items with
    at least one qualification: ``kind`` is right when one of them has the gold
    kind (``mixed`` items included); ``min_years`` is right when the smallest
    figure they state equals the gold one (both None counts as right), reported
    on items where gold or prediction states years.
    """
    from evaluate_skills import _offset_map

    import resumefit

    kind_right = kind_total = years_right = years_total = 0
    for _, text, items, spans in cases:
        posting = resumefit.parse_posting(text)
        mapping = _offset_map(text, posting.text)
        quals = [
            (mapping[q.span[0]], mapping[q.span[1]], q) for q in posting.qualifications
        ]
        for gold, span in zip(items, spans, strict=True):
            if gold.get("uncertain") or span is None:
                continue
            inside = [
                q
                for a, b, q in quals
                if min(b, span[1]) - max(a, span[0]) >= max(1, b - a) / 2
            ]
            if not inside:
                continue
            kind_total += 1
            kind_right += any(q.kind == gold["kind"] for q in inside)
            figures = [q.min_years for q in inside if q.min_years is not None]
            got = min(figures) if figures else None
            want = gold["min_years"]
            if got is None and want is None:
                continue
            years_total += 1
            years_right += (
                got is not None and want is not None and got == float(str(want))
            )
    return {
        "kind": kind_right / kind_total if kind_total else 0.0,
        "kind_items": float(kind_total),
        "min_years": years_right / years_total if years_total else 0.0,
        "min_years_items": float(years_total),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=HERE.parent.parent / "shared" / "corpus"
    )
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--verbose", action="store_true", help="list errors")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when below a floor"
    )
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    if not args.gold.is_file():
        print(f"gold not found at {args.gold}", file=sys.stderr)
        return 2
    try:
        cases = load_cases(args.gold, args.corpus)
    except GoldError as exc:
        print(exc, file=sys.stderr)
        return 2
    model = load_model()
    config = Config("shipped" if model else "rules-only", model, saw_google=False)
    if model is not None:
        print(f"{config.name}: {model.version} ({model.provenance})")
    n_items = sum(len(items) for _, _, items, _ in cases)
    n_uncertain = sum(
        bool(g.get("uncertain")) for _, _, items, _ in cases for g in items
    )
    source = json.loads(args.gold.read_text(encoding="utf-8")).get("source")
    print(
        f"{source or 'glassdoor'} held-out gold: {len(cases)} postings, {n_items} items "
        f"({n_uncertain} uncertain, not scored)"
    )
    results = score_gold(cases, config, args.verbose)
    fields = score_fields(cases)
    print(
        f"    kind accuracy {fields['kind']:.4f} ({int(fields['kind_items'])} found "
        f"items); min_years exact {fields['min_years']:.4f} "
        f"({int(fields['min_years_items'])} items stating years)"
    )
    failed = [k for k, floor in FLOORS.items() if results[k] < floor]
    if failed:
        print(
            "below floor: "
            + ", ".join(f"{k} {results[k]:.4f} < {FLOORS[k]}" for k in failed)
        )
    else:
        print("all floors met")
    return 1 if (args.check and failed) else 0


if __name__ == "__main__":
    raise SystemExit(main())
