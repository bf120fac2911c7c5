"""Years-of-experience figures: "3+ years", "3-5 yrs", "at least five years".

Pure regular expressions. A *figure* is one stated amount of time with the thing it
applies to (its *subject*). ``parse_years`` returns every figure in an item, the
item-level minimum chosen by the annotation guidelines (the smallest figure when
there are genuinely several; the "overall" figure when one is marked so), and
degree-dependent alternatives ("BS with 5 years or MS with 3").

Figures that are not about the candidate's experience are dropped: ages ("18 years
of age"), history ("founded 20 years ago", "for the past 10 years"), durations of
things other than experience ("2-year degree", "a 12 month contract", "once a year").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from resumefit._degrees import DegreeMention, find_degrees
from resumefit.schema import DegreeLevel, Span

__all__ = ["YearsFigure", "YearsInfo", "parse_years"]


@dataclass(frozen=True)
class YearsFigure:
    """One stated amount of experience.

    Attributes:
        min_years: Lower bound in years (months are converted: 18 months is 1.5).
        max_years: Upper bound of a range ("3-5 years" gives 5), else None.
        subject: What it applies to ("Python", "software development"), None when
            it is overall experience.
        span: Span of the figure's text, e.g. ``"3+ years"``.
    """

    min_years: float
    max_years: float | None
    subject: str | None
    span: Span


@dataclass(frozen=True)
class YearsInfo:
    """All years figures of an item and the item-level reading.

    Attributes:
        min_years: The figure for the item's main ask; with several figures, the
            smallest (annotation guidelines).
        max_years: Upper bound of that figure's range, else None.
        subject: Subject of that figure.
        figures: Every figure, in text order.
        by_degree: Degree-dependent alternatives, e.g. ``(("bachelor", 5.0),
            ("master", 3.0))``, in text order.
    """

    min_years: float | None
    max_years: float | None
    subject: str | None
    figures: tuple[YearsFigure, ...]
    by_degree: tuple[tuple[DegreeLevel, float], ...]


_WORD_NUMBERS: dict[str, float] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
}
_WORDS = "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
# A number: digits, a number word, "five (5)", "1.5", "one and a half".
_NUM = (
    r"(?:(?:" + _WORDS + r")\s*\(\s*\d{1,2}\s*\+?\s*\)"
    r"|\d{1,2}\s*\(\s*(?:" + _WORDS + r")\s*\)"
    r"|\d{1,2}(?:\.\d{1,2})?(?:\s+and\s+a\s+half)?"
    r"|(?:" + _WORDS + r")(?:\s+and\s+a\s+half)?)"
)
_PLUS = (
    r"(?:\s*\+|\s+plus\b|\s+or\s+more\b|\s+or\s+greater\b|\s+or\s+above\b"
    r"|\s+and\s+(?:above|more|over)\b)"
)
_RANGE_SEP = r"\s*(?:-|–|—|to|or|/)\s*"
_UNIT = r"(?P<unit>years?|yrs?|yr|months?|mos?|decades?)(?![A-Za-z])(?:\s*\(s\))?"
_PREFIX = (
    r"(?P<prefix>(?:a\s+)?minimum\s+(?:of\s+)?|min\.?\s+(?:of\s+)?|at\s+least\s+"
    r"|no\s+less\s+than\s+|not\s+less\s+than\s+|more\s+than\s+|over\s+|"
    r"in\s+excess\s+of\s+|upwards\s+of\s+|approximately\s+|around\s+|about\s+)?"
)
_FIGURE = re.compile(
    _PREFIX + r"(?P<lo>" + _NUM + r")(?P<plus1>" + _PLUS + r")?"
    r"(?:" + _RANGE_SEP + r"(?P<hi>" + _NUM + r")(?P<plus2>" + _PLUS + r")?)?"
    r"(?:\s*\([A-Za-z ]{1,20}\))?(?:\s*[- ]\s*|\s*)"
    + _UNIT
    + r"(?P<plus3>"
    + _PLUS
    + r")?",
    re.IGNORECASE,
)
# A singular unit used as an adjective ("a 3-year contract", "our 5 year vision")
# describes something else unless experience words follow.
_ADJECTIVE_UNIT_OK = re.compile(
    r"(?:['’]s?)?\s*(?:$|[^\w\s]|(?:of|in|with|experience|exp|work|working|"
    r"professional|relevant|related|industry|hands|track|background|history|"
    r"minimum|min|or|and|plus|as|at|on|using|doing|post|full|progressive|above|"
    r"direct|practical|prior|previous|total|overall|combined|proven|"
    r"demonstrated|demonstrable|required|preferred|is|are|experiences?)\b)",
    re.IGNORECASE,
)
# "a year", "a decade", "half a year", "a couple of years".
_ARTICLE_FIGURE = re.compile(
    _PREFIX + r"(?P<art>half\s+a|a\s+couple(?:\s+of)?|a|an|one)\s+"
    r"(?P<unit>years|year|decades|decade)(?![A-Za-z])(?:['’]s?)?(?P<plus3>"
    + _PLUS
    + r")?",
    re.IGNORECASE,
)
_ARTICLE_VALUES = {"half a": 0.5, "a": 1.0, "an": 1.0, "one": 1.0}
# Context that makes an article figure ("a year") a statement of experience.
_ARTICLE_OK_AFTER = re.compile(
    r"(?:['’]s?)?\s*(?:of|in|with|experience|working|as|\+|or\s+more|plus|minimum)\b",
    re.IGNORECASE,
)

# Figures that are not about the candidate's experience.
_NEG_BEFORE = re.compile(
    r"(?:\b(?:last|past|next|within|every|first|after|per|since|founded|"
    r"established|history\s+of|once|twice|times|least\s+once|up\s+to|during|"
    r"ago|old|ages?|aged|age\s+of|ranging\s+from|children|kids|"
    r"following|coming|recent|the|this|that|each|"
    r"than\s+once|for\s+the\s+next|in\s+the\s+last)\s*$"
    r"|[$€£]\s?[\d,.]+[kK]?\s*(?:per|a|an)?\s*$|\d\s*(?:x|times)\s*$"
    r"|\b(?:months?|years?|weeks?)\s+(?:to|through|until|-|–)\s*$"
    r"|\bdays?\s+(?:in|per|a|every|each)\s*$"
    # History of the employer: "has been working here for more than 20 years".
    r"|\b(?:has|have)\s+been\b[^.;]{0,80}\bfor\s+(?:more\s+than\s+|over\s+|"
    r"nearly\s+|almost\s+|about\s+)?$"
    r"|\b(?:runs?|running|lasts?|lasting)\s+(?:for\s+)?(?:about\s+)?$"
    r"|\b(?:short|long|fixed)[- ]term\s*\(?\s*$"
    r"|\bperiod\s+of\s*$"
    r"|\bage[sd]?\s*:?\s*(?:below|under|above|over|between|less\s+than|"
    r"not\s+(?:more|less)\s+than|up\s+to|maximum|max\.?|minimum|min\.?)?\s*$"
    r"|\bduration(?:\s+of\s+(?:the\s+)?\w+)?\s*:\s*(?:\w+\s*:\s*)?$"
    # Time to be spent somewhere, not experience: "be onsite for 4-6 months".
    r"|\b(?:onsite|on-site|on\s+site|available|deployed|relocate|travel(?:ing)?|"
    r"commit(?:ted)?(?:\s+to)?|contract|assignment|duration:?|length:?|term:?|"
    r"lasting|probation"
    r"(?:ary)?(?:\s+period)?(?:\s+of)?|stay|remain)\s*:?\s*(?:for\s+)?(?:a\s+)?"
    r"(?:(?:minimum|period|total)\s+of\s+)?$)",
    re.IGNORECASE,
)
_NEG_AFTER = re.compile(
    r"\s*(?:of\s+age|old\b|ago\b|or\s+older|of\s+(?:college|university|"
    r"undergraduate|graduate|high\s+school|school|study|studies|coursework|"
    r"post[- ]?secondary|schooling|education)\b"
    r"|(?:of\s+(?:an?\s+)?)?(?:college\s+|university\s+|technical\s+)?"
    r"(?:degree|diploma|contract|commitment|warranty|plan|term|course|"
    r"apprenticeship|assignment|period|lease|anniversary|history|journey|cycle|"
    r"internship|residency|fellowship|subscription)\b"
    r"|in\s+(?:the\s+)?(?:business|operation|existence)(?=\s*(?:[,.;]|$))"
    r"|(?:full[- ]time\s+|part[- ]time\s+)?(?:BA|BS|B\.S\.|MS|MBA|PhD|"
    r"bachelor|master|associate|undergraduate|graduate)\b"
    r"|from\s+(?:now|the\s+date|hire|start)|after\s+(?:hire|graduation)"
    r"|(?:of|from)\s+(?:the\s+)?date"
    r"|(?:of\s+(?:an?\s+)?)?(?:full[- ]time\s+)?program(?:me)?s?\b"
    r"(?!\s*(?:and\s+\w+\s+)?(?:manag|develop|lead|coordinat|admin|design|analy"
    r"|evaluat|plan)))",
    re.IGNORECASE,
)
# A figure whose unit is left out: "5 years of X and 2 of Y", "MS with 3".
_ELIDED_AFTER_AND = re.compile(
    r"(?:\band\b|,|\bplus\b|\bor\b)\s+" + _PREFIX + r"(?!one\b)(?P<lo>" + _NUM + r")"
    r"(?P<plus1>" + _PLUS + r")?(?:" + _RANGE_SEP + r"(?P<hi>" + _NUM + r")"
    r"(?P<plus2>" + _PLUS + r")?)?(?=\s+(?:of|in|with|on|using)\s+\w)",
    re.IGNORECASE,
)
_ELIDED_AFTER_DEGREE = re.compile(
    r"\s*(?:with|and|\+|plus|&)\s+(?:an?\s+)?" + _PREFIX + r"(?P<lo>" + _NUM + r")"
    r"(?P<plus1>" + _PLUS + r")?(?:" + _RANGE_SEP + r"(?P<hi>" + _NUM + r")"
    r"(?P<plus2>" + _PLUS + r")?)?(?=\s*(?:$|[,;.)]|\bor\b|\band\b))",
    re.IGNORECASE,
)
# "Years of experience: 4", "Experience (in years): 3".
_LABELLED = re.compile(
    r"(?:\byears?\s+of\s+(?:relevant\s+|professional\s+|work\s+)?experience|"
    r"\bexperience\s*\(\s*in\s+years?\s*\))\s*"
    r"(?:required\s*)?[:=–-]\s*" + _PREFIX + r"(?P<lo>" + _NUM + r")"
    r"(?P<plus1>" + _PLUS + r")?(?:" + _RANGE_SEP + r"(?P<hi>" + _NUM + r")"
    r"(?P<plus2>" + _PLUS + r")?)?",
    re.IGNORECASE,
)

_FILLER = (
    r"(?:relevant|professional|related|hands[- ]on|practical|progressive(?:ly)?|"
    r"responsible|increasingly|industry|industrial|full[- ]time|paid|post[- ]?"
    r"(?:graduate|doctoral|degree)|direct|proven|demonstrated|demonstrable|recent|"
    r"prior|previous|work|working|total|overall|combined|applicable|solid|strong|"
    r"successful|significant|substantial|extensive|deep|production|"
    r"technical|equivalent|current|continuous|corporate|real[- ]world|"
    r"progressive|of|the|in|an?|experience|exp\.?|background|expertise)"
)
_SUBJECT_LEAD = re.compile(
    r"(?:['’]s?)?(?:\s+|\s*-\s*)(?:of\s+)?(?:" + _FILLER + r"\s+)*"
    r"(?:(?:experiences?|exp\.?|background|expertise|track\s+record)\s+)?"
    r"(?:(?:in|with|of|on|as|at|using|doing|within|across|for|in\s+the\s+(?:area|"
    r"field|space)s?\s+of|working(?:\s+(?:in|with|on|as|at|for))?|"
    r"developing|building|managing|leading|performing|utilizing|applying|"
    r"designing|supporting|writing|programming\s+in|coding\s+in)\s+)?",
    re.IGNORECASE,
)
_SUBJECT_STOP = re.compile(
    r"[,;:.!?()\[\]\n]|\s[-–—]\s|\s/\s|(?:^|\s)and/or\b"
    r"|(?:^|\s)(?:and|or)\s+(?:" + _NUM + r"|at\s+least|a\s+minimum|minimum|an?\s+"
    r"(?:advanced|bachelor|master|graduate|degree)|equivalent|more|higher|"
    r"above|(?:an?\s+)?(?:bachelor|master|ph\.?\s?d|doctor|associate|high\s+school)|(?:a\s+)?(?:BA|BS|MS|MA|MBA|PhD)\b)"
    r"|(?:^|\s)(?:including|preferably|ideally|required|preferred|desired|is|are|"
    r"with\s+(?:a|an|at|the|some|strong|proven|demonstrated|excellent)|"
    r"plus|within|where|that|which|who|out\s+of|of\s+which|such\s+as|e\.g|i\.e|etc|across|"
    r"at\s+(?:a|an|the|least)|for\s+(?:a|an|the)|to|from|on\s+(?:a|an|the)|"
    r"in\s+(?:a|an|the)\s+(?:\w+\s+)?(?:role|position|environment|setting|"
    r"company|organization|capacity)|using|through|via|as\s+(?:a|an|well)|"
    r"especially|particularly|inclusive|post|after|prior|before|"
    r"or\s+(?:similar|related|equivalent)|is\s+a\s+plus|a\s+plus|strongly|"
    r"highly|experience\s+(?:with|in|as))\b",
    re.IGNORECASE,
)
_GENERIC_SUBJECT = re.compile(
    r"^(?:experience|exp|work|working|relevant|professional|industry|related|"
    r"commercial|"
    r"total|overall|combined|the|a|an|field|role|one|more|previously\s+mentioned|"
    r"similar\s+role|related\s+field|relevant\s+field|equivalent|years?|"
    r"applicable|work\s+experience|industry\s+experience|professional\s+"
    r"experience|job|a\s+similar\s+role|similar|the\s+field|this\s+field|"
    r"the\s+following)$",
    re.IGNORECASE,
)
_TRAILING_WORDS = re.compile(
    r"(?:\s+(?:experience|exp\.?|background|expertise|skills?|knowledge|"
    r"required|preferred|is|are|minimum|min|and|or|of|in|with|the|a|an|"
    r"desired|needed|necessary|plus))+$",
    re.IGNORECASE,
)
# A figure after one of these, in the same sentence, details the main ask:
# "7+ years of experience, including 2 years with Kubernetes" asks for 7.
_SUBORDINATE_MARK = re.compile(
    r"\b(?:including|incl\.|of\s+which|within\s+which|out\s+of\s+(?:which|"
    r"these|this|them)|includes?|where)\b"
    r"|\bwith\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+)?$",
    re.IGNORECASE,
)
# "Total experience: 5 years": the overall figure is the main ask.
_OVERALL_BEFORE = re.compile(
    r"\b(?:total|overall)\s+(?:\w+\s+)?(?:experience\s*)?:?\s*$", re.IGNORECASE
)
_OVERALL_AFTER = re.compile(
    r"[^.;,(]{0,45}?\b(?:overall|in\s+total|total)\b", re.IGNORECASE
)
# No posting asks for more; larger figures are company history or ages.
_MAX_PLAUSIBLE_YEARS = 24.0


def _number(raw: str) -> float | None:
    raw = raw.strip().lower()
    paren = re.search(r"\(\s*(\d{1,2})", raw) or re.match(r"(\d{1,2})\s*\(", raw)
    if paren:
        return float(paren.group(1))
    half = 0.5 if raw.endswith("and a half") else 0.0
    raw = re.sub(r"\s+and\s+a\s+half$", "", raw)
    if raw in _WORD_NUMBERS:
        return _WORD_NUMBERS[raw] + half
    try:
        return float(raw) + half
    except ValueError:
        return None


def _unit_factor(unit: str) -> float:
    unit = unit.lower()
    if unit.startswith("mo"):
        return 1.0 / 12.0
    if unit.startswith("decade"):
        return 10.0
    return 1.0


def _round(value: float) -> float:
    return round(value, 2)


def _subject_after(text: str, pos: int) -> str | None:
    """The noun phrase after a figure that says what the years are of."""
    lead = _SUBJECT_LEAD.match(text, pos)
    if lead is None:
        return None
    start = lead.end()
    rest = text[start : start + 160]
    stop = _SUBJECT_STOP.search(rest)
    chunk = rest[: stop.start()] if stop else rest
    chunk = _TRAILING_WORDS.sub("", chunk.strip())
    chunk = re.sub(
        r"^(?:(?:the|a|an|any|some|one|relevant|professional|related|hands[- ]on|"
        r"industry|working|work|practical|direct)\s+)+",
        "",
        chunk,
        flags=re.IGNORECASE,
    ).strip(" '\"")
    if not chunk or _GENERIC_SUBJECT.match(chunk):
        return None
    if any(d.span[0] == 0 for d in find_degrees(chunk)):
        return None  # "5 years with a Bachelor's degree": a degree, not a subject
    words = chunk.split()
    if len(words) > 8:
        chunk = " ".join(words[:8])
    return chunk


def _figure_start(match: re.Match[str]) -> int:
    """Where a figure's text starts: its prefix ("at least") or its number."""
    return match.start("prefix") if match.group("prefix") else match.start("lo")


