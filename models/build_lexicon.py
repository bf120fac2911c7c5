"""Build ``src/resumefit/data/skills.jsonl`` from O*NET, ESCO and curated terms.

Recipe (deterministic; rerun after editing ``models/curated_skills.json``)::

    PYTHONPATH=src .venv/bin/python models/build_lexicon.py

Sources (ship-ok, see ``src/resumefit/data/SOURCES.md``):

1. ``models/curated_skills.json``: hand-written terms, aliases, abbreviations,
   parents, ambiguity rules and soft skills. They come first and own their forms.
2. O*NET technology skills (``lexicons/onet/technology_skills.tsv``): tools kept
   when flagged Hot Technology or In Demand, or listed for at least
   ``ONET_MIN_OCCUPATIONS`` occupations. Names are cleaned: a trailing
   "software" is dropped, "Structured query language SQL" becomes "SQL" with the
   long form as alias, and a vendor prefix ("Autodesk AutoCAD") gives a
   vendor-less alias ("AutoCAD"). A tool matching a curated form is merged into
   the curated term as an alias.
3. ESCO skills (``lexicons/esco/skills.csv`` and ``skills_en_with_altlabels.csv``):
   only short, noun-phrase labels (at most ``ESCO_MAX_WORDS`` words, not starting
   with a verb, not a "write/speak <language>" label); alternative labels of a kept
   concept become aliases.

A form owned by an earlier term is never given to a later one. Product-family
members are separate terms with the family as parent (React Native -> React),
never aliases of each other. An O*NET tool tied to a term only by an acronym
that the term spells out otherwise ("Electronic design automation EDA" vs
"Exploratory data analysis") keeps its own term under its long form.

Curated lists besides the terms: ``meta_terms`` (heading words such as
"Technical skills" or "Core competencies": never a term or an alias, from any
source), ``any_case`` (short all-caps acronyms that may match in any letter
case, e.g. "sql"; every other all-caps form of at most ``CASE_MAX_LETTERS``
letters only matches as written), ``generic``, ``common_words``, ``vendors``
and ``drop``.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from resumefit.lexicon import atomize

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
CURATED = ROOT / "models" / "curated_skills.json"
OUTPUT = ROOT / "src" / "resumefit" / "data" / "skills.jsonl"

ONET_MIN_OCCUPATIONS = 3
ESCO_MAX_WORDS = 3
ESCO_MIN_SINGLE_WORD = 6
CASE_MAX_LETTERS = 4
CAPS_WORDS_RE = re.compile(r"[A-Z0-9]+(?: [A-Z0-9]+)*")

# Base-form verbs that start ESCO skill labels ("manage staff", "use CAD").
# Derived by listing the first words of ESCO labels and removing nouns/adjectives.
_ESCO_VERBS_TEXT = """manage operate maintain perform use develop monitor provide apply prepare advise
    create design understand tend conduct assess analyse install write handle identify
    inspect supervise work plan teach carry coordinate set interact test check
    evaluate organise promote repair follow clean select communicate sell adjust keep
    assemble interpret control support liaise make collect determine oversee report
    train remove calculate negotiate process adapt define build produce examine cut
    prevent read study research transfer demonstrate administer execute comply lead
    record diagnose draw participate estimate instruct store attend treat take
    establish arrange review integrate consult contribute investigate inform observe
    place protect help educate mix forecast show guide manipulate respond undertake
    compile deliver translate collaborate present draft lay direct engage load
    prescribe attach detect recommend enforce dispose transport schedule finish match
    meet cope order issue explain wash replace decide think grade move improve fill
    purchase weigh screen counsel facilitate pack obtain adhere polish verify mark
    insert represent gather construct exercise add preserve plant regulate restore
    recognise encourage calibrate coach edit solve utilise shape anticipate compare
    trade track stay consider complete cooperate mount distinguish fit sew discuss
    find change describe cook dry practice run label register interview connect
    paint act search update harvest respect propose distribute pour advocate compose
    tune supply disseminate motivate allocate clear advertise react heat revise
    formulate recruit extract program separate pump stack stock display differentiate
    optimise employ assign type offer plot cast serve answer hire customise grind
    align decorate fasten contact coat transcribe convert approve memorise sand assume
    unload audit fabricate put sterilise focus stimulate be send lift conform sort
    devise acquire filter fix resolve safeguard disassemble watch pose form brief
    escort spot rig reduce press have initiate synthesise compute conserve dismantle
    classify thread spray modify log correct trace empathise brush rescue trim
    slaughter weld accept cultivate wear tolerate style rehearse reinforce solder
    exert shunt minimise restrict wire specialise inspire enable dispatch welcome
    synchronise join wax visit speak empower rinse hang discharge evacuate foster
    satisfy buy cool avoid dig smooth rewrite screw bake bind moderate lacquer vacuum
    mould sketch blend steer validate call listen mentor refer prioritise guarantee
    bend taste pass critique alter combine delegate announce innovate survey conclude
    delineate dump slice broadcast stir imprint entertain involve turn improvise
    expand suggest pilot hear lubricate do pick triage transpose catch dock warm
    scoop master officiate file grow split share crush mine confer dispense milk age
    manoeuvre prune close mitigate source book reconstruct accommodate groom deploy
    rear express host intervene export specify link animate abide maneuver climb
    prospect scale comprehend locate tape restock nurse raise notify simulate
    massage introduce maximise blow dress sign blast tie troubleshoot appraise stamp
    stand scan implant level ensure"""
ESCO_VERBS = frozenset(_ESCO_VERBS_TEXT.split())
# ESCO labels naming a spoken language skill: languages are extracted elsewhere.
ESCO_LANGUAGE_VERBS = frozenset({"write", "speak", "understand", "interact", "read"})
# Word stems too common in tool names to tell two expansions apart.
_GENERIC_STEMS = frozenset({"syste", "softw", "manag", "tool", "servi", "appli"})
ACRONYM_RE = re.compile(r"^[A-Z][A-Za-z0-9&/+.\-]{0,9}$")


def slug(name: str) -> str:
    """Return the id part for a name: lowercase, C++ -> cpp, C# -> csharp."""
    value = name.strip().lower()
    value = value.replace("++", "pp").replace("#", "sharp").replace("&", "and")
    value = re.sub(r"^\.", "dot", value)
    value = re.sub(r"[^a-z0-9]+", "-", value).strip("-")
    return value or "x"


