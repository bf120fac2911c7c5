"""Decide which posting items are qualifications, and whether each is required.

Order of evidence, strongest first:

1. An inline cue in the item ("... is a plus", "must have", "preferred") decides
   importance, beating the section header. An item whose clauses carry
   different cues ("BS required, MS preferred") becomes one decision per clause.
2. The section header: items under requirements are required, items under
   preferred/nice-to-have are preferred.
3. A learned classifier (logistic regression on hashed word and character
   n-grams, two heads: *is it a qualification* and *preferred vs required*)
   for items the rules do not settle: postings without headers, untyped
   sections, candidate requirements hidden in other sections. The shipped
   weights (``data/importance_model.npz``) are trained by
   ``models/train_importance.py`` (scikit-learn) on lines generated from
   project-written templates and the ship-ok O*NET and ESCO vocabularies, and
   predicted here with numpy. :func:`load_model` also reads any other npz of the
   same format (e.g. a locally trained experiment).

When a posting without headers lists qualifications in two or more lists, the
lists are contrasted: the one that reads most "required" is required, the one
that reads most "preferred" is preferred (see :func:`_contrast_preferences`).

Cue patterns live in ``data/importance_cues.json``. numpy is imported lazily.
"""

from __future__ import annotations

import io
import itertools
import json
import math
import os
import re
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from resumefit.errors import InputError, ResourceError
from resumefit.schema import (
    Importance,
    ImportanceSource,
    PostingItem,
    PostingSection,
    PostingSectionKind,
    Span,
)

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "N_FEATURES",
    "ImportanceModel",
    "ItemDecision",
    "detect_cue",
    "featurize",
    "load_model",
    "model_version",
    "select_qualifications",
]

#: Size of the hashed feature space shared by training and prediction.
N_FEATURES = 1 << 18
_MODEL_FILE = "data/importance_model.npz"

#: Probability above which an item of an untyped section is a qualification.
#: Chosen on the nine held-out sets (``models/evaluate_heldout.py``): 0.7/0.85
#: instead of 0.6/0.8 trades about 0.5 point of recall for about 1 point of
#: precision on real postings (a prose sentence taken for an ask becomes a false
#: gate), and costs 1.7 points on headerless Google (0.902 -> 0.885, floor 0.85).
QUAL_THRESHOLD_OTHER = 0.7
#: Higher bar for items of responsibilities sections (duties are the default).
QUAL_THRESHOLD_RESPONSIBILITIES = 0.85
#: Items of requirements/preferred sections are dropped only below this.
QUAL_THRESHOLD_LISTED = 0.1
#: Probability above which the classifier calls a qualification preferred.
PREFERRED_THRESHOLD = 0.5
#: Weight of the block mean in an item's smoothed preference logit.
BLOCK_WEIGHT = 0.9
#: Fewest uncued items for a list to have a block mean.
MIN_BLOCK_ITEMS = 2
#: Least difference of block mean logits for two untyped lists to be contrasted.
CONTRAST_MIN_SPREAD = 0.5

