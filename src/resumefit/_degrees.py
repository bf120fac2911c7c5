"""Degree recognition: level, field(s), "or related field", "or equivalent experience".

Pure regular expressions, no spaCy, so it can run on any text (a posting item or a
resume education line). Ambiguous abbreviations are only read as degrees in degree
context: ``MS`` is not a degree in "MS Excel", ``MA`` is not one in "Boston, MA",
``BA`` is not one in "Senior BA role", ``MD`` is not one in "Baltimore, MD".

Level mapping (ordinal, see ``schema.DEGREE_ORDER``):

* high school: high school diploma, GED, HS diploma, secondary school, A-levels;
* associate: associate's degree, AA/AS/AAS, two-year degree, HND/HNC, foundation degree;
* bachelor: bachelor's, BA/BS/BSc/BEng/B.Tech/BBA/BSN..., undergraduate, four-year,
  university or college degree, and a bare "degree in X" / "a degree";
* master: master's, MS/MA/MSc/MEng/MBA/MPH..., graduate, postgraduate, advanced degree;
* doctorate: PhD, doctorate, doctoral, and the professional doctorates JD, MD,
  PharmD, DDS, DVM, DNP, PsyD, EdD.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from resumefit.schema import DegreeLevel, Span

__all__ = ["DegreeMention", "find_degrees"]


@dataclass(frozen=True)
class DegreeMention:
    """A degree named in text.

    Attributes:
        level: Ordinal degree level.
        surface: The degree as written, e.g. ``"Bachelor's degree"`` or ``"B.Sc."``.
        span: Character span of ``surface`` in the searched text.
        fields: Field(s) of study named with it, e.g. ``("Computer Science",)``.
        accepts_related_field: True for "or related field", "or similar", etc.
        accepts_equivalent_experience: True for "or equivalent (practical) experience".
    """

    level: DegreeLevel
    surface: str
    span: Span
    fields: tuple[str, ...]
    accepts_related_field: bool
    accepts_equivalent_experience: bool


# Straight, curly and back-tick apostrophes all occur in real postings; tokenised
# text has spaces around them ("Master ' s degree").
_AP = r"(?:\s?['’`]\s?)"
_DEG = r"(?:\s+(?:degree|diploma)s?\b)?"  # a trailing "degree" belongs to the surface

# Word forms: case-insensitive, unambiguous (or made so by a required tail).
_WORD_PATTERNS: tuple[tuple[str, DegreeLevel], ...] = (
    # doctorate
    (r"\bdoctor(?:ate|al)(?:\s+degree)?s?\b", "doctorate"),
    (
        r"\bdoctor\s+of\s+(?:philosophy|medicine|pharmacy|education|law|"
        r"jurisprudence|nursing practice|veterinary medicine|dental surgery|"
        r"psychology|osteopathic medicine|science)\b",
        "doctorate",
    ),
    (r"\bterminal\s+degree\b", "doctorate"),
    (r"\bjuris\s+doctor(?:ate)?(?:\s+degree)?\b", "doctorate"),
    # master
    (
        r"\bmaster" + _AP + r"?s?" + _AP + r"?\s+of\s+"
        r"(?:business administration|public health|public administration|"
        r"fine arts|social work|library science|education|laws|engineering|"
        r"science|arts|philosophy|computer science|information systems|"
        r"finance|accountancy|accounting|nursing|statistics|economics|"
        r"data science|architecture|music|divinity|technology)\b",
        "master",
    ),
    (r"\bmaster" + _AP + r"s?(?:\s+(?:degree|diploma)s?\b)?", "master"),
    (
        r"(?<![Ss]crum )(?<![Ss]crum-)\bmasters?(?:\s+(?:degree|diploma|level)s?\b)",
        "master",
    ),
    (
        r"(?<![Ss]crum )\bmasters\b(?=\s+(?:in|or|and|preferred|required|"
        r"from|program)\b|\s*[/,)])",
        "master",
    ),
    (
        r"\b(?:post[- ]?graduate|graduate)\s+"
        r"(?:level\s+)?(?:degree|diploma|qualification)s?\b"
        r"|\b(?:advanced|higher)\s+(?:level\s+)?(?:degree|qualification)s?\b",
        "master",
    ),
    # An advanced diploma sits below a bachelor's degree (AQF 6, TVET level V).
    (r"\badvanced\s+diplomas?\b", "associate"),
    # bachelor
    (
        r"\bbachelor" + _AP + r"?s?" + _AP + r"?(?:\s+of\s+"
        r"(?:science|arts|engineering|business administration|technology|"
        r"commerce|applied science|fine arts|computer science|education|"
        r"nursing|social work|architecture|music|laws))?" + _DEG,
        "bachelor",
    ),
    (r"\bbaccalaureate" + _DEG, "bachelor"),
    (
        r"\b(?:undergraduate|university|college|(?:4|four)[- ]?years?(?:\s+college)?|"
        r"first|honou?rs|academic)\s+degrees?\b",
        "bachelor",
    ),
    (r"\bdegree[- ]level\b", "bachelor"),
    (
        r"\b(?:engineering|business|science|computing|technical|mathematics|maths|"
        r"economics|finance|accounting|statistics|physics|chemistry|biology|"
        r"nursing|arts|based|numerate|STEM|IT|psychology|law|marketing)\s+degrees?\b",
        "bachelor",
    ),
    (r"\bdegree[- ](?:educated|qualified)\b", "bachelor"),
    (r"\beducated\s+to\s+(?:a\s+)?degree(?:\s+(?:level|standard))?\b", "bachelor"),
    # associate
    (r"\bassociate" + _AP + r"?s?" + _AP + r"?\s+(?:degree|diploma)s?\b", "associate"),
    (
        r"\bassociate" + _AP + r"?s?\s+(?:of|in)\s+(?:applied\s+)?"
        r"(?:science|arts|business|nursing|technology)\b",
        "associate",
    ),
    (r"\b(?:2|two)[- ]?years?\s+(?:college\s+|technical\s+)?degrees?\b", "associate"),
    # "Associate or Bachelor's degree": the shared "degree" is written once.
    (
        r"\bassociate" + _AP + r"?s?(?=\s*(?:or|/)\s*(?:an?\s+)?"
        r"(?:bachelor|baccalaureate|4[- ]year))",
        "associate",
    ),
    (r"\bfoundation\s+degree\b", "associate"),
    # A college or TVET diploma in a field sits below a degree ("Diploma in
    # Teaching", "Degree/Diploma in Social Work": the diploma is the minimum).
    (
        r"(?<!school )(?<!secondary )(?<!high )\b(?:(?:college|technical|advanced|"
        r"TVET|TVTE)\s+)?diploma(?:\s*/\s*(?:TVET|TVTE)\b)?(?=\s+(?:in|of)\s)"
        r"(?!\s+(?:in|of)\s+(?:secondary|completion|high|grade))",
        "associate",
    ),
    (
        r"(?<!bachelor )(?<!bachelor's )(?<!master )(?<!master's )(?<!masters )"
        r"\bdegree\s*/\s*diploma\b",
        "associate",
    ),
    (r"\bdiploma\s+holders?\b", "associate"),
    # Ethiopian TVET levels: "TVET 10+3", "10+2 certificate", "TVET Level IV".
    (
        r"\bTVE?T\b(?:\s*\(?\s*10\s*\+\s*[1-4]\)?)?|\b10\s*\+\s*[1-4]\b"
        r"(?=\s*(?:\)|in\b|certificate|diploma|level|graduate|or\b|/))",
        "associate",
    ),
    # "12th Grade Complete", "Grade 10 completed", "10th or 12th grade complete".
    (
        r"\b(?:(?:10|12)(?:th)?\s+(?:or\s+(?:10|12)(?:th)?\s+)?grade|grade\s+(?:10|12))"
        r"\s+complet(?:e|ed|ion)\b",
        "high_school",
    ),
    # high school
    (
        r"\bhigh[- ]school\s+(?:diploma|degree|education|graduate|equivalent|"
        r"certificate|completion)\b",
        "high_school",
    ),
    # Bare "high school" only as a requirement, not as a school's name
    # ("Lakeside High School", filtered in _raw_mentions) or a setting
    # ("high school students").
    (
        r"\bhigh[- ]school\b(?!\s+(?:students?|teachers?|principals?|level|"
        r"years?|renovation|math|english|science|sports|football|basketball|"
        r"team|counselor|program|class(?:es)?|senior|junior|freshm[ae]n|"
        r"sophomores?|campus|district|athletics|band|youth|kids|age|aged)\b|"
        r"\s+(?-i:[A-Z][a-z]))",
        "high_school",
    ),
    (
        r"\bsecondary\s+(?:school|education)\s+(?:diploma|certificate|"
        r"leaving|qualification)s?\b"
        r"|\b(?:complet\w*|finished|minimum(?:\s+of)?|at\s+least)\s+(?:a\s+)?"
        r"secondary\s+(?:school|education)\b",
        "high_school",
    ),
    (r"\bGCSEs?\b|\bONC\b|\bNVQs?(?:\s+level\s+[1-3])?\b", "high_school"),
    (r"\bNVQ\s+level\s+[45]\b", "associate"),
)

# Abbreviations: case-sensitive. "safe" ones fire anywhere; "ambiguous" ones only
# in degree context (see _has_degree_context).
_ABBREV_SAFE: tuple[tuple[str, DegreeLevel], ...] = (
    (
        r"Ph\s\.\s?D\b(?:\s?\.)?|PHD|Ph\.?\s?D\.?s?|D\.?Phil\.?|Pharm\.?\s?D\.?|Psy\.?D\.?|Ed\.?D\.?|"
        r"D\.D\.S\.|DDS|D\.V\.M\.|DVM|DNP|J\.D\.|M\.D\.",
        "doctorate",
    ),
    (
        r"M\s\.\s?Sc\b(?:\s?\.)?|MChem|MRes|MMath|MPhys|M[Pp]hil|MBAs?|M\.B\.A\.|"
        r"M\.?Sc\.?|M\.S\.|M\.A\.|M\.?Eng\.?|M\.?Tech\.?|M\.Phil\.|"
        r"MPH|M\.P\.H\.|MPA|MFA|MSW|MSN|MSEE|MSCS|MSc|MCA|LLM|LL\.M\.|M\.Ed\.|MEd|"
        r"MSIS",
        "master",
    ),
    (
        r"B\s\.\s?(?:Sc|A|S)\b(?:\s?\.)?|B\.?Sc\.?|B\.S\.|B\.A\.|B\.?Eng\.?|B\.?\s?Tech\.?|BBA|B\.B\.A\.|BFA|BSN|BSEE|"
        r"BSCS|BSBA|B\.?Com\.?|BASc|B\.A\.Sc\.|B\.E\.D\.?|B\.E\.|BCA|LLB|LL\.B\.|"
        r"B\.Ed\.|BEd|BSW",
        "bachelor",
    ),
    (r"A\.A\.S\.|AAS|A\.A\.|A\.S\.|HND|HNC", "associate"),
    (r"GED|HSD|A[- ]?[Ll]evels?(?!-)|A[- ]LEVELS?", "high_school"),
)
_ABBREV_AMBIGUOUS: tuple[tuple[str, DegreeLevel], ...] = (
    (r"JD|MD", "doctorate"),
    (r"MS|MA|ME", "master"),
    (r"BS|BA|BE", "bachelor"),
    (r"AA|AS", "associate"),
)

# "MS Excel", "MS Office", "MA Health"…: product or place, not a degree.
_NOT_DEGREE_AFTER = re.compile(
    r"\s*(?:Excel|Office|Word|PowerPoint|Power\s?Point|Access|Project|Visio|SQL|"
    r"Teams|Outlook|Dynamics|Windows|SharePoint|Share\s?Point|Azure|365|Suite|"
    r"Paint|Publisher|Exchange|DOS|Navision|CRM|Power\s?BI|Server|Edge|Stack|"
    r"Forms|Flow|OneNote|Intune|Fabric|Entra|Defender|Sentinel)\b"
    r"|\s*[-/]?\s*\d{3}|/\s*(?:HS|ES|JH)\b|\s*Edwards\b"
)
_LEVEL_WORD = (
    r"(?:BA|BS|MS|MA|MBA|PhD|Ph\.D\.|JD|MD|DO|AA|AS|AAS|BSc|MSc|B\.S\.|M\.S\.|"
    r"B\.A\.|M\.A\.|[Bb]achelor|[Mm]aster|[Dd]octorate|[Dd]egree)"
)
# What may follow an ambiguous abbreviation for it to read as a degree: a degree
# word, a field ("BS in Biology", "BS, Computer Science"), a requirement cue, the
# end of the line, or another degree ("BS, MS, or PhD").
_DEGREE_TAIL = re.compile(
    r"(?:\s*(?:degree|diploma|required|preferred|program|candidate|student|"
    r"holder|graduate|equivalent|ideally|desired|strongly|from|level|plus)\b"
    r"|\s+(?:in|of)\s+(?:[A-Z]|a\b|an\b|the\b|related|relevant|\w+\s+(?:field|"
    r"discipline))"
    r"|\s*,?\s*(?:or|and|and/or)\s+(?:an?\s+)?(?:equivalent|other|higher|advanced|"
    r"similar|comparable|foreign|greater|above|better)\b"
    r"|\s*\(|\s*,\s*[A-Z][a-z]|\s*[.:;]?\s*(?:$|\n)|\s*\.\s"
    r"|\s*(?:/|,|or|and|and/or|,\s*or|,\s*and)\s*(?:an?\s+)?" + _LEVEL_WORD + r"\b"
    r"|\s+(?:with|and|\+)\s+(?:\d|at\s+least|a\s+minimum|minimum|one|two|three|"
    r"four|five|six|seven|eight|nine|ten))",
)
_DEGREE_HEAD = re.compile(
    r"(?:" + _LEVEL_WORD + r"\s*(?:/|or|and|,|and/or)\s*"
    r"|\b(?:an?|with\s+an?|hold\s+an?|holds\s+an?|earned\s+an?|completed\s+an?)\s+"
    r"|\b(?:degree|degrees|diploma|education|qualification)\s*[:(\-–]\s*"
    r"|\b(?:arts|sciences?|engineering|administration|laws?|medicine|doctorate|"
    r"bachelor['’]?s?|master['’]?s?|associate['’]?s?)\s*\(\s*)$",
    re.IGNORECASE,
)
# "Boston, MA" / "Bethesda, MD 20814": a US state after a city.
_STATE_BEFORE = re.compile(r"[A-Z][a-z]+,\s*$")
# "FL, MA, and MD": a list of US states.
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|MA|MD|ME|MI|MN|MS|MO|MT|"
    "NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)
_STATE_NEIGHBOUR_BEFORE = re.compile(
    r"\b(?!(?:MA|MD|MS|ME)\b)(?:" + _US_STATES + r")\s*(?:,|and|&|/)"
    r"(?:\s*(?:and\s+)?[A-Z]{2}\s*,)*\s*(?:and\s+|&\s*)?$"
)
_STATE_NEIGHBOUR_AFTER = re.compile(
    r"\s*(?:,|and|&|/)\s*(?:and\s+)?(?!(?:MA|MD|MS|ME)\b)(?:" + _US_STATES + r")\b"
)

_COMPILED: tuple[tuple[re.Pattern[str], DegreeLevel, bool], ...] = (
    *((re.compile(p, re.IGNORECASE), lvl, False) for p, lvl in _WORD_PATTERNS),
    *(
        (re.compile(r"(?<![\w.])(?:" + p + r")" + _DEG + r"(?![\w])"), lvl, False)
        for p, lvl in _ABBREV_SAFE
    ),
    *(
        (
            re.compile(r"(?<![\w.&-])(?:" + p + r")s?" + _DEG + r"(?![\w.&+#-])"),
            lvl,
            True,
        )
        for p, lvl in _ABBREV_AMBIGUOUS
    ),
)
# Bare "degree" with a field or an article: "degree in Finance", "a relevant degree".
_BARE_DEGREE = re.compile(
    r"\b(?:(?:an?|relevant|related|appropriate|technical|engineering|science|"
    r"business|STEM|quantitative)\s+)?degree(?=\s+(?:in|or)\b)"
    r"|\b(?:an?|relevant|related|appropriate|technical|STEM|quantitative)\s+degree\b",
    re.IGNORECASE,
)
_BARE_DEGREE_NEG = re.compile(
    r"(?:high|some|certain|great|large|varying|any|what|third|first|second|360|"
    r"180|90)\s*$",
    re.IGNORECASE,
)

_RELATED = re.compile(
    r"\b(?:(?:or|and|,)\s+(?:an?\s+|other\s+|any\s+)?(?:closely\s+)?"
    r"(?:related|relevant|similar|equivalent|comparable|allied|applicable|"
    r"other)\b(?!\s+(?:practical\s+|work\s+|professional\s+|job\s+|relevant\s+)*"
    r"(?:experience|combination))"
    r"|\b(?:a|in\s+a|any)\s+(?:closely\s+)?(?:related|relevant|similar)\s+"
    r"(?:\w+\s+)?(?:field|discipline|area|subject|major|degree|program)s?"
    r"|\bor\s+(?:a\s+)?(?:similar|other)\s+(?:\w+\s+)?"
    r"(?:field|discipline|area|subject|major|degree)s?"
    r"|\brelated\s+(?:technical\s+|quantitative\s+|scientific\s+)?"
    r"(?:field|discipline|area|subject|major)s?)",
    re.IGNORECASE,
)
_EQUIVALENT_EXPERIENCE = re.compile(
    r"\b(?:equivalent|commensurate|comparable|relevant|related|additional|"
    r"practical|professional|work)\s+"
    r"(?:(?:practical|work|professional|relevant|related|industry|job|"
    r"military|technical|years?\s+of|combination\s+of\s+(?:\w+\s+){0,3})\s*)*"
    r"(?:experience|work)\b(?:\s+(?:in\s+lieu|may\s+(?:be\s+)?substitute|"
    r"can\s+(?:be\s+)?substitute))?"
    r"|\bin\s+lieu\s+of\b"
    r"|\bequivalent\s+combination\s+of\b"
    r"|\bor\s+equivalent\s+(?:\w+\s+){0,3}experience\b",
    re.IGNORECASE,
)
# Words that only count as equivalent-experience when the sentence offers it instead.
_OR_WORD = re.compile(r"\b(?:or|and/or|in\s+lieu|substitut)", re.IGNORECASE)

_FIELD_INTRO = re.compile(
    r"\s*\)?\s*(?:degree|diploma)?s?\s*(?:\([^)]{0,20}\)\s*)?"
    r"(?:,?\s*or\s+(?:greater|higher|above|better|equivalent)\s+)?"
    r"(?:(?:in|of|with\s+a\s+(?:major|concentration|focus)\s+in|majoring\s+in|"
    r"focused\s+on|concentration\s+in)\s+)",
    re.IGNORECASE,
)
_FIELD_STOP = re.compile(
    r"[.;:!?\n()\[\]]|\s[-–—]\s"
    r"|,?\s*\b(?:or|and|,)\s+(?:an?\s+|other\s+|any\s+)?(?:closely\s+)?"
    r"(?:related|relevant|similar|equivalent|comparable|allied)\b"
    r"|\b(?:with|from|required|preferred|is|are|plus|including|such\s+as|e\.g|"
    r"i\.e|and/or\s+equivalent|or\s+equivalent|desired|strongly|ideally|"
    r"highly|who|that|which|where|to|at|by|for|as|and\s+\d|\d)\b"
    r"|,?\s*\bor\s+(?:higher|above|greater|a\s+higher|advanced)\b"
    r"|,?\s*(?:and/)?or\s+(?:an?\s+)?(?:BA|BS|MS|MA|MBA|PhD|Ph\.D|master|bachelor|"
    r"doctor|associate|advanced|graduate|equivalent|relevant|related)\b",
    re.IGNORECASE,
)
_FIELD_SPLIT = re.compile(
    r"\s*(?:,\s*(?:and/or|or|and)?|\band/or\b|\bor\b|\band\b|/|&)\s*", re.IGNORECASE
)
_GENERIC_FIELD = re.compile(
    r"^(?:an?\s+|the\s+)?(?:\w+\s+)?(?:field|discipline|area|subject|major)s?$",
    re.IGNORECASE,
)
_LOWER_SMALL = frozenset({"of", "and", "in", "for", "the", "to", "on", "with"})


def _has_degree_context(text: str, start: int, end: int) -> bool:
    """Whether an ambiguous abbreviation at ``text[start:end]`` reads as a degree."""
    after = text[end : end + 40]
    if _NOT_DEGREE_AFTER.match(after):
        return False
    before = text[max(0, start - 40) : start]
    if _STATE_BEFORE.search(before) and not re.match(r"\s*(?:degree|in)\b", after):
        return False
    if _STATE_NEIGHBOUR_BEFORE.search(before) or _STATE_NEIGHBOUR_AFTER.match(after):
        return False
    # "registered in MA", "based in MD": a place, unless a degree tail follows.
    if re.search(r"\b(?:in|from|at|near)\s+$", before) and not re.match(
        r"\s*(?:degree|diploma|in\s+[A-Z]|program)", after
    ):
        return False
    surface = text[start:end]
    if surface.endswith(("degree", "degrees", "diploma")):
        return True
    return bool(_DEGREE_TAIL.match(after) or _DEGREE_HEAD.search(before))


def _title_field(raw: str) -> str:
    words = raw.split()
    out = []
    for i, word in enumerate(words):
        if word.isupper() or any(ch.isupper() for ch in word[1:]):
            out.append(word)  # acronyms and CamelCase as written: "STEM", "MIS"
        elif i > 0 and word.lower() in _LOWER_SMALL:
            out.append(word.lower())
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


def _fields_after(text: str, pos: int) -> tuple[str, ...]:
    """Read the field list that follows a degree surface ending at ``pos``."""
    intro = _FIELD_INTRO.match(text, pos)
    if intro is None:
        return ()
    rest = text[intro.end() : intro.end() + 200]
    stop = _FIELD_STOP.search(rest)
    chunk = rest[: stop.start()] if stop else rest
    fields: list[str] = []
    for part in _FIELD_SPLIT.split(chunk):
        cleaned = part.strip(" ,'\"")
        cleaned = re.sub(r"^(?:the|a|an)\s+", "", cleaned, flags=re.IGNORECASE)
        if not cleaned or len(cleaned) > 60 or _GENERIC_FIELD.match(cleaned):
            continue
        if not re.search(r"[A-Za-z]", cleaned):
            continue
        name = _title_field(cleaned)
        if name not in fields:
            fields.append(name)
    return tuple(fields)


_NAME_WORD_BEFORE = re.compile(r"(?:^|[^\w])([A-Z][\w.'&-]*)[ \t]+$")
_NOT_NAME_WORDS = frozenset(
    {
        "A",
        "An",
        "And",
        "Or",
        "Required",
        "Minimum",
        "Education",
        "Diploma",
        "Of",
        "With",
        "Completed",
        "Graduated",
        "Some",
        "Any",
        "The",
        "In",
        "Plus",
        "EDUCATION",
        "Highest",
        "Level",
        "Preferred",
        "Must",
        "Have",
        "Be",
    }
)


def _is_school_name(text: str, start: int, end: int) -> bool:
    """Whether a bare "High School" is part of a name ("Lakeside High School")."""
    if text[start:end].lower().replace("-", " ") != "high school":
        return False
    match = _NAME_WORD_BEFORE.search(text[max(0, start - 40) : start])
    return match is not None and match.group(1) not in _NOT_NAME_WORDS


_NO_DEGREE_BEFORE = re.compile(r"(?:lieu\s+of|instead\s+of|without)\s*$")


def _raw_mentions(text: str) -> list[tuple[int, int, DegreeLevel]]:
    found: list[tuple[int, int, DegreeLevel]] = []
    for pattern, level, ambiguous in _COMPILED:
        for match in pattern.finditer(text):
            start, end = match.span()
            if ambiguous and not _has_degree_context(text, start, end):
                continue
            if _is_school_name(text, start, end):
                continue
            found.append((start, end, level))
    for match in _BARE_DEGREE.finditer(text):
        start, end = match.span()
        if _BARE_DEGREE_NEG.search(text[max(0, start - 12) : start]):
            continue
        if _NO_DEGREE_BEFORE.search(text, max(0, start - 40), start):
            continue  # "experience in lieu of a degree" names no degree
        if re.match(r"\s+of\b", text[end : end + 5]):
            continue  # "degree of autonomy"
        found.append((start, end, "bachelor"))
    # Longest match wins; earliest start breaks ties; overlapping ones are dropped.
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    kept: list[tuple[int, int, DegreeLevel]] = []
    for mention in found:
        if kept and mention[0] < kept[-1][1]:
            if mention[1] - mention[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = mention
            continue
        kept.append(mention)
    # A bare "degree" right after a level word belongs to it ("BA/BS degree").
    return [
        m
        for i, m in enumerate(kept)
        if not (
            text[m[0] : m[1]].lower().endswith("degree")
            and m[2] == "bachelor"
            and i > 0
            and _BARE_DEGREE.fullmatch(text[m[0] : m[1]])
            and re.fullmatch(r"\s*", text[kept[i - 1][1] : m[0]])
        )
    ]


_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\be\.g)(?<!\bi\.e)[.;!?\n](?:\s|$)")
_PAREN_AFTER = re.compile(r"\s*\([^)]{1,20}\)")


def _clause_end(text: str, pos: int, next_start: int) -> int:
    """End of the clause a degree group's qualifiers can belong to."""
    limit = min(next_start, len(text))
    match = _SENTENCE_END.search(text, pos, limit)
    return match.start() if match else limit


