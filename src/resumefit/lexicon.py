"""The shipped skill lexicon and its fast, context-aware skill finder.

A :class:`Lexicon` holds :class:`SkillTerm` records (canonical name, aliases, kind,
broader parent skills) and finds their mentions in text. It is built by the recipe
``models/build_lexicon.py`` from O*NET technology skills, ESCO skills and curated
aliases; provenance and licenses are in ``data/SOURCES.md``.

How matching works (see ``find_skills``):

- Text is cut into *atoms*: runs of letters/digits and single punctuation marks,
  lowercased. A hyphen inside a word is dropped, so "problem-solving" and "problem
  solving" are the same atoms. Term names and aliases are cut the same way and put
  in a trie, so ``C#``, ``C++``, ``.NET``, ``Node.js`` and ``CI/CD`` match whatever
  the tokenizer would have done with them. Offsets are character offsets into the
  text, so ``find_skills(doc)`` returns spans into ``doc.text``.
- At each atom the longest matching form wins; mentions never overlap.
- A mention must not sit inside a larger word: ``C`` is not matched in ``C++``,
  ``JS`` is not matched in ``foo.js``, ``Java`` not in ``JavaScript``.
- A form never spans two lines, and nothing is matched inside a web or e-mail
  address ("https://…", "jane@mail.com", "github.com/jane/react-app").
- *Case forms* (``SAP``, ``REST``, ``Epic``, ``IT``) only match in their own letter
  case or in capitals. The recipe makes every short all-caps acronym (at most
  four letters: ``DOE``, ``HTTP``) a case form unless curated otherwise
  (``SQL``, ``JSON``), so "Jane Doe" gives no "Design of experiments".
- *Ambiguous forms* (``C``, ``R``, ``Go``, ``Excel``, ``Spark``, ``Word``…) also
  need technology context: another skill next to them in a list ("R, Python"), a
  cue before ("in", "using", "with", "experience with") or after ("programming",
  "language", "developer", "spreadsheets"), or a skills-list line ("Languages: …").
  Verb uses ("excel at", "Excel in"), labels ("Plan C", "C-suite", "grade C")
  and a surname on a name line ("Mary Chef" opening the text) are rejected;
  context words are read on the mention's own line only.
- *Generic forms* (everyday words such as "research", "design", "sales",
  "development") count only in a skill context: a cue ("experience in", "strong
  … skills"), a neighbouring skill in a list, a comma-list item, a short bullet
  line or a skills line. "Software Engineer" or "Development Center" never count.
- Multi-word forms also match their plural ("data pipelines" for "data pipeline").

Aliases are synonyms; related tools are separate terms linked by ``parents``
(Illustrator -> Adobe Creative Cloud -> Graphic design), so a resume naming one
tool does not satisfy a posting naming its sibling.
"""

from __future__ import annotations

import bisect
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from resumefit.errors import InputError
from resumefit.schema import SkillMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Lexicon", "SkillTerm", "atomize"]

_DATA_FILE = "skills.jsonl"

# Alphanumeric runs, or any single non-space, non-word character (or underscore).
_ATOM_RE = re.compile(r"[^\W_]+|[^\w\s]|_")
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_END = ""  # trie key marking the end of a form; never an atom
_PRIMARY = " "  # trie key: terms owning the form as a real (not plural) form

# Mode of a form in the trie.
_PLAIN = 0
_CASE = 1
_AMBIGUOUS = 2
_GENERIC = 3
_CASE_GENERIC = 4  # letter case and a skill context ("IT", "QA")