_WORD_RE = re.compile(r"[a-z0-9+#]+(?:['.][a-z0-9]+)*")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_CLAUSE_SEP_RE = re.compile(
    r";|,|\.\s+(?=[A-Z])|\s+but\s+|\s+\(?whereas\s+"
    r"|\s+(?=(?:preferably|ideally|especially)\b)|\s+[-\u2013\u2014]\s+(?=\S)"
)
_DASHES = frozenset("-\u2013\u2014")
#: Most words after a spaced dash for it to open a preference of its own
#: ("containerization - Docker preferred").
_DASH_TAIL_WORDS = 6
_EMPHASIS_RE = re.compile(r"\s*(?:especially|particularly|notably)\s*", re.IGNORECASE)
#: Most words of a trailing preferred name ("..., Teradata preferred").
_TRAILING_NAME_WORDS = 4
_JOINED_RE = re.compile(r"\W*(?:and|or|&)\b", re.IGNORECASE)
_ALTERNATIVE_RE = re.compile(r"\s*(?:or|and/or)\b", re.IGNORECASE)
#: A clause that is nothing but a cue ("preferred", "- required"): it belongs
#: to the clause before it whatever separates them.
_BARE_CUE_RE = re.compile(
    r"^\W*(?:(?:is|are|strongly|highly)\s+)?(?:preferred|preferable|desired|required"
    r"|mandatory|optional|a plus|a bonus|nice to have|an asset|an advantage)\W*$",
    re.IGNORECASE,
)
#: What an ask opens with before a list of names ("Strong knowledge of SQL,
#: Teradata preferred": the trailing name alone is preferred).
_ASK_HEAD_RE = re.compile(
    r"\b(?:knowledge|experience|proficien\w*|familiar\w*|expertise|skills?"
    r"|understanding|fluen\w*|background|abilit\w*)\b",
    re.IGNORECASE,
)
#: A parenthesis holding a preference: "(Adobe preferred)", "(preferably X)".
_PAREN_RE = re.compile(r"\(([^()]*)\)")
_ABBREVIATION_END_RE = re.compile(
    r"\b(?:i\.?e|e\.?g|etc|vs|incl|approx|[A-Z])$", re.IGNORECASE
)


@dataclass(frozen=True)
class ItemDecision:
    """One qualification found in a posting.

    Attributes:
        span: The qualification's span in the posting text: the whole item, or a
            clause of an item that mixes required and preferred parts.
        importance: ``"required"`` or ``"preferred"``.
        source: What decided importance: ``"cue"``, ``"header"``,
            ``"classifier"`` or ``"default"``.
    """

    span: Span
    importance: Importance
    source: ImportanceSource


# --------------------------------------------------------------------------- cues


@dataclass(frozen=True)
class _Cues:
    preferred: re.Pattern[str]
    required: re.Pattern[str]
    neutralise: re.Pattern[str]
    non_qualification: re.Pattern[str]
    non_qualification_unless_asked: re.Pattern[str]
    candidate_phrasing: re.Pattern[str]
    listed_openers: re.Pattern[str]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    raw = json.loads(
        resources.files("resumefit")
        .joinpath("data/importance_cues.json")
        .read_text(encoding="utf-8")
    )

    def compile_all(key: str) -> re.Pattern[str]:
        # One alternation per category: a single scan instead of one per rule.
        return re.compile("|".join(f"(?:{p})" for p in raw[key]), re.IGNORECASE)

    return _Cues(
        preferred=compile_all("preferred"),
        required=compile_all("required"),
        neutralise=compile_all("neutralise"),
        non_qualification=compile_all("non_qualification"),
        non_qualification_unless_asked=compile_all("non_qualification_unless_asked"),
        candidate_phrasing=compile_all("candidate_phrasing"),
        listed_openers=compile_all("listed_openers"),
    )


@lru_cache(maxsize=8192)
def detect_cue(clause: str) -> Importance | None:
    """Return the importance an inline cue in ``clause`` states, if any.

    A preferred cue wins over a required cue in the same clause ("preferred
    but not required", "required; a Master's is preferred" is split first).

    Args:
        clause: An item or one clause of it.

    Returns:
        ``"preferred"``, ``"required"`` or None when the clause has no cue.
    """
    cues = _cues()
    norm = clause.translate(_QUOTES)
    if cues.preferred.search(norm):
        return "preferred"
    if cues.required.search(cues.neutralise.sub(" ", norm)):
        return "required"
    return None


def _is_non_qualification(norm: str) -> bool:
    if norm.rstrip().endswith(("?", ":")):
        return True  # questions and lead-ins ("Why join us?", "You will need:")
    return _cues().non_qualification.search(norm) is not None