def _make_figure(
    text: str, match: re.Match[str], factor: float, *, with_subject: bool = True
) -> YearsFigure | None:
    low = _number(match.group("lo"))
    if low is None:
        return None
    high_raw = match.groupdict().get("hi")
    high = _number(high_raw) if high_raw else None
    low *= factor
    if high is not None:
        high *= factor
        if high < low:
            # "8/6 years" (bachelor / master): alternatives, not a range.
            low, high = high, None
    if low > _MAX_PLAUSIBLE_YEARS:
        return None
    end = match.end()
    return YearsFigure(
        min_years=_round(low),
        max_years=_round(high) if high is not None else None,
        subject=_subject_after(text, end) if with_subject else None,
        span=(_figure_start(match), end),
    )


def _is_negative(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30) : start]
    after = text[end : end + 40]
    if _NEG_BEFORE.search(before) or _NEG_AFTER.match(after):
        return True
    unit = re.search(r"(?:year|month|yr|mo|decade)\.?$", text[start:end], re.I)
    if unit is None or _ADJECTIVE_UNIT_OK.match(text, end):
        return False
    # "3 year supervisory experience", "one-year sales and marketing experience".
    return not re.match(
        r"\s*(?:[\w&/-]+\s+){1,4}?(?:experience|exp)\b", text[end : end + 80], re.I
    )