_LIST_SEPARATORS = frozenset(
    {",", "/", "&", "|", ";", "(", ")", "+", "•", "·", "and", "or", "[", "]", ":"}
)
_TECH_BEFORE = frozenset(
    {
        "in",
        "using",
        "with",
        "via",
        "use",
        "used",
        "uses",
        "of",
        "proficient",
        "proficiency",
        "experience",
        "experienced",
        "expertise",
        "knowledge",
        "familiarity",
        "familiar",
        "skilled",
        "fluent",
        "fluency",
        "including",
        "incl",
        "like",
        "advanced",
        "ms",
    }
)
_TECH_AFTER = frozenset(
    {
        "programming",
        "programmer",
        "programmers",
        "language",
        "languages",
        "code",
        "coding",
        "developer",
        "developers",
        "development",
        "scripting",
        "scripts",
        "script",
        "framework",
        "frameworks",
        "library",
        "libraries",
        "package",
        "packages",
        "sdk",
        "api",
        "apis",
        "ecosystem",
        "stack",
        "expertise",
        "proficiency",
        "skills",
        "environment",
        "environments",
        "applications",
        "cluster",
        "clusters",
        "spreadsheets",
        "spreadsheet",
        "formulas",
        "functions",
        "macros",
        "workbooks",
        "documents",
        "templates",
        "server",
        "servers",
        "database",
        "databases",
        "queries",
        "reports",
        "modules",
        "certification",
        "certified",
        "streaming",
        "dataframes",
        "cookbooks",
        "manifests",
        "playbooks",
        "charts",
    }
)
_OF_CUES = frozenset(
    {"knowledge", "use", "experience", "understanding", "command", "proficiency"}
)
# Words after which an ambiguous form is a verb or a plain word ("excel at").
_VERB_AFTER = frozenset(
    {
        *("at", "in", "under", "beyond", "to", "the", "a", "an"),
        # Job titles and plans: "Project Manager", "Office Assistant".
        *("manager", "managers", "management", "coordinator", "officer", "director"),
        *("assistant", "lead", "leader", "supervisor", "plan", "planning", "scope"),
    }
)
# Words before a single letter that make it a label ("Plan C", "grade C").
_LETTER_LABELS = frozenset(
    {
        "plan",
        "vitamin",
        "grade",
        "grades",
        "type",
        "level",
        "class",
        "tier",
        "option",
        "phase",
        "step",
        "part",
        "section",
        "appendix",
        "schedule",
        "form",
        "exhibit",
        "article",
        "chapter",
        "item",
        "unit",
        "block",
        "building",
        "room",
        "suite",
        "floor",
        "gate",
        "zone",
        "size",
        "model",
        "series",
        "hepatitis",
        "group",
        "team",
        "division",
        "category",
        "line",
        "row",
        "column",
        "note",
        "figure",
        "table",
        "the",
        "a",
        "an",
        "of",
        "mr",
        "ms",
        "mrs",
        "dr",
        "drive",
        "street",
        "avenue",
        "route",
        "lot",
        "wing",
        "hall",
        "bay",
        "pier",
        "terminal",
        "platform",
        "version",
        "channel",
        "region",
        "scenario",
        "sample",
        "score",
        "rating",
        "rated",
        "minimum",
    }
)
# Cues that make a generic word ("research", "design", "sales") a skill: nouns
# up to three words before ("experience in research"), adjectives right before.
_GENERIC_BEFORE = frozenset(
    {
        *("experience", "experienced", "knowledge", "skills", "skill", "background"),
        *("expertise", "proficiency", "proficient", "understanding", "familiarity"),
        *("familiar", "degree", "qualified", "expert", "certified", "trained"),
    }
)
_GENERIC_ADJECTIVES = frozenset(
    {
        *("strong", "excellent", "solid", "good", "basic", "advanced", "demonstrated"),
        *("proven", "exceptional", "outstanding", "effective", "superior", "depth"),
        "hands",
    }
)
# A generic word followed by one of these is part of a name or a title
# ("Software Engineer", "Development Center"), not a skill.
_GENERIC_NOT_BEFORE = frozenset(
    {
        *("engineer", "engineers", "developer", "developers", "analyst", "analysts"),
        *("manager", "managers", "lead", "architect", "specialist", "consultant"),
        *("director", "officer", "resources", "center", "centre", "department"),
        *("team", "teams", "company", "companies", "industry", "sector", "firm"),
        *("opportunities", "opportunity", "institute", "unit", "division", "group"),
    }
)
_GENERIC_AFTER = frozenset(
    {
        "skills",
        "skill",
        "experience",
        "background",
        "knowledge",
        "expertise",
        "abilities",
        "ability",
        "proficiency",
        "techniques",
        "methods",
        "methodologies",
        "principles",
        "practices",
        "tools",
        "degree",
        "certification",
        "capabilities",
        "competencies",
        "competency",
        ":",
    }
)
_DEGREE_WORDS = frozenset(
    {
        *("bachelor", "bachelors", "master", "masters", "associate", "associates"),
        *("doctor", "doctorate", "diploma", "certificate", "degree", "degrees"),
        *("school", "college", "university", "department", "faculty", "institute"),
        *("ministry", "office", "bureau", "division", "academy", "society"),
    }
)
#: Atoms before a skill needed for an elided head: "<word> and <skill>".
_ELIDED_GAP = 2
#: Everyday words that name a product's category when they follow its name
#: ("JD Edwards software", "Salesforce platform"): not skills of their own.
_CATEGORY_NOUNS = frozenset(
    {
        *("software", "platform", "platforms", "system", "systems", "tool", "tools"),
        *("suite", "application", "applications", "environment", "environments"),
        *("technology", "technologies", "solution", "solutions", "product"),
        *("products", "package", "packages", "module", "modules"),
    }
)
_GENERIC_SHORT_LINE = 8  # a bullet line of at most this many words is a list item
_GENERIC_TINY_LINE = 3  # any line of at most this many words is a list item
_LIST_ITEM_RE = re.compile(r"^\s*(?:[-*•·▪◦●○■□➢►✓–—]|\d{1,2}[.)]|[a-z][.)]\s)")
_WORD_RE = re.compile(r"[^\W_]+")
_SKILLS_LINE_RE = re.compile(  # used with .match(): anchored at its start
    r"\W*(?:(?:technical|core|key|programming|computer|it|software|relevant)\s+)?"
    r"(?:skills?|languages?|technolog(?:y|ies)|tech(?:nical)?\s+stack|stack|tools?"
    r"|frameworks?|platforms?|software|proficienc(?:y|ies)|competenc(?:y|ies)"
    r"|expertise|environment)\s*(?:&\s*\w+\s*)?[:\-\u2013|]",
    re.IGNORECASE,
)


