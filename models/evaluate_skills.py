"""Measure the skill lexicon on the corpus and print the numbers.

Usage::

    PYTHONPATH=src .venv/bin/python models/evaluate_skills.py [--check] [--json]

Metrics (corpus at ``../shared/corpus``; nothing here ships):

- **RJDB recall** (``pairs/rjdb/rjdb_dev.jsonl``): share of the gold ``Skills`` of
  each job description that the finder recovers from the description. Matching
  rule: the gold string is normalised (lowercased, atoms as in the lexicon; a
  leading "knowledge of", "ability to", "understanding of", "proficiency in" and a
  trailing "skills"/"skill" are removed). It is *found* when (a) ``lookup`` of the
  gold string (raw or normalised) gives a term that has a mention in the
  description, or (b) the normalised gold equals the normalised surface or
  canonical name of a mention, or (c) the gold names several skills joined by
  "and", "/", "," or "&" ("Teamwork and Communication Skills") and every part is
  found by (a) or (b). ``recall_lenient`` also accepts (d): a mention's
  normalised surface or name occurs as a whole-atom sequence inside the gold
  string ("SQL and shell scripting" contains "SQL").
- **SkillSpan precision** (``annotations/skillspan/data/json/test.json``): a found
  mention is correct when it overlaps a gold KNOWLEDGE span
  (``precision_knowledge``) or a gold KNOWLEDGE or SKILL span
  (``precision_any``). Also the share of gold KNOWLEDGE spans hit (recall).
- **Green et al. test set** (``annotations/green2022/raw_data/testset.txt``): every
  mention is predicted as a ``Skill`` entity over the tokens it covers; strict F1
  needs the exact token span, lenient F1 any overlap. Qualification and
  Experience are not predicted by the lexicon (the extraction stage owns them), so
  only Skill is reported.
- **Speed**: cold load of the default lexicon in a fresh interpreter (including
  the import of pydantic and ``resumefit.schema``, reported separately), and warm
  ``find_skills`` time on a 600-word posting (median of 50 runs).
- **Coverage** of the 300 most used Stack Overflow tags (eval-only source) by
  ``lookup``.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from resumefit.lexicon import Lexicon, atomize
from resumefit.schema import SkillMention

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"

FLOORS = {
    "rjdb.recall": 0.95,
    "skillspan.precision_any": 0.80,
    "speed.load_seconds_max": 1.0,
    "speed.find_ms_max": 5.0,
}
_PREFIXES = (
    "knowledge of ",
    "ability to ",
    "understanding of ",
    "proficiency in ",
    "proficiency with ",
    "experience with ",
    "experience in ",
)
_SUFFIXES = (" skills", " skill")


def _norm(text: str) -> str:
    return " ".join(atomize(text))


def _strip_gold(gold: str) -> str:
    value = _norm(gold.strip().strip('"').strip())
    for prefix in _PREFIXES:
        if value.startswith(prefix):
            value = value[len(prefix) :]
    for suffix in _SUFFIXES:
        if value.endswith(suffix) and len(value) > len(suffix):
            value = value[: -len(suffix)]
    return value


_CONJUNCTION = re.compile(r"\s+and\s+|\s*[/,&]\s*", re.IGNORECASE)


def _found_id(lex: Lexicon, name: str, ids: set[str]) -> bool:
    term = lex.lookup(name)
    return term is not None and term.id in ids


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def eval_rjdb(lex: Lexicon, *, show_misses: int = 0) -> dict[str, Any]:
    """Recall of the gold skills of each RJDB job description."""
    path = CORPUS / "pairs" / "rjdb" / "rjdb_dev.jsonl"
    total = found = lenient = 0
    misses: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        mentions = lex.find_skills_in_text(row["Job-Description"])
        ids = {m.skill_id for m in mentions}
        forms = {_norm(m.surface) for m in mentions} | {_norm(m.name) for m in mentions}
        for gold in row["Skills"]:
            total += 1
            stripped = _strip_gold(gold)
            hit = False
            for query in (gold, stripped):
                term = lex.lookup(query)
                if term is not None and term.id in ids:
                    hit = True
            if stripped in forms:
                hit = True
            parts = [_strip_gold(p) for p in _CONJUNCTION.split(gold) if p.strip()]
            if len(parts) > 1 and all(
                p in forms or _found_id(lex, p, ids) for p in parts
            ):
                hit = True
            if hit:
                found += 1
                lenient += 1
                continue
            gold_atoms = _norm(gold).split()
            if any(_contains(gold_atoms, f.split()) for f in forms if f):
                lenient += 1
            else:
                misses.append(gold)
    if show_misses:
        sys.stdout.write(f"rjdb misses (first {show_misses}): {misses[:show_misses]}\n")
    return {
        "gold": total,
        "recall": round(found / total, 4),
        "recall_lenient": round(lenient / total, 4),
    }


def _bio_spans(tags: list[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("B") or tag == "O":
            if start is not None:
                spans.append((start, i))
                start = None
            if tag.startswith("B"):
                start = i
        elif tag.startswith("I") and start is None:
            start = i
    return spans


def _token_offsets(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    offsets = []
    pos = 0
    for token in tokens:
        offsets.append((pos, pos + len(token)))
        pos += len(token) + 1
    return " ".join(tokens), offsets


def _mention_tokens(
    mention: SkillMention, offsets: list[tuple[int, int]]
) -> tuple[int, int]:
    covered = [
        i
        for i, (s, e) in enumerate(offsets)
        if s < mention.span[1] and e > mention.span[0]
    ]
    return covered[0], covered[-1] + 1


def eval_skillspan(lex: Lexicon) -> dict[str, Any]:
    """Precision of found mentions against SkillSpan KNOWLEDGE/SKILL spans."""
    path = CORPUS / "annotations" / "skillspan" / "data" / "json" / "test.json"
    found = in_knowledge = in_any = 0
    hard_found = hard_any = soft_found = soft_any = 0
    gold_k = gold_k_hit = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text, offsets = _token_offsets(row["tokens"])
        knowledge = _bio_spans(row["tags_knowledge"])
        skill = _bio_spans(row["tags_skill"])
        mentions = lex.find_skills_in_text(text)
        spans = [_mention_tokens(m, offsets) for m in mentions]
        for mention, (s, e) in zip(mentions, spans, strict=True):
            found += 1
            k = any(s < ge and e > gs for gs, ge in knowledge)
            a = k or any(s < ge and e > gs for gs, ge in skill)
            in_knowledge += k
            in_any += a
            if mention.is_soft:
                soft_found += 1
                soft_any += a
            else:
                hard_found += 1
                hard_any += a
        for gs, ge in knowledge:
            gold_k += 1
            gold_k_hit += any(s < ge and e > gs for s, e in spans)
    return {
        "found": found,
        "precision_knowledge": round(in_knowledge / max(found, 1), 4),
        "precision_any": round(in_any / max(found, 1), 4),
        "precision_any_hard": round(hard_any / max(hard_found, 1), 4),
        "precision_any_soft": round(soft_any / max(soft_found, 1), 4),
        "knowledge_recall": round(gold_k_hit / max(gold_k, 1), 4),
    }


def _read_green() -> list[tuple[list[str], list[str]]]:
    path = CORPUS / "annotations" / "green2022" / "raw_data" / "testset.txt"
    sentences: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            if tokens:
                sentences.append((tokens, tags))
                tokens, tags = [], []
            continue
        tokens.append(parts[0])
        tags.append(parts[1])
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def _typed_spans(tags: list[str], label: str) -> list[tuple[int, int]]:
    masked = [t if t.endswith("-" + label) else "O" for t in tags]
    return _bio_spans(masked)


def eval_green(lex: Lexicon) -> dict[str, Any]:
    """Strict and lenient F1 of Skill entities on Green et al.'s test set."""
    tp_strict = tp_pred_lenient = tp_gold_lenient = n_pred = n_gold = 0
    for tokens, tags in _read_green():
        text, offsets = _token_offsets(tokens)
        gold = _typed_spans(tags, "Skill")
        pred = [_mention_tokens(m, offsets) for m in lex.find_skills_in_text(text)]
        n_pred += len(pred)
        n_gold += len(gold)
        tp_strict += len(set(pred) & set(gold))
        tp_pred_lenient += sum(
            any(s < ge and e > gs for gs, ge in gold) for s, e in pred
        )
        tp_gold_lenient += sum(
            any(s < ge and e > gs for s, e in pred) for gs, ge in gold
        )

    def f1(p: float, r: float) -> float:
        return round(2 * p * r / (p + r), 4) if p + r else 0.0

    p_s, r_s = tp_strict / max(n_pred, 1), tp_strict / max(n_gold, 1)
    p_l, r_l = tp_pred_lenient / max(n_pred, 1), tp_gold_lenient / max(n_gold, 1)
    return {
        "gold_skill_spans": n_gold,
        "predicted": n_pred,
        "strict": {"p": round(p_s, 4), "r": round(r_s, 4), "f1": f1(p_s, r_s)},
        "lenient": {"p": round(p_l, 4), "r": round(r_l, 4), "f1": f1(p_l, r_l)},
    }