#: Items that are only a conjunction joining the items around them.
_CONJUNCTIONS = frozenset(("or", "and", "and/or", "either", "plus"))
#: Values of a form field that ask nothing ("Experience: Not Required").
_NOTHING_ASKED = frozenset(
    ("not", "none", "n/a", "na", "nil", "not required", "not applicable", "no", "0")
)
_ASKS_NOTHING = _CONJUNCTIONS | _NOTHING_ASKED


def _label_vetoed(norm: str) -> bool:
    return _cues().non_qualification_unless_asked.search(norm) is not None


def _candidate_phrased(norm: str) -> bool:
    return _cues().candidate_phrasing.search(norm) is not None


def _opens_as_qualification(text: str) -> bool:
    return _listed_opener(text.translate(_QUOTES))


def _listed_opener(norm: str) -> bool:
    return _cues().listed_openers.search(norm) is not None


def _split_parenthetical(
    text: str, span: Span, fallback: Importance
) -> list[tuple[Span, Importance | None]] | None:
    """Split off a parenthesis that alone states a preference.

    "Web Analytics (Adobe preferred)" asks Web Analytics as its header says and
    prefers Adobe; "Ph.D. (preferred) or Masters ..." prefers the Ph.D. and asks
    the rest. Returns None when no parenthesis holds the item's only cue.
    """
    start, end = span
    body = text[start:end]
    for match in _PAREN_RE.finditer(body):
        if detect_cue(match.group(1)) != "preferred":
            continue
        outside = body[: match.start()] + " " + body[match.end() :]
        outer_cue = detect_cue(outside)
        if outer_cue == "preferred" or (outer_cue is None and fallback == "preferred"):
            return None
        before = body[: match.start()].strip()
        after = body[match.end() :].strip(" \t,;.")
        if not before:
            return None
        if _BARE_CUE_RE.match(match.group(1)):
            # "Ph.D. (preferred) or Masters in ...": the cue is the words'
            # before it, the rest is asked.
            if not after or not _ASK_REST_RE.match(after):
                return None
            parts: list[tuple[Span, Importance | None]] = [
                ((start, start + match.end()), "preferred"),
                ((start + match.end(), end), outer_cue),
            ]
        else:
            parts = [
                ((start, start + match.start()), outer_cue),
                ((start + match.start(), start + match.end()), "preferred"),
            ]
            if len(after.split()) >= _PAREN_TAIL_WORDS:
                # "Strong coding skills (preferably in Python) processing
                # large data sets": the words after the parenthesis are asked too.
                parts.append(((start + match.end(), end), outer_cue))
        out: list[tuple[Span, Importance | None]] = []
        for (a, b), cue in parts:
            g_start, g_end = _trim_clause(text, a, b)
            if g_end > g_start:
                out.append(((g_start, g_end), cue))
        return out if len(out) >= 2 else None
    return None


#: Fewest words after a preference in parentheses to stay an ask of their own.
_PAREN_TAIL_WORDS = 4
#: What may follow "X (preferred)" to be an ask of its own: an alternative.
_ASK_REST_RE = re.compile(r"\W*(?:or|and|/)\s+\w", re.IGNORECASE)