# Web addresses and e-mail addresses: no skill is read inside them
# ("https://…", "jane@mail.com", "github.com/jane/react-app"). Each pattern
# starts with a literal so that scanning a long text stays cheap; the address
# is then widened over its host and path characters.
_ADDRESS_HINT_RE = re.compile(
    r"://|@|\bwww\.|\.(?:com|org|edu|gov|dev|io)\b", re.IGNORECASE
)
_HOST_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_+%~"
)
_PATH_STOP = frozenset(" \t\r\n<>\"'()[]{}|,;")
# Atoms that may follow a person's name on a name line ("Mary Chef | ...").
_NAME_LINE_AFTER = frozenset({",", "|", "•", "·", "(", "-", "–", "—", "/", "&", ":"})
_NAME_MAX_WORDS = 3


class SkillTerm(BaseModel):
    """One canonical skill with its aliases and broader parent skills."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(description="Stable id, e.g. 'skill:postgresql'.")
    name: str = Field(description="Canonical name, e.g. 'PostgreSQL'.")
    aliases: tuple[str, ...] = Field((), description="Other names and spellings.")
    kind: Literal["hard", "soft"] = Field("hard", description="Hard or soft skill.")
    category: str | None = Field(None, description="Broad category, e.g. 'database'.")
    parents: tuple[str, ...] = Field(
        (), description="Ids of directly implied broader skills."
    )
    is_ambiguous: bool = Field(
        False, description="True when some short form needs technology context."
    )


class _Atom(NamedTuple):
    start: int
    end: int
    low: str
    hyph_before: bool
    hyph_after: bool


class _Form(NamedTuple):
    term: int
    mode: int
    spellings: frozenset[str]


class _Candidate(NamedTuple):
    first: int
    last: int  # index of the last atom (inclusive)
    form: _Form


def atomize(text: str) -> list[str]:
    """Cut text into lowercased matching atoms (hyphens inside words dropped).

    Args:
        text: Any text.

    Returns:
        The atoms, e.g. ``["node", ".", "js"]`` for ``"Node.js"``.

    Example:
        >>> atomize("Problem-solving, C++")
        ['problem', 'solving', ',', 'c', '+', '+']
    """
    return [atom.low for atom in _scan_atoms(text)]


def _scan_atoms(text: str) -> list[_Atom]:
    atoms: list[_Atom] = []
    append = atoms.append
    n = len(text)
    hyphen_before = False
    for match in _ATOM_RE.finditer(text):
        start, end = match.span()
        value = match.group()
        if (
            value in _HYPHENS
            and start > 0
            and end < n
            and text[start - 1].isalnum()
            and text[end].isalnum()
            and atoms
        ):
            # A hyphen inside a word ("problem-solving") is dropped.
            atoms[-1] = atoms[-1]._replace(hyph_after=True)
            hyphen_before = True
            continue
        append(_Atom(start, end, value.lower(), hyphen_before, False))
        hyphen_before = False
    return atoms


_SIMPLE_RE = re.compile(r"[a-z0-9 ]*")


def _normalize(name: str) -> str:
    low = name.lower()
    if _SIMPLE_RE.fullmatch(low):  # fast path: plain ASCII words
        return " ".join(low.split())
    return " ".join(atomize(name))


def _plural(word: str) -> str | None:
    if not word.isalpha() or len(word) < 3:
        return None
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return None  # already plural, or an "-es" plural we do not guess
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


class Lexicon:
    """A set of skill terms with a context-aware mention finder.

    Build one with :meth:`default` (the shipped lexicon), :meth:`from_path` (a
    JSONL file in the same format) or :meth:`with_terms` (extend a lexicon).

    Example:
        >>> lex = Lexicon.default()
        >>> [m.name for m in lex.find_skills_in_text("Postgres, k8s and R.")]
        ['PostgreSQL', 'Kubernetes', 'R']
    """

    def __init__(
        self,
        terms: Sequence[SkillTerm],
        *,
        version: str,
        ambiguous_forms: Mapping[str, Iterable[str]] | None = None,
        case_forms: Mapping[str, Iterable[str]] | None = None,
        generic_forms: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        """Create a lexicon.

        Args:
            terms: The terms; a later term with an id already seen replaces it.
            version: Lexicon version, e.g. ``"2026.11.0"``.
            ambiguous_forms: Per term id, the normalised forms that need
                technology context. For an ambiguous term not listed here, every
                one-atom form is treated as ambiguous.
            case_forms: Per term id, normalised forms that only match in their own
                letter case (or capitals).
            generic_forms: Per term id, normalised everyday words ("research",
                "design") that count only in a skill context: a list of skills,
                a cue such as "experience in" or "skills", or a short list line.
        """
        by_id: dict[str, SkillTerm] = {}
        for term in terms:
            by_id[term.id] = term
        self.version = version
        self._terms: tuple[SkillTerm, ...] = tuple(by_id.values())
        self._index: dict[str, int] = {t.id: i for i, t in enumerate(self._terms)}
        self._ambiguous = {k: frozenset(v) for k, v in (ambiguous_forms or {}).items()}
        self._case = {k: frozenset(v) for k, v in (case_forms or {}).items()}
        self._generic = {k: frozenset(v) for k, v in (generic_forms or {}).items()}
        self._trie: dict[str, Any] = {}
        self._lookup: dict[str, int] = {}
        self._fuzzy_choices: tuple[list[str], list[int]] | None = None
        self._fuzzy_lengths: list[int] = []
        for i, term in enumerate(self._terms):
            self._add_term(i, term)

    # ------------------------------------------------------------------ building

    def _add_term(self, index: int, term: SkillTerm) -> None:
        ambiguous = self._ambiguous.get(term.id)
        case = self._case.get(term.id, frozenset())
        generic = self._generic.get(term.id, frozenset())
        spellings: dict[str, set[str]] = {}
        for surface in (term.name, *term.aliases):
            key = _normalize(surface)
            if key:
                spellings.setdefault(key, set()).add(surface.strip())
        for key, written in spellings.items():
            atoms = key.split(" ")
            if term.is_ambiguous and (
                key in ambiguous if ambiguous is not None else len(atoms) == 1
            ):
                mode = _AMBIGUOUS
            elif key in case:
                mode = _CASE_GENERIC if key in generic else _CASE
            elif key in generic:
                mode = _GENERIC
            else:
                mode = _PLAIN
            form = _Form(index, mode, frozenset(written))
            self._insert(atoms, form, primary=True)
            self._lookup.setdefault(key, index)
            if len(atoms) >= 2 and mode in (_PLAIN, _GENERIC):
                plural = _plural(atoms[-1])
                if plural is not None:
                    variant = [*atoms[:-1], plural]
                    self._insert(variant, form, primary=False)
                    self._lookup.setdefault(" ".join(variant), index)

    def _insert(self, atoms: list[str], form: _Form, *, primary: bool) -> None:
        node = self._trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        existing: _Form | None = node.get(_END)
        # The first term wins a shared form; a real form beats a plural variant.
        owners: set[int] = node.setdefault(_PRIMARY, set()) if primary else set()
        if existing is None or (primary and existing.term not in owners):
            node[_END] = form
        if primary:
            owners.add(form.term)

    # ------------------------------------------------------------------ loading

    @classmethod
    def default(cls) -> Lexicon:
        """Return the shipped lexicon (loaded once, then cached).

        Returns:
            The default lexicon built from ``resumefit/data/skills.jsonl``.

        Example:
            >>> Lexicon.default().lookup("k8s").name
            'Kubernetes'
        """
        return _default_lexicon()

    @classmethod
    def from_path(cls, path: os.PathLike[str]) -> Lexicon:
        """Load a lexicon from a JSONL file in the shipped format.

        Each line is an object with ``id``, ``name`` and optionally ``aliases``,
        ``kind``, ``category``, ``parents``, ``is_ambiguous``, ``ambiguous_forms``
        and ``case_forms``. A line ``{"version": "..."}`` sets the version.

        Args:
            path: Path to the JSONL file.

        Returns:
            The lexicon.

        Raises:
            InputError: When the file cannot be read or a line is not a valid term.
        """
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            msg = (
                f"Cannot read lexicon file {str(path)[:80]!r}: {exc.strerror}. "
                "Pass the path of an existing JSONL lexicon."
            )
            raise InputError(msg) from exc
        return cls._from_lines(text.splitlines(), source=str(path))

    @classmethod
    def _from_lines(cls, lines: Iterable[str], *, source: str) -> Lexicon:
        version = "unversioned"
        terms: list[SkillTerm] = []
        ambiguous: dict[str, list[str]] = {}
        case: dict[str, list[str]] = {}
        generic: dict[str, list[str]] = {}
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if "version" in record and "id" not in record:
                    version = str(record["version"])
                    continue
                amb = record.pop("ambiguous_forms", None)
                cas = record.pop("case_forms", None)
                gen = record.pop("generic_forms", None)
                record.pop("source", None)
                term = SkillTerm.model_validate(record)
            except (ValueError, TypeError) as exc:
                msg = (
                    f"Invalid lexicon line {number} in {source[:80]!r}: "
                    f"{line[:80]!r} ({exc.__class__.__name__}). Each line must be a "
                    "JSON object with at least 'id' and 'name'."
                )
                raise InputError(msg) from exc
            if amb is not None:
                ambiguous[term.id] = [_normalize(a) for a in amb]
            if cas:
                case[term.id] = [_normalize(c) for c in cas]
            if gen:
                generic[term.id] = [_normalize(g) for g in gen]
            terms.append(term)
        return cls(
            terms,
            version=version,
            ambiguous_forms=ambiguous,
            case_forms=case,
            generic_forms=generic,
        )

    def with_terms(self, terms: Iterable[SkillTerm]) -> Lexicon:
        """Return a new lexicon with extra terms (same id replaces the old term).

        New terms' forms take precedence over existing terms sharing a form.

        Args:
            terms: Terms to add or replace.

        Returns:
            A new lexicon; this one is unchanged.

        Example:
            >>> extra = SkillTerm(id="skill:acme-ql", name="AcmeQL")
            >>> lex = Lexicon.default().with_terms([extra])
            >>> lex.lookup("acmeql").id
            'skill:acme-ql'
        """
        new = list(terms)
        new_ids = {t.id for t in new}
        kept = [t for t in self._terms if t.id not in new_ids]
        ambiguous = {k: v for k, v in self._ambiguous.items() if k not in new_ids}
        case = {k: v for k, v in self._case.items() if k not in new_ids}
        generic = {k: v for k, v in self._generic.items() if k not in new_ids}
        # Insert the new terms first so that they win shared forms.
        return Lexicon(
            [*new, *kept],
            version=self.version,
            ambiguous_forms=ambiguous,
            case_forms=case,
            generic_forms=generic,
        )

    # ------------------------------------------------------------------ queries

    def __len__(self) -> int:
        return len(self._terms)

    def __iter__(self) -> Iterator[SkillTerm]:
        return iter(self._terms)

    def get(self, skill_id: str) -> SkillTerm | None:
        """Return the term with this id, or None."""
        index = self._index.get(skill_id)
        return None if index is None else self._terms[index]

    def lookup(self, name: str) -> SkillTerm | None:
        """Return the term whose name or alias equals ``name`` (normalised).

        Normalisation lowercases, drops hyphens inside words and spaces around
        punctuation, so ``"Node.JS"``, ``"node.js"`` and ``"Node. js"`` agree.

        Args:
            name: A skill name as written anywhere.

        Returns:
            The term, or None when no name or alias matches.
        """
        index = self._lookup.get(_normalize(name))
        return None if index is None else self._terms[index]

    def parents(self, skill_id: str) -> tuple[str, ...]:
        """Return all broader skills implied by ``skill_id``, nearest first.

        Args:
            skill_id: A term id.

        Returns:
            Ids of the transitive parents, breadth first, without repeats.

        Example:
            >>> Lexicon.default().parents("skill:postgresql")
            ('skill:sql',)
        """
        out: list[str] = []
        seen = {skill_id}
        queue = [skill_id]
        while queue:
            term = self.get(queue.pop(0))
            if term is None:
                continue
            for parent in term.parents:
                if parent not in seen:
                    seen.add(parent)
                    out.append(parent)
                    queue.append(parent)
        return tuple(out)

    def nearest(
        self, name: str, *, score_cutoff: float = 0.85, limit: int = 3
    ) -> list[tuple[SkillTerm, float]]:
        """Return the terms whose names or aliases are closest to ``name``.

        Uses rapidfuzz ``fuzz.ratio`` on normalised forms, divided by 100.

        Args:
            name: A possibly misspelt skill name.
            score_cutoff: Lowest similarity in [0, 1] to return.
            limit: Most terms to return.

        Returns:
            ``(term, similarity)`` pairs, best first (ties by term id).
        """
        from rapidfuzz import fuzz, process

        if self._fuzzy_choices is None:
            # Sorted by length so a query only meets names it could be close to.
            keys = sorted(self._lookup, key=lambda k: (len(k), k))
            self._fuzzy_choices = (keys, [self._lookup[k] for k in keys])
            self._fuzzy_lengths = [len(k) for k in keys]
        keys, owners = self._fuzzy_choices
        query = _normalize(name)
        if not query:
            return []
        # fuzz.ratio is 2*matches/(la+lb) <= 2*min(la, lb)/(la+lb), so a name whose
        # length is outside [la*c/(2-c), la*(2-c)/c] cannot reach the cutoff c:
        # skipping those names changes no result and saves most of the work.
        cutoff = max(score_cutoff, 1e-9)
        size = len(query)
        # (the 1e-6 slack keeps names exactly on the bound despite float rounding)
        low = bisect.bisect_left(
            self._fuzzy_lengths, size * cutoff / (2 - cutoff) - 1e-6
        )
        high = bisect.bisect_right(
            self._fuzzy_lengths, size * (2 - cutoff) / cutoff + 1e-6
        )
        best: dict[int, float] = {}
        for _key, score, pos in process.extract(
            query,
            keys[low:high],
            scorer=fuzz.ratio,
            score_cutoff=score_cutoff * 100,
            limit=None,
        ):
            owner = owners[low + pos]
            value = round(score / 100, 4)
            if value > best.get(owner, -1.0):
                best[owner] = value
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], self._terms[kv[0]].id))
        return [(self._terms[i], s) for i, s in ranked[:limit]]

    # ------------------------------------------------------------------ finding

    def find_skills(self, doc: Doc) -> list[SkillMention]:
        """Find skill mentions in a spaCy doc.

        Matching runs on ``doc.text`` (see the module docstring), so any tokenizer
        and pipeline give the same result.

        Args:
            doc: A spaCy ``Doc`` (e.g. made by ``spacy.blank("en")``).

        Returns:
            Mentions sorted by offset; spans index into ``doc.text``.
        """
        return self._find(doc.text)

    def find_skills_in_text(self, text: str) -> list[SkillMention]:
        """Find skill mentions in plain text.

        Args:
            text: Any text.

        Returns:
            Mentions sorted by offset; spans index into ``text``.

        Example:
            >>> lex = Lexicon.default()
            >>> [(m.name, m.span) for m in lex.find_skills_in_text("Excel at sales")]
            [('Sales', (9, 14))]
        """
        return self._find(text)

    def _find(self, text: str) -> list[SkillMention]:
        atoms = _scan_atoms(text)
        candidates = self._candidates(text, atoms)
        if candidates:
            candidates = _outside_addresses(text, atoms, candidates)
        accepted = self._resolve(text, atoms, candidates)
        covered = {i for c in accepted for i in range(c.first, c.last + 1)}
        mentions = []
        for cand in accepted:
            term = self._terms[cand.form.term]
            start, end = atoms[cand.first].start, atoms[cand.last].end
            elided = self._elided(text, atoms, cand)
            if elided is not None and cand.first - _ELIDED_GAP not in covered:
                mentions.append(elided)
            mentions.append(
                SkillMention(
                    skill_id=term.id,
                    name=term.name,
                    surface=text[start:end],
                    span=(start, end),
                    is_soft=term.kind == "soft",
                )
            )
        return mentions

    def _elided(
        self, text: str, atoms: list[_Atom], cand: _Candidate
    ) -> SkillMention | None:
        """The first half of "MIG and TIG welding": "MIG welding", head elided.

        When a multi-word skill is preceded by "<word> and|or|/", and that word
        with the skill's other words is itself a term, it is mentioned too (its
        span covers the word alone).
        """
        first = cand.first
        if cand.last == first or first < _ELIDED_GAP:
            return None
        joiner = atoms[first - 1].low
        if joiner not in ("and", "or", "/", "&"):
            return None
        word = atoms[first - _ELIDED_GAP]
        rest = text[atoms[first].end : atoms[cand.last].end]
        term = self.lookup(word.low + rest)
        own = self._terms[cand.form.term]
        if term is None or term.id == own.id or not word.low[:1].isalnum():
            return None
        return SkillMention(
            skill_id=term.id,
            name=term.name,
            surface=text[word.start : word.end],
            span=(word.start, word.end),
            is_soft=term.kind == "soft",
        )

    def _candidates(self, text: str, atoms: list[_Atom]) -> list[_Candidate]:
        trie = self._trie
        n = len(atoms)
        out: list[_Candidate] = []
        i = 0
        while i < n:
            node = trie.get(atoms[i].low)
            if node is None:
                i += 1
                continue
            ends: list[tuple[int, _Form]] = []
            j = i
            while True:
                form = node.get(_END)
                if form is not None:
                    ends.append((j, form))
                j += 1
                if j >= n or "\n" in text[atoms[j - 1].end : atoms[j].start]:
                    break  # a form never spans two lines
                node = node.get(atoms[j].low)
                if node is None:
                    break
            chosen: _Candidate | None = None
            for last, form in reversed(ends):
                if self._fits(text, atoms, i, last, form):
                    chosen = _Candidate(i, last, form)
                    break
            if chosen is None:
                i += 1
            else:
                out.append(chosen)
                i = chosen.last + 1
        return out

    @staticmethod
    def _fits(
        text: str, atoms: list[_Atom], first: int, last: int, form: _Form
    ) -> bool:
        """Check word boundaries and letter case of a candidate."""
        a, b = atoms[first], atoms[last]
        if a.hyph_before:
            return False
        if first > 0:
            prev = atoms[first - 1]
            if prev.end == a.start and (
                prev.low in {"_", "@", "#", "$", "\\", "'", "+"}
                or (
                    prev.low == "."
                    and first > 1
                    and atoms[first - 2].end == prev.start
                    and atoms[first - 2].low[0].isalnum()
                )
            ):
                return False
        if last + 1 < len(atoms):
            nxt = atoms[last + 1]
            if nxt.start == b.end:
                if nxt.low in {"+", "#", "_", "@"}:
                    return False
                if (
                    nxt.low == "."
                    and last + 2 < len(atoms)
                    and atoms[last + 2].start == nxt.end
                    and atoms[last + 2].low[0].isalnum()
                ):
                    return False
        if form.mode in (_PLAIN, _GENERIC):
            return True
        surface = text[a.start : b.end]
        if b.hyph_after and len(surface) <= 2:
            return False
        return (
            surface in form.spellings
            or (surface.isupper() and len(surface) > 1)
            or (len(surface) == 1 and surface in form.spellings)
        )

    def _resolve(
        self, text: str, atoms: list[_Atom], candidates: list[_Candidate]
    ) -> list[_Candidate]:
        """Keep plain and case candidates; ambiguous and generic ones in context."""
        modes = [c.form.mode for c in candidates]
        ok = [m in (_PLAIN, _CASE) for m in modes]
        # "JANE DOE": a capitalised surname on a name line is no acronym.
        named = {
            k
            for k, cand in enumerate(candidates)
            if modes[k] == _CASE and self._in_name_line(text, atoms, cand)
        }
        for k in named:
            ok[k] = False
        pending = [k for k in range(len(candidates)) if not ok[k] and k not in named]
        if not pending:
            return [c for k, c in enumerate(candidates) if ok[k]]
        hard = [self._terms[c.form.term].kind == "hard" for c in candidates]
        rejected: set[int] = set()
        for k in pending:
            cand = candidates[k]
            if modes[k] in (_GENERIC, _CASE_GENERIC):
                # "JD Edwards software", "Salesforce platform": the everyday
                # word right after a named skill is that skill's category.
                ok[k] = not (
                    atoms[cand.first].low in _CATEGORY_NOUNS
                    and any(
                        candidates[j].last == cand.first - 1
                        and modes[j] in (_PLAIN, _CASE)
                        for j in range(max(0, k - 3), k)
                    )
                ) and self._generic_context(text, atoms, cand)
            elif self._negative(text, atoms, cand):
                rejected.add(k)
            elif self._local_context(text, atoms, cand):
                ok[k] = True
        # List neighbours: iterate so that "C, Go and R" resolve through each other.
        changed = True
        while changed:
            changed = False
            for k in pending:
                if ok[k] or k in rejected:
                    continue
                need_hard = modes[k] == _AMBIGUOUS
                if self._has_list_neighbour(atoms, candidates, ok, hard, k, need_hard):
                    ok[k] = True
                    changed = True
        return [c for k, c in enumerate(candidates) if ok[k]]

    @staticmethod
    def _generic_context(text: str, atoms: list[_Atom], cand: _Candidate) -> bool:
        """True when an everyday word is used as a skill (cue, list line)."""
        after = atoms[cand.last + 1].low if cand.last + 1 < len(atoms) else ""
        if after in _GENERIC_NOT_BEFORE:
            return False
        # "Bachelor of Science", "Department of Engineering": a name, not a skill.
        if (
            cand.first >= 2
            and atoms[cand.first - 1].low == "of"
            and atoms[cand.first - 2].low in _DEGREE_WORDS
        ):
            return False
        if after in _GENERIC_AFTER:
            return True
        words_before = [
            atoms[x].low
            for x in range(max(0, cand.first - 3), cand.first)
            if atoms[x].low[0].isalnum()
        ]
        if any(w in _GENERIC_BEFORE for w in words_before):
            return True
        if words_before and words_before[-1] in _GENERIC_ADJECTIVES:
            return True
        start = atoms[cand.first].start
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start : len(text) if line_end == -1 else line_end]
        if _is_list_item(text, atoms, cand, line):
            return True
        n_words = len(_WORD_RE.findall(line))
        if n_words <= _GENERIC_TINY_LINE or (
            n_words <= _GENERIC_SHORT_LINE and _LIST_ITEM_RE.match(line) is not None
        ):
            return True
        return _SKILLS_LINE_RE.match(line) is not None

    @staticmethod
    def _line_word_before(text: str, atoms: list[_Atom], index: int) -> str:
        """The atom before ``index`` when it is on the same line, else ""."""
        if index == 0 or "\n" in text[atoms[index - 1].end : atoms[index].start]:
            return ""
        return atoms[index - 1].low

    @staticmethod
    def _line_word_after(text: str, atoms: list[_Atom], index: int) -> str:
        """The atom after ``index`` when it is on the same line, else ""."""
        if (
            index + 1 >= len(atoms)
            or "\n" in text[atoms[index].end : atoms[index + 1].start]
        ):
            return ""
        return atoms[index + 1].low

    def _negative(self, text: str, atoms: list[_Atom], cand: _Candidate) -> bool:
        """True when the context shows a plain-word use (verb, label, name)."""
        after = self._line_word_after(text, atoms, cand.last)
        if after in _VERB_AFTER:
            return True
        if self._in_name_line(text, atoms, cand):
            return True
        single_letter = cand.first == cand.last and len(atoms[cand.first].low) == 1
        if single_letter:
            before = self._line_word_before(text, atoms, cand.first)
            if before in _LETTER_LABELS:
                return True
            # "John C. Smith": an initial between two capitalised names.
            if (
                after == "."
                and cand.first > 0
                and cand.last + 2 < len(atoms)
                and atoms[cand.first - 1].low.isalpha()
            ):
                return True
        return False

    def _in_name_line(self, text: str, atoms: list[_Atom], cand: _Candidate) -> bool:
        """True for a capitalised word after a person's first name ("Mary Chef").

        The mention must open the text's first line (or fill a line by itself)
        after one to three capitalised words that are neither skills nor cues,
        and be followed by nothing or a separator on that line.
        """
        first = atoms[cand.first]
        surface = text[first.start : atoms[cand.last].end]
        if cand.first != cand.last or not surface.isalpha():
            return False
        if not (surface.istitle() or (surface.isupper() and len(surface) > 1)):
            return False
        line_start = text.rfind("\n", 0, first.start) + 1
        k = cand.first
        words = 0
        while k > 0 and atoms[k - 1].start >= line_start:
            k -= 1
            atom = atoms[k]
            word = text[atom.start : atom.end]
            if atom.low == "." and k > 0 and len(atoms[k - 1].low) == 1:
                k -= 1  # an initial: "Mary J. Chef"
                if not atoms[k].low.isalpha() or atoms[k].start < line_start:
                    return False
                words += 1
                continue
            if not (word.isalpha() and (word.istitle() or word.isupper())):
                return False  # "Mary", "MARY", "J."
            node = self._trie.get(atom.low)
            if (
                atom.low in _TECH_BEFORE
                or atom.low in _GENERIC_BEFORE
                or atom.low in _GENERIC_ADJECTIVES
                or (node is not None and _END in node)
            ):
                return False
            words += 1
        if not 1 <= words <= _NAME_MAX_WORDS:
            return False
        after = self._line_word_after(text, atoms, cand.last)
        if after and after not in _NAME_LINE_AFTER:
            return False
        return not text[:line_start].strip() or not after

    def _local_context(self, text: str, atoms: list[_Atom], cand: _Candidate) -> bool:
        """True for a technology cue on the mention's line (check _negative first)."""
        if _is_line_label(text, atoms, cand):
            return True
        before = self._line_word_before(text, atoms, cand.first)
        after = self._line_word_after(text, atoms, cand.last)
        single_letter = cand.first == cand.last and len(atoms[cand.first].low) == 1
        if after in _TECH_AFTER:
            return True
        if before in _TECH_BEFORE and not (single_letter and before in {"of", "like"}):
            return True
        # "knowledge of R", "use of C" (but not "grade of C").
        if before == "of" and cand.first >= 2 and atoms[cand.first - 2].low in _OF_CUES:
            return True
        line_start = text.rfind("\n", 0, atoms[cand.first].start) + 1
        return _SKILLS_LINE_RE.match(text, line_start) is not None

    @staticmethod
    def _has_list_neighbour(
        atoms: list[_Atom],
        candidates: list[_Candidate],
        ok: list[bool],
        hard: list[bool],
        k: int,
        need_hard: bool,
    ) -> bool:
        cand = candidates[k]
        for step in (-1, 1):
            other = k + step
            if not 0 <= other < len(candidates) or not ok[other]:
                continue
            if need_hard and not hard[other]:
                continue
            neighbour = candidates[other]
            lo, hi = (
                (neighbour.last + 1, cand.first)
                if step == -1
                else (cand.last + 1, neighbour.first)
            )
            between = [atoms[x].low for x in range(lo, hi)]
            if (
                len(between) <= 3
                and between
                and all(w in _LIST_SEPARATORS for w in between)
            ):
                return True
        return False