def english_words() -> set[str]:
    """Common English words: lowercase words of O*NET descriptions and ESCO labels.

    A one-word tool name that is also such a word ("Meet", "Drive", "Access")
    needs context or is dropped.
    """
    words: set[str] = set()
    path = CORPUS / "lexicons" / "onet" / "occupation_data.tsv"
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            words.update(
                re.findall(r"\b[a-z]+\b", row["Title"] + " " + row["Description"])
            )
    with (CORPUS / "lexicons" / "esco" / "skills.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            words.update(re.findall(r"\b[a-z]+\b", row["skills"]))
    return words


def esco_words() -> set[str]:
    """Lowercase words of ESCO alternative labels and occupation names.

    A wider word list than :func:`english_words`, used only for one-word aliases
    the recipe derives by dropping a vendor ("Adobe Presenter" -> "Presenter").
    """
    words: set[str] = set()
    base = CORPUS / "lexicons" / "esco"
    with (base / "skills_en_with_altlabels.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            words.update(re.findall(r"\b[a-z]+\b", row["altLabels"]))
    with (base / "occupations_augmented.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            text = " ".join(v for v in row.values() if v)
            words.update(re.findall(r"\b[a-z]+\b", text))
    return words


def norm(text: str) -> str:
    """Normalise a form exactly as the runtime lexicon does."""
    return " ".join(atomize(text))


class Builder:
    """Accumulates terms and enforces one owner per normalised form."""

    def __init__(
        self,
        common_words: set[str],
        meta: set[str] | None = None,
        vocab: set[str] | None = None,
    ) -> None:
        self.terms: dict[str, dict[str, Any]] = {}
        self.vocab = vocab or set()  # a wider word list, for derived aliases
        self.meta = meta or set()
        self.owner: dict[str, str] = {}
        self.common = common_words
        self.collisions: list[tuple[str, str, str]] = []

    def new_id(self, name: str) -> str:
        base = "skill:" + slug(name)
        candidate, k = base, 2
        while candidate in self.terms:
            candidate = f"{base}-{k}"
            k += 1
        return candidate

    def add_form(self, term_id: str, surface: str) -> bool:
        key = norm(surface)
        if not key or key in self.meta:
            return False
        owner = self.owner.get(key)
        if owner is not None and owner != term_id:
            self.collisions.append((surface, owner, term_id))
            return False
        term = self.terms[term_id]
        if owner is None:
            self.owner[key] = term_id
        if surface != term["name"] and surface not in term["aliases"]:
            term["aliases"].append(surface)
        return True

    def add_term(
        self,
        name: str,
        aliases: list[str],
        *,
        kind: str,
        category: str | None,
        source: str,
        parents: list[str] | None = None,
        ambiguous: list[str] | None = None,
        case: list[str] | None = None,
    ) -> str | None:
        key = norm(name)
        if key in self.meta:
            return None  # a heading word ("Technical skills"), never a skill
        if key in self.owner and source == "curated":
            owner = self.terms[self.owner[key]]
            if owner["source"] == "curated" and norm(owner["name"]) != key:
                # A curated term named X beats another curated term's alias X.
                owner["aliases"] = [a for a in owner["aliases"] if norm(a) != key]
                del self.owner[key]
        if key in self.owner:
            term_id = self.owner[key]
            if source == "curated" and self.terms[term_id]["source"] == "curated":
                # The same curated name twice: merge.
                term = self.terms[term_id]
                for alias in aliases:
                    self.add_form(term_id, alias)
                term["parent_names"] += parents or []
                term["ambiguous_forms"] += [norm(a) for a in ambiguous or []]
                term["case_forms"] += [norm(c) for c in case or []]
                return term_id
            return None
        term_id = self.new_id(name)
        self.terms[term_id] = {
            "id": term_id,
            "name": name,
            "aliases": [],
            "kind": kind,
            "category": category,
            "parent_names": list(parents or []),
            "ambiguous_forms": [norm(a) for a in ambiguous or []],
            "case_forms": [norm(c) for c in case or []],
            "source": source,
        }
        self.add_form(term_id, name)
        for alias in aliases:
            self.add_form(term_id, alias)
        return term_id


def load_curated(builder: Builder, curated: dict[str, Any]) -> None:
    """Add the curated terms (they own their forms)."""
    for raw in curated["terms"]:
        builder.add_term(
            raw["name"],
            list(raw.get("aliases", [])),
            kind=raw.get("kind", "hard"),
            category=raw.get("category"),
            source="curated",
            parents=list(raw.get("parents", [])),
            ambiguous=list(raw.get("ambiguous", [])),
            case=list(raw.get("case", [])),
        )


def clean_onet_name(
    example: str, vendors: list[str], common: frozenset[str] = frozenset()
) -> tuple[str, list[str]]:
    """Return a cleaned canonical name and extra aliases for an O*NET example.

    A vendor-less alias that is only a generic word and "software" ("ESRI
    software" -> "software", "Google Cloud software" -> "Cloud software") is
    not kept, and a vendor name is never read as an acronym's long form
    ("Hewlett Packard HP-UX").
    """
    aliases: list[str] = [example]
    name = re.sub(r"\s+software(\s+suite)?$", "", example).strip()
    if name != example:
        aliases.append(name)
    words = name.split()
    capitals = "".join(c for c in words[-1] if c.isupper()) if words else ""
    if (
        len(words) >= 3
        and not words[-1].isupper()
        and len(capitals) >= 3
        and capitals in "".join(w[0].upper() for w in words[:-1])
    ):
        # "Microsoft Visual Basic Scripting Edition VBScript": a product name
        # spelled in mixed case after its long form.
        aliases.append(" ".join(words[:-1]))
        name = words[-1]
        words = [name]
    if len(words) >= 3 and ACRONYM_RE.match(words[-1]) and words[-1].isupper():
        acronym = words[-1]
        initials = "".join(w[0].upper() for w in words[:-1])
        if (
            acronym[0] == initials[0]
            and (len(acronym) >= 3 or acronym == initials)
            and not any(v.startswith(" ".join(words[:-1])) for v in vendors)
        ):
            # "Structured query language SQL", but not "Hewlett Packard HP-UX".
            long_form = " ".join(words[:-1])
            aliases.append(long_form)
            name = acronym
    for vendor in sorted(vendors, key=len, reverse=True):
        for candidate in [name, *aliases]:
            if candidate.startswith(vendor + " ") and len(candidate) > len(vendor) + 2:
                rest = candidate[len(vendor) + 1 :]
                bare = re.sub(r"\s*\bsoftware$", "", rest).strip().lower()
                generic = bare != rest.lower() and (not bare or bare in common)
                if not rest.isdigit() and not generic:
                    aliases.append(rest)
    return name, aliases


def _acronym_owner_disagrees(
    builder: Builder, name: str, aliases: list[str], owner: str
) -> bool:
    """True when only an acronym ties an O*NET tool to a term of another meaning.

    "Electronic design automation EDA" is not "Exploratory data analysis (EDA)":
    the owner spells the acronym out otherwise, so the tool keeps its long form
    as a separate term.
    """
    if not ACRONYM_RE.match(name) or not name.isupper():
        return False
    long_forms = [a for a in aliases if len(a.split()) >= 2 and not a.isupper()]
    if not long_forms or any(norm(a) in builder.owner for a in long_forms):
        return False
    term = builder.terms[owner]
    ours = _stems(" ".join(long_forms)) - _GENERIC_STEMS
    # The owner spells the acronym out with other words ("Exploratory data
    # analysis"; "Structure query language" is the same expansion).
    return any(
        len(form.split()) >= 2
        and "".join(w[0] for w in form.split()).upper() == name
        and not (_stems(form) - _GENERIC_STEMS) & ours
        for form in [term["name"], *term["aliases"]]
    )


def load_onet(builder: Builder, curated: dict[str, Any]) -> int:
    """Add O*NET tools that are hot, in demand or widely listed."""
    path = CORPUS / "lexicons" / "onet" / "technology_skills.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    count: Counter[str] = Counter()
    flagged: set[str] = set()
    category: dict[str, str] = {}
    for row in rows:
        example = row["Example"].strip()
        count[example] += 1
        if row["Hot Technology"] == "Y" or row["In Demand"] == "Y":
            flagged.add(example)
        category.setdefault(example, row["Commodity Title"])
    drop = {d.lower() for d in curated["drop"]}
    added = 0
    for example in sorted(count):
        if example.lower() in drop:
            continue
        if example not in flagged and count[example] < ONET_MIN_OCCUPATIONS:
            continue
        name, aliases = clean_onet_name(
            example, curated["vendors"], frozenset(builder.common)
        )
        forms = [name, *aliases]
        # Merge into an existing term that owns any of the forms.
        owner = next(
            (builder.owner[norm(f)] for f in forms if norm(f) in builder.owner), None
        )
        if owner is not None and _acronym_owner_disagrees(
            builder, name, aliases, owner
        ):
            # Keep the acronym with its owner; the tool goes by its long form.
            long_forms = [a for a in aliases if len(a.split()) >= 2]
            name = min(long_forms, key=len)
            aliases = [a for a in long_forms if a != name]
            forms = [name, *aliases]
            owner = None
        if owner is not None:
            for form in forms:
                key = norm(form)
                if key not in builder.owner and not _is_risky(form, builder):
                    if form != example and " " not in key and key in builder.vocab:
                        continue  # an ordinary word, e.g. "Workspace"
                    builder.add_form(owner, form)
            continue
        safe = [a for a in aliases if not _is_risky(a, builder)]
        ambiguous = [a for a in [name, *aliases] if _is_risky(a, builder)]
        # A vendor-less one-word alias that is an ordinary word ("Adobe
        # Presenter" -> "Presenter", "Corel Painter" -> "Painter") needs context.
        worded = [
            a
            for a in safe
            if a != example and " " not in norm(a) and norm(a) in builder.vocab
        ]
        ambiguous += worded
        cat = re.sub(r"\s+software$", "", category[example]).strip().lower() or None
        term_id = builder.add_term(
            name,
            safe,
            kind="hard",
            category=cat,
            source="onet",
            ambiguous=ambiguous,
        )
        if term_id is not None:
            added += 1
    return added


def _is_risky(form: str, builder: Builder) -> bool:
    """A one-word form that is also a common English word needs context."""
    atoms = norm(form).split(" ")
    return len(atoms) == 1 and (atoms[0] in builder.common or len(atoms[0]) <= 2)


def _esco_ok(label: str) -> bool:
    words = label.split()
    if not words or len(words) > ESCO_MAX_WORDS:
        return False
    first = words[0].lower()
    if first in ESCO_VERBS or first in ESCO_LANGUAGE_VERBS:
        return False
    if len(words) == 1 and (len(label) < ESCO_MIN_SINGLE_WORD or label[0].isupper()):
        return False
    if any(ch in label for ch in "()/,;:"):
        return False
    return not first.endswith("ing") or len(words) == 1


def _stems(label: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z0-9]+", label.lower()) if len(w) > 3}


def _shares_stem(alias: str, label: str) -> bool:
    """True when ``alias`` and ``label`` share a content word (first 5 letters).

    Generic stems ("software", "system") do not count: the misaligned ESCO
    row gave "CAD software" the alternative label "audio software".
    """
    return bool((_stems(alias) & _stems(label)) - _GENERIC_STEMS)


def load_esco(builder: Builder) -> int:
    """Add short ESCO noun-phrase skills, with alternative labels as aliases."""
    base = CORPUS / "lexicons" / "esco"
    with (base / "skills_en_with_altlabels.csv").open(encoding="utf-8") as handle:
        alt_rows = list(csv.DictReader(handle))
    alt: dict[str, tuple[list[str], str]] = {}
    for row in alt_rows:
        labels = [a.strip() for a in row["altLabels"].split("\n") if a.strip()]
        alt[row["preferredLabel"].strip()] = (labels, row["reuseLevel"])
    with (base / "skills.csv").open(encoding="utf-8") as handle:
        labels = sorted({row["skills"].strip() for row in csv.DictReader(handle)})
    added = 0
    for label in labels:
        extra, reuse = alt.get(label, ([], ""))
        kind = "soft" if reuse == "transversal" else "hard"
        # The alternative-label file is not aligned row by row with its preferred
        # labels (e.g. "dental anatomy" carries "soil science"), so an alias is
        # kept only when it shares a content word stem with the label.
        good_alts = [
            a for a in extra if _esco_ok(a) and a != label and _shares_stem(a, label)
        ]
        if not _esco_ok(label):
            continue
        key = norm(label)
        if key in builder.owner:
            owner = builder.owner[key]
            for alias in good_alts:
                if norm(alias) not in builder.owner and not _is_risky(alias, builder):
                    builder.add_form(owner, alias)
            continue
        if _is_risky(label, builder):
            continue
        name = label[0].upper() + label[1:]
        term_id = builder.add_term(
            name,
            [a for a in good_alts if not _is_risky(a, builder)],
            kind=kind,
            category=None,
            source="esco",
        )
        if term_id is not None:
            added += 1
    return added


def finish(
    builder: Builder, version: str, generic: set[str], any_case: set[str]
) -> list[dict[str, Any]]:
    """Resolve parent names to ids and produce the output records."""
    records: list[dict[str, Any]] = []
    for term_id in sorted(builder.terms):
        term = builder.terms[term_id]
        parents = []
        for parent in term["parent_names"]:
            owner = builder.owner.get(norm(parent))
            if owner is None:
                sys.exit(f"unknown parent {parent!r} of {term['name']!r}")
            if owner != term_id and owner not in parents:
                parents.append(owner)
        all_forms = {norm(f) for f in [term["name"], *term["aliases"]]}
        ambiguous = sorted(set(term["ambiguous_forms"]) & all_forms)
        # An all-caps acronym that is also an English word ("ETC", "IT") or is
        # made of letters and digits only, with at most CASE_MAX_LETTERS letters
        # ("DOE", "HTTP", but not "C#" or ".NET"), keeps its case, unless curated
        # as matching in any case ("any_case") or also written in another case.
        caps = {
            norm(f)
            for f in [term["name"], *term["aliases"]]
            if f.isupper()
            and len(f) > 1
            and (
                norm(f) in builder.common
                or (
                    CAPS_WORDS_RE.fullmatch(f) is not None
                    and sum(c.isalpha() for c in f) <= CASE_MAX_LETTERS
                )
            )
        }
        written_otherwise = {
            norm(f) for f in [term["name"], *term["aliases"]] if not f.isupper()
        }
        caps -= any_case | written_otherwise
        case = sorted((set(term["case_forms"]) | caps) & all_forms - set(ambiguous))
        general_set = all_forms & generic
        if term["source"] == "esco":
            # Everyday one-word ESCO labels ("energy") count only in a skill context.
            general_set |= {f for f in all_forms if " " not in f}
        general = sorted(general_set - set(ambiguous))
        record: dict[str, Any] = {
            "id": term_id,
            "name": term["name"],
            "aliases": term["aliases"],
            "kind": term["kind"],
            "category": term["category"],
            "parents": parents,
            "is_ambiguous": bool(ambiguous),
        }
        if ambiguous:
            record["ambiguous_forms"] = ambiguous
        if case:
            record["case_forms"] = case
        if general:
            record["generic_forms"] = general
        record["source"] = term["source"]
        records.append(record)
    return [{"version": version}, *records]


def main(argv: list[str] | None = None) -> int:
    """Build the lexicon and print a summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    curated = json.loads(CURATED.read_text(encoding="utf-8"))
    common = {w.lower() for w in curated["common_words"]} | english_words()
    builder = Builder(
        common,
        {norm(m) for m in curated["meta_terms"]},
        common | esco_words() | {w.lower() for w in curated["ordinary_words"]},
    )
    load_curated(builder, curated)
    n_curated = len(builder.terms)
    n_onet = load_onet(builder, curated)
    n_esco = load_esco(builder)
    generic = {norm(g) for g in curated["generic"]}
    any_case = {norm(a) for a in curated["any_case"]}
    records = finish(builder, curated["version"], generic, any_case)
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=False) for r in records]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sys.stdout.write(
        f"wrote {args.output}: {len(records) - 1} terms "
        f"(curated {n_curated}, O*NET {n_onet}, ESCO {n_esco}); "
        f"{len(builder.collisions)} alias collisions skipped\n"
    )
    for surface, owner, loser in builder.collisions:
        if builder.terms[loser]["source"] == "curated":
            sys.stdout.write(
                f"  curated collision: {surface!r} kept by {owner}, not {loser}\n"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