def _split_mixed(
    text: str, span: Span, fallback: Importance
) -> list[tuple[Span, Importance | None]]:
    """Group an item's clauses by cue; one group per importance.

    Clauses accumulate until a clause with a cue closes the group. Uncued
    trailing clauses join the last group, unless a ``;`` or a sentence break
    separates them, in which case they form a group with no cue (the section
    header decides it). Adjacent groups with the same importance merge.

    Returns:
        ``[(span, cue importance or None)]``; a single element when the item
        is not mixed.
    """
    start, end = span
    body = text[start:end]
    paren = _split_parenthetical(text, span, fallback)
    if paren is not None:
        return paren
    bounds: list[tuple[int, int, str]] = []  # clause start, end, separator before
    cursor = 0
    separator = ""
    for match in _CLAUSE_SEP_RE.finditer(body):
        before = body[: match.start()]
        if before.count("(") > before.count(")"):
            continue  # inside parentheses: "(e.g. Tableau, Looker) preferred"
        if match.group(0).startswith(".") and _ABBREVIATION_END_RE.search(before):
            continue  # "ie. WebFOCUS" is not a sentence break
        if match.group(0).strip() in _DASHES:
            rest = body[match.end() :]
            if len(rest.split()) > _DASH_TAIL_WORDS or detect_cue(rest) is None:
                continue  # "Insulation worker - floor, ceiling and wall": a name
        bounds.append((cursor, match.start(), separator))
        separator = match.group(0).strip() or ","
        cursor = match.end()
    bounds.append((cursor, len(body), separator))
    if len(bounds) == 1:
        return [(span, detect_cue(body))]
    groups: list[tuple[int, int, Importance | None]] = []
    open_start: int | None = None
    for c_start, c_end, sep in bounds:
        clause = body[c_start:c_end]
        cue = detect_cue(clause)
        if open_start is not None and _EMPHASIS_RE.fullmatch(clause):
            # "..., especially, refugee experience is a plus": what follows
            # the emphasis is its own part.
            groups.append((open_start, c_start, None))
            open_start = None
        if sep == ";" and _ALTERNATIVE_RE.match(clause):
            sep = ","  # "X preferred; or Y": the alternative shares the cue
        if _BARE_CUE_RE.match(clause):
            sep = ","  # "SQL - preferred": the cue is the previous clause's
        elif (
            cue == "preferred"
            and open_start is not None
            and sep == ","
            and len(clause.split()) <= _TRAILING_NAME_WORDS
            and not _JOINED_RE.match(clause)
            and "," not in body[open_start:c_start].rstrip(", ")
            and _ASK_HEAD_RE.search(body[open_start:c_start])
        ):
            # "Strong knowledge of SQL, Teradata preferred": only the name
            # before the cue is preferred, not the ask it trails.
            groups.append((open_start, c_start, None))
            open_start = None
        if open_start is not None and sep != ",":
            # Cues do not reach back across a sentence break, ";" or "but".
            groups.append((open_start, c_start, None))
            open_start = None
        if cue is not None and open_start is not None and _PREPOSITIVE_RE.match(clause):
            groups.append((open_start, c_start, None))  # the cue opens a new part
            open_start = None
        if open_start is None:
            if groups and cue is None and sep == ",":
                g_start, _, g_cue = groups[-1]
                groups[-1] = (g_start, c_end, g_cue)
                continue
            open_start = c_start
        if cue is not None:
            groups.append((open_start, c_end, cue))
            open_start = None
    if open_start is not None:
        groups.append((open_start, len(body), None))
    resolved = [(a, b, c if c is not None else fallback) for a, b, c in groups]
    if len({c for _, _, c in resolved}) <= 1:
        return [(span, detect_cue(body) if len(groups) == 1 else groups[0][2])]
    merged: list[tuple[int, int, Importance | None]] = []
    for (a, b, c), (_, _, r) in zip(groups, resolved, strict=True):
        if merged and _resolve(merged[-1][2], fallback) == r:
            merged[-1] = (merged[-1][0], b, merged[-1][2] or c)
        else:
            merged.append((a, b, c))
    out: list[tuple[Span, Importance | None]] = []
    for a, b, c in merged:
        g_start, g_end = _trim_clause(text, start + a, start + b)
        if g_end > g_start:
            out.append(((g_start, g_end), c))
    return out if out else [(span, detect_cue(body))]


_PREPOSITIVE_RE = re.compile(
    r"\W*(?:and\s+|or\s+|with\s+)?(?:preferabl[ey]|ideally|especially|particularly"
    r"|the ideal|an? ideal|ideal"
    r"|(?:we\s+|would\s+|strongly\s+)?prefer|preferred|bonus|nice to have"
    r"|must|required)\b(?=\W*\w)",
    re.IGNORECASE,
)