def _address_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of web and e-mail addresses in ``text``."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    for match in _ADDRESS_HINT_RE.finditer(text):
        lo, hi = match.span()
        hint = match.group()
        # A bare domain is an address with a path ("github.com/jane", "x.io/y")
        # or a common top-level domain ("acme.com", not "Socket.io").
        no_path = hi >= n or text[hi] != "/"
        if no_path and hint.lower() in {".dev", ".io"}:
            continue
        while lo > 0 and text[lo - 1] in _HOST_CHARS:
            lo -= 1
        while hi < n and text[hi] not in _PATH_STOP:
            hi += 1
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
        else:
            spans.append((lo, hi))
    return spans


def _outside_addresses(
    text: str, atoms: list[_Atom], candidates: list[_Candidate]
) -> list[_Candidate]:
    """Drop candidates inside a web or e-mail address ("https://x.dev")."""
    spans = _address_spans(text)
    if not spans:
        return candidates
    kept = []
    for cand in candidates:
        start, end = atoms[cand.first].start, atoms[cand.last].end
        if not any(lo < end and start < hi for lo, hi in spans):
            kept.append(cand)
    return kept


_ITEM_OPEN = frozenset({",", ";", "/", "|", "(", "•", ":", "and", "or", "&"})
_ITEM_CLOSE = frozenset({",", ";", "/", "|", ")", ".", "and", "or", "&"})


