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
                {"text": item, "importance": importance, "uncertain": uncertain}
            )
            spans.append((start, end))
        cases.append((line, text, items, spans))
    return cases


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