def _resolve(cue: Importance | None, fallback: Importance) -> Importance:
    return cue if cue is not None else fallback


_TRAILING_JOINER_RE = re.compile(r"[\s,]+(?:and|or|and/or)$", re.IGNORECASE)


def _trim_clause(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;"):
        start += 1
    while end > start and (
        text[end - 1].isspace() or text[end - 1] in ",;-\u2013\u2014"
    ):
        end -= 1
    tail = _TRAILING_JOINER_RE.search(text[start:end])
    if tail is not None and tail.start() > 0:
        end = start + tail.start()  # "4 years in manufacturing and" | "especially"
    return start, end


# --------------------------------------------------------------------------- model


_DIGIT_RE = re.compile(r"\d")
_YEARS_RE = re.compile(r"\b0+\s*\+?\s*(?:-\s*0+\s*)?(?:years?|yrs)\b")


def featurize(text: str) -> dict[int, float]:
    """Hash an item's text into sparse, L2-normalised features.

    Features: word unigrams and bigrams, the first word and first two words,
    character 4-grams within words, a word-count bucket and whether a number of
    years is stated. Digits are mapped to ``0``. Indexes are ``crc32 % N_FEATURES``
    so training (scikit-learn) and prediction (numpy) agree exactly.

    Args:
        text: An item's text.

    Returns:
        ``{feature index: value}``.
    """
    norm = _DIGIT_RE.sub("0", text.translate(_QUOTES).lower())
    words = _WORD_RE.findall(norm)
    names: list[str] = []
    names.extend("w:" + w for w in words)
    names.extend(f"b:{a} {b}" for a, b in itertools.pairwise(words))
    if words:
        names.append("f:" + words[0])
        names.append("f2:" + " ".join(words[:2]))
        names.append("l:" + words[-1])
    for word in words:
        padded = f" {word} "
        names.extend("c:" + padded[i : i + 4] for i in range(max(1, len(padded) - 3)))
    names.append(f"n:{min(len(words), 40) // 4}")
    if _YEARS_RE.search(norm):
        names.append("years")
    counts: dict[int, float] = {}
    for name in names:
        index = zlib.crc32(name.encode("utf-8")) % N_FEATURES
        counts[index] = counts.get(index, 0.0) + 1.0
    norm2 = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {k: v / norm2 for k, v in counts.items()}


@lru_cache(maxsize=4096)
def _cached_features(text: str) -> tuple[list[int], tuple[float, ...]]:
    features = featurize(text)
    return list(features), tuple(features.values())


@dataclass(frozen=True)
class ImportanceModel:
    """Two logistic-regression heads over :func:`featurize` features.

    Attributes:
        qual_weights: Weights of the *is a qualification* head.
        qual_bias: Its intercept.
        pref_weights: Weights of the *preferred (vs required)* head.
        pref_bias: Its intercept.
        version: Model version string.
        provenance: What the weights were trained on (free text, stored in the
            npz next to the weights).
    """

    qual_weights: npt.NDArray[np.float64]
    qual_bias: float
    pref_weights: npt.NDArray[np.float64]
    pref_bias: float
    version: str
    provenance: str = ""

    def _logit(self, weights: npt.NDArray[np.float64], bias: float, text: str) -> float:
        indices, values = _cached_features(text)
        total = bias
        # One gather, then the same left-to-right sum as before (same floats).
        for weight, value in zip(weights[indices].tolist(), values, strict=True):
            total += weight * value
        return total

    def p_qualification(self, text: str) -> float:
        """Probability that ``text`` is a qualification (not a duty or blurb)."""
        return _sigmoid(self._logit(self.qual_weights, self.qual_bias, text))

    def p_preferred(self, text: str) -> float:
        """Probability that qualification ``text`` is preferred, not required."""
        return _sigmoid(self._logit(self.pref_weights, self.pref_bias, text))

    def to_npz(self) -> bytes:
        """Serialise to npz bytes (no pickle)."""
        import numpy as np

        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            qual_weights=self.qual_weights.astype(np.float32),
            qual_bias=np.array([self.qual_bias]),
            pref_weights=self.pref_weights.astype(np.float32),
            pref_bias=np.array([self.pref_bias]),
            version=np.array([self.version]),
            provenance=np.array([self.provenance]),
            n_features=np.array([N_FEATURES]),
        )
        return buffer.getvalue()

    @classmethod
    def from_npz(cls, data: bytes) -> ImportanceModel:
        """Load from :meth:`to_npz` bytes."""
        import numpy as np

        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            if int(npz["n_features"][0]) != N_FEATURES:
                msg = (
                    f"Importance model has {int(npz['n_features'][0])!r} features, "
                    f"expected {N_FEATURES}; retrain with models/train_importance.py."
                )
                raise ValueError(msg)
            model = cls(
                qual_weights=npz["qual_weights"].astype(np.float64),
                qual_bias=float(npz["qual_bias"][0]),
                pref_weights=npz["pref_weights"].astype(np.float64),
                pref_bias=float(npz["pref_bias"][0]),
                version=str(npz["version"][0]),
                provenance=(
                    str(npz["provenance"][0]) if "provenance" in npz.files else ""
                ),
            )
        for weights in (model.qual_weights, model.pref_weights):
            if weights.shape != (N_FEATURES,):
                msg = (
                    f"Importance model weights have shape {weights.shape!r}, "
                    f"expected ({N_FEATURES},); "
                    "retrain with models/train_importance.py."
                )
                raise ValueError(msg)
        return model

    @classmethod
    def from_estimators(
        cls, qual: Any, pref: Any, version: str = "dev", provenance: str = ""
    ) -> ImportanceModel:
        """Build from two fitted binary scikit-learn linear classifiers.

        Args:
            qual: Fitted estimator with ``coef_`` (1 x N_FEATURES) and
                ``intercept_`` for the qualification head.
            pref: The same for the preferred head.
            version: Version string to store.
            provenance: What the estimators were trained on.

        Returns:
            The model.
        """
        import numpy as np

        return cls(
            qual_weights=np.asarray(qual.coef_, dtype=np.float64).ravel(),
            qual_bias=float(np.asarray(qual.intercept_).ravel()[0]),
            pref_weights=np.asarray(pref.coef_, dtype=np.float64).ravel(),
            pref_bias=float(np.asarray(pref.intercept_).ravel()[0]),
            version=version,
            provenance=provenance,
        )


