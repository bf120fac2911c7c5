"""Measure the skill lexicon on the corpus and print the numbers.

Usage::

    PYTHONPATH=src .venv/bin/python models/evaluate_skills.py [--check] [--pipeline]
        [--misses N]

Metrics (corpus at ``../shared/corpus``; nothing here ships):

- **RJDB recall** (``pairs/rjdb/rjdb_dev.jsonl``): share of the gold ``Skills`` of
  each job description that the finder recovers from the description. Matching
  rule: the gold string is normalised (lowercased, atoms as in the lexicon; a
  leading "knowledge of", "ability to", "understanding of", "proficiency in" and a
  trailing "skills"/"skill"/"knowledge" are removed, and so are punctuation and
  "and"/"or" left at the edges of gold strings cut out of lists, "OAuth2)"). It is *found* when (a) ``lookup`` of the
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
- **Pipeline** (``--pipeline``): the same measures on what the pipeline
  reports. Each text goes through ``default_analyzer().parse_posting`` and the
  skills are those of its qualifications (``Qualification.skill_mentions``),
  alone (``qualification_lexicon``, ``lexicon``) and merged with
  ``find_skill_phrases`` run on each qualification's span, lexicon winning
  overlaps (``qualification_lexicon_plus_phrases``, ``lexicon_plus_phrases``),
  as ``extraction.py`` is to merge them. RJDB: same matching rule as above.
  SkillSpan: each posting (sentences grouped by ``idx``, one a line) is parsed
  whole; precision against the gold spans of the mention's sentence. Green:
  per type (Skill: skill mentions; Qualification: ``find_degrees`` and
  ``find_credentials``; Experience: ``parse_years`` figures), strict and
  lenient P/R/F1, reading only qualifications (``green_qualifications``, each
  sentence parsed as a posting) or whole sentences (``green_sentences``);
  ``overall_all_types`` also counts Domain and Occupation gold (never
  predicted), as the CRF baseline's 0.59 does.
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

from resumefit._phrases import find_skill_phrases, merge_mentions
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
_SUFFIXES = (" skills", " skill", " knowledge")


def _norm(text: str) -> str:
    return " ".join(atomize(text))


_EDGE_NOISE = re.compile(
    r"^(?:(?:and|or)\s+|[()\[\],;:\-\u2013\u2014]\s*)+|(?:\s*[()\[\],;:.\-])+$"
)


def _strip_gold(gold: str) -> str:
    # Gold strings cut out of lists keep stray edges ("OAuth2)", "and Collectd").
    value = _norm(_EDGE_NOISE.sub("", gold.strip().strip('"').strip()))
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


def _gold_hit(lex: Lexicon, gold: str, ids: set[str], forms: set[str]) -> int:
    """2 when ``gold`` is found (strict rule), 1 only leniently, 0 when missed."""
    stripped = _strip_gold(gold)
    for query in (gold, stripped):
        term = lex.lookup(query)
        if term is not None and term.id in ids:
            return 2
    if stripped in forms:
        return 2
    parts = [_strip_gold(p) for p in _CONJUNCTION.split(gold) if p.strip()]
    if len(parts) > 1 and all(p in forms or _found_id(lex, p, ids) for p in parts):
        return 2
    gold_atoms = _norm(gold).split()
    if any(_contains(gold_atoms, f.split()) for f in forms if f):
        return 1
    return 0


def _ids_forms(mentions: list[SkillMention]) -> tuple[set[str], set[str]]:
    ids = {m.skill_id for m in mentions}
    forms = {_norm(m.surface) for m in mentions} | {_norm(m.name) for m in mentions}
    return ids, forms


def _rjdb_rows() -> list[dict[str, Any]]:
    path = CORPUS / "pairs" / "rjdb" / "rjdb_dev.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _recall(
    lex: Lexicon,
    rows: list[dict[str, Any]],
    mentions_per_row: list[list[SkillMention]],
    *,
    show_misses: int = 0,
    label: str = "rjdb",
) -> dict[str, Any]:
    total = found = lenient = 0
    misses: list[str] = []
    for row, mentions in zip(rows, mentions_per_row, strict=True):
        ids, forms = _ids_forms(mentions)
        for gold in row["Skills"]:
            total += 1
            hit = _gold_hit(lex, gold, ids, forms)
            found += hit == 2
            lenient += hit >= 1
            if not hit:
                misses.append(gold)
    if show_misses:
        sys.stdout.write(
            f"{label} misses (first {show_misses}): {misses[:show_misses]}\n"
        )
    return {
        "gold": total,
        "recall": round(found / total, 4),
        "recall_lenient": round(lenient / total, 4),
    }


def eval_rjdb(lex: Lexicon, *, show_misses: int = 0) -> dict[str, Any]:
    """Recall of the gold skills of each RJDB job description (lexicon only)."""
    rows = _rjdb_rows()
    found = [lex.find_skills_in_text(row["Job-Description"]) for row in rows]
    result = _recall(lex, rows, found, show_misses=show_misses)
    result["ceiling"] = rjdb_ceiling(rows)
    return result


#: Bare job-title words that RJDB lists as gold "skills"; they occur only inside
#: the posting's job titles, and an honest extractor does not report them.
_TITLE_WORDS = frozenset(
    {
        *("developer", "engineer", "analyst", "manager", "architect", "consultant"),
        *("director", "recruiter", "lead", "technician", "programmer", "admin"),
        *("administrator", "specialist", "partner", "evangelist", "supervisor"),
        *("program manager", "project manager", "business analyst", "data analyst"),
        *("systems engineer", "software engineer", "quality engineer", "data manager"),
        *("system analyst", "solutions lead", "systems admin"),
    }
)


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9+#]+", text.lower()))


def rjdb_ceiling(rows: list[dict[str, Any]]) -> dict[str, float]:
    """Share of gold skills no honest finder can recover from the description.

    ``not_in_text``: the (normalised) gold string is not written in the job
    description at all; ``title_word``: it is, but only as a bare job-title word.
    ``ceiling`` is one minus both.
    """
    total = absent = title = 0
    for row in rows:
        jd = f" {_plain(row['Job-Description'])} "
        for gold in row["Skills"]:
            total += 1
            key = _plain(_strip_gold(gold)) or _plain(gold)
            if f" {key} " not in jd:
                absent += 1
            elif key in _TITLE_WORDS:
                title += 1
    return {
        "not_in_text": round(absent / total, 4),
        "title_word": round(title / total, 4),
        "ceiling": round(1 - (absent + title) / total, 4),
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


# --------------------------------------------------------------------- pipeline


def _shift(mention: SkillMention, offset: int) -> SkillMention:
    s, e = mention.span
    return mention.model_copy(update={"span": (s + offset, e + offset)})


def pipeline_mentions(
    posting: Any, *, keep_longer: bool = False
) -> tuple[list[SkillMention], list[SkillMention]]:
    """Skill mentions the pipeline attaches to a parsed posting's qualifications.

    Returns:
        ``(lexicon, merged)``: the lexicon mentions of every qualification
        (``Qualification.skill_mentions``), and the same merged with
        :func:`find_skill_phrases` run on each qualification's span (lexicon wins
        on overlap), as ``extraction.py`` is to do it. Spans index into
        ``posting.text``.
    """
    lexicon: list[SkillMention] = []
    merged: list[SkillMention] = []
    for q in posting.qualifications:
        start, end = q.span
        phrases = find_skill_phrases(posting.text, span=(start, end))
        lexicon.extend(q.skill_mentions)
        merged.extend(
            merge_mentions(q.skill_mentions, phrases, keep_longer=keep_longer)
        )
    return lexicon, merged


def _offset_map(source: str, parsed: str) -> list[int]:
    """Map each offset of ``parsed`` (normalised text) to an offset of ``source``."""
    if source == parsed:
        return list(range(len(parsed) + 1))
    import difflib

    mapping = [0] * (len(parsed) + 1)
    matcher = difflib.SequenceMatcher(None, parsed, source, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(i1, i2 + 1):
            mapping[k] = j1 + (k - i1 if tag == "equal" else 0) if k < i2 else j2
    mapping[len(parsed)] = len(source)
    return mapping


def eval_rjdb_pipeline(lex: Lexicon, *, show_misses: int = 0) -> dict[str, Any]:
    """RJDB recall of what the pipeline reports (qualification skills, phrases)."""
    from resumefit.analyzer import default_analyzer

    analyzer = default_analyzer()
    rows = _rjdb_rows()
    lex_only: list[list[SkillMention]] = []
    merged: list[list[SkillMention]] = []
    longer: list[list[SkillMention]] = []
    for row in rows:
        posting = analyzer.parse_posting(row["Job-Description"])
        lexicon, both = pipeline_mentions(posting)
        lex_only.append(lexicon)
        merged.append(both)
        longer.append(pipeline_mentions(posting, keep_longer=True)[1])
    n_phrases = sum(1 for ms in merged for m in ms if m.skill_id.startswith("phrase:"))
    return {
        "qualification_lexicon": _recall(lex, rows, lex_only),
        "qualification_lexicon_plus_phrases": _recall(
            lex, rows, merged, show_misses=show_misses, label="rjdb pipeline"
        ),
        "plus_phrases_keep_longer": _recall(lex, rows, longer),
        "open_vocab_phrases_per_posting": round(n_phrases / len(rows), 2),
    }


def _skillspan_docs() -> list[list[dict[str, Any]]]:
    path = CORPUS / "annotations" / "skillspan" / "data" / "json" / "test.json"
    docs: list[list[dict[str, Any]]] = []
    last: Any = None
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["idx"] != last:
            docs.append([])
            last = row["idx"]
        docs[-1].append(row)
    return docs


def eval_skillspan_pipeline() -> dict[str, Any]:
    """Precision of the skills the pipeline attaches to qualifications (SkillSpan).

    Each SkillSpan posting (sentences grouped by ``idx``) is rebuilt as one text,
    one sentence a line, and parsed; a mention is correct when it overlaps a gold
    KNOWLEDGE (``precision_knowledge``) or KNOWLEDGE/SKILL span (``precision_any``)
    of its sentence.
    """
    import bisect

    from resumefit.analyzer import default_analyzer

    analyzer = default_analyzer()
    names = ("lexicon", "lexicon_plus_phrases", "phrases_only", "keep_longer")
    counts: dict[str, list[int]] = {k: [0, 0, 0, 0, 0] for k in names}
    for doc_rows in _skillspan_docs():
        texts: list[str] = []
        offsets_per: list[list[tuple[int, int]]] = []
        starts: list[int] = []
        pos = 0
        for row in doc_rows:
            text, offsets = _token_offsets(row["tokens"])
            texts.append(text)
            offsets_per.append(offsets)
            starts.append(pos)
            pos += len(text) + 1
        source = "\n".join(texts)
        posting = analyzer.parse_posting(source)
        mapping = _offset_map(source, posting.text)
        lexicon, merged = pipeline_mentions(posting)
        variants = {
            "lexicon": lexicon,
            "lexicon_plus_phrases": merged,
            "phrases_only": [m for m in merged if m.skill_id.startswith("phrase:")],
            "keep_longer": pipeline_mentions(posting, keep_longer=True)[1],
        }
        for name, mentions in variants.items():
            for mention in mentions:
                s, e = mapping[mention.span[0]], mapping[mention.span[1]]
                k = bisect.bisect_right(starts, s) - 1
                row, base = doc_rows[k], starts[k]
                moved = mention.model_copy(update={"span": (s - base, e - base)})
                covered = [
                    i
                    for i, (ts, te) in enumerate(offsets_per[k])
                    if ts < moved.span[1] and te > moved.span[0]
                ]
                if not covered:
                    continue
                ts, te = covered[0], covered[-1] + 1
                know = _bio_spans(row["tags_knowledge"])
                skill = _bio_spans(row["tags_skill"])
                in_k = any(ts < ge and te > gs for gs, ge in know)
                in_a = in_k or any(ts < ge and te > gs for gs, ge in skill)
                counts[name][0] += 1
                counts[name][1] += in_k
                counts[name][2] += in_a
                if not mention.is_soft:
                    counts[name][3] += 1
                    counts[name][4] += in_k
    return {
        name: {
            "found": n,
            "precision_knowledge": round(k / max(n, 1), 4),
            "precision_any": round(a / max(n, 1), 4),
            "hard_found": n_hard,
            "precision_knowledge_hard": round(k_hard / max(n_hard, 1), 4),
        }
        for name, (n, k, a, n_hard, k_hard) in counts.items()
    }


_GREEN_TYPES = ("Skill", "Qualification", "Experience", "Domain", "Occupation")


def _f1(tp_pred: int, tp_gold: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p, r = tp_pred / max(n_pred, 1), tp_gold / max(n_gold, 1)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def _green_predictions(
    text: str, offsets: list[tuple[int, int]], *, sentence_level: bool
) -> dict[str, list[tuple[int, int]]]:
    """Predicted token spans per Green type for one sentence."""
    from resumefit import _vocab
    from resumefit.analyzer import default_analyzer

    pred: dict[str, list[tuple[int, int]]] = {t: [] for t in _GREEN_TYPES}
    if sentence_level:
        chunks = [(0, len(text))]
        skills = merge_mentions(
            Lexicon.default().find_skills_in_text(text), find_skill_phrases(text)
        )
        parsed = text
    else:
        posting = default_analyzer().parse_posting(text)
        parsed = posting.text
        chunks = [q.span for q in posting.qualifications]
        skills = pipeline_mentions(posting)[1]
    mapping = _offset_map(text, parsed)

    def tokens(span: tuple[int, int]) -> tuple[int, int] | None:
        s, e = mapping[span[0]], mapping[span[1]]
        covered = [i for i, (ts, te) in enumerate(offsets) if ts < e and te > s]
        return (covered[0], covered[-1] + 1) if covered else None

    spans: dict[str, list[tuple[int, int]]] = {t: [] for t in _GREEN_TYPES}
    spans["Skill"] = [m.span for m in skills]
    for start, end in chunks:
        item = parsed[start:end]
        for degree in _vocab.find_degrees(item):
            spans["Qualification"].append(
                (degree.span[0] + start, degree.span[1] + start)
            )
        for cred in _vocab.find_credentials(item):
            spans["Qualification"].append((cred.span[0] + start, cred.span[1] + start))
        years = _vocab.parse_years(item)
        for fig in years.figures if years else ():
            spans["Experience"].append((fig.span[0] + start, fig.span[1] + start))
    for kind, found in spans.items():
        for span in found:
            tok = tokens(span)
            if tok is not None and tok not in pred[kind]:
                pred[kind].append(tok)
    return pred


def eval_green_pipeline(*, sentence_level: bool) -> dict[str, Any]:
    """Strict/lenient F1 per Green type for pipeline predictions.

    ``sentence_level=False``: each test sentence is parsed as a posting and only
    its qualifications are read (skills with phrases, degrees and credentials as
    Qualification, years figures as Experience). ``sentence_level=True``: the
    same recognisers on the whole sentence, no qualification selection.
    """
    tallies = {t: [0, 0, 0, 0, 0] for t in _GREEN_TYPES}  # strict, lp, lg, np, ng
    for tokens, tags in _read_green():
        text, offsets = _token_offsets(tokens)
        pred = _green_predictions(text, offsets, sentence_level=sentence_level)
        for kind in _GREEN_TYPES:
            gold = _typed_spans(tags, kind)
            found = pred[kind]
            t = tallies[kind]
            t[0] += len(set(found) & set(gold))
            t[1] += sum(any(s < ge and e > gs for gs, ge in gold) for s, e in found)
            t[2] += sum(any(s < ge and e > gs for s, e in found) for gs, ge in gold)
            t[3] += len(found)
            t[4] += len(gold)
    out: dict[str, Any] = {}
    for kind, (st, lp, lg, n_p, n_g) in tallies.items():
        out[kind] = {
            "gold": n_g,
            "predicted": n_p,
            "strict": _f1(st, st, n_p, n_g),
            "lenient": _f1(lp, lg, n_p, n_g),
        }
    for name, kinds in (
        ("overall_skill_qual_exp", _GREEN_TYPES[:3]),
        ("overall_all_types", _GREEN_TYPES),
    ):
        sums = [sum(tallies[k][i] for k in kinds) for i in range(5)]
        out[name] = {
            "strict": _f1(sums[0], sums[0], sums[3], sums[4]),
            "lenient": _f1(sums[1], sums[2], sums[3], sums[4]),
        }
    return out


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
    find_skill_phrases(text)
    phrase_runs = []
    for _ in range(50):
        t0 = time.perf_counter()
        find_skill_phrases(text)
        phrase_runs.append(time.perf_counter() - t0)
    from resumefit.analyzer import default_analyzer

    posting = default_analyzer().parse_posting(text)
    spans = [q.span for q in posting.qualifications]
    item_runs = []
    for _ in range(50):
        t0 = time.perf_counter()
        for span in spans:
            find_skill_phrases(posting.text, span=span)
        item_runs.append(time.perf_counter() - t0)
    return {
        "phrases_ms_median_600_words": round(statistics.median(phrase_runs) * 1000, 3),
        "phrases_ms_median_qualification_spans": round(
            statistics.median(item_runs) * 1000, 3
        ),
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
    parser.add_argument(
        "--pipeline",
        action="store_true",
        help="also measure what the pipeline reports (parse_posting + phrases)",
    )
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
    if args.pipeline:
        results["pipeline"] = {
            "rjdb": eval_rjdb_pipeline(lex, show_misses=args.misses),
            "skillspan": eval_skillspan_pipeline(),
            "green_qualifications": eval_green_pipeline(sentence_level=False),
            "green_sentences": eval_green_pipeline(sentence_level=True),
        }
    sys.stdout.write(json.dumps(results, indent=2) + "\n")
    if not args.check:
        return 0
    failures = []
    if results["rjdb"]["recall"] < FLOORS["rjdb.recall"]:
        failures.append("rjdb.recall")
    if results["skillspan"]["precision_any"] < FLOORS["skillspan.precision_any"]:
        failures.append("skillspan.precision_any")
    if args.pipeline:
        pipe = results["pipeline"]
        rjdb_pipe = pipe["rjdb"]["qualification_lexicon_plus_phrases"]["recall"]
        if rjdb_pipe < FLOORS["rjdb.recall"]:
            failures.append("pipeline.rjdb.recall")
        ss_pipe = pipe["skillspan"]["lexicon_plus_phrases"]["precision_any"]
        if ss_pipe < FLOORS["skillspan.precision_any"]:
            failures.append("pipeline.skillspan.precision_any")
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