def _explicit_figures(text: str) -> list[YearsFigure]:
    figures: list[YearsFigure] = []
    for match in _FIGURE.finditer(text):
        if match.start() > 0 and (
            text[match.start() - 1].isalnum() or text[match.start() - 1] in "$#."
        ):
            continue  # "401k", "A1 year", "$5 a year", "v2 years"
        start, end = match.span()
        if _is_negative(text, start, end):
            continue
        # A range "2018-2020 years" or a percentage is not a figure of experience.
        if re.search(r"\d{3,}", match.group(0)):
            continue
        figure = _make_figure(text, match, _unit_factor(match.group("unit")))
        if figure is not None:
            figures.append(figure)
    for match in _ARTICLE_FIGURE.finditer(text):
        start, end = match.span()
        if start > 0 and text[start - 1].isalnum():
            continue
        art = re.sub(r"\s+", " ", match.group("art").lower()).strip()
        unit = match.group("unit").lower()
        if art.startswith("a couple"):
            value = 2.0
        elif unit in {"years", "decades"}:
            continue  # "a years" is not English; "one years" is caught above
        else:
            value = _ARTICLE_VALUES.get(art, 1.0)
        value *= _unit_factor(unit)
        has_prefix = bool(match.group("prefix")) or bool(match.group("plus3"))
        if not has_prefix and not _ARTICLE_OK_AFTER.match(text, end):
            continue
        if _is_negative(text, start, end):
            continue
        figures.append(
            YearsFigure(
                min_years=_round(value),
                max_years=None,
                subject=_subject_after(text, end),
                span=(start, end),
            )
        )
    for match in _LABELLED.finditer(text):
        figure = _make_figure(text, match, 1.0, with_subject=False)
        if figure is not None:
            figures.append(figure)
    return figures