def _sigmoid(value: float) -> float:
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1.0 + exp)


def load_model(path: os.PathLike[str] | None = None) -> ImportanceModel | None:
    """Load an importance classifier from an npz file.

    Args:
        path: An npz written by :meth:`ImportanceModel.to_npz` (for example by
            ``models/train_importance.py``); None loads the shipped weights.

    Returns:
        The model; None only when ``path`` is None and the shipped weights file
        is absent (rules-only mode).

    Raises:
        InputError: ``path`` does not exist or is not an importance model npz.
        ResourceError: The shipped weights file is damaged.
    """
    if path is None:
        return _load_shipped()
    return _load_path(str(Path(path).resolve()))


@lru_cache(maxsize=1)
def _load_shipped() -> ImportanceModel | None:
    resource = resources.files("resumefit").joinpath(_MODEL_FILE)
    if not resource.is_file():
        return None
    try:
        return ImportanceModel.from_npz(resource.read_bytes())
    except (ValueError, KeyError, OSError, zipfile.BadZipFile) as exc:
        msg = (
            f"The shipped importance model {_MODEL_FILE!r} is damaged ({exc}); "
            "reinstall resumefit or rebuild it with models/train_importance.py."
        )
        raise ResourceError(msg) from exc


@lru_cache(maxsize=8)
def _load_path(path: str) -> ImportanceModel:
    shown = path if len(path) <= 80 else "..." + path[-77:]
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        msg = (
            f"Cannot read importance model file {shown!r} ({exc.strerror}); "
            "pass the path of an npz written by models/train_importance.py."
        )
        raise InputError(msg) from exc
    try:
        return ImportanceModel.from_npz(data)
    except (ValueError, KeyError, OSError, zipfile.BadZipFile) as exc:
        msg = (
            f"File {shown!r} is not an importance model npz ({exc}); "
            "pass the path of an npz written by models/train_importance.py."
        )
        raise InputError(msg) from exc


