"""Recognisers for the fixed vocabulary of qualifications.

Years of experience, degrees, certifications/licenses/clearances, work
authorization, spoken languages, and the qualification kind of an item. Pure
Python (regular expressions and a small shipped JSON table), no spaCy, so every
extractor can call these on any span of text.

This module is the import point; the years, degree and credential recognisers
live in ``_years``, ``_degrees`` and ``_credentials``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from resumefit._credentials import CredentialKind, CredentialMention, find_credentials
from resumefit._degrees import DegreeMention, find_degrees
from resumefit._years import YearsFigure, YearsInfo, parse_years
from resumefit.schema import QualificationKind, Span

__all__ = [
    "CredentialKind",
    "CredentialMention",
    "DegreeMention",
    "YearsFigure",
    "YearsInfo",
    "classify_kind",
    "find_credentials",
    "find_degrees",
    "find_languages",
    "mentions_work_authorization",
    "parse_years",
]

# ---------------------------------------------------------------------- languages


def _at_word_start(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Anchor a cue alternation at word starts: same hits, far fewer attempts."""
    return re.compile(r"\b(?:" + pattern.pattern + ")", pattern.flags)


#: Spoken languages recognised, surface form -> canonical name. Matching is
#: case-sensitive (language names are capitalised), which keeps "polish" the verb out.
_LANGUAGE_NAMES = (
    "English",
    "Spanish",
    "French",
    "German",
    "Italian",
    "Portuguese",
    "Dutch",
    "Russian",
    "Polish",
    "Ukrainian",
    "Czech",
    "Slovak",
    "Hungarian",
    "Romanian",
    "Bulgarian",
    "Greek",
    "Turkish",
    "Arabic",
    "Hebrew",
    "Persian",
    "Farsi",
    "Urdu",
    "Hindi",
    "Bengali",
    "Bangla",
    "Punjabi",
    "Gujarati",
    "Marathi",
    "Tamil",
    "Telugu",
    "Kannada",
    "Malayalam",
    "Mandarin",
    "Cantonese",
    "Chinese",
    "Japanese",
    "Korean",
    "Vietnamese",
    "Thai",
    "Indonesian",
    "Malay",
    "Tagalog",
    "Filipino",
    "Swahili",
    "Amharic",
    "Somali",
    "Yoruba",
    "Hausa",
    "Igbo",
    "Swedish",
    "Norwegian",
    "Danish",
    "Finnish",
    "Icelandic",
    "Serbian",
    "Croatian",
    "Bosnian",
    "Slovenian",
    "Albanian",
    "Armenian",
    "Georgian",
    "Lithuanian",
    "Latvian",
    "Estonian",
    "Catalan",
    "Basque",
    "Welsh",
    "Hmong",
    "Khmer",
    "Nepali",
    "Sinhala",
    "Pashto",
    "Dari",
    "Kurdish",
    "Tigrinya",
    "Oromo",
    "Navajo",
    "Burmese",
    "Lao",
    "Afrikaans",
    "Zulu",
    "Xhosa",
    "Maltese",
    "Luxembourgish",
    "Mongolian",
    "Kazakh",
    "Uzbek",
    "Azerbaijani",
    "Tibetan",
)
_LANGUAGES: dict[str, str] = {name: name for name in _LANGUAGE_NAMES}
_LANGUAGES.update(
    {
        "Haitian Creole": "Haitian Creole",
        "Brazilian Portuguese": "Portuguese",
        "Mandarin Chinese": "Mandarin",
        "Simplified Chinese": "Chinese",
        "Traditional Chinese": "Chinese",
        "Bahasa Indonesia": "Indonesian",
        "Bahasa Melayu": "Malay",
        "American Sign Language": "American Sign Language",
        "ASL": "American Sign Language",
        "British Sign Language": "British Sign Language",
        "Sign Language": "Sign Language",
    }
)
_LANGUAGE_PATTERN = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(n) for n in sorted(_LANGUAGES, key=len, reverse=True))
    + r")(?![\w])"
)
# A spoken-language cue in the same sentence: fluency, speaking, a CEFR level…
_LANGUAGE_CUE = re.compile(
    r"fluen|bilingual|multilingual|trilingual|polyglot|\bspeak|\bspoken|"
    r"\bwritten\b|\bverbal|\boral\b|proficien|\bnative\b|mother tongue|"
    r"\blanguages?\b|conversational|business[- ]level|working knowledge|"
    r"\bread(?:ing)?\b|\bwrit(?:e|ing)\b|command of|\binterpret|\btranslat|"
    r"\b[ABC][12]\b|\bCEFR\b|\bHSK\b|\bJLPT\b|\bDELE\b|\bDELF\b|\bTOEFL\b|"
    r"\bIELTS\b|\belementary\b|\bintermediate\b|\badvanced\b|\bbasic\b|"
    r"\bnative[- ]level\b|\bfull professional\b|\blimited\b",
    re.IGNORECASE,
)
# Phrases where the name is not a language: "Chinese market", "French fries".
_NOT_LANGUAGE_AFTER = re.compile(
    r"[\s-]+(?:market|markets|government|company|companies|customers?|clients?|"
    r"culture|cuisine|food|fries|literature|history|law|team|office|"
    r"subsidiary|region|speaking\s+(?:country|countries|world|region|market))\b",
    re.IGNORECASE,
)
# A whole short line that only lists languages: "Languages: English, Spanish".
_LANGUAGE_LIST_FILLER = re.compile(
    r"^[\s,;/|&()\-–:.•*]*(?:(?:and|or|languages?|spoken|native|fluent|"
    r"conversational|basic|intermediate|advanced|professional|working|"
    r"proficiency|proficient|full|limited|elementary|bilingual|[ABC][12])\b"
    r"[\s,;/|&()\-–:.]*)*$",
    re.IGNORECASE,
)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(ch, 0, start) for ch in ".;!?\n") + 1
    rights = [i for i in (text.find(ch, end) for ch in ".;!?\n") if i != -1]
    return left, min(rights) if rights else len(text)


