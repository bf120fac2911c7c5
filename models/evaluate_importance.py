"""Measure posting structure and required/preferred decisions on the corpus.

Each measure is printed for several configurations side by side: rules only (no
classifier), the shipped model (src/resumefit/data/importance_model.npz, trained on
ship-ok sources and project-written text only) and, when it has been built, the
Google experiment (models/build/importance_google.npz, trained on eval-only
Google + Glassdoor text; never shipped). ``--model PATH`` evaluates any npz of the
same format instead (repeatable).

Prints:
 a) Google postings held out from the Google experiment's training, rebuilt as
    full text with their own headers: item importance accuracy (an item whose
    decision is missing counts as wrong), plus qualification precision
    (decisions on Responsibilities lines). The same split is kept for
    comparability; the shipped model never saw any Google posting, so a1/b1
    also report ALL Google postings (the Google experiment is not scored there).
 b) The same postings with the headers removed (cues + classifier only).
 c) Glassdoor dev gold (first 40 postings, 461 items): recall / precision of
    "is a qualification" and importance accuracy on matched items.
    Matching rule: a predicted span P lies in a gold item G when their overlap
    is >= 50% of len(P). G is found when the predicted spans lying in it cover
    >= 50% of len(G). P is a true positive when it lies in a non-uncertain gold
    item, ignored when it lies in an `uncertain` one, else a false positive.
    Importance is right when the set of importances predicted inside G equals
    {G.importance} ({required, preferred} for `mixed`). Uncertain gold items
    count neither as hits nor misses.
 d) Share of corpus postings (google, glassdoor, hahu, misc) where a
    requirements section is found.
 e) Shape of the qualifications found (shipped model): for hahu (flattened
    text) and glassdoor, the distribution of qualifications per posting and the
    number of qualifications longer than 300 characters (run-on paragraphs not
    split into asks).

Usage: python models/evaluate_importance.py --corpus ../shared/corpus [--check]
       [--model PATH ...] [--only google|glassdoor|share|shape] [--verbose]

``--check`` exits 1 when the shipped model (or the first ``--model``) is below a
floor.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from importance_data import (  # noqa: E402
    GLASSDOOR_DEV,
    GooglePosting,
    google_split,
    google_text,
    read_glassdoor,
    read_gold,
    read_google,
    read_hahu,
    read_misc,
)

from resumefit._importance import (  # noqa: E402
    ImportanceModel,
    ItemDecision,
    load_model,
    select_qualifications,
)
from resumefit._posting_structure import structure_posting  # noqa: E402

FLOORS = {
    "google_headers_accuracy": 0.97,
    "google_noheaders_accuracy": 0.85,
    "glassdoor_recall": 0.90,
    "glassdoor_precision": 0.88,
    "glassdoor_importance": 0.96,
}


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


GOOGLE_EXPERIMENT = HERE / "build" / "importance_google.npz"


@dataclass(frozen=True)
class Config:
    name: str
    model: ImportanceModel | None
    saw_google: bool  # trained on the Google training split


def decide(text: str, model: ImportanceModel | None) -> list[ItemDecision]:
    return select_qualifications(text, structure_posting(text).sections, model=model)


def line_spans(
    text: str, lines: tuple[str, ...], start_at: int
) -> tuple[list[tuple[int, int]], int]:
    spans = []
    pos = start_at
    for line in lines:
        i = text.index(line, pos)
        spans.append((i, i + len(line)))
        pos = i + len(line)
    return spans, pos


def eval_google(
    postings: list[GooglePosting], headers: bool, config: Config, verbose: bool
) -> tuple[float, str]:
    correct = total = 0
    resp_flagged = resp_total = 0
    sources: Counter[str] = Counter()
    errors: list[str] = []
    for p in postings:
        text = google_text(p, headers=headers)
        decisions = decide(text, config.model)
        resp, pos = line_spans(text, p.responsibilities, 0)
        mins, pos = line_spans(text, p.minimum, pos)
        prefs, _ = line_spans(text, p.preferred, pos)
        for span in resp:
            resp_total += 1
            if any(overlap(d.span, span) > 0 for d in decisions):
                resp_flagged += 1
        for spans, label in ((mins, "required"), (prefs, "preferred")):
            for span in spans:
                total += 1
                inside = [
                    d
                    for d in decisions
                    if overlap(d.span, span) * 2 >= d.span[1] - d.span[0]
                ]
                got = {d.importance for d in inside}
                sources.update(d.source for d in inside)
                if got == {label}:
                    correct += 1
                elif len(errors) < 15:
                    errors.append(
                        f"    {label} got {sorted(got)}: {text[span[0] : span[1]][:100]}"
                    )
    acc = correct / total if total else 0.0
    line = (
        f"    {config.name:<18} accuracy {acc:.4f} ({correct}/{total}); "
        f"responsibility lines taken {resp_flagged}/{resp_total}; "
        f"sources {dict(sorted(sources.items()))}"
    )
    if verbose and errors:
        line += "\n" + "\n".join(errors)
    return acc, line


def run_google(configs: list[Config], verbose: bool) -> dict[str, float]:
    everything = read_google(ARGS.corpus)
    _, held_out = google_split(everything)
    results: dict[str, float] = {}
    for headers, key, tag in (
        (True, "google_headers_accuracy", "a"),
        (False, "google_noheaders_accuracy", "b"),
    ):
        name = "with headers" if headers else "headers removed"
        print(
            f"{tag}) google held-out {name}: {len(held_out)} postings "
            "(split of the Google experiment)"
        )
        for config in configs:
            acc, line = eval_google(held_out, headers, config, verbose)
            results[f"{config.name}:{key}"] = acc
            print(line)
        print(
            f"{tag}1) google ALL postings {name}: {len(everything)} postings "
            "(not scored for models trained on Google)"
        )
        for config in configs:
            if config.saw_google:
                print(f"    {config.name:<18} -")
                continue
            acc, line = eval_google(everything, headers, config, verbose)
            results[f"{config.name}:{key}_all"] = acc
            print(line)
    return results


def find_spans(
    text: str, gold: list[dict[str, object]]
) -> list[tuple[int, int] | None]:
    used: set[int] = set()
    out: list[tuple[int, int] | None] = []
    for g in gold:
        needle = str(g["text"])
        start = text.find(needle)
        while start in used and start >= 0:
            start = text.find(needle, start + 1)
        if start < 0:
            out.append(None)
            continue
        used.add(start)
        out.append((start, start + len(needle)))
    return out


# One scored posting: (line, text, gold items, gold spans). Each gold item has
# "text", "importance" and optionally "uncertain"; a None span is not found.
GoldCase = tuple[int, str, list[dict[str, object]], list[tuple[int, int] | None]]


def eval_glassdoor(config: Config, verbose: bool) -> dict[str, float]:
    postings = read_glassdoor(ARGS.corpus)[:GLASSDOOR_DEV]
    gold_all = [g for g in read_gold(ARGS.corpus) if "text" in g]
    cases: list[GoldCase] = []
    for index, posting in enumerate(postings):
        text = posting["description"]
        gold = [g for g in gold_all if g["line"] == index]
        cases.append((index, text, gold, find_spans(text, gold)))
    return score_gold(cases, config, verbose)


def score_gold(
    cases: list[GoldCase], config: Config, verbose: bool
) -> dict[str, float]:
    """Recall, precision and importance accuracy of ``config`` on gold cases (c)."""
    tp = fp = 0
    found = n_gold = 0
    imp_right = imp_total = 0
    sources: Counter[str] = Counter()
    misses: list[str] = []
    false_pos: list[str] = []
    wrong_imp: list[str] = []
    for index, text, gold, spans in cases:
        decisions = decide(text, config.model)
        sources.update(d.source for d in decisions)
        inside: dict[int, list[ItemDecision]] = {}
        for d in decisions:
            length = max(1, d.span[1] - d.span[0])
            host = None
            for gi, span in enumerate(spans):
                if span is not None and overlap(d.span, span) * 2 >= length:
                    host = gi
                    break
            if host is None:
                fp += 1
                false_pos.append(
                    f"    [{index}] {d.importance}: {text[d.span[0] : d.span[1]][:110]}"
                )
                continue
            inside.setdefault(host, []).append(d)
            if not gold[host].get("uncertain"):
                tp += 1
        for gi, (g, span) in enumerate(zip(gold, spans, strict=True)):
            if g.get("uncertain") or span is None:
                continue
            n_gold += 1
            ds = inside.get(gi, [])
            covered = sum(overlap(d.span, span) for d in ds)
            if covered * 2 < span[1] - span[0]:
                misses.append(
                    f"    [{index}] {g['importance']}: {str(g['text'])[:110]}"
                )
                continue
            found += 1
            imp_total += 1
            want = (
                {"required", "preferred"}
                if g["importance"] == "mixed"
                else {g["importance"]}
            )
            got = {d.importance for d in ds}
            if got == want:
                imp_right += 1
            else:
                wrong_imp.append(
                    f"    [{index}] gold {g['importance']} got {sorted(got)} "
                    f"({','.join(d.source for d in ds)}): {str(g['text'])[:100]}"
                )
    recall = found / n_gold if n_gold else 0.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    importance = imp_right / imp_total if imp_total else 0.0
    print(
        f"    {config.name:<18} recall {recall:.4f} ({found}/{n_gold}); "
        f"precision {precision:.4f} ({tp}/{tp + fp}); "
        f"importance {importance:.4f} ({imp_right}/{imp_total}); "
        f"sources {dict(sorted(sources.items()))}"
    )
    if verbose:
        print("   misses:\n" + "\n".join(misses))
        print("   false positives:\n" + "\n".join(false_pos))
        print("   wrong importance:\n" + "\n".join(wrong_imp))
    return {"recall": recall, "precision": precision, "importance": importance}


def run_glassdoor(configs: list[Config], verbose: bool) -> dict[str, float]:
    print(f"c) glassdoor dev gold: first {GLASSDOOR_DEV} postings, certain items only")
    results: dict[str, float] = {}
    for config in configs:
        for k, v in eval_glassdoor(config, verbose).items():
            results[f"{config.name}:glassdoor_{k}"] = v
    return results


def eval_requirements_share(config: Config) -> None:
    corpora: dict[str, list[str]] = {
        "google": [google_text(p, headers=True) for p in read_google(ARGS.corpus)],
        "glassdoor": [p["description"] for p in read_glassdoor(ARGS.corpus)],
        "hahu": read_hahu(ARGS.corpus),
        "misc": [t for _, t in read_misc(ARGS.corpus)],
    }
    total_hit = total_n = 0
    parts = []
    for name, texts in corpora.items():
        hit = sum(
            any(s.kind == "requirements" for s in structure_posting(t).sections)
            for t in texts
        )
        any_qual = sum(bool(decide(t, config.model)) for t in texts)
        total_hit += hit
        total_n += len(texts)
        parts.append(
            f"{name} {hit}/{len(texts)} ({hit / len(texts):.3f}; "
            f"any qualification {any_qual / len(texts):.3f})"
        )
    print(
        f"d) requirements section found ({config.name} for 'any qualification'): "
        + "; ".join(parts)
        + f"; all {total_hit}/{total_n} ({total_hit / total_n:.3f})"
    )


LONG_ITEM = 300


def eval_shape(config: Config, verbose: bool) -> None:
    corpora: dict[str, list[str]] = {
        "hahu": read_hahu(ARGS.corpus),
        "glassdoor": [p["description"] for p in read_glassdoor(ARGS.corpus)],
    }
    print(
        f"e) qualifications per posting and items > {LONG_ITEM} chars ({config.name})"
    )
    for name, texts in corpora.items():
        per_posting: Counter[str] = Counter()
        long_items = total = 0
        examples: list[str] = []
        for index, text in enumerate(texts):
            decisions = decide(text, config.model)
            n = len(decisions)
            per_posting[str(n) if n < 10 else "10+"] += 1
            total += n
            for d in decisions:
                if d.span[1] - d.span[0] > LONG_ITEM:
                    long_items += 1
                    if len(examples) < 10:
                        examples.append(
                            f"    [{index}] {text[d.span[0] : d.span[1]][:140]!r}"
                        )
        order = [str(i) for i in range(10)] + ["10+"]
        dist = " ".join(f"{k}:{per_posting[k]}" for k in order if per_posting[k])
        print(
            f"    {name:<10} postings {len(texts)}; qualifications {total}; "
            f"per posting {dist}; items > {LONG_ITEM} chars {long_items}"
        )
        if verbose and examples:
            print("\n".join(examples))


def configurations(paths: list[Path]) -> list[Config]:
    if paths:
        configs = []
        for path in paths:
            model = load_model(path)
            assert model is not None
            configs.append(
                Config(path.stem, model, saw_google="google" in model.provenance)
            )
        return configs
    configs = [Config("rules-only", None, saw_google=False)]
    shipped = load_model()
    if shipped is not None:
        configs.append(Config("shipped", shipped, saw_google=False))
    if GOOGLE_EXPERIMENT.is_file():
        configs.append(
            Config("google-experiment", load_model(GOOGLE_EXPERIMENT), saw_google=True)
        )
    for config in configs:
        if config.model is not None:
            print(f"{config.name}: {config.model.version} ({config.model.provenance})")
    return configs


def main() -> int:
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=HERE.parent.parent / "shared" / "corpus"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit 1 when the shipped model (or the first --model) is below a floor",
    )
    parser.add_argument("--verbose", action="store_true", help="list errors")
    parser.add_argument(
        "--model",
        type=Path,
        action="append",
        default=[],
        help="evaluate this npz instead of the default configurations (repeatable)",
    )
    parser.add_argument(
        "--only", choices=["google", "glassdoor", "share", "shape"], default=None
    )
    ARGS = parser.parse_args()
    if not ARGS.corpus.is_dir():
        print(f"corpus not found at {ARGS.corpus}", file=sys.stderr)
        return 2
    configs = configurations(ARGS.model)
    results: dict[str, float] = {}
    if ARGS.only in (None, "google"):
        results.update(run_google(configs, ARGS.verbose))
    if ARGS.only in (None, "glassdoor"):
        results.update(run_glassdoor(configs, ARGS.verbose))
    if ARGS.only in (None, "share"):
        eval_requirements_share(
            next((c for c in configs if c.name == "shipped"), configs[0])
        )
    if ARGS.only in (None, "shape"):
        eval_shape(
            next((c for c in configs if c.name == "shipped"), configs[0]), ARGS.verbose
        )
    judged = ARGS.model[0].stem if ARGS.model else "shipped"
    failed = [
        k
        for k in FLOORS
        if f"{judged}:{k}" in results and results[f"{judged}:{k}"] < FLOORS[k]
    ]
    if failed:
        print(
            f"below floor ({judged}): "
            + ", ".join(
                f"{k} {results[f'{judged}:{k}']:.4f} < {FLOORS[k]}" for k in failed
            )
        )
    else:
        print(f"all floors met ({judged})")
    return 1 if (ARGS.check and failed) else 0


ARGS: argparse.Namespace

if __name__ == "__main__":
    raise SystemExit(main())