def model_version(path: os.PathLike[str] | None = None) -> str:
    """Version string of an importance classifier.

    Args:
        path: As for :func:`load_model`; None means the shipped weights.

    Returns:
        The model's version (e.g. ``"importance-shipok-2026.11.0"``), or
        ``"none"`` when the shipped weights are absent.
    """
    model = load_model(path)
    return model.version if model is not None else "none"


# --------------------------------------------------------------------------- decide

_HEADER_IMPORTANCE: dict[str, Importance] = {
    "requirements": "required",
    "preferred": "preferred",
}


def _is_qualification(
    item: PostingItem, kind: PostingSectionKind, model: ImportanceModel | None
) -> bool:
    text = item.text
    norm = text.translate(_QUOTES)
    if len(list(itertools.islice(filter(str.isalpha, text), 2))) < 2:
        return False  # fewer than two letters
    if _is_non_qualification(norm):
        return False
    if text.strip(" .,;:*").lower() in _ASKS_NOTHING:
        return False  # "OR" between two degree alternatives; "None", "N/A"
    if _label_vetoed(norm) and not _candidate_phrased(norm):
        return False
    if kind not in _HEADER_IMPORTANCE and len(text.split()) < 2:
        return False
    if kind in _HEADER_IMPORTANCE:
        if model is None or _listed_opener(norm):
            return True
        return model.p_qualification(text) >= QUAL_THRESHOLD_LISTED
    candidate = _candidate_phrased(norm)
    if kind in ("about", "benefits", "eeo", "application"):
        return candidate and (model is None or model.p_qualification(text) >= 0.5)
    if candidate:
        return True
    if model is None:
        return False
    threshold = (
        QUAL_THRESHOLD_RESPONSIBILITIES
        if kind == "responsibilities"
        else QUAL_THRESHOLD_OTHER
    )
    return model.p_qualification(text) >= threshold


def _fallback(
    kind: PostingSectionKind, p_pref: float | None
) -> tuple[Importance, ImportanceSource]:
    header = _HEADER_IMPORTANCE.get(kind)
    if header is not None:
        return header, "header"
    if p_pref is not None:
        return (
            "preferred" if p_pref >= PREFERRED_THRESHOLD else "required"
        ), "classifier"
    return "required", "default"


def _decide(
    text: str, item: PostingItem, kind: PostingSectionKind, p_pref: float | None
) -> list[ItemDecision]:
    fallback, fallback_source = _fallback(kind, p_pref)
    decisions: list[ItemDecision] = []
    for span, cue in _split_mixed(text, item.span, fallback):
        if cue is not None:
            decisions.append(ItemDecision(span, cue, "cue"))
        else:
            decisions.append(ItemDecision(span, fallback, fallback_source))
    return decisions


_BLANK_LINE_RE = re.compile(r"\n[^\S\n]*\n")


def _blocks(text: str, items: Sequence[PostingItem]) -> list[list[PostingItem]]:
    """Group a section's items into blocks separated by blank lines."""
    blocks: list[list[PostingItem]] = []
    previous_end: int | None = None
    for item in items:
        if previous_end is None or _BLANK_LINE_RE.search(
            text, previous_end, item.span[0]
        ):
            blocks.append([])
        blocks[-1].append(item)
        previous_end = item.span[1]
    return blocks