_LANGUAGE_CUE = _at_word_start(_LANGUAGE_CUE)


def find_languages(text: str) -> list[tuple[str, Span]]:
    """Find spoken languages named in ``text``.

    A language name counts when its sentence has a spoken-language cue (fluent,
    bilingual, speak, written/verbal, native, "language", a CEFR level…), or when
    the sentence only lists languages ("Languages: English, Spanish"). Names
    followed by "market", "customers", "cuisine"… are not languages. Programming
    languages are never in the list. Known limit: "English-speaking customers"
    counts as English (it usually does imply the language).

    Args:
        text: Any text.

    Returns:
        ``(canonical name, span)`` pairs in text order.

    Example:
        >>> find_languages("Fluent in French; bilingual (English/Spanish) a plus")
        [('French', (10, 16)), ('English', (29, 36)), ('Spanish', (37, 44))]
    """
    return list(_find_languages(text))


_NEGATED_BEFORE = re.compile(
    r"\b(?:not|no|never|don['’]t|doesn['’]t|cannot|can['’]t|without)\b"
    r"[^.;:\n]{0,30}$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _find_languages(text: str) -> tuple[tuple[str, Span], ...]:
    """Cached body of find_languages."""
    out: list[tuple[str, Span]] = []
    for match in _LANGUAGE_PATTERN.finditer(text):
        start, end = match.span()
        if _NOT_LANGUAGE_AFTER.match(text, end):
            continue
        left, right = _sentence_bounds(text, start, end)
        if _NEGATED_BEFORE.search(text, max(left, start - 40), start):
            # "Does not speak Spanish", "no French": not a language held or asked.
            continue
        sentence = text[left:right]
        rest = _LANGUAGE_PATTERN.sub(" ", sentence)
        if not (
            _LANGUAGE_CUE.search(sentence)
            or (len(sentence) <= 120 and _LANGUAGE_LIST_FILLER.match(rest))
        ):
            continue
        out.append((_LANGUAGES[match.group(0)], (start, end)))
    return tuple(out)


# ------------------------------------------------------------------ authorization

_AUTHORIZATION = re.compile(
    r"\b(?:authori[sz]ed|authori[sz]ation|eligib(?:le|ility)|legally\s+"
    r"(?:able|permitted|entitled)|permitted|entitled|right)\s+to\s+(?:live\s+and\s+)?"
    r"work\b"
    r"|\bwork(?:ing)?\s+(?:authori[sz]ation|permits?|visas?|eligibility|rights?)\b"
    r"|\bemployment\s+(?:authori[sz]ation|eligibility|visa|pass)\b"
    r"|\b(?:visa|immigration|H-?1-?B?|H1|employment)\s+sponsorships?\b"
    r"|\bsponsor(?:ship)?\s+(?:for\s+)?(?:an?\s+)?(?:employment\s+|work\s+)?visas?\b"
    r"|\b(?:require|requires|requiring|need|needs|offer|provide|without)\s+"
    r"(?:(?:current\s+or\s+future|future|any|company|visa)\s+)*sponsorship\b"
    r"|\bsponsorship\s+(?:is\s+)?(?:not\s+)?(?:available|provided|offered)\b"
    r"|\b(?:U\.?S\.?|US|United\s+States|American|Canadian|EU|UK|British)\s+"
    r"(?:citizen(?:ship)?|person|national|permanent\s+resident)s?\b"
    r"|\bcitizenship\b|\bcitizens?\s+(?:only|of\s+the\s+United\s+States)\b"
    r"|\bgreen\s+card\b|\bpermanent\s+resident(?:s|cy)?\b|\bEAD\b"
    r"|\b(?:C2C|Corp[- ]to[- ]Corp|OPT|CPT|TN\s+visa|H-?1B?|H4|L-?1)\b"
    r"(?=[^.]*\b(?:visa|sponsor|candidates?|position|role|accept|work\s+with|"
    r"eligible|not|no)\b)"
    r"|\bable\s+to\s+work\s+(?:directly\s+)?(?:for|in)\s+(?:a\s+|the\s+)?"
    r"(?:U\.?S\.?|United\s+States|UK|EU|Canada|Canadian|American)\b"
    r"|\bI-9\b|\bE-Verify\b|\bITAR\b",
    re.IGNORECASE,
)


def mentions_work_authorization(text: str) -> bool:
    """Whether ``text`` states a work-authorization or citizenship condition.

    Covers "authorized to work in the US", "visa sponsorship", "work permit",
    "citizenship required", "right to work", "green card", "no C2C/H1B/OPT".

    Args:
        text: Any text.

    Returns:
        True when such a condition is mentioned.

    Example:
        >>> mentions_work_authorization("Must be authorized to work in the US")
        True
    """
    return _AUTHORIZATION.search(text) is not None


def _authorization_start(text: str) -> int | None:
    match = _AUTHORIZATION.search(text)
    return match.start() if match else None


# --------------------------------------------------------------------------- kind

_EXPERIENCE_WORD = re.compile(
    r"\bexperience[ds]?\b|\btrack\s+record\b|\bbackground\s+(?:in|with)\b|"
    r"\bhistory\s+of\b|\bprior\s+work\b|\bhands[- ]on\s+work\b",
    re.IGNORECASE,
)
_SOFT_CUE = re.compile(
    r"communicat|interpersonal|team\s*(?:player|work|-?oriented)|collaborat|"
    r"self[- ]?(?:starter|motivated|driven|direct|start)|motivated|organi[sz]ed|"
    r"detail[- ]oriented|attention\s+to\s+detail|problem[- ]solv|critical\s+"
    r"thinking|curio|passion|work\s+independently|independent(?:ly)?|leadership|"
    r"multi-?task|prioriti|time\s+management|adaptab|flexib|proactive|initiative|"
    r"ownership|integrity|ethic|creativ|customer\s+service|presentation\s+skills|"
    r"present\s+(?:\w+\s+){0,4}to|storytell|tell\s+stories|influenc|negotiat|"
    r"fast[- ]paced|ambiguity|deadline|energ|enthusias|positive\s+attitude|"
    r"work\s+well|team\s+environment|cross[- ]functional\s+teams?|stakeholders|"
    r"eager|willing(?:ness)?\s+to\s+learn|learn\s+quickly|quick\s+learner|"
    r"analytical\s+(?:mind|thinking)|written\s+and\s+verbal|verbal\s+and\s+written|"
    r"people\s+skills|empath|humble|driven|diplomac|judg(?:e)?ment|discretion|"
    r"mentor|coach|listen|writing\s+skills|\bteams?\b|adapt|"
    r"relationships?\b|partnerships?\b|attitude|emotional|maturity|mature\b|"
    r"humou?r|decision|intuition|planning\s+and\s+organi|organizing|organising|"
    r"(?<!machine )(?<!deep )(?<!statistical )\blearn"
    r"(?!ing\s+(?:model|algorithm|method|librar|framework|technique))|"
    r"mindset|customer[- ]focused|"
    r"ambitio|optimis|courage|committed|accountab|spirit|multiple\s+hats|"
    r"out[- ]of[- ](?:the[- ])?box|facilitat|enjoys?|interest(?:ed)?\s+in|"
    r"excellence|striv|resourceful|reliab|dependab|punctual|professionalism|"
    r"work\s+ethic|results[- ]oriented|self[- ]development|growth",
    re.IGNORECASE,
)
_SKILL_CUE = re.compile(
    r"proficien|knowledge\s+of|knowledgeable|familiar|understanding\s+of|expert|"
    r"fluency\s+in|skilled\s+in|competen|command\s+of|comfortable\s+(?:with|working)|"
    r"(?:cap)?ability\s+to\s+(?:code|program|write\s+(?:code|sql|queries)|build|develop|"
    r"design|implement|analy[sz]e|model|use|apply|perform|run)|"
    r"\bskills?\s+in\b|programming|coding|statistic|machine\s+learning|"
    r"\bSQL\b|\bPython\b|\bR\b|\bJava\b|\bExcel\b|modeling|modelling|"
    r"\bdata\b|software|algorithm|framework|\btools?\b|database|analytics|"
    r"foundations?\s+in|theor|awareness\s+of|\bunderstand|knowledge\s+in|"
    r"\bNLP\b|natural\s+language|design\s+and\s+implement|budget|systems?\b|"
    r"\bmethod|techniques?|\bability\s+to\s+work\s+(?:in|with)\s+(?!(?:an?\s+|both\s+)?(?:teams?|team-based|fast|individual|diverse|others|effectively)\b)",
    re.IGNORECASE,
)
_OTHER_CUE = re.compile(
    r"on-?site|onsite|\bremote\b|relocat|\btravel\b|\blocal\b|locals|commut|"
    r"background\s+(?:check|investigation|screen)|drug\s+(?:test|screen)|"
    r"publications?|\bschedule\b|\bshifts?\b|weekends?|overtime|\blift\b|"
    r"pounds|\blbs\b|physical(?:ly)?|veteran|\bsalary\b|\bpay\b|hours|"
    r"must\s+be\s+(?:at\s+least\s+)?\d+\s+years\s+of\s+age|proximity|"
    r"portfolio|reliable\s+transportation",
    re.IGNORECASE,
)
_STRONG_LANGUAGE_CUE = re.compile(
    r"fluen|bilingual|multilingual|trilingual|\bspeak|\bspoken|\bnative\b|"
    r"mother\s+tongue|conversational|business[- ]level|command\s+of|"
    r"\b[ABC][12]\b|\bCEFR\b|idiomatic|proficien\w*\s+in\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
_LANGUAGE_KIND_CUE = re.compile(
    r"fluen|bilingual|multilingual|trilingual|\bspeak|\bspoken|\bnative\b|"
    r"\blanguages?\b|conversational|business[- ]level|proficien|\bread\b|"
    r"\bwrite\b|command\s+of|\b[ABC][12]\b",
    re.IGNORECASE,
)


_SOFT_CUE = _at_word_start(_SOFT_CUE)
_SKILL_CUE = _at_word_start(_SKILL_CUE)
_OTHER_CUE = _at_word_start(_OTHER_CUE)
_STRONG_LANGUAGE_CUE = _at_word_start(_STRONG_LANGUAGE_CUE)
_LANGUAGE_KIND_CUE = _at_word_start(_LANGUAGE_KIND_CUE)
_EXPERIENCE_WORD = _at_word_start(_EXPERIENCE_WORD)


_CERTIFICATE_WORD = re.compile(r"\bcertifi(?:cate|cates|cation|cations|ed)\b", re.I)
_ABILITY_OPENING = re.compile(
    r"\s*(?:(?:demonstrated|proven|strong|excellent)\s+)?ability\s+to\b", re.I
)


def classify_kind(
    text: str, *, skill_count: int = 0, soft_skill_count: int = 0
) -> QualificationKind:
    """The main thing a qualification item asks for (annotation guidelines).

    Strong signals are the recognisers in this module: a clearance or other
    credential, a work-authorization condition, a years figure (experience), a
    degree (education), a spoken language with a fluency cue. When several are
    present, the one named first is the main ask: "Bachelor's degree and 3 years
    of experience" is education, "3 years of experience and a Bachelor's degree"
    is experience. Without a strong signal: the word "experience" makes it
    experience; soft-skill cues (or more soft than hard skills) make it
    soft_skill; skill cues or any named skill make it skill; location, travel,
    schedule or background-check items are other.

    Args:
        text: The item text.
        skill_count: Hard skills the caller's lexicon found in the item.
        soft_skill_count: Soft skills the caller's lexicon found in the item.

    Returns:
        The qualification kind.

    Example:
        >>> classify_kind("3+ years of Python")
        'experience'
        >>> classify_kind("BS in Computer Science")
        'education'
        >>> classify_kind("Excellent communication skills")
        'soft_skill'
    """
    signals: list[tuple[int, int, QualificationKind]] = []
    for rank, mention in enumerate(find_credentials(text)):
        signals.append((mention.span[0], rank, mention.kind))
    auth = _authorization_start(text)
    if auth is not None:
        signals.append((auth, 0, "authorization"))
    experience = _EXPERIENCE_WORD.search(text)
    years = parse_years(text)
    if years is not None:
        # The item's experience ask starts where its sentence does when the
        # figure is written after "experience": "Experience: 3+ years".
        start = years.figures[0].span[0]
        if experience is not None and experience.start() < start:
            start = experience.start()
        signals.append((start, 0, "experience"))
    degrees = find_degrees(text)
    if degrees:
        signals.append((degrees[0].span[0], 0, "education"))
    languages = find_languages(text)
    # "Fluent in Spanish" asks for a language; "Excellent written communication
    # skills in English" is a soft skill unless a language-level cue is there.
    if languages and (
        _STRONG_LANGUAGE_CUE.search(text)
        or (_LANGUAGE_KIND_CUE.search(text) and not _SOFT_CUE.search(text))
    ):
        signals.append((languages[0][1][0], 0, "language"))
    if signals:
        return min(signals)[2]
    if _CERTIFICATE_WORD.search(text) and experience is None:
        return "certification"  # "must hold certificate", "Azure Certification"
    # Cue hits plus the caller's lexicon counts decide between hard and soft
    # skills. Weight 1 for lexicon counts measured best on the Glassdoor dev gold
    # (kind accuracy 0.924 with the default lexicon, 0.920 without; 0.911 with
    # weight 2).
    soft_hits = len(_SOFT_CUE.findall(text)) + soft_skill_count
    skill_hits = len(_SKILL_CUE.findall(text)) + skill_count
    if experience is not None:
        opening = _ABILITY_OPENING.match(text)
        if not (opening and soft_hits >= skill_hits):
            return "experience"
    if soft_hits and soft_hits >= skill_hits:
        return "soft_skill"
    if skill_count == 0 and _OTHER_CUE.search(text):
        return "other"
    if skill_hits > 0:
        return "skill"
    return "other"