def _overlaps(span: Span, spans: list[Span]) -> bool:
    return any(span[0] < other[1] and other[0] < span[1] for other in spans)


def _elided_figures(
    text: str, figures: list[YearsFigure], degrees: list[DegreeMention]
) -> list[YearsFigure]:
    """Figures whose unit is implied by an earlier figure in the same text."""
    if not figures:
        return []
    taken = [f.span for f in figures]
    first_end = min(f.span[1] for f in figures)
    extra: list[YearsFigure] = []
    for match in _ELIDED_AFTER_AND.finditer(text, first_end):
        figure = _make_figure(text, match, 1.0)
        if figure is None or _overlaps(figure.span, taken):
            continue
        extra.append(figure)
        taken.append(figure.span)
    for degree in degrees:
        after = _ELIDED_AFTER_DEGREE.match(text, degree.span[1])
        if after is None:
            continue
        figure = _make_figure(text, after, 1.0, with_subject=False)
        if figure is None or _overlaps(figure.span, taken):
            continue
        extra.append(figure)
        taken.append(figure.span)
    return extra


def _pair_degrees(
    text: str, figures: list[YearsFigure], degrees: list[DegreeMention]
) -> tuple[tuple[DegreeLevel, float], ...]:
    """Pair each degree alternative with its years figure (same 'or' branch)."""
    if len(degrees) < 2 or len({d.level for d in degrees}) < 2 or not figures:
        return ()
    # Branches: split the text at " or " / ";" boundaries that separate degrees.
    cuts = [0]
    for left, right in itertools.pairwise(degrees):
        gap = text[left.span[1] : right.span[0]]
        if re.fullmatch(r"[\s/,()]*(?:or|and|and/or)?[\s/,()]*(?:an?\s+)?", gap):
            continue  # "BS/MS" or "MS or PhD" share one branch
        pieces = list(re.finditer(r"\bor\b|;|\bOR\b", gap, re.IGNORECASE))
        if not pieces:
            continue
        cuts.append(left.span[1] + pieces[-1].start())
    if len(cuts) < 2:
        return ()
    cuts.append(len(text))
    pairs: list[tuple[DegreeLevel, float]] = []
    for lo, hi in itertools.pairwise(cuts):
        branch_degrees = [d for d in degrees if lo <= d.span[0] < hi]
        branch_figures = [f for f in figures if lo <= f.span[0] < hi]
        if not branch_degrees or not branch_figures:
            continue
        value = min(f.min_years for f in branch_figures)
        for degree in branch_degrees:
            pair = (degree.level, value)
            if pair not in pairs:
                pairs.append(pair)
    if len({level for level, _ in pairs}) < 2:
        return ()
    return tuple(pairs)