def _is_list_item(text: str, atoms: list[_Atom], cand: _Candidate, line: str) -> bool:
    """True when the mention fills a whole item of a comma list on its line."""
    if line.count(",") + line.count(";") < 2:
        return False
    start = atoms[cand.first].start
    line_start = text.rfind("\n", 0, start) + 1
    line_end = line_start + len(line)
    before_ok = cand.first == 0 or atoms[cand.first - 1].end <= line_start
    if not before_ok:
        before_ok = atoms[cand.first - 1].low in _ITEM_OPEN
    after_ok = cand.last + 1 >= len(atoms) or atoms[cand.last + 1].start >= line_end
    if not after_ok:
        after_ok = atoms[cand.last + 1].low in _ITEM_CLOSE
    return before_ok and after_ok


def _is_line_label(text: str, atoms: list[_Atom], cand: _Candidate) -> bool:
    """True for "Windows: ..." or "9. Windows: ..." (the line's label)."""
    if cand.last + 1 >= len(atoms) or atoms[cand.last + 1].low != ":":
        return False
    start = atoms[cand.first].start
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    return _LIST_ITEM_RE.match(head + "x") is not None or not head.strip()


def _read_default_lines() -> list[str]:
    from importlib.resources import files

    resource = files("resumefit") / "data" / _DATA_FILE
    return resource.read_text(encoding="utf-8").splitlines()


@cache
def _default_lexicon() -> Lexicon:
    return Lexicon._from_lines(_read_default_lines(), source=_DATA_FILE)