def _posting_600_words() -> str:
    path = CORPUS / "postings" / "glassdoor_ds_jobs" / "glassdoor_postings.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = str(row.get("description", ""))
        words = text.split(" ")
        if len(text.split()) >= 600:
            # Cut at the 600th whitespace-separated word, keeping line breaks.
            count = 0
            for i, ch in enumerate(text):
                if ch.isspace() and i > 0 and not text[i - 1].isspace():
                    count += 1
                    if count == 600:
                        return text[:i]
            return " ".join(words)
    msg = "no posting with 600 words found"
    raise RuntimeError(msg)


def eval_speed() -> dict[str, Any]:
    """Cold load time (fresh interpreter) and warm find time on 600 words."""
    code = (
        "import time;t0=time.perf_counter();import resumefit.schema;"
        "t1=time.perf_counter();"
        "from resumefit.lexicon import Lexicon;Lexicon.default();"
        "print(t1-t0, time.perf_counter()-t1)"
    )
    loads = []
    schema_imports = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONPATH": str(ROOT / "src")},
        )
        schema_s, lexicon_s = (float(x) for x in out.stdout.split())
        schema_imports.append(schema_s)
        loads.append(schema_s + lexicon_s)
    lex = Lexicon.default()
    text = _posting_600_words()
    import spacy

    doc = spacy.blank("en")(text)
    lex.find_skills(doc)
    runs = []
    for _ in range(50):
        t0 = time.perf_counter()
        lex.find_skills(doc)
        runs.append(time.perf_counter() - t0)
    return {
        "load_seconds_median_of_3": round(statistics.median(loads), 4),
        "of_which_pydantic_schema_import": round(statistics.median(schema_imports), 4),
        "find_ms_median_600_words": round(statistics.median(runs) * 1000, 3),
        "mentions_in_600_words": len(lex.find_skills(doc)),
    }