def find_degrees(text: str) -> list[DegreeMention]:
    """Find the degrees named in ``text``.

    Degrees joined by "/", "or", "and" or commas ("BA/BS degree", "MS or PhD in
    Statistics") share the field list and the qualifiers that follow the group.

    Args:
        text: Any text: a posting item, a resume line, a whole document.

    Returns:
        Degree mentions in text order, non-overlapping.

    Example:
        >>> [(d.level, d.surface, d.fields) for d in find_degrees(
        ...     "BS in Computer Science or related field; MS preferred")]
        [('bachelor', 'BS', ('Computer Science',)), ('master', 'MS', ())]
    """
    return list(_find_degrees(text))


# Every degree pattern needs one of these; most texts have none and skip the rest.
_TRIGGER = re.compile(
    r"(?i:degree|bachelor|baccalaureate|master|doctor|diploma|school|graduate|"
    r"associate|level|juris|educated|secondary|foundation|GCSE|NVQ|ONC|ph\s?\.?\s?d"
    r"|grade|tvet|tvt|10\s*\+)"
    r"|(?<![A-Za-z])(?:[ABMDJLHG]|Ph|Pharm|Psy|Ed|LL)\s?\.?\s?[A-Z]"
)


@lru_cache(maxsize=4096)
def _find_degrees(text: str) -> tuple[DegreeMention, ...]:
    """Cached body of find_degrees: extractors ask about the same item twice."""
    if _TRIGGER.search(text) is None:
        return ()
    raw = _raw_mentions(text)
    if not raw:
        return ()
    # Group mentions joined only by connectors.
    groups: list[list[tuple[int, int, DegreeLevel]]] = []
    for mention in raw:
        if groups:
            gap = text[groups[-1][-1][1] : mention[0]]
            if re.fullmatch(
                r"\s*(?:/|,|or|and|and/or|,\s*or|,\s*and|\(|\)|\s)*\s*"
                r"(?:an?\s+)?(?:other\s+)?(?:degree\s+)?",
                gap,
                re.IGNORECASE,
            ):
                groups[-1].append(mention)
                continue
        groups.append([mention])
    out: list[DegreeMention] = []
    for gi, group in enumerate(groups):
        tail_start = group[-1][1]
        next_start = groups[gi + 1][0][0] if gi + 1 < len(groups) else len(text)
        fields = _fields_after(text, tail_start)
        if not fields:
            # "Bachelor's degree (BS) in …": fields may follow a parenthetical.
            paren = _PAREN_AFTER.match(text, tail_start)
            if paren:
                fields = _fields_after(text, paren.end())
        end = _clause_end(text, tail_start, next_start)
        clause = text[tail_start:end]
        related = bool(_RELATED.search(clause))
        equivalent = False
        for match in _EQUIVALENT_EXPERIENCE.finditer(clause):
            head = clause[max(0, match.start() - 25) : match.end()]
            if match.group(0).lower().startswith(("equivalent", "in lieu")) or (
                _OR_WORD.search(head)
            ):
                equivalent = True
                break
        for start, stop, level in group:
            out.append(
                DegreeMention(
                    level=level,
                    surface=text[start:stop],
                    span=(start, stop),
                    fields=fields,
                    accepts_related_field=related,
                    accepts_equivalent_experience=equivalent,
                )
            )
    return tuple(out)
