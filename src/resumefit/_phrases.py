"""Open-vocabulary skill phrases: skills the lexicon does not know, found by cues.

Postings name many skills the shipped lexicon cannot list ("tree identification",
"recipe interpretation", "partner relations"). :func:`find_skill_phrases` finds
them with general patterns of qualification text:

- **Cue phrases** followed by one noun phrase or an enumeration of them:
  "knowledge of X", "understanding of X", "proficiency in/with X", "experience
  with/in X", "familiarity with X", "expertise in X", "skilled in X",
  "background in X", "capacity for X", conjoined cues ("knowledge and
  experience in X"), and "including / such as / e.g. / protocols like X, Y and Z".
- **List labels**: a short capitalised label opening a line or item and followed
  by a colon or a spaced dash ("Analysis: Ability to …", "2. Audio Visual –
  knowledge of …"). Category labels ("Skills:", "Tools:", "Languages:") instead
  open an enumeration of their own ("Tools: Jira, Figma and Miro").
- **Short list items**: a bullet line (or a line ending in "skills") that is only
  a list of noun phrases ("- Welding and Brazing").
- **Comma lists** of three or more items of which at least two (and 40%) are
  lexicon skills: the other items are skills too ("Python, SQL, Quibbleware").
- **Acronyms defined in place** ("Disaster Recovery (DR)", "NFV (Network
  Functions Virtualization)"): both forms, when the initials agree.
- **Tools qualifying a job title** written like a product ("RPG Programmer",
  "Guidewire PolicyCenter Developer").

Each phrase is a short noun phrase (at most :data:`MAX_WORDS` words): leading
determiners and degree adjectives are trimmed ("the", "strong", "working"), a
filler head with "of" is skipped ("the use of X" gives X), a trailing "skills",
"knowledge" or "industry" is dropped (and "systems"/"language" after a product
name), and it ends at the first clause boundary (punctuation, prepositions,
verbs). Pronouns, bare verbs, gerund clauses ("helping clients"), job titles,
degrees and generic fillers ("experience", "the team", "a fast-paced
environment") are rejected.

A phrase that the lexicon knows (``Lexicon.lookup``) is reported as the lexicon
term; otherwise its ``skill_id`` is ``"phrase:<normalised lowercase>"`` and its
name keeps its own capitals, with the first letter raised ("partner relations"
gives "Partner relations"); ``is_soft`` is False. Merge with lexicon mentions with
:func:`merge_mentions` (lexicon wins on overlap; ``keep_longer`` also keeps a
phrase that extends a lexicon mention, "data security" around "security").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from resumefit.errors import InputError
from resumefit.schema import SkillMention, Span

if TYPE_CHECKING:
    from resumefit.lexicon import Lexicon

__all__ = ["MAX_WORDS", "find_skill_phrases", "merge_mentions"]

MAX_WORDS = 4  # longest phrase kept, in words
_MAX_ITEMS = 12  # most items read from one enumeration
_WINDOW = 240  # characters read after a cue

# A word ("C++", "Node.js", "TCP/IP", "driver's", "e-commerce") or one symbol.
_TOKEN_RE = re.compile(r"[^\W_](?:[\w+#]|[.'\u2019/&-](?=[^\W_]))*[+#]*|[^\w\s]")

_CUE_NOUNS = (
    r"(?:knowledge|knowledgeable|understanding|awareness|grasp|command|mastery"
    r"|appreciation|proficiency|proficient|competence|competency|competencies"
    r"|fluency|fluent|skilled|expertise|expert|versed|grounding|trained|certified"
    r"|specialization|specialisation|experienced|experience|familiarity|familiar"
    r"|comfort|comfortable|background|skills?|excellence|capabilit(?:y|ies)"
    r"|capacity|aptitude|conversant|adept|talent|know-?how|comprehension)"
)
_CUE_RE = re.compile(
    r"\b(?:"
    # "knowledge of", "knowledge and experience in", "skilled in or familiar with"
    rf"{_CUE_NOUNS}(?:\s*(?:,|and|&|or|/|and/or)\s*"
    rf"(?:hands-on\s+|practical\s+|working\s+)?{_CUE_NOUNS}){{0,3}}"
    r"(?:\s+(?:working|dealing))?"
    r"\s+(?:of|in|with|on|using|within|about|for|at|over)"
    r"|exposure\s+to"
    # "operate using PL1", "skill set consisting of"
    r"|using|utili[sz]ing|leveraging|(?:consisting|comprised|composed)\s+of"
    r"|comprising"
    # "protocols like SMTP", "languages like Go"
    r"|(?:protocols|tools|technologies|languages|frameworks|platforms|software"
    r"|systems|databases|applications|skills|areas|methods|techniques|standards"
    r"|concepts|packages|services|disciplines|subjects|fields)\s+like"
    r"|such\s+as|including|e\.\s?g\.,?|for\s+example"
    r")\s+",
    re.IGNORECASE,
)
# "1. Label: …", "- Label – …" at the start of a line or item.
_LABEL_RE = re.compile(
    r"^[ \t]*(?:[-*\u2022\u00b7\u25aa\u25e6\u25cf\u25cb\u25a0\u27a2\u25ba\u2713]"
    r"|\(?\d{1,2}[.)]|\(?[a-z][.)])?[ \t]*"
    r"(?P<label>[A-Z][^\n:\u2013\u2014]{0,60}?)"
    r"[ \t]*(?::|[ \t][-\u2013\u2014][ \t])[ \t]*(?=\S)",
    re.MULTILINE,
)
# Labels that name a category and open an enumeration: "Tools: Jira, Figma".
_ENUM_LABEL_RE = re.compile(
    r"^(?:(?:technical|core|key|programming|computer|it|software|relevant|"
    r"required|preferred|soft|hard)\s+)?(?:skills?|skill\s+set|languages?|"
    r"technolog(?:y|ies)|tech\s+stack|stack|tools?|frameworks?|platforms?|"
    r"software|competenc(?:y|ies)|expertise|knowledge|proficienc(?:y|ies))$",
    re.IGNORECASE,
)

_SEPARATORS = frozenset({",", "and", "or", "/", "&", "and/or", "andor", "+"})
# Words that end a phrase: prepositions, conjunctions, auxiliaries, cues.
_STOP = frozenset(
    {
        *("to", "that", "which", "who", "whom", "whose", "where", "when", "while"),
        *("for", "from", "by", "at", "on", "into", "within", "across", "through"),
        *("throughout", "as", "including", "such", "like", "is", "are", "was"),
        *("were", "be", "been", "being", "will", "would", "should", "must", "can"),
        *("could", "may", "might", "shall", "has", "have", "had", "do", "does"),
        *("did", "not", "if", "than", "then", "so", "but", "because", "since"),
        *("via", "using", "with", "without", "in", "per", "among", "between"),
        *("during", "under", "over", "after", "before", "about", "around"),
        *("preferred", "required", "preferably", "ideally", "plus", "etc", "e.g"),
        *("i.e", "ie", "eg", "highly", "strongly", "also", "especially"),
        *("particularly", "is", "a", "an", "the", "you", "we", "our", "your"),
        *("their", "its", "his", "her", "my", "this", "these", "those", "it"),
        *("necessary", "needed", "desired", "desirable", "essential", "mandatory"),
        *("beneficial", "advantageous", "helpful", "useful", "welcome", "valued"),
        *("i", "they", "he", "she", "us", "them", "what", "how", "why", "whether"),
        *("both", "either", "neither", "each", "every", "up", "out", "off", "onto"),
        *("toward", "towards", "against", "along", "beyond", "upon", "versus", "vs"),
        *("minimum", "maximum", "know", "knows", "understands", "works", "uses"),
        *("brings", "demonstrates", "possesses", "possess", "own", "owns"),
        *("respect", "regard", "regards", "reference"),
    }
)
# Leading words trimmed from a phrase (determiners, degree adjectives).
_LEADING = frozenset(
    {
        *("the", "a", "an", "any", "all", "some", "various", "several", "multiple"),
        *("another", "such", "equivalent", "comparable"),
        *("many", "other", "different", "relevant", "related", "basic", "strong"),
        *("good", "solid", "excellent", "advanced", "working", "general", "proven"),
        *("demonstrated", "deep", "thorough", "extensive", "hands-on", "practical"),
        *("prior", "previous", "professional", "sound", "broad", "in-depth"),
        *("comprehensive", "key", "applicable", "appropriate", "proper"),
        *("effective", "great", "written", "spoken", "oral", "verbal"),
        *("exceptional", "outstanding", "superior", "expert", "intermediate"),
        *("familiarity", "proficiency", "knowledge", "understanding", "experience"),
        *("expertise", "some", "significant", "considerable", "substantial"),
        *("similar", "common", "standard", "commonly", "widely", "used", "current"),
        *("industry-standard", "relevant", "specific", "certain", "recent"),
        *("fundamental", "well-developed", "exceptional", "excellent", "superb"),
        *("very", "highly", "most", "more", "least", "at", "one", "two", "three"),
        *("proficient", "competent", "skilled", "experienced", "knowledgeable"),
        *("viable", "detailed", "firm", "intricate", "profound", "vast"),
        *("stellar", "fantastic", "impeccable", "remarkable", "explicit", "robust"),
        *("high-level", "exceptional", "reliable", "adequate", "sufficient"),
    }
)
# Heads followed by "of" that are skipped: "the use of X" gives X.
_OF_FILLERS = frozenset(
    {
        *("use", "usage", "application", "applications", "operation", "principles"),
        *("concepts", "fundamentals", "basics", "aspects", "areas", "area", "field"),
        *("fields", "variety", "range", "number", "lot", "set", "suite", "array"),
        *("kinds", "types", "forms", "knowledge", "understanding", "experience"),
        *("principle", "concept", "fundamental", "elements", "components", "tools"),
        *("methods", "techniques", "practices", "theory", "theories", "rules"),
        *("best", "standards", "methodologies", "workings", "nuances", "domain"),
        *("handling", "operations", "world", "art", "science", "language"),
        *("importance", "value", "benefits", "impact", "role"),
    }
)
# A trailing word dropped from a phrase ("VMware environments" gives "VMware").
_TRAILING = frozenset(
    {
        *("skills", "skill", "experience", "knowledge", "expertise", "abilities"),
        *("ability", "background", "proficiency", "capabilities", "capability"),
        *("competencies", "competency", "principles", "concepts", "practices"),
        *("techniques", "methodologies", "fundamentals", "environment"),
        *("environments", "platform", "platforms", "technologies", "industry"),
        *("industries", "sector", "field", "fields", "concepts", "basics"),
        *("tasks", "functionalities", "functionality", "features"),
        *("implementations", "implementation", "projects", "deployments", "best"),
    }
)
# Words that alone (or all together) are no skill.
_FILLER = frozenset(
    {
        *("experience", "experiences", "ability", "abilities", "skill", "skills"),
        *("knowledge", "understanding", "expertise", "proficiency", "background"),
        *("work", "working", "job", "jobs", "role", "roles", "position", "team"),
        *("teams", "environment", "environments", "company", "companies"),
        *("organization", "organisation", "organizations", "field", "fields"),
        *("area", "areas", "aspects", "aspect", "level", "levels", "variety"),
        *("range", "number", "lot", "things", "thing", "tasks", "task", "duties"),
        *("responsibilities", "people", "others", "someone", "something"),
        *("anything", "everything", "way", "ways", "manner", "basis", "time"),
        *("times", "day", "days", "setting", "settings", "situation", "situations"),
        *("practice", "practices", "principles", "concepts", "fundamentals"),
        *("basics", "use", "usage", "application", "applications", "tools", "tool"),
        *("technologies", "technology", "systems", "system", "software", "methods"),
        *("techniques", "processes", "process", "procedures", "procedure"),
        *("projects", "project", "products", "product", "solutions", "solution"),
        *("issues", "problems", "needs", "requirements", "information", "stuff"),
        *("kind", "kinds", "type", "types", "degree", "degrees", "year", "years"),
        *("month", "months", "week", "weeks", "hours", "bonus", "equivalent"),
        *("following", "above", "below", "same", "etc", "e.g", "platform"),
        *("platforms", "industry", "industries", "sector", "capabilities"),
        *("opportunity", "opportunities", "success", "results", "goals"),
        *("standards", "rules", "policies", "guidelines", "tasks", "activities"),
        *("operations", "functions", "function", "programs", "program", "field"),
        *("methodologies", "methodology", "concept", "principle", "theory"),
        *("terms", "matters", "topics", "subjects", "disciplines", "domains"),
        *("domain", "details", "detail", "fast-paced", "dynamic", "busy"),
        *("minimum", "maximum", "least", "most", "plus", "more", "less"),
        *("clients", "client", "customers", "customer", "users", "user"),
        *("staff", "employees", "colleagues", "stakeholders", "partners"),
        *("world", "life", "business", "market", "markets", "services", "service"),
        *("equipment", "materials", "data", "documents", "documentation"),
        *("multi-tasking", "daily", "new", "high", "large", "small", "complex"),
        *("strong", "excellent", "good", "great", "similar", "related", "relevant"),
        *("various", "multiple", "other", "different", "general", "basic"),
        *("advanced", "deep", "solid", "proven", "demonstrated", "best", "well"),
        *("high-volume", "high-level", "hands-on", "fast", "paced", "oriented"),
        *("based", "driven", "focused", "minded", "level", "entry", "senior"),
        *("junior", "lead", "manager", "engineer", "developer", "analyst"),
        *("specialist", "assistant", "associate", "director", "officer"),
        *("candidate", "candidates", "applicant", "applicants", "individual"),
        *("individuals", "person", "persons", "members", "member", "leaders"),
        *("ideal", "successful", "qualified", "strongest", "right", "real"),
        *("written", "spoken", "oral", "verbal", "command", "awareness"),
        *("importance", "challenges", "considerations", "ph.d", "msc", "bsc"),
        *("ba", "bs", "ms", "ma", "b.sc", "m.sc", "b.s", "m.s"),
        *("able", "interest", "interests", "order", "emphasis", "particular"),
        *("implementation", "implementations", "station", "duty", "focus"),
        *("consultant", "administrator", "technician", "programmer", "architect"),
        *("coordinator", "representative", "supervisor", "bachelor", "bachelors"),
        *("bachelor's", "master's", "masters", "phd", "doctorate", "mba", "ged"),
        *("associate's", "citizen", "must", "valid", "current", "ability"),
    }
)
# A phrase ending in one of these names a setting, not a skill ("a fast-paced
# environment", "the team", "a timely manner").
_HEAD_FILLER = frozenset(
    {
        *("environment", "environments", "team", "teams", "manner", "way", "ways"),
        *("basis", "setting", "settings", "company", "companies", "organization"),
        *("organisation", "role", "roles", "position", "positions", "level"),
        *("levels", "time", "capacity", "aspects", "variety", "range", "lot"),
        *("number", "things", "fashion", "pace", "atmosphere", "culture"),
        *("situation", "situations", "conditions", "circumstances", "years"),
        *("year", "months", "month", "experience", "opportunity", "office"),
        *("offices", "department", "departments", "location", "locations"),
        *("candidate", "candidates", "person", "individual", "people", "staff"),
        *("degree", "degrees", "diploma", "certificate", "certification"),
        *("certifications", "license", "licence", "licenses", "clearance"),
        *("citizenship", "authorization", "permit", "visa", "required"),
        *("education", "languages", "language", "approaches", "approach"),
        # Job titles: "Full Stack Software Engineer" names a role, not a skill.
        *("engineer", "engineers", "developer", "developers", "manager", "analyst"),
        *("specialist", "assistant", "associate", "director", "officer", "lead"),
        *("consultant", "administrator", "technician", "programmer", "architect"),
        *("coordinator", "representative", "supervisor", "intern", "scientist"),
        *("designer", "nurse", "worker", "workers", "operator", "clerk", "agent"),
        *("president", "head", "executive", "owner", "partner", "recruiter"),
    }
)
_PRONOUNS = frozenset(
    {
        *("it", "they", "them", "this", "that", "these", "those", "we", "you"),
        *("he", "she", "us", "our", "your", "their", "its", "what", "which"),
        *("who", "whatever", "one", "ones", "yourself", "themselves", "me", "i"),
    }
)
# Base-form verbs that start clauses, not skills ("ability to analyze …").
_VERBS = frozenset(
    {
        *("analyze", "analyse", "manage", "work", "learn", "develop", "create"),
        *("build", "ensure", "provide", "maintain", "communicate", "lead", "help"),
        *("handle", "identify", "perform", "apply", "deliver", "drive", "make"),
        *("get", "take", "understand", "write", "read", "speak", "collaborate"),
        *("coordinate", "troubleshoot", "implement", "establish", "improve"),
        *("prioritize", "prioritise", "multitask", "adapt", "follow", "meet"),
        *("thrive", "interact", "operate", "solve", "think", "juggle", "motivate"),
        *("teach", "resolve", "review", "evaluate", "assess", "prepare"),
        *("present", "deploy", "configure", "install", "monitor", "utilize"),
        *("utilise", "leverage", "execute", "translate", "explain", "demonstrate"),
        *("show", "obtain", "pass", "achieve", "keep", "stay", "remain", "become"),
        *("travel", "lift", "stand", "sit", "walk", "drive", "respond", "give"),
        *("act", "set", "run", "go", "come", "see", "look", "find", "put", "let"),
        *("serve", "assist", "support", "contribute", "participate", "engage"),
        *("enjoy", "enjoys", "love", "loves", "like", "likes", "want", "wants"),
        *("know", "knows", "understands", "works", "uses", "brings", "possess"),
        *("use", "apply", "join", "own", "grow", "bring", "ship", "write"),
        *("need", "needs", "seek", "seeks", "seeking", "including", "using"),
        *("used", "having", "being", "getting", "making", "doing", "going"),
        *("including", "involving", "related", "regarding", "concerning"),
    }
)
# Gerunds that are nouns of a trade or discipline ("accounting", "welding").
_NOUN_GERUNDS = frozenset(
    {
        *("accounting", "marketing", "engineering", "programming", "networking"),
        *("training", "testing", "scheduling", "budgeting", "nursing"),
        *("manufacturing", "plumbing", "welding", "troubleshooting", "modeling"),
        *("modelling", "processing", "auditing", "banking", "consulting"),
        *("editing", "pricing", "recruiting", "staffing", "teaching", "tutoring"),
        *("writing", "computing", "billing", "coding", "bookkeeping"),
        *("merchandising", "purchasing", "catering", "cleaning", "landscaping"),
        *("wiring", "drafting", "machining", "forecasting", "underwriting"),
        *("lending", "investing", "trading", "publishing", "printing"),
        *("packaging", "shipping", "receiving", "housekeeping", "cooking"),
        *("baking", "counseling", "counselling", "coaching", "mentoring"),
        *("advertising", "branding", "fundraising", "lobbying", "sourcing"),
        *("onboarding", "reporting", "planning", "engineering", "scripting"),
        *("debugging", "profiling", "benchmarking", "caching", "routing"),
        *("switching", "clustering", "indexing", "hashing", "rendering"),
        *("lighting", "framing", "roofing", "flooring", "painting", "drywall"),
        *("surveying", "mapping", "imaging", "sequencing", "screening"),
        *("prototyping", "wireframing", "storyboarding", "copywriting"),
        *("bartending", "housekeeping", "dispatching", "invoicing", "payroll"),
        *("negotiating", "interviewing", "selling", "prospecting", "listening"),
        *("speaking", "reasoning", "problem-solving", "multitasking", "dancing"),
        *("singing", "drawing", "sketching", "lettering", "casting", "molding"),
        *("moulding", "machining", "milling", "turning", "grinding", "finishing"),
        *("tailoring", "sewing", "knitting", "weaving", "farming", "gardening"),
        *("fishing", "mining", "drilling", "blasting", "logging", "trucking"),
        *("hauling", "rigging", "scaffolding", "tiling", "plastering", "glazing"),
        *("refinishing", "upholstering", "detailing", "accounting", "lending"),
    }
)
_CATEGORY_REFERENCE = frozenset(
    {"other", "similar", "equivalent", "comparable", "related", "alternative"}
)
# Gerunds of operating something: in a cued list their object is the skill.
_TOOL_GERUNDS = frozenset(
    {
        *("using", "utilizing", "utilising", "operating", "managing", "maintaining"),
        *("configuring", "administering", "administrating", "deploying"),
        *("implementing", "supporting", "developing", "building", "designing"),
        *("running", "handling", "installing", "leveraging", "applying"),
        *("creating", "writing", "programming", "coding", "working", "with"),
    }
)
_ADJECTIVE_RE = re.compile(r"(?:ical|ional|tive|ous|ful|ised|ized|ern|tic)$")
_GLUED_RE = re.compile(r"[a-z][.]?[A-Z]{4,}")
_SKILL_NOUNS = frozenset({"skills", "skill", "knowledge", "expertise", "experience"})
_PRODUCT_KINDS = frozenset(
    {
        *("systems", "system", "language", "tool", "tools", "platform", "software"),
        *("application", "applications", "framework", "technology", "suite"),
        *("technologies", "solution", "solutions", "objects", "products", "product"),
    }
)
_ADVERB_NOUNS = frozenset(
    {"assembly", "supply", "anomaly", "family", "italy", "monopoly", "reply", "rally"}
)
_MAX_LABEL_WORDS = 5
_LABEL_BAD = frozenset(
    {
        *("note", "notes", "requirements", "requirement", "required", "preferred"),
        *("education", "experience", "location", "salary", "title", "job"),
        *("responsibilities", "qualifications", "qualification", "benefits"),
        *("must", "bonus", "plus", "nice", "duties", "summary", "overview", "type"),
        *("schedule", "pay", "hours", "shift", "travel", "degree", "degrees"),
        *("license", "licence", "licenses", "certification", "certifications"),
        *("authorization", "clearance", "minimum", "basic", "desired", "ideal"),
        *("important", "please", "position", "role", "reports", "department"),
        *("company", "about", "who", "what", "why", "how", "where", "when"),
        *("date", "start", "status", "contract", "term", "compensation", "level"),
        *("eligibility", "citizenship", "age", "gender", "remote", "onsite"),
        *("additional", "other", "others", "misc", "miscellaneous", "general"),
        *("key", "main", "primary", "essential", "optional", "mandatory"),
        *("physical", "demands", "environment", "conditions", "work", "working"),
        *("years", "year", "yrs", "e.g", "i.e", "example", "examples", "etc"),
        *("tip", "tips", "hint", "warning", "important", "attention", "fyi"),
        *("you", "we", "our", "your", "i", "they", "he", "she", "it", "this"),
        *("to", "with", "in", "for", "will", "is", "are", "be", "of", "at"),
        *("on", "by", "from", "as", "that", "which", "can", "should", "have"),
        *("application", "applications", "deadline", "due", "contact", "apply"),
        *("further", "information", "recruitment", "process", "interview", "ref"),
    }
)


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    low: str


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    out: list[_Token] = []
    for match in _TOKEN_RE.finditer(text, start, end):
        value = match.group()
        out.append(_Token(match.start(), match.end(), value, value.lower()))
    return out


def _is_word(token: _Token) -> bool:
    return token.text[0].isalnum()


def _bad_word(low: str, first: bool, lexicon: Lexicon) -> bool:
    """True when a word cannot be part of (or, if ``first``, open) a skill phrase."""
    if low in _PRONOUNS:
        return True
    if first and low in _VERBS:
        return True
    if (
        low.endswith("ly")
        and len(low) > 4
        and low not in _ADVERB_NOUNS
        and lexicon.lookup(low) is None
    ):
        return True
    return (
        first
        and low.endswith("ing")
        and len(low) > 5
        and low not in _NOUN_GERUNDS
        and lexicon.lookup(low) is None
    )


def _clean(
    words: list[_Token], lexicon: Lexicon, *, cued: bool = False
) -> list[_Token] | None:
    """Trim a candidate phrase; None when it is no skill phrase.

    ``cued``: the phrase follows a cue ("knowledge of"), so a capitalised name
    ending in a title word ("SharePoint Designer") is a product.
    """
    if words and words[0].low in _CATEGORY_REFERENCE:
        return None  # "other backend languages", "similar tools"
    while words and words[0].low in _LEADING:
        words = words[1:]
    # "the use of X", "principles of X": skip the filler head and its "of".
    while len(words) >= 2 and words[0].low in _OF_FILLERS and words[1].low == "of":
        words = words[2:]
        while words and words[0].low in _LEADING:
            words = words[1:]
    if any(w.low == "of" for w in words):
        cut = next(i for i, w in enumerate(words) if w.low == "of")
        words = words[:cut]
    # "bookbinding skills": a word before "skills" is a noun, gerund or not.
    skill_noun = len(words) > 1 and words[-1].low in _SKILL_NOUNS
    untrimmed = len(words)
    while len(words) > 1 and (
        words[-1].low in _TRAILING
        # "Vertica systems", "VBScript language": a product name and its kind.
        or (words[-1].low in _PRODUCT_KINDS and words[-2].text[0].isupper())
    ):
        words = words[:-1]
    if not words or len(words) > MAX_WORDS:
        return None
    lows = [w.low for w in words]
    if lexicon.lookup(" ".join(w.text for w in words)) is not None:
        return words  # a lexicon term ("customer service") is never filler
    if all(w in _FILLER or w in _LEADING for w in lows):
        return None
    if lows[-1] in _LEADING:
        return None
    if lows[-1] in _HEAD_FILLER and not (
        cued and len(words) >= 2 and all(w.text[0].isupper() for w in words)
    ):
        # "Data Manager" after "knowledge of" names a product, not a job title.
        return None
    if any(w in _PRONOUNS or w in _STOP for w in lows):
        return None
    if any(
        _bad_word(w, i == 0 and not skill_noun, lexicon) for i, w in enumerate(lows)
    ):
        return None
    if any(w[0].isdigit() for w in lows) and not any(c.isalpha() for c in lows[0]):
        return None  # "5 years", "2"
    if len(words) == 1 and (
        len(words[0].text) < 2
        # "supervised (and unsupervised learning)", "clinical": a lone adjective
        or (
            untrimmed == 1
            and words[0].text.islower()
            and _ADJECTIVE_RE.search(words[0].text) is not None
        )
    ):
        return None
    if any(_GLUED_RE.search(w.text) for w in words):
        return None  # "testing.ESSENTIAL": a heading glued to the text
    return words


def _enumeration(
    text: str, start: int, end: int, lexicon: Lexicon
) -> list[list[_Token]]:
    """Read "X, Y and Z" from ``start``; stop at the first clause boundary."""
    phrases: list[list[_Token]] = []
    current: list[_Token] = []
    tokens = _tokens(text, start, end)
    for token in tokens:
        if token.low in _SEPARATORS:
            if current:
                cleaned = _clean(current, lexicon, cued=True)
                if cleaned is not None:
                    phrases.append(cleaned)
                elif not all(
                    w.low in _FILLER or w.low in _LEADING for w in current
                ) and not (len(current) == 1 and _ADJECTIVE_RE.search(current[0].low)):
                    return phrases  # a clause, not a list item: the list is over
                current = []
            if len(phrases) >= _MAX_ITEMS:
                return phrases
            continue
        if not current and token.low in _TOOL_GERUNDS:
            continue  # "managing ECC", "configuring Cisco routers": the object
        boundary = not _is_word(token) or (
            token.low in _STOP and not (not current and token.low in _LEADING)
        )
        if boundary:
            break
        if (
            token.text[0].isupper() is False
            and current
            and "\n" in text[current[-1].end : token.start]
        ):
            break  # a line break inside a lower-case run ends the phrase
        current.append(token)
        if len(current) > MAX_WORDS + 3:
            return phrases
    if current:
        cleaned = _clean(current, lexicon, cued=True)
        if cleaned is not None:
            phrases.append(cleaned)
    return phrases


_LIST_JOINERS = frozenset({",", "/", "&", "+"})
_MIN_LIST_KNOWN = 2  # lexicon terms a comma list needs to count as a skills list


def _comma_lists(text: str, lexicon: Lexicon) -> list[list[_Token]]:
    """Items of comma lists that name lexicon skills ("Excel, VM, and Vertica")."""
    if text.count(",") < 2:
        return []
    found: list[list[_Token]] = []
    clause: list[_Token] = []
    for token in [*_tokens(text, 0, len(text)), None]:
        if token is not None and (_is_word(token) or token.low in _LIST_JOINERS):
            clause.append(token)
            continue
        if sum(t.low == "," for t in clause) >= 2:
            found.extend(_list_items(clause, lexicon))
        clause = []
    return found


def _list_items(clause: list[_Token], lexicon: Lexicon) -> list[list[_Token]]:
    groups: list[list[_Token]] = [[]]
    for token in clause:
        if token.low in _SEPARATORS:
            if groups[-1]:
                groups.append([])
        else:
            groups[-1].append(token)
    if not groups[-1]:
        groups.pop()
    if len(groups) < 3:  # a list has three items or more
        return []
    last = len(groups) - 1

    def known_run(group: list[_Token], number: int) -> bool:
        sizes = range(min(len(group), MAX_WORDS), 0, -1)
        runs = [group[-k:] if number == 0 else group[:k] for k in sizes]
        if number not in (0, last):
            runs = [group]
        return any(lexicon.lookup(" ".join(w.text for w in r)) for r in runs)

    # Cheap test first: most comma clauses in a posting are no skills list.
    if sum(known_run(g, i) for i, g in enumerate(groups)) < _MIN_LIST_KNOWN:
        return []
    items: list[list[_Token]] = []
    known = 0
    for number, group in enumerate(groups):
        if number in (0, last):
            # The list's first item ends a clause, its last starts one: take the
            # longest run next to the list that is a phrase ("we use Python").
            sizes = range(min(len(group), MAX_WORDS), 0, -1)
            runs = (group[-k:] if number == 0 else group[:k] for k in sizes)
            cleaned = next(
                (c for c in (_clean(r, lexicon) for r in runs) if c is not None), None
            )
        else:
            cleaned = _clean(group, lexicon)
        if cleaned is None:
            continue
        items.append(cleaned)
        known += lexicon.lookup(" ".join(w.text for w in cleaned)) is not None
    if known < _MIN_LIST_KNOWN or known * 5 < len(groups) * 2:
        return []
    return items


_LINE_RE = re.compile(
    r"^[ \t]*(?P<bullet>[-*\u2022\u00b7\u25aa\u25e6\u25cf\u25cb\u25a0\u27a2\u25ba"
    r"\u2713]|\(?\d{1,2}[.)]|\(?[a-z][.)])?[ \t]*(?P<body>[^\n]*?)[ \t.]*$",
    re.MULTILINE,
)
_SKILL_LINE_END = re.compile(
    r"\b(?:skills?|knowledge|abilities|proficiency|expertise)$", re.IGNORECASE
)
_MAX_LINE_WORDS = 6


def _whole_line(
    text: str, start: int, end: int, lexicon: Lexicon
) -> list[list[_Token]]:
    """A short line that is only a list of noun phrases ("Welding and Brazing")."""
    tokens = _tokens(text, start, end)
    words = [t for t in tokens if t.low not in _SEPARATORS]
    if not words or len(words) > _MAX_LINE_WORDS:
        return []
    if any(not _is_word(t) for t in words):
        return []
    phrases: list[list[_Token]] = []
    current: list[_Token] = []
    for token in [*tokens, None]:
        if token is None or token.low in _SEPARATORS:
            if current:
                cleaned = _clean(current, lexicon)
                if cleaned is None:
                    return []
                phrases.append(cleaned)
            current = []
            continue
        current.append(token)
    return phrases


# "Disaster Recovery (DR)" and "NFV (Network Functions Virtualization)".
_ACRONYM_IN_PARENS_RE = re.compile(r"\((?P<acro>[A-Z][A-Za-z0-9&/+]{1,9})\)")
_ACRONYM_BEFORE_RE = re.compile(
    r"\b(?P<acro>[A-Z][A-Za-z0-9&/+]{1,9})[ \t]*\((?P<long>[A-Za-z][^()\n]{2,60})\)"
)
_LONG_FORM_CHARS = 60  # how far back a long form is looked for
_SMALL_WORDS = frozenset({"of", "and", "&", "the", "for", "to", "in", "on", "a"})
# "RPG Programmer", "Guidewire PolicyCenter Developer": a tool named in a title.
_TITLE_HEAD_RE = re.compile(
    r"(?<=[ \t])(?:Developer|Programmer|Administrator|Admin|Engineer|Architect"
    r"|Consultant|Analyst|Specialist|Expert|Modeler|Modeller)s?\b"
)
_TECH_LOOKING_RE = re.compile(r"[A-Z]{2}|[a-z][A-Z]|\d|[+#]")
_RANKS = frozenset(
    {
        *("senior", "junior", "lead", "principal", "staff", "chief", "head", "sr"),
        *("jr", "associate", "assistant", "mid-level", "entry-level", "level"),
        *("experienced", "skilled", "seasoned", "certified", "expert", "a", "an"),
        *("the", "as", "and", "or", "our", "new", "ii", "iii", "iv", "i"),
    }
)


def _initials_match(acronym: str, words: list[_Token]) -> list[_Token] | None:
    """The shortest tail of ``words`` whose initials spell ``acronym``."""
    letters = "".join(c for c in acronym.lower() if c.isalpha())
    if len(letters) < 2:
        return None
    for size in range(1, len(words) + 1):
        tail = words[-size:]
        if tail[0].low in _SMALL_WORDS:
            continue
        full = "".join(w.low[0] for w in tail if w.low[0].isalpha())
        content = "".join(
            w.low[0] for w in tail if w.low not in _SMALL_WORDS and w.low[0].isalpha()
        )
        camel = "".join(
            c.lower()
            for w in tail
            if w.low not in _SMALL_WORDS
            for i, c in enumerate(w.text)
            if c.isalpha() and (i == 0 or (c.isupper() and w.text[i - 1].islower()))
        )
        if letters in (full, content, camel):
            return tail
    return None


def _acronyms(text: str, lexicon: Lexicon) -> list[list[_Token]]:
    """Acronyms defined in place, with their long forms when they clean."""
    found: list[list[_Token]] = []
    pairs: list[tuple[list[_Token], list[_Token]]] = []
    for match in _ACRONYM_IN_PARENS_RE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        begin = max(line_start, match.start() - _LONG_FORM_CHARS)
        long = _tokens(text, begin, match.start())
        cut = max((i + 1 for i, t in enumerate(long) if not _is_word(t)), default=0)
        pairs.append((_tokens(text, *match.span("acro")), long[cut:]))
    for match in _ACRONYM_BEFORE_RE.finditer(text):
        long = _tokens(text, *match.span("long"))
        if any(not _is_word(t) for t in long):
            continue
        pairs.append((_tokens(text, *match.span("acro")), long))
    for acro, long in pairs:
        if len(acro) != 1 or not long:
            continue
        tail = _initials_match(acro[0].text, long)
        if tail is None:
            continue
        cleaned = _clean(tail, lexicon)
        if cleaned is not None:  # "Senior Software Engineer (SSE)" is no skill
            found.append(acro)
            found.append(cleaned)
    return found


def _title_tools(text: str, lexicon: Lexicon) -> list[list[_Token]]:
    """Tool names qualifying a job title ("RPG Programmer" gives "RPG")."""
    found: list[list[_Token]] = []
    for match in _TITLE_HEAD_RE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        words = _tokens(text, max(line_start, match.start() - 60), match.start())
        run: list[_Token] = []
        for word in reversed(words):
            if not word.text[0].isupper() or word.low in _RANKS:
                break
            run.insert(0, word)
            if len(run) == 3:
                break
        if run and any(_TECH_LOOKING_RE.search(w.text) for w in run):
            cleaned = _clean(run, lexicon)
            if cleaned is not None:
                found.append(cleaned)
    return found


def _label_phrase(
    text: str, start: int, end: int, lexicon: Lexicon
) -> list[_Token] | None:
    words = _tokens(text, start, end)
    if not words or len(words) > _MAX_LABEL_WORDS:
        return None
    if any(not _is_word(w) and w.low not in {"&", "/", "+", "#"} for w in words):
        return None
    if any(w.low in _LABEL_BAD for w in words):
        return None
    if words[0].low in _VERBS:
        return None
    return _clean(words, lexicon)


def _mention(text: str, words: list[_Token], lexicon: Lexicon) -> SkillMention:
    start, end = words[0].start, words[-1].end
    surface = text[start:end]
    term = lexicon.lookup(surface)
    if term is not None:
        return SkillMention(
            skill_id=term.id,
            name=term.name,
            surface=surface,
            span=(start, end),
            is_soft=term.kind == "soft",
        )
    key = " ".join(surface.lower().split())
    name = " ".join(surface.split())
    name = name[0].upper() + name[1:]
    return SkillMention(
        skill_id=f"phrase:{key}", name=name, surface=surface, span=(start, end)
    )


_BULLET_ONLY_RE = re.compile(
    r"[ \t]*(?:[-*\u2022\u00b7\u25aa\u25e6\u25cf\u25cb\u25a0\u27a2\u25ba\u2713]"
    r"|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]*"
)


def find_skill_phrases(
    text: str, *, span: Span | None = None, lexicon: Lexicon | None = None
) -> list[SkillMention]:
    """Find skill phrases named by cues and list labels, known to the lexicon or not.

    Meant for qualification-like text (a posting's requirement items, a resume's
    skills lines).

    Args:
        text: Any text.
        span: Only look inside ``text[span[0]:span[1]]`` (e.g. a qualification's
            span in ``Posting.text``); a bullet glyph right before it on its line
            still marks it as a list item. None: the whole text.
        lexicon: Lexicon used to resolve phrases to terms and to recognise noun
            gerunds; the shipped default when None.

    Returns:
        Mentions sorted by offset, without overlaps (the earlier, then longer,
        phrase wins), spans indexing into ``text``. Unknown phrases have
        ``skill_id`` ``"phrase:<lowercase>"``.

    Raises:
        InputError: When ``span`` does not lie inside ``text``.

    Example:
        >>> [m.name for m in find_skill_phrases(
        ...     "Knowledge of tree identification and soil science.")]
        ['Tree identification', 'Soil science']
    """
    if lexicon is None:
        from resumefit.lexicon import Lexicon

        lexicon = Lexicon.default()
    if span is None:
        return _find(text, lexicon)
    start, end = span
    if not 0 <= start <= end <= len(text):
        msg = (
            f"Span {span!r} does not lie inside the text of length {len(text)}. "
            "Pass a (start, end) pair with 0 <= start <= end <= len(text)."
        )
        raise InputError(msg)
    line_start = text.rfind("\n", 0, start) + 1
    if line_start < start and _BULLET_ONLY_RE.fullmatch(text, line_start, start):
        offset = line_start
    else:
        offset = start
    return [
        m.model_copy(update={"span": (m.span[0] + offset, m.span[1] + offset)})
        for m in _find(text[offset:end], lexicon)
        if m.span[0] + offset >= start
    ]


def _find(text: str, lexicon: Lexicon) -> list[SkillMention]:
    found: list[list[_Token]] = []
    n = len(text)
    for match in _LABEL_RE.finditer(text):
        label_start, label_end = match.span("label")
        label = text[label_start:label_end].strip()
        if _ENUM_LABEL_RE.match(label):
            found.extend(
                _enumeration(text, match.end(), min(n, match.end() + _WINDOW), lexicon)
            )
            continue
        words = _label_phrase(text, label_start, label_end, lexicon)
        if words is not None:
            found.append(words)
    for match in _LINE_RE.finditer(text):
        body_start, body_end = match.span("body")
        if body_end > body_start and (
            match.group("bullet") or _SKILL_LINE_END.search(match.group("body"))
        ):
            found.extend(_whole_line(text, body_start, body_end, lexicon))
    found.extend(_comma_lists(text, lexicon))
    found.extend(_acronyms(text, lexicon))
    found.extend(_title_tools(text, lexicon))
    for match in _CUE_RE.finditer(text):
        begin = match.end()
        found.extend(_enumeration(text, begin, min(n, begin + _WINDOW), lexicon))
    found.sort(key=lambda ws: (ws[0].start, -ws[-1].end))
    mentions: list[SkillMention] = []
    last_end = -1
    for words in found:
        if words[0].start < last_end:
            continue
        mentions.append(_mention(text, words, lexicon))
        last_end = words[-1].end
    return mentions


def merge_mentions(
    lexicon_mentions: Iterable[SkillMention],
    phrase_mentions: Sequence[SkillMention],
    *,
    keep_longer: bool = False,
) -> list[SkillMention]:
    """Merge lexicon and phrase mentions; a lexicon mention wins any overlap.

    Args:
        lexicon_mentions: Mentions from ``Lexicon.find_skills`` (never dropped).
        phrase_mentions: Mentions from :func:`find_skill_phrases` (same text).
        keep_longer: Also keep a phrase that wholly contains the lexicon
            mentions it overlaps and is longer ("data security" around the lexicon's
            "security"); both are then reported.

    Returns:
        All lexicon mentions plus the phrase mentions that overlap none of them
        (or, with ``keep_longer``, contain them), sorted by span.
    """
    kept = list(lexicon_mentions)
    taken = sorted(m.span for m in kept)
    for mention in phrase_mentions:
        s, e = mention.span
        hits = [(ts, te) for ts, te in taken if ts < e and s < te]
        if not hits or (
            keep_longer
            and all(s <= ts and te <= e and (ts, te) != (s, e) for ts, te in hits)
        ):
            kept.append(mention)
    kept.sort(key=lambda m: (m.span, m.skill_id))
    return kept
