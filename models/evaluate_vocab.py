"""Measure the vocabulary recognisers (resumefit._vocab) on the shared corpus.

Usage (from the repo root):

    PYTHONPATH=src .venv/bin/python models/evaluate_vocab.py [--check] [--show N]

What it measures:

1. Years on Google items (``postings/google_job_skills/derived_qualification_items
   .jsonl``). There are no gold years there, so two honest checks:
   a. ``models/vocab_years_google_sample.json``: 100 items drawn at random from the
      1,032 that mention years/months/decades, hand-labelled by reading each one
      (the file holds only line indexes and labels, no corpus text). Exact
      ``min_years`` accuracy (None == None counts as correct).
   b. Agreement with an independent simple regex (``N+ years`` / ``N-M years`` at
      the start of the item) on every item where that regex fires; the Google
      items are almost all "N years of experience in X..." so this covers the
      bulk of the floor. Disagreements are listed with ``--show``.
   c. Held-out sentence samples from other postings, hand-labelled the same way
      (files hold only [row, start, end, label]):
      ``models/vocab_years_glassdoor_heldout.json`` (100 sentences of Glassdoor
      postings outside the dev gold) and ``models/vocab_years_hahu_heldout.json``
      (100 sentences of the flattened hahu ads). First-pass accuracy, measured
      before looking at any of their misses: Glassdoor 0.96, hahu 0.85. The
      misses were then fixed (durations "Contract: 4 months", ages, company
      history, "8/6 years", "1(one) to 2(two) years", "Total experience: ...").
      ``models/vocab_years_hahu_heldout2.json`` is a second hahu sample (80
      sentences) labelled after those fixes: first pass 75/80 = 0.94 (one label
      corrected after scoring, see the file). Its 5 misses were then fixed too
      (employer history "has been ... for 25 years", "project will run for 9
      months", "0 Year above", "Experience (in years): 3"), so all three samples
      now score ~1.0 and the first-pass figures are the honest held-out numbers.
2. Glassdoor dev gold (``annotations/glassdoor_dev_gold.jsonl``): ``min_years``
   exact accuracy on items with a gold number, false-positive rate on items with
   null, and ``classify_kind`` accuracy with a short confusion list. The kind is
   classified from text alone (no skill lexicon counts), a lower bound.
3. Degree level on ESCO ``lexicons/esco/qualification_mapping.csv`` (phrases with
   an EQF label): EQF 2-4 -> high_school, 5 -> associate, 6 -> bachelor,
   7 -> master, 8 -> doctorate; accuracy where find_degrees fires on the phrase,
   and coverage. EQF 1-3 vocational labels (NVQ, "qualification") are counted
   as high_school, which is generous to nobody: they are mostly missed.

``--check`` exits 1 when a number falls under its floor (see FLOORS).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

from resumefit._vocab import (
    classify_kind,
    find_credentials,
    find_degrees,
    mentions_work_authorization,
    parse_years,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
GOOGLE = CORPUS / "postings" / "google_job_skills" / "derived_qualification_items.jsonl"
GOLD = CORPUS / "annotations" / "glassdoor_dev_gold.jsonl"
ESCO = CORPUS / "lexicons" / "esco" / "qualification_mapping.csv"
SAMPLE = ROOT / "models" / "vocab_years_google_sample.json"
HAHU = CORPUS / "postings" / "hahu" / "hahu_job_ads.csv"
GLASSDOOR = CORPUS / "postings" / "glassdoor_ds_jobs" / "glassdoor_postings.jsonl"
HELDOUT = {
    "glassdoor": ROOT / "models" / "vocab_years_glassdoor_heldout.json",
    "hahu": ROOT / "models" / "vocab_years_hahu_heldout.json",
    "hahu2": ROOT / "models" / "vocab_years_hahu_heldout2.json",
}

FLOORS = {
    "google_years_sample_acc": 0.97,
    "google_years_regex_agreement": 0.97,
    "glassdoor_years_acc": 0.90,
    "heldout_years_acc": 0.90,
    "glassdoor_years_fp_rate_max": 0.03,
    "glassdoor_kind_acc": 0.70,
    "esco_degree_acc": 0.75,
}
EQF_TO_LEVEL = {
    "EQF2": "high_school",
    "EQF3": "high_school",
    "EQF4": "high_school",
    "EQF5": "associate",
    "EQF6": "bachelor",
    "EQF7": "master",
    "EQF8": "doctorate",
}
SIMPLE = re.compile(r"^(\d+)\+?\s*(?:-\s*\d+\s*)?years?\b", re.IGNORECASE)


def _min_years(text: str) -> float | None:
    info = parse_years(text)
    return None if info is None else info.min_years


def evaluate_google(show: int) -> dict[str, float]:
    items = [json.loads(line)["text"] for line in GOOGLE.open(encoding="utf-8")]
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))["labels"]
    correct = 0
    wrong: list[tuple[int, float | None, float | None]] = []
    for key, label in sample.items():
        pred = _min_years(items[int(key)])
        if pred == label:
            correct += 1
        else:
            wrong.append((int(key), label, pred))
    sample_acc = correct / len(sample)
    agree = total = 0
    disagreements: list[tuple[int, float, float | None]] = []
    for index, text in enumerate(items):
        match = SIMPLE.match(text)
        if not match:
            continue
        total += 1
        expected = float(match.group(1))
        pred = _min_years(text)
        if pred == expected:
            agree += 1
        else:
            disagreements.append((index, expected, pred))
    stated = sum(1 for text in items if _min_years(text) is not None)
    print("== Google items: years")
    print(f"items={len(items)} items with a figure found={stated}")
    print(
        f"hand-labelled sample (n={len(sample)}): exact min_years acc={sample_acc:.3f}"
    )
    for index, label, pred in wrong[:show]:
        print(f"  sample miss item {index}: gold={label} pred={pred}")
    print(
        f"simple leading-regex items (n={total}): agreement={agree / total:.3f} "
        f"({total - agree} differ)"
    )
    for index, expected, pred in disagreements[:show]:
        print(f"  differs item {index}: regex={expected} pred={pred}")
    return {
        "google_years_sample_acc": sample_acc,
        "google_years_regex_agreement": agree / total,
    }


def evaluate_heldout(show: int) -> dict[str, float]:
    csv.field_size_limit(1 << 30)
    with HAHU.open(encoding="utf-8", newline="") as handle:
        hahu = [row["description"] for row in csv.DictReader(handle)]
    glassdoor = [
        json.loads(line)["description"] for line in GLASSDOOR.open(encoding="utf-8")
    ]
    print("== Held-out sentence samples: years")
    correct = total = 0
    for name, path in HELDOUT.items():
        if not path.exists():
            continue
        rows = json.loads(path.read_text(encoding="utf-8"))["rows"]
        texts = glassdoor if name == "glassdoor" else hahu
        ok = 0
        misses = []
        for row, start, end, label in rows:
            pred = _min_years(texts[row][start:end])
            if pred == label:
                ok += 1
            else:
                misses.append(
                    f"  miss {name} row {row} [{start}:{end}]: gold={label} pred={pred}"
                )
        print(f"{name} (n={len(rows)}): exact min_years acc={ok / len(rows):.3f}")
        for miss in misses[:show]:
            print(miss)
        correct += ok
        total += len(rows)
    acc = correct / total if total else 0.0
    print(f"all held-out (n={total}): {acc:.3f}")
    return {"heldout_years_acc": acc}


def evaluate_glassdoor(show: int) -> dict[str, float]:
    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    rows = [row for row in rows if "text" in row]
    with_number = [row for row in rows if row["min_years"] is not None]
    without = [row for row in rows if row["min_years"] is None]
    years_ok = 0
    misses: list[str] = []
    for row in with_number:
        pred = _min_years(row["text"])
        if pred is not None and abs(pred - float(row["min_years"])) < 1e-6:
            years_ok += 1
        else:
            misses.append(f"gold={row['min_years']} pred={pred}")
    false_pos = [row for row in without if _min_years(row["text"]) is not None]
    kind_ok = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for row in rows:
        pred_kind = classify_kind(row["text"])
        if pred_kind == row["kind"]:
            kind_ok += 1
        else:
            confusion[(row["kind"], pred_kind)] += 1
    # The pipeline passes the skill lexicon's counts; measure that way too.
    kind_lex_ok = 0
    try:
        from resumefit.lexicon import Lexicon

        lexicon = Lexicon.default()
    except Exception as exc:  # the lexicon is another helper's module
        print(f"(lexicon unavailable: {exc!r})")
        lexicon = None
    if lexicon is not None:
        for row in rows:
            found = lexicon.find_skills_in_text(row["text"])
            hard = sum(1 for m in found if not m.is_soft)
            soft = sum(1 for m in found if m.is_soft)
            pred_kind = classify_kind(
                row["text"], skill_count=hard, soft_skill_count=soft
            )
            kind_lex_ok += pred_kind == row["kind"]
    cred_kinds = {"certification", "license", "clearance"}
    cred_rows = [row for row in rows if row["kind"] in cred_kinds]
    cred_hit = sum(1 for row in cred_rows if find_credentials(row["text"]))
    cred_fp = sum(
        1
        for row in rows
        if row["kind"] not in cred_kinds | {"authorization"}
        and find_credentials(row["text"])
    )
    auth_rows = [row for row in rows if row["kind"] == "authorization"]
    auth_hit = sum(1 for row in auth_rows if mentions_work_authorization(row["text"]))
    auth_fp = sum(
        1
        for row in rows
        if row["kind"] not in {"authorization", "clearance"}
        and mentions_work_authorization(row["text"])
    )
    years_acc = years_ok / len(with_number)
    fp_rate = len(false_pos) / len(without)
    kind_acc = kind_ok / len(rows)
    print("== Glassdoor dev gold")
    print(
        f"min_years exact acc on {len(with_number)} items with a number: "
        f"{years_acc:.3f}"
    )
    for miss in misses[:show]:
        print(f"  {miss}")
    print(
        f"false-positive years on {len(without)} null items: {len(false_pos)} "
        f"({fp_rate:.3f})"
    )
    print(f"kind acc on {len(rows)} items (text only, no lexicon): {kind_acc:.3f}")
    if lexicon is not None:
        print(
            f"kind acc with the default skill lexicon's counts: "
            f"{kind_lex_ok / len(rows):.3f}"
        )
    print(
        f"credentials found on {cred_hit}/{len(cred_rows)} certification/license/"
        f"clearance items; on {cred_fp} other items"
    )
    print(
        f"work authorization found on {auth_hit}/{len(auth_rows)} authorization "
        f"items; on {auth_fp} other items"
    )
    print(
        "  top confusions (gold -> pred): "
        + ", ".join(f"{g}->{p} {n}" for (g, p), n in confusion.most_common(8))
    )
    return {
        "glassdoor_years_acc": years_acc,
        "glassdoor_years_fp_rate_max": fp_rate,
        "glassdoor_kind_acc": kind_acc,
    }


def evaluate_esco(show: int) -> dict[str, float]:
    with ESCO.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["label"] in EQF_TO_LEVEL]
    fired = correct = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for row in rows:
        mentions = find_degrees(row["subtext"])
        if not mentions:
            continue
        fired += 1
        level = max(
            (m.level for m in mentions),
            key=["high_school", "associate", "bachelor", "master", "doctorate"].index,
        )
        gold = EQF_TO_LEVEL[row["label"]]
        if level == gold:
            correct += 1
        else:
            confusion[(gold, level)] += 1
    acc = correct / fired if fired else 0.0
    print("== ESCO qualification phrases: degree level")
    print(
        f"labelled phrases={len(rows)} find_degrees fires on {fired} "
        f"(coverage {fired / len(rows):.3f}); level acc where it fires={acc:.3f}"
    )
    print(
        "  confusions (gold -> pred): "
        + ", ".join(f"{g}->{p} {n}" for (g, p), n in confusion.most_common(show or 8))
    )
    return {"esco_degree_acc": acc}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail under floors")
    parser.add_argument("--show", type=int, default=0, help="list N misses each")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"corpus not found at {CORPUS}")
        return 2
    results: dict[str, float] = {}
    results.update(evaluate_google(args.show))
    results.update(evaluate_heldout(args.show))
    results.update(evaluate_glassdoor(args.show))
    results.update(evaluate_esco(args.show))
    failed = []
    for name, floor in FLOORS.items():
        value = results[name]
        bad = value > floor if name.endswith("_max") else value < floor
        if bad:
            failed.append(f"{name}={value:.3f} (floor {floor})")
    print("== floors: " + ("all met" if not failed else "FAILED " + "; ".join(failed)))
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