def _is_subordinate(text: str, figure: YearsFigure, figures: list[YearsFigure]) -> bool:
    """Whether a detail marker separates ``figure`` from an earlier figure."""
    for other in figures:
        if other.span[1] > figure.span[0]:
            break
        between = text[other.span[1] : figure.span[0]]
        if re.search(
            r"[.;]\s|\bor\s+(?:at\s+least\s+|(?:a\s+)?minimum\s+(?:of\s+)?|"
            r"over\s+|more\s+than\s+)?$",
            between,
        ):
            continue
        if _SUBORDINATE_MARK.search(between):
            return True
    return False


def parse_years(text: str) -> YearsInfo | None:
    """Read the years-of-experience figures stated in ``text``.

    Args:
        text: A qualification item or any short text.

    Returns:
        The figures and the item-level reading, or None when no figure is stated.

    Example:
        >>> info = parse_years("5+ years of Python and 2 of Go")
        >>> info.min_years, [(f.min_years, f.subject) for f in info.figures]
        (2.0, [(5.0, 'Python'), (2.0, 'Go')])
    """
    return _parse_years(text)


# Every figure needs a unit word; most texts have none and skip the rest.
_TRIGGER = re.compile(r"years?|yrs?\b|months?|\bmos?\b|decades?", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _parse_years(text: str) -> YearsInfo | None:
    """Cached body of parse_years (results are immutable)."""
    if _TRIGGER.search(text) is None:
        return None
    figures = _explicit_figures(text)
    # Keep the longest of overlapping figures (a labelled figure and a bare one).
    figures.sort(key=lambda f: (f.span[0], -(f.span[1] - f.span[0])))
    kept: list[YearsFigure] = []
    for figure in figures:
        if kept and figure.span[0] < kept[-1].span[1]:
            continue
        kept.append(figure)
    degrees = find_degrees(text) if kept else []
    kept.extend(_elided_figures(text, kept, degrees))
    kept.sort(key=lambda f: f.span)
    if not kept:
        return None
    by_degree = _pair_degrees(text, kept, degrees)
    main = [f for f in kept if not _is_subordinate(text, f, kept)] or kept
    overall = [
        f
        for f in main
        if _OVERALL_BEFORE.search(text[max(0, f.span[0] - 40) : f.span[0]])
    ] or [
        f
        for i, f in enumerate(main)
        if _OVERALL_AFTER.match(
            text[: main[i + 1].span[0] if i + 1 < len(main) else len(text)], f.span[1]
        )
    ]
    chosen = overall[0] if overall else min(main, key=lambda f: (f.min_years, f.span))
    if by_degree:
        low = min(value for _, value in by_degree)
        if low < chosen.min_years:
            chosen = min(kept, key=lambda f: (f.min_years, f.span))
    return YearsInfo(
        min_years=chosen.min_years,
        max_years=chosen.max_years,
        subject=chosen.subject,
        figures=tuple(kept),
        by_degree=by_degree,
    )