def eval_stackoverflow(lex: Lexicon, top: int = 300) -> dict[str, Any]:
    """Share of the most used Stack Overflow tags the lexicon can look up."""
    path = CORPUS / "lexicons" / "stackoverflow_tags" / "stackoverflow_tags.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    rows.sort(key=lambda r: (-int(r["Count"] or 0), r["TagName"]))
    tags = [r["TagName"] for r in rows[:top]]
    hit = [t for t in tags if lex.lookup(t) or lex.lookup(t.replace("-", " "))]
    return {"top": top, "covered": round(len(hit) / top, 4)}


def main(argv: list[str] | None = None) -> int:
    """Run every evaluation, print the numbers, optionally check the floors."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail under floors")
    parser.add_argument("--misses", type=int, default=0, help="print RJDB misses")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        sys.stdout.write(f"corpus not found at {CORPUS}\n")
        return 2
    lex = Lexicon.default()
    results = {
        "lexicon": {"version": lex.version, "terms": len(lex)},
        "rjdb": eval_rjdb(lex, show_misses=args.misses),
        "skillspan": eval_skillspan(lex),
        "green_skill": eval_green(lex),
        "stackoverflow": eval_stackoverflow(lex),
        "speed": eval_speed(),
    }
    sys.stdout.write(json.dumps(results, indent=2) + "\n")
    if not args.check:
        return 0
    failures = []
    if results["rjdb"]["recall"] < FLOORS["rjdb.recall"]:
        failures.append("rjdb.recall")
    if results["skillspan"]["precision_any"] < FLOORS["skillspan.precision_any"]:
        failures.append("skillspan.precision_any")
    speed = results["speed"]
    if speed["load_seconds_median_of_3"] > FLOORS["speed.load_seconds_max"]:
        failures.append("speed.load")
    if speed["find_ms_median_600_words"] > FLOORS["speed.find_ms_max"]:
        failures.append("speed.find")
    if failures:
        sys.stdout.write(f"FAILED floors: {failures} (floors: {FLOORS})\n")
        return 1
    sys.stdout.write("all floors met\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