def _block_logits(
    items: Sequence[PostingItem], model: ImportanceModel
) -> tuple[dict[Span, float], float | None]:
    """Classifier preference logit per item, and the block's mean logit.

    The mean is over the block's uncued items, and only when it has at least
    :data:`MIN_BLOCK_ITEMS` of them.
    """
    raw = {item.span: _logit(model.p_preferred(item.text)) for item in items}
    uncued = [item for item in items if detect_cue(item.text) is None]
    if len(uncued) < MIN_BLOCK_ITEMS:
        return raw, None
    return raw, sum(raw[item.span] for item in uncued) / len(uncued)


def _contrast_preferences(
    blocks: Sequence[Sequence[PostingItem]], model: ImportanceModel
) -> dict[Span, float]:
    """Preference probability per item of a posting's untyped qualification lists.

    Items of one list share importance unless a cue says otherwise, so an item's
    logit is averaged with its block's mean (weight :data:`BLOCK_WEIGHT`). A
    posting that lists qualifications in two or more untyped lists usually
    contrasts required with preferred ones, so when the block means differ by
    at least :data:`CONTRAST_MIN_SPREAD` the logits are centred on the midpoint
    of the lowest and highest block mean: the list that reads most "required"
    becomes required and the one that reads most "preferred" becomes preferred.
    """
    per_block = [_block_logits(block, model) for block in blocks]
    means = [mean for _, mean in per_block if mean is not None]
    shift = 0.0
    if len(means) >= 2 and max(means) - min(means) >= CONTRAST_MIN_SPREAD:
        shift = (max(means) + min(means)) / 2
    out: dict[Span, float] = {}
    for raw, mean in per_block:
        for span, logit in raw.items():
            if mean is not None:
                logit = BLOCK_WEIGHT * mean + (1 - BLOCK_WEIGHT) * logit
            out[span] = _sigmoid(logit - shift)
    return out


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def select_qualifications(
    text: str,
    sections: Sequence[PostingSection],
    *,
    model: ImportanceModel | Literal["default"] | None = "default",
) -> list[ItemDecision]:
    """Pick the qualifications among a posting's items and rate each.

    Args:
        text: The posting text the sections' spans index into.
        sections: Sections from :func:`resumefit._posting_structure.structure_posting`.
        model: Classifier to use; ``"default"`` loads the shipped weights, None
            uses rules only.

    Returns:
        Decisions in document order (by span start).
    """
    chosen = load_model() if model == "default" else model
    plan: list[tuple[PostingSectionKind, list[PostingItem]]] = []
    for section in sections:
        for block in _blocks(text, section.items):
            quals = [i for i in block if _is_qualification(i, section.kind, chosen)]
            if quals:
                plan.append((section.kind, quals))
    # Without headers, "preferred" needs a contrast: only when the untyped parts
    # hold two or more lists of qualifications does the classifier tell them
    # apart; a lone list or prose is required unless a cue says otherwise.
    untyped_lists = sum(
        1
        for kind, quals in plan
        if kind not in _HEADER_IMPORTANCE
        and sum(detect_cue(i.text) is None for i in quals) >= MIN_BLOCK_ITEMS
    )
    prefs: dict[Span, float] = {}
    if chosen is not None and untyped_lists >= 2:
        prefs = _contrast_preferences(
            [quals for kind, quals in plan if kind not in _HEADER_IMPORTANCE], chosen
        )
    decisions: list[ItemDecision] = []
    for kind, quals in plan:
        for item in quals:
            decisions.extend(_decide(text, item, kind, prefs.get(item.span)))
    decisions.sort(key=lambda d: (d.span[0], d.span[1]))
    return decisions
