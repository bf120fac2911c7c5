"""Generate license-clean training lines for the shipped importance classifier.

Every line is composed here from project-written templates and word lists, filled
with names and phrases from the ship-ok sources only:

- O*NET 28.x (CC BY 4.0): tool names (``technology_skills.tsv``, ``Example``),
  tool categories (``Commodity Title``) and occupation descriptions
  (``occupation_data.tsv``), whose sentences are duty statements ("Plan, direct,
  or coordinate ...") and serve as *not a qualification* lines.
- ESCO v1.1.1 (CC BY 4.0, via tabiya-tech): skill labels (``skills.csv``; verb
  phrases such as "maintain system logs" become duties or "Ability to ..."
  qualifications, noun phrases such as "building codes" become "Knowledge of ..."),
  transversal skills (``skills_en_with_altlabels.csv``) and occupation labels
  (``occupations_augmented.csv``).

No text from eval-only sources (Google job_skills, Glassdoor, hahu, Stack Overflow
tags, ``qualification_mapping.csv``) is read here.

Each sample is ``(text, is_qualification, preferred)``; ``preferred`` is None for
non-qualifications. A template family carries a prior probability of appearing in
a preferred list (advanced degrees, "familiarity with", "interest in" lean
preferred; degrees, years and work conditions lean required; explicit cues decide
outright); the label is drawn from that prior with a fixed seed, so the classifier
learns how postings usually split the two lists without copying any posting.

Usage: python models/generate_importance_data.py --corpus ../shared/corpus [--show N]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

SEED = 20261126
T = TypeVar("T")
HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Sample:
    """One generated line."""

    text: str
    qualification: bool
    preferred: bool | None
    family: str


# --------------------------------------------------------------------------- pools

FIELDS = (
    "Computer Science", "Statistics", "Mathematics", "Economics", "Finance",
    "Accounting", "Business Administration", "Marketing", "Communications",
    "Electrical Engineering", "Mechanical Engineering", "Civil Engineering",
    "Chemical Engineering", "Industrial Engineering", "Software Engineering",
    "Information Systems", "Information Technology", "Data Science", "Physics",
    "Chemistry", "Biology", "Biochemistry", "Nursing", "Public Health", "Psychology",
    "Sociology", "Education", "Human Resources", "Supply Chain Management",
    "Operations Research", "Journalism", "Graphic Design", "Architecture",
    "Environmental Science", "Hospitality Management", "Political Science", "Law",
    "Pharmacy", "Nutrition", "Social Work", "Linguistics", "Geography",
    "Aerospace Engineering", "Biomedical Engineering", "Agriculture",
    "Early Childhood Education", "Criminal Justice", "Health Administration",
    "Construction Management", "Logistics", "Bioinformatics", "Epidemiology",
    "Media Studies", "Fine Arts", "Library Science", "Occupational Therapy",
)  # fmt: skip
SOFT = (
    "communication", "written and verbal communication", "interpersonal",
    "organizational", "analytical", "problem-solving", "leadership",
    "time management", "presentation", "negotiation", "customer service",
    "project management", "stakeholder management", "critical thinking",
    "collaboration", "planning", "decision-making", "troubleshooting",
    "multitasking", "listening", "mentoring", "writing", "quantitative",
    "research", "people management", "conflict resolution", "coaching",
)  # fmt: skip
TRAITS = (
    "self-motivated", "detail-oriented", "proactive", "organized", "reliable",
    "curious", "adaptable", "resourceful", "customer-focused", "results-driven",
    "collaborative", "flexible", "energetic", "patient", "punctual", "creative",
    "independent", "hands-on", "dependable", "goal-oriented", "team-oriented",
)  # fmt: skip
STRONG = (
    "Strong", "Excellent", "Exceptional", "Outstanding", "Good", "Solid",
    "Superb", "Effective", "Great", "Proven", "Very good", "Sound",
)  # fmt: skip
LANGUAGES = (
    "English", "Spanish", "French", "German", "Mandarin", "Japanese", "Portuguese",
    "Arabic", "Italian", "Korean", "Hindi", "Dutch", "Russian", "Polish", "Swahili",
    "Amharic", "Turkish", "Vietnamese", "Cantonese", "Swedish",
)  # fmt: skip
CERTS = (
    "PMP", "CPA", "CFA", "CISSP", "Six Sigma Green Belt", "Six Sigma Black Belt",
    "AWS Certified Solutions Architect", "Scrum Master", "CompTIA Security+",
    "CCNA", "ITIL Foundation", "RN", "BLS", "ACLS", "CDL Class A", "OSHA 30",
    "ServSafe", "SHRM-CP", "CMA", "CIA", "PE", "LPN", "Series 7", "CPR and First Aid",
    "Microsoft Certified: Azure Administrator", "Google Analytics", "PHR",
    "Certified Nursing Assistant", "forklift", "HACCP", "Lean", "CSM", "EMT",
)  # fmt: skip
INDUSTRIES = (
    "healthcare", "financial services", "retail", "e-commerce", "manufacturing",
    "logistics", "insurance", "banking", "telecommunications", "energy",
    "automotive", "pharmaceutical", "hospitality", "media", "advertising",
    "public sector", "non-profit", "education", "construction", "real estate",
    "consumer goods", "gaming", "biotech", "SaaS", "agriculture", "aviation",
)  # fmt: skip
DOMAINS = (
    "data analysis", "software development", "machine learning", "digital marketing",
    "financial reporting", "project management", "supply chain", "product management",
    "clinical research", "customer support", "sales", "business development",
    "web development", "cloud infrastructure", "network administration",
    "quality assurance", "procurement", "payroll", "recruiting", "UX design",
    "data engineering", "cybersecurity", "technical writing", "account management",
    "process improvement", "risk management", "patient care", "teaching",
    "event planning", "inventory management", "statistical modeling",
    "mobile development", "DevOps", "embedded systems", "audit", "tax preparation",
    "content strategy", "brand management", "operations management", "research",
)  # fmt: skip
TEAMS = (
    "engineering", "product", "sales", "marketing", "finance", "operations",
    "design", "customer success", "data science", "leadership", "legal", "HR",
    "clinical", "research", "support", "cross-functional", "regional",
    "executive", "partner", "field", "IT", "security", "analytics",
)  # fmt: skip
STAKEHOLDERS = (
    "customers", "clients", "senior leadership", "stakeholders", "partners",
    "vendors", "patients", "students", "the executive team", "internal teams",
    "account managers", "engineers", "suppliers", "regulators", "advertisers",
)  # fmt: skip
OBJECTS = (
    "dashboards", "reports", "data pipelines", "budgets", "forecasts", "campaigns",
    "training materials", "product roadmaps", "test plans", "documentation",
    "KPIs", "workflows", "the release process", "customer escalations", "contracts",
    "onboarding programs", "quarterly business reviews", "inventory levels",
    "marketing materials", "internal tools", "APIs", "data models", "schedules",
    "project plans", "financial statements", "the sales pipeline", "audits",
    "vendor relationships", "user research", "A/B tests", "prototypes",
    "standard operating procedures", "care plans", "lesson plans", "events",
)  # fmt: skip
DUTY_VERBS = (
    "Build", "Design", "Develop", "Maintain", "Manage", "Own", "Lead", "Drive",
    "Create", "Prepare", "Review", "Analyze", "Monitor", "Coordinate", "Support",
    "Deliver", "Improve", "Define", "Track", "Plan", "Oversee", "Run", "Produce",
    "Implement", "Present", "Automate", "Document", "Conduct", "Evaluate", "Update",
    "Organize", "Launch", "Optimize", "Deploy", "Write", "Test", "Scale",
)  # fmt: skip
COMPANY = (
    "Northwind", "Brightpath", "Kestrel Labs", "Bluefin", "Oakridge Health",
    "Lumen & Co", "Harborview", "Tessellate", "Quillon", "Redwood Analytics",
    "Solace Systems", "Juniper Street", "Altamira", "Copperleaf", "Meridian Foods",
    "Vantage Point", "Pinecrest", "Orbital Freight", "Cobalt Bay", "Stonebridge",
)  # fmt: skip
CITIES = (
    "Austin", "Denver", "Chicago", "Boston", "Seattle", "Atlanta", "Toronto",
    "London", "Berlin", "Nairobi", "Addis Ababa", "Dublin", "Sydney", "Singapore",
    "Portland", "Raleigh", "Phoenix", "Madrid", "Lisbon", "Remote",
)  # fmt: skip
NUM_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "ten",
)  # fmt: skip

_VALUES = (
    "innovation", "integrity", "curiosity", "excellence", "teamwork", "diversity",
    "inclusion", "sustainability", "transparency", "customer obsession", "quality",
    "creativity", "ownership", "respect", "impact", "collaboration", "learning",
)  # fmt: skip
_ADJ = (
    "innovative", "fast-growing", "award-winning", "mission-driven", "global",
    "family-owned", "venture-backed", "leading", "independent", "dynamic",
    "employee-owned", "well-funded", "growing", "established", "pioneering",
)  # fmt: skip


PREFERRED_CUES_AFTER = (
    "is a plus", "a plus", "is a big plus", "preferred", "is preferred",
    "strongly preferred", "is nice to have", "is a bonus", "a bonus",
    "is desirable", "desirable", "is desired", "would be an advantage",
    "is an advantage", "is advantageous", "is helpful", "would be great",
    "is beneficial", "is highly desirable", "(preferred)", "(a plus)",
    "(nice to have)", "preferred but not required",
)  # fmt: skip
PREFERRED_CUES_BEFORE = (
    "Ideally,", "Preferably", "Bonus:", "Nice to have:", "Bonus points for",
    "Plus:", "Preferred:", "Ideally you have", "It would be great if you have",
    "Extra credit for",
)  # fmt: skip
REQUIRED_CUES_AFTER = (
    "required", "is required", "is a must", "is mandatory", "is essential",
    "(required)", "is a requirement", "is necessary",
)  # fmt: skip
REQUIRED_CUES_BEFORE = (
    "Must have", "Must have:", "Required:", "You must have", "Candidates must have",
    "Must possess", "Requires", "Mandatory:", "A must:",
)  # fmt: skip

_DOUBLE = {
    "plan", "set", "run", "ship", "stop", "shop", "map", "chat", "get", "put",
    "cut", "begin", "scan", "tag", "drop", "dig", "swim", "trim", "grab", "log",
    "commit", "control", "refer", "transfer", "admit", "submit", "equip",
}  # fmt: skip


def gerund(phrase: str) -> str:
    """'manage staff' -> 'managing staff' (first word only)."""
    head, _, rest = phrase.partition(" ")
    word = head.lower()
    if word in _DOUBLE:
        ing = word + word[-1] + "ing"
    elif word.endswith("ie"):
        ing = word[:-2] + "ying"
    elif word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        ing = word[:-1] + "ing"
    else:
        ing = word + "ing"
    return f"{ing} {rest}".strip()


_VENDORS = re.compile(
    r"^(?:Microsoft|Adobe|Oracle|IBM|Apache|Google|Autodesk|Atlassian|The MathWorks"
    r"|SAP|Amazon|Dassault Systemes|ESRI|Intuit|StataCorp|Trimble|Bentley|PTC"
    r"|National Instruments|Red Hat|Salesforce|Wolfram Research|Qlik Tech|Corel)\s+"
)
_ACRONYM_TAIL = re.compile(r"^(?:[A-Za-z]+\s+){1,6}([A-Z][A-Z0-9+#.]{1,7})$")


def short_tool(name: str, rng: random.Random) -> str:
    name = re.sub(r"\s+software$", "", name).strip()
    acronym = _ACRONYM_TAIL.match(name)
    if acronym and name.split()[0][0].isupper() and rng.random() < 0.7:
        first_words = name.split()[:-1]
        if all(w[0].isupper() or w.islower() for w in first_words):
            return acronym.group(1)
    if rng.random() < 0.6:
        name = _VENDORS.sub("", name)
    return name


@dataclass(frozen=True)
class Pools:
    tools: tuple[str, ...]
    categories: tuple[str, ...]
    duty_sentences: tuple[str, ...]
    verb_skills: tuple[str, ...]
    knowledge: tuple[str, ...]
    transversal: tuple[str, ...]
    occupations: tuple[str, ...]


_ESCO_VERB = re.compile(
    r"^(?:manage|operate|perform|maintain|use|develop|monitor|provide|apply|prepare"
    r"|advise|ensure|create|design|assess|analyse|install|write|handle|identify"
    r"|inspect|supervise|assist|plan|teach|carry|coordinate|interact|test|check"
    r"|evaluate|organise|promote|repair|follow|clean|implement|select|communicate"
    r"|sell|adjust|keep|assemble|interpret|control|support|liaise|make|collect"
    r"|determine|oversee|report|train|remove|conduct|negotiate|build|record|measure"
    r"|estimate|calculate|present|review|schedule|draft|lead|deliver|guide|instruct"
    r"|process|improve|establish|analyze|define|examine|investigate|develop|compile"
    r"|facilitate|execute|respond|resolve|update|verify|administer|apply|manage)\s"
)


_NOUNISH = re.compile(
    r"(?:[^su]s|ion|ment|ing|ics|ity|ogy|al|ic|ary|ness|ship|ism|ist|er|or)$"
)


def load_pools(corpus: Path) -> Pools:
    """Read the ship-ok lexicons (sorted, deduplicated)."""
    lex = corpus / "lexicons"
    rng = random.Random(SEED)
    with (lex / "onet" / "technology_skills.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    counts = Counter(r["Example"] for r in rows)
    hot = {r["Example"] for r in rows if r["Hot Technology"] == "Y"}
    chosen = sorted(n for n in counts if (counts[n] >= 5 or n in hot))
    tools = sorted(
        {
            t
            for t in (short_tool(n, rng) for n in chosen)
            if 1 <= len(t.split()) <= 4 and not t.lower().endswith("sites")
        }
    )
    categories = sorted(
        {
            re.sub(r"\s+software$", "", r["Commodity Title"]).lower()
            for r in rows
            if len(r["Commodity Title"].split()) <= 5
        }
    )
    with (lex / "onet" / "occupation_data.tsv").open(encoding="utf-8") as handle:
        occ = list(csv.DictReader(handle, delimiter="\t"))
    duties: set[str] = set()
    for row in occ:
        for sentence in re.split(r"(?<=\.)\s+", row["Description"]):
            sentence = sentence.strip()
            if not sentence or sentence.startswith(("Includes", "Excludes")):
                continue
            if 3 <= len(sentence.split()) <= 45:
                duties.add(sentence)
            for part in sentence.rstrip(".").split("; "):
                if 3 <= len(part.split()) <= 30 and part[0].isupper():
                    duties.add(part)
    with (lex / "esco" / "skills.csv").open(encoding="utf-8") as handle:
        labels = sorted({line.strip() for line in handle} - {"skills", ""})
    firsts = Counter(s.split()[0] for s in labels if len(s.split()) > 1)

    def is_verb_phrase(label: str) -> bool:
        first = label.split()[0]
        if _ESCO_VERB.match(label):
            return True
        return firsts[first] >= 2 and not _NOUNISH.search(first)

    verb_skills = tuple(
        s for s in labels if is_verb_phrase(s) and 2 <= len(s.split()) <= 9
    )
    knowledge = tuple(
        s
        for s in labels
        if not is_verb_phrase(s)
        and 1 <= len(s.split()) <= 5
        and s[0].islower()
        and not re.match(r"^(?:types|principles|characteristics)\b", s)
    )
    with (lex / "esco" / "skills_en_with_altlabels.csv").open(
        encoding="utf-8"
    ) as handle:
        transversal = tuple(
            sorted(
                r["preferredLabel"]
                for r in csv.DictReader(handle)
                if r["reuseLevel"] == "transversal"
                and is_verb_phrase(r["preferredLabel"])
                and not re.search(
                    r"\b(?:written|spoken|verbally|write)\b", r["preferredLabel"]
                )
                and r["preferredLabel"][0].islower()
            )
        )
    with (lex / "esco" / "occupations_augmented.csv").open(encoding="utf-8") as handle:
        occupations = tuple(
            sorted(
                {
                    r["preffered_label"]
                    for r in csv.DictReader(handle)
                    if 1 <= len(r["preffered_label"].split()) <= 4
                }
            )
        )
    return Pools(
        tools=tuple(tools),
        categories=tuple(categories),
        duty_sentences=tuple(sorted(duties)),
        verb_skills=verb_skills,
        knowledge=knowledge,
        transversal=transversal,
        occupations=occupations,
    )


# --------------------------------------------------------------------------- composer


class Composer:
    """Fills templates from the pools with one seeded random generator."""

    def __init__(self, pools: Pools, rng: random.Random) -> None:
        self.p = pools
        self.r = rng

    # small helpers
    def pick(self, seq: Sequence[T]) -> T:
        return seq[self.r.randrange(len(seq))]

    def tool(self) -> str:
        return self.pick(self.p.tools)

    def tools(self, low: int = 2, high: int = 4) -> str:
        names = list(
            dict.fromkeys(self.tool() for _ in range(self.r.randint(low, high)))
        )
        if len(names) == 1:
            return names[0]
        joiner = self.pick((" and ", ", and ", " or ", ", or ", " and/or "))
        if joiner.startswith(",") and len(names) == 2:
            joiner = joiner[1:]
        return ", ".join(names[:-1]) + joiner + names[-1]

    def years(self) -> str:
        n = self.r.choice((1, 2, 2, 3, 3, 3, 4, 5, 5, 5, 6, 7, 8, 10, 12, 15))
        form = self.r.randrange(10)
        if form < 4:
            return f"{n}+ years"
        if form < 6:
            return f"{n} years"
        if form == 6:
            return f"{n}-{n + self.r.choice((1, 2, 3))} years"
        if form == 7 and n <= 10:
            return f"{NUM_WORDS[min(n, 10) - 1] if n < 9 else 'ten'} years"
        if form == 8:
            return f"{n} or more years"
        return f"{n}+ yrs"

    def field(self) -> str:
        return self.pick(FIELDS)

    def fields(self) -> str:
        a, b = self.field(), self.field()
        if a == b or self.r.random() < 0.5:
            return a
        return f"{a}, {b}" if self.r.random() < 0.5 else f"{a} or {b}"

    def domain(self) -> str:
        r = self.r.random()
        if r < 0.5:
            return self.pick(DOMAINS)
        if r < 0.75:
            return self.pick(self.p.knowledge)
        return self.pick(self.p.categories)

    def soft(self) -> str:
        return self.pick(SOFT)

    def occupation(self) -> str:
        return self.pick(self.p.occupations)

    def verb_skill(self) -> str:
        return self.pick(self.p.verb_skills)

    def transversal(self) -> str:
        return self.pick(self.p.transversal)

    def article(self, noun: str) -> str:
        return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun

    def finish(self, text: str) -> str:
        text = text.strip()
        r = self.r.random()
        if r < 0.35 and not text.endswith("."):
            text += "."
        elif r < 0.4:
            text = text[0].lower() + text[1:]
        return text

    def example(self) -> str:
        if self.r.random() < 0.8:
            return ""
        form = self.pick((" (e.g. {t})", " (e.g., {t})", ", such as {t}", " like {t}"))
        return form.format(t=self.tools(2, 3))


# Each family: (name, prior P(preferred), weight, builder).
Builder = Callable[[Composer], str]


def _q_years(c: Composer) -> str:
    y = c.years()
    return c.pick(
        (
            f"{y} of experience in {c.domain()}",
            f"{y} of experience with {c.tool()}{c.example()}",
            f"{y} of {c.tool()} experience",
            f"{y} of professional experience as {c.article(c.occupation())}",
            f"{y} of relevant work experience",
            f"{y} of experience in {c.domain()} or a related field",
            f"Minimum of {y} of experience in {c.domain()}",
            f"Minimum {y} experience {gerund(c.verb_skill())}",
            f"At least {y} of experience {gerund(c.verb_skill())}",
            f"At least {y} in {c.article(c.occupation())} role",
            f"{y} of hands-on experience with {c.tools()}",
            f"{y}' experience in {c.pick(INDUSTRIES)}",
            f"{y} of experience working in {c.pick(INDUSTRIES)} or {c.domain()}",
            f"{y} of experience managing {c.pick(TEAMS)} teams",
            f"{y} experience in {c.domain()}, including {c.domain()}",
            f"{y} of industry experience",
            f"{y} of post-qualification experience",
            f"Over {y} of experience in {c.domain()}",
            f"{y} of {c.pick(DOMAINS)} experience in {c.article(c.pick(INDUSTRIES))} environment",
            f"Experience: {y} in {c.domain()}",
            f"{y} of experience with {c.domain()}; {c.tool()} experience",
        )
    )


def _q_degree(c: Composer) -> str:
    f = c.fields()
    return c.pick(
        (
            f"Bachelor's degree in {f} or a related field",
            f"Bachelor's degree in {f} or equivalent practical experience",
            f"BA/BS degree in {f} or equivalent practical experience",
            f"BS/BA in {f}, or equivalent experience",
            f"BS in {f} or a related technical field",
            f"B.Sc. in {f}",
            f"Bachelor of Science in {f}",
            "Bachelor's degree or equivalent work experience",
            f"Degree in {f} or a related discipline",
            f"University degree in {f}",
            f"A bachelor's degree in {f}",
            f"Undergraduate degree in {f} or similar",
            f"Associate's degree in {f} or equivalent",
            "High school diploma or GED",
            "High school diploma or equivalent",
            f"Diploma in {f}",
            f"College diploma in {f} or equivalent combination of education and experience",
            f"Bachelor's degree in {f} with {c.years()} of experience",
            f"BA/BS in {f} and {c.years()} of experience in {c.domain()}",
            f"Completed degree in {f}",
            f"Four-year degree in {f}",
            f"Education: Bachelor's in {f}",
        )
    )


def _q_advanced(c: Composer) -> str:
    f = c.fields()
    return c.pick(
        (
            f"Master's degree in {f}",
            f"Master's degree in {f} or a related quantitative field",
            f"MS or PhD in {f}",
            f"PhD in {f} or a related field",
            f"Advanced degree in {f}",
            f"Graduate degree in {f}",
            "MBA",
            f"MBA or Master's degree in {f}",
            f"MBA or advanced degree in {f}",
            f"M.Sc. in {f}",
            f"Master's or PhD in {f}",
            f"Doctorate in {f}",
            f"PhD with a focus on {c.domain()}",
            f"Master's degree in {f} or equivalent experience",
            "Advanced degree (MS/PhD)",
            f"MS/MA in {f} with {c.years()} of experience",
            "Postgraduate qualification",
            f"Graduate coursework in {f}",
        )
    )


def _q_tool(c: Composer) -> str:
    return c.pick(
        (
            f"Experience with {c.tools(1, 4)}",
            f"Experience with {c.tool()}{c.example()}",
            f"Experience using {c.tools(1, 3)}",
            f"Hands-on experience with {c.tools(1, 3)}",
            f"Proficiency in {c.tools(1, 3)}",
            f"Proficient in {c.tools(1, 3)}",
            f"Proficient with {c.tool()}",
            f"Strong {c.tool()} skills",
            f"Advanced {c.tool()} skills",
            f"Expert knowledge of {c.tool()}",
            f"Working knowledge of {c.tools(1, 3)}",
            f"Experience programming in {c.tools(1, 3)}",
            f"Experience in {c.tools(1, 2)}",
            f"Skilled in {c.tools(1, 3)}",
            f"Expertise in {c.tools(1, 2)}",
            f"Experience with {c.pick(c.p.categories)} such as {c.tools(2, 3)}",
            f"Knowledge of {c.tools(2, 3)}",
            f"Command of {c.tool()}",
            f"Comfortable working with {c.tools(1, 3)}",
            f"Competence in {c.tool()}",
            f"{c.tool()} experience",
            f"{c.tool()} proficiency",
            f"Programming skills in {c.tools(2, 3)}",
            f"Technical skills: {c.tools(3, 5)}",
        )
    )


def _q_familiar(c: Composer) -> str:
    return c.pick(
        (
            f"Familiarity with {c.tools(1, 3)}",
            f"Familiarity with {c.domain()}",
            f"Exposure to {c.tools(1, 3)}",
            f"Exposure to {c.domain()}",
            f"Some experience with {c.tool()}",
            f"Basic knowledge of {c.tool()}",
            f"Understanding of {c.domain()} is useful",
            f"Awareness of {c.domain()}",
            f"Prior exposure to {c.domain()}",
            f"Any experience with {c.tools(1, 2)}",
            f"Experience with {c.tool()} or similar tools",
            f"Additional experience with {c.tools(1, 3)}",
            f"Contributions to open-source {c.tool()} projects",
            f"Publications in {c.domain()}",
            f"Experience in {c.article(c.pick(INDUSTRIES))} startup",
        )
    )


def _q_knowledge(c: Composer) -> str:
    d = c.domain()
    return c.pick(
        (
            f"Knowledge of {d}",
            f"Solid understanding of {d}",
            f"Deep understanding of {d}",
            f"Strong knowledge of {d}",
            f"Understanding of {d}",
            f"Thorough knowledge of {d} and {c.domain()}",
            f"Background in {c.field()}",
            f"Strong background in {d}",
            f"Good grasp of {d}",
            f"In-depth knowledge of {d}",
            f"Knowledge of {d} and {c.domain()}",
            f"Demonstrated knowledge of {d}",
            f"Sound knowledge of {d}",
            f"Experience in {d}",
            f"Expertise in {d}",
            f"Experience in {d} or {c.domain()}",
            f"Broad knowledge of {d}",
            f"Technical knowledge of {d}",
        )
    )


def _q_ability(c: Composer) -> str:
    v = c.verb_skill() if c.r.random() < 0.7 else c.transversal()
    return c.pick(
        (
            f"Ability to {v}",
            f"Proven ability to {v}",
            f"Demonstrated ability to {v}",
            f"Able to {v}",
            f"Ability to {v} and {c.verb_skill()}",
            f"Capable of {gerund(v)}",
            f"Proven track record of {gerund(v)}",
            f"Track record of {gerund(v)}",
            f"Experience {gerund(v)}",
            f"Demonstrated experience {gerund(v)}",
            f"Ability to {v} in a fast-paced environment",
            f"Must be able to {v}",
            f"Can {v}",
            f"Skill in {gerund(v)}",
            f"Excellent ability to {v}",
            f"Ability to work independently and {v}",
            f"Ability to {v} with minimal supervision",
            f"Comfortable {gerund(v)}",
            f"Confident {gerund(v)}",
            f"Experience {gerund(v)} for {c.pick(STAKEHOLDERS)}",
        )
    )


def _q_soft(c: Composer) -> str:
    s = c.soft()
    strong = c.pick(STRONG)
    t1, t2, t3 = c.pick(TRAITS), c.pick(TRAITS), c.pick(TRAITS)
    return c.pick(
        (
            f"{strong} {s} skills",
            f"{strong} {s} and {c.soft()} skills",
            f"{strong} written and verbal communication skills",
            f"{strong} {s} skills, with the ability to {c.transversal()}",
            f"{strong} {s}, {c.soft()} and {c.soft()} skills",
            f"{t1.capitalize()} with {strong.lower()} {s} skills",
            f"{t1.capitalize()}, {t2} and {t3}",
            f"{t1.capitalize()} and {t2}",
            "Self-starter who can work independently",
            "Team player with a positive attitude",
            "Ability to work in a team",
            f"Ability to {c.transversal()}",
            "Excellent attention to detail",
            f"{strong} sense of ownership",
            f"{strong} work ethic",
            "Ability to prioritize and manage multiple tasks",
            "Ability to communicate complex ideas to non-technical audiences",
            "Ability to thrive in ambiguity",
            f"{strong} {s} skills in English",
            f"Demonstrated {s} skills",
            f"Effective {s} skills",
            f"Highly {t1} and {t2}",
            f"A {t1}, {t2} professional",
            f"{strong} {s} abilities",
        )
    )


def _q_cert(c: Composer) -> str:
    cert = c.pick(CERTS)
    return c.pick(
        (
            f"{cert} certification",
            f"Current {cert} license",
            f"{cert} certified",
            f"{cert} or equivalent certification",
            f"Valid {cert} certificate",
            f"Certification in {c.domain()}",
            f"Professional certification such as {cert}",
            f"Active {cert} license in the state of practice",
            f"{cert} credential",
            f"Holds a {cert} certification",
            f"Licensed {c.occupation()}",
            f"Registered {c.occupation()}",
        )
    )


def _q_language(c: Composer) -> str:
    lang = c.pick(LANGUAGES)
    return c.pick(
        (
            f"Fluency in {lang}",
            f"Fluent in {lang} and {c.pick(LANGUAGES)}",
            f"Fluent {lang}",
            f"Proficiency in {lang}, written and spoken",
            f"Business-level {lang}",
            f"Native or near-native {lang}",
            f"Excellent command of {lang}",
            f"Ability to speak {lang}",
            f"Bilingual in {lang} and {c.pick(LANGUAGES)}",
            f"Good {lang} language skills",
            f"Written and spoken {lang}",
        )
    )


def _q_conditions(c: Composer) -> str:
    return c.pick(
        (
            "Valid driver's license",
            "Valid driver's license and clean driving record",
            f"Must be authorized to work in {c.pick(('the US', 'Canada', 'the UK', 'the EU', 'Kenya', 'Australia'))}",
            "Eligible to work in the United States without sponsorship",
            f"Ability to travel up to {c.r.choice((10, 15, 20, 25, 30, 50))}% of the time",
            f"Willingness to travel up to {c.r.choice((10, 20, 25, 50))}%",
            f"Able to lift up to {c.r.choice((25, 30, 40, 50, 75))} pounds",
            "Ability to stand for long periods",
            "Willingness to work evenings, weekends and holidays",
            "Must pass a background check and drug screen",
            "Must be at least 18 years of age",
            "Ability to obtain a security clearance",
            "Active Secret clearance",
            "US citizenship required for clearance",
            f"Must be able to relocate to {c.pick(CITIES)}",
            "Willing to work on-call rotations",
            f"Must live within commuting distance of {c.pick(CITIES)}",
            "Reliable transportation",
            "Available to start immediately",
            "Able to work flexible shifts",
            "Proof of vaccination",
            "Only local applicants will be considered",
            f"Must be able to work onsite in {c.pick(CITIES)} {c.r.randint(2, 4)} days per week",
            f"Must be able to commute to our {c.pick(CITIES)} office {c.r.randint(2, 4)} days a week",
            "We are unable to sponsor work visas for this position",
            "Corp-to-corp arrangements are not available for this role",
            f"Please only apply if you are authorized to work in {c.pick(('the US', 'Canada', 'the UK', 'the EU'))}",
            "Candidates must be able to work without visa sponsorship now or in the future",
            "Must be available to work overtime as needed",
        )
    )


def _q_candidate(c: Composer) -> str:
    return c.pick(
        (
            f"You have {c.years()} of experience in {c.domain()}",
            f"You are comfortable with {c.tools(1, 3)}",
            f"You bring experience in {c.domain()}",
            f"You know {c.tools(1, 3)} well",
            f"You have a degree in {c.field()}",
            f"You are {c.pick(TRAITS)} and {c.pick(TRAITS)}",
            f"You've worked with {c.tools(1, 3)}",
            f"You can {c.verb_skill()}",
            f"You're fluent in {c.pick(LANGUAGES)}",
            f"You have strong {c.soft()} skills",
            f"You enjoy {gerund(c.verb_skill())}",
            f"The ideal candidate has {c.years()} of experience {gerund(c.verb_skill())}",
            f"Candidates should have experience with {c.tools(1, 3)}",
            f"Applicants must hold a degree in {c.field()}",
            f"The successful candidate will have a background in {c.domain()}",
            f"We're looking for someone with {c.domain()} experience",
            f"We are looking for someone who can {c.verb_skill()}",
            f"We want {c.occupation()}s who bring {c.domain()} knowledge",
            f"Our ideal hire is {c.article(c.pick(TRAITS))} {c.occupation()} with deep {c.domain()} experience",
            f"Candidates should show {c.pick(STRONG).lower()} {c.soft()} skills",
            f"This role calls for expertise in {c.domain()} and {c.domain()}",
            f"The right person will bring {c.years()} of {c.domain()} experience",
            f"We place a high value on {c.soft()} skills",
            f"Successful candidates will be able to {c.verb_skill()}",
            f"{c.pick(TRAITS).capitalize()} {c.occupation()} able to {c.verb_skill()} on their own",
        )
    )


def _q_short(c: Composer) -> str:
    r = c.r.random()
    if r < 0.4:
        return c.tools(2, 5)
    if r < 0.6:
        return c.tool()
    if r < 0.8:
        return c.domain().capitalize()
    return f"{c.domain().capitalize()} ({c.tools(1, 3)})"


def _q_interest(c: Composer) -> str:
    return c.pick(
        (
            f"Interest in {c.domain()}",
            f"Passion for {c.domain()}",
            f"Curiosity about {c.domain()}",
            f"Genuine interest in {c.pick(INDUSTRIES)}",
            f"Enthusiasm for {gerund(c.verb_skill())}",
            f"A passion for {c.pick(INDUSTRIES)} and technology",
            f"Desire to learn {c.tools(1, 2)}",
            f"Eagerness to grow in {c.domain()}",
        )
    )


def _q_industry(c: Composer) -> str:
    ind = c.pick(INDUSTRIES)
    return c.pick(
        (
            f"Experience in the {ind} industry",
            f"Prior experience in {c.article(ind)} environment",
            f"Experience working at {c.article(ind)} company",
            "Startup experience",
            f"Experience working with {c.pick(STAKEHOLDERS)} in {ind}",
            f"Previous experience as {c.article(c.occupation())}",
            "Experience in a client-facing role",
            f"Experience leading {c.pick(TEAMS)} teams",
            "Experience managing budgets and vendors",
            "People management experience",
            "Consulting experience",
            "Experience working in a global organization",
            "Experience working with remote teams",
            f"Experience in {c.pick(INDUSTRIES)} or {ind}",
        )
    )


def _cued(c: Composer, text: str) -> tuple[str, bool]:
    """Attach an explicit cue; return (text, preferred)."""
    body = text.rstrip(".")
    preferred = c.r.random() < 0.6
    before = c.r.random() < 0.35
    if preferred:
        cue = c.pick(PREFERRED_CUES_BEFORE if before else PREFERRED_CUES_AFTER)
    else:
        cue = c.pick(REQUIRED_CUES_BEFORE if before else REQUIRED_CUES_AFTER)
    if before:
        lowered = body[0].lower() + body[1:] if body[:2] != body[:2].upper() else body
        return f"{cue} {lowered}", preferred
    sep = c.pick((" ", ", ", " - ", "; ")) if not cue.startswith("(") else " "
    return f"{body}{sep}{cue}", preferred


def _q_student(c: Composer) -> str:
    year = c.r.randint(2025, 2032)
    month = c.pick(("May", "June", "December", "August", "January"))
    return c.pick(
        (
            f"Currently pursuing a Bachelor's degree in {c.fields()}",
            f"Currently enrolled in a full-time degree program in {c.field()}",
            f"Expected graduation date between {month} {year} and {month} {year + 1}",
            f"Graduating in {month} {year} with a degree in {c.field()}",
            f"Available to work full-time for {c.r.choice((10, 12, 14))} weeks during the summer",
            "Plans to continue studies after the placement",
            f"Enrolled in a Master's or PhD program in {c.fields()}",
            f"Recent graduate in {c.field()}",
            f"Student or recent graduate in {c.field()} or a related field",
        )
    )


def _q_professional(c: Composer) -> str:
    region = c.pick(
        ("the United States", "the UK", "Canada", "the EU", "Germany", "Japan", "Kenya")
    )
    return c.pick(
        (
            f"Licence to practise {c.pick(('law', 'medicine', 'nursing', 'accounting', 'engineering'))} in {region}",
            f"Licensed to practise as an attorney in {region}",
            f"Legal right to work in {region}",
            f"A body of {c.pick(('design', 'UX', 'writing', 'engineering', 'photography'))} work you can show us",
            f"A portfolio demonstrating {c.domain()} work",
            f"Qualified {c.occupation()}",
            f"Member of a professional body such as {c.pick(CERTS)}",
            f"Chartered {c.pick(('accountant', 'engineer', 'surveyor', 'manager'))} status",
            f"Eligible for registration as {c.article(c.occupation())}",
            f"Published research in {c.domain()}",
            f"Track record of delivering {c.pick(OBJECTS)} for {c.pick(STAKEHOLDERS)}",
        )
    )


def _q_competency(c: Composer) -> str:
    g1, g2 = gerund(c.verb_skill()), gerund(c.transversal())
    return c.pick(
        (
            f"{g1[0].upper()}{g1[1:]} and {g2}",
            f"Dedication to {g1}",
            f"{c.soft().capitalize()} and {c.soft()}",
            f"{c.domain().capitalize()} and {c.domain()} experience",
            f"{c.domain().capitalize()}, {c.domain()} and {c.tool()} experience",
            f"Forming lasting partnerships with {c.pick(STAKEHOLDERS)}",
            f"{c.pick(('Forecasting', 'Negotiating', 'Prioritizing', 'Coaching', 'Storytelling'))} and {c.pick(('judgement', 'resilience', 'accountability', 'attention to detail'))}",
            f"Capacity to {c.verb_skill()} and {c.verb_skill()}",
            f"Commitment to {c.pick(_VALUES)} and {c.pick(_VALUES)}",
            f"Sound judgement when {g1}",
        )
    )


_TAILS: tuple[Builder, ...] = (
    lambda c: f", with the ability to {c.verb_skill()}",
    lambda c: f", including {c.domain()} and {c.domain()}",
    lambda c: f" in {c.article(c.pick(INDUSTRIES))} environment",
    lambda c: f" and a track record of {gerund(c.verb_skill())}",
    lambda c: f" to {c.verb_skill()}",
    lambda c: f" across {c.pick(TEAMS)} and {c.pick(TEAMS)} teams",
    lambda c: f" (e.g., {c.tools(2, 4)})",
    lambda c: f", such as {c.domain()}, {c.domain()} or {c.domain()}",
    lambda c: f" and {c.domain()}",
    lambda c: f", and experience working with {c.pick(STAKEHOLDERS)}",
    lambda c: f" with {c.pick(STAKEHOLDERS)}",
    lambda c: (
        f" in a {c.pick(('fast-paced', 'global', 'matrixed', 'regulated', 'client-facing'))} environment"
    ),
    lambda c: (
        f", both {c.pick(('written and verbal', 'technical and non-technical', 'internal and external'))}"
    ),
    lambda c: f" and the ability to {c.transversal()} and {c.verb_skill()}",
    lambda c: f" at {c.article(c.pick(INDUSTRIES))} company or similar organization",
    lambda c: f", from {c.domain()} to {c.domain()}",
)


def extend(c: Composer, text: str) -> str:
    """Append 0-2 clauses so generated lines are as long as real ones."""
    text = text.rstrip(".")
    for _ in range(c.r.choice((0, 0, 1, 1, 2))):
        text += c.pick(_TAILS)(c)
    return text


FAMILIES: tuple[tuple[str, float, float, Builder], ...] = (
    ("years", 0.12, 3.0, _q_years),
    ("degree", 0.08, 2.0, _q_degree),
    ("advanced_degree", 0.8, 1.2, _q_advanced),
    ("tool", 0.4, 3.0, _q_tool),
    ("familiar", 0.85, 1.2, _q_familiar),
    ("knowledge", 0.55, 2.0, _q_knowledge),
    ("ability", 0.5, 2.5, _q_ability),
    ("soft", 0.65, 2.0, _q_soft),
    ("cert", 0.45, 1.0, _q_cert),
    ("language", 0.45, 0.6, _q_language),
    ("conditions", 0.08, 1.0, _q_conditions),
    ("candidate", 0.25, 0.8, _q_candidate),
    ("short", 0.45, 1.0, _q_short),
    ("interest", 0.85, 0.5, _q_interest),
    ("industry", 0.6, 1.0, _q_industry),
    ("student", 0.1, 0.4, _q_student),
    ("competency", 0.5, 0.8, _q_competency),
    ("professional", 0.3, 0.6, _q_professional),
)


def qualification(c: Composer) -> Sample:
    weights = [w for _, _, w, _ in FAMILIES]
    name, prior, _, build = c.r.choices(FAMILIES, weights=weights)[0]
    text = build(c)
    if name not in ("short", "conditions") and c.r.random() < 0.55:
        text = extend(c, text)
    if c.r.random() < 0.15:
        text, preferred = _cued(c, text)
        return Sample(c.finish(text), True, preferred, name + "+cue")
    if c.r.random() < 0.05:  # two asks in one bullet
        _, _, _, other = c.r.choices(FAMILIES, weights=weights)[0]
        second = other(c)
        text = f"{text.rstrip('.')}; {second[0].lower()}{second[1:]}"
    return Sample(c.finish(text), True, c.r.random() < prior, name)


# --------------------------------------------------------------------------- non-qualifications


def _n_onet(c: Composer) -> str:
    text = c.pick(c.p.duty_sentences)
    if text.startswith("May ") and c.r.random() < 0.5:
        text = text[4].upper() + text[5:]
    return text


def _n_esco_duty(c: Composer) -> str:
    v = c.verb_skill()
    v = v[0].upper() + v[1:]
    tail = c.pick(
        (
            "",
            "",
            f" for {c.pick(STAKEHOLDERS)}",
            f" using {c.tools(1, 2)}",
            f" in collaboration with the {c.pick(TEAMS)} team",
            f" across {c.pick(('all sites', 'the region', 'multiple projects', 'the organization'))}",
            " on a daily basis",
            f" and {c.verb_skill()}",
            f" to {c.pick(('ensure compliance', 'meet deadlines', 'improve quality', 'reduce costs'))}",
        )
    )
    return v + tail


def _n_template_duty(c: Composer) -> str:
    verb = c.pick(DUTY_VERBS)
    obj = c.pick(OBJECTS)
    team = c.pick(TEAMS)
    who = c.pick(STAKEHOLDERS)
    return c.pick(
        (
            f"{verb} {obj} in {c.tool()}",
            f"{verb} and maintain {obj} using {c.tools(1, 3)}",
            f"{verb} {obj} for {who}",
            f"Collaborate with {team} teams to {c.verb_skill()}",
            f"Work closely with {who} to {verb.lower()} {obj}",
            f"Partner with the {team} team on {c.domain()}",
            f"Serve as the primary point of contact for {who}",
            f"Be responsible for {gerund(c.verb_skill())}",
            f"Responsible for {gerund(verb.lower())} {obj}",
            f"You will {verb.lower()} {obj} with the {team} team",
            f"You'll {c.verb_skill()} and report to the {team} lead",
            f"Own {obj} end to end",
            f"Drive {c.domain()} initiatives across the {team} organization",
            f"Report on {obj} to {who}",
            "Mentor junior team members",
            f"Participate in {c.pick(('code reviews', 'team meetings', 'on-call rotations', 'planning sessions', 'audits'))}",
            f"Travel to {who} sites as needed",
            f"Identify opportunities to improve {obj}",
            f"Help {who} {c.verb_skill()}",
            f"Translate business needs into {obj}",
            f"Contribute to {c.domain()} projects",
            f"Act as a trusted advisor to {who}",
            f"Assist the {team} team with {obj}",
            f"{verb} {obj} and {c.pick(DUTY_VERBS).lower()} {c.pick(OBJECTS)}",
            f"{verb} {c.domain()} solutions that {c.verb_skill().split()[0]}s {c.pick(OBJECTS)}",
            f"Use {c.tool()} to {verb.lower()} {obj}",
            f"Work with {c.tools(1, 2)} to {verb.lower()} {obj}",
            "Perform other duties as assigned",
            f"{verb} {c.domain()}: {c.pick(OBJECTS)}, {c.pick(OBJECTS)} and {c.pick(OBJECTS)}",
            f"Own {c.domain()}: {gerund(c.verb_skill())}, {c.pick(OBJECTS)}, {c.domain()}",
            f"{verb} {obj}: {c.pick(('weekly', 'monthly', 'quarterly', 'daily'))} {c.pick(OBJECTS)}, {c.pick(OBJECTS)}",
            f"{c.domain().capitalize()}: {verb.lower()} {obj} and {c.pick(DUTY_VERBS).lower()} {c.pick(OBJECTS)}",
            f"Ensure {obj} meet {c.pick(('quality standards', 'deadlines', 'regulatory requirements'))}",
        )
    )


def _n_benefits(c: Composer) -> str:
    return c.pick(
        (
            "Competitive salary and bonus",
            "Health, dental and vision insurance",
            "401(k) with company match",
            f"{c.r.choice((15, 20, 25, 30))} days of paid time off",
            "Flexible working hours",
            "Remote-friendly culture",
            "Generous parental leave",
            "Stock options",
            f"Annual learning budget of ${c.r.choice((500, 1000, 2000))}",
            "Free lunch and snacks",
            "Gym membership",
            "Paid holidays",
            "Employee assistance program",
            f"Salary: ${c.r.randint(40, 90)},000 - ${c.r.randint(91, 180)},000 per year",
            f"Pay: ${c.r.randint(15, 40)}.00 per hour",
            "Commuter benefits",
            "Life and disability insurance",
            "Tuition reimbursement",
            "Opportunities for career growth",
            "A friendly and supportive team",
            "Work from home options",
            "Wellness stipend",
            "Relocation assistance available",
            "Company laptop and equipment",
        )
    )


def _n_about(c: Composer) -> str:
    co = c.pick(COMPANY)
    ind = c.pick(INDUSTRIES)
    return c.pick(
        (
            f"{co} is a leading provider of {c.domain()} services to {c.pick(STAKEHOLDERS)}",
            f"We are a fast-growing {ind} company based in {c.pick(CITIES)}",
            f"Founded in {c.r.randint(1950, 2022)}, {co} serves {c.pick(STAKEHOLDERS)} in {c.r.randint(3, 60)} countries",
            f"Our mission is to make {c.domain()} simple for everyone",
            f"{co} helps {c.pick(STAKEHOLDERS)} {c.verb_skill()}",
            f"Join a team that is transforming {ind}",
            "We value diversity, curiosity and teamwork",
            f"{co} has been named one of the best places to work in {c.pick(CITIES)}",
            f"This role reports to the {c.pick(TEAMS)} director",
            f"The {c.pick(TEAMS)} team builds the tools our {c.pick(STAKEHOLDERS)} rely on",
            f"As {c.article(c.occupation())}, you will join our {c.pick(TEAMS)} team",
            f"We are looking for {c.article(c.occupation())} to join our team in {c.pick(CITIES)}",
            f"This is a full-time position located in {c.pick(CITIES)}",
            f"Location: {c.pick(CITIES)}",
            f"Job type: {c.pick(('Full-time', 'Part-time', 'Contract', 'Temporary', 'Internship'))}",
            f"Schedule: {c.pick(('Monday to Friday', '8 hour shift', 'Day shift', 'Night shift'))}",
            f"Department: {c.pick(TEAMS).capitalize()}",
            f"Reports to: {c.occupation().title()}",
            f"Our {c.pick(TEAMS)} team works on {c.domain()}",
        )
    )


def _n_eeo(c: Composer) -> str:
    co = c.pick(COMPANY)
    return c.pick(
        (
            f"{co} is an equal opportunity employer",
            "Applications are judged on merit, regardless of race, colour, religion, sex, age or origin",
            f"{co} is committed to creating a diverse and inclusive workplace",
            "We encourage applications from people of all backgrounds",
            "Reasonable accommodations are available for applicants with disabilities",
            f"{co} uses E-Verify to confirm eligibility to work",
            "We do not discriminate on the basis of age, disability or veteran status",
        )
    )


def _n_apply(c: Composer) -> str:
    co = c.pick(COMPANY)
    return c.pick(
        (
            f"To apply, send your CV to jobs@{co.lower().replace(' ', '').replace('&', '')}.example",
            "Please submit a cover letter and resume",
            f"Applications close on {c.r.randint(1, 28)} {c.pick(('March', 'June', 'September', 'December'))}",
            "Only shortlisted candidates will be contacted",
            "Click apply to submit your application",
            "Interested candidates should apply through our careers page",
            "Please include a portfolio link with your application",
            "No agencies please",
            f"Reference number: {c.r.randint(1000, 99999)}",
        )
    )


def _n_prose(c: Composer) -> str:
    co = c.pick(COMPANY)
    ind = c.pick(INDUSTRIES)
    v1, v2 = c.pick(_VALUES), c.pick(_VALUES)
    adj = c.pick(_ADJ)
    who = c.pick(STAKEHOLDERS)
    dom = c.domain()
    city = c.pick(CITIES)
    return c.pick(
        (
            f"For {c.r.randint(5, 90)} years, {co} has helped {who} with {dom}",
            f"{co} is {c.article(adj)} {ind} company with offices in {city} and {c.pick(CITIES)}",
            f"Our {c.pick(TEAMS)} group sits at the heart of how {co} serves {who}",
            f"Here you will find colleagues who care about {v1} and {v2}",
            f"Headquartered in {city}, we employ {c.r.randint(40, 9000)} people across {c.r.randint(2, 30)} locations",
            f"Our customers range from small {ind} firms to large {c.pick(INDUSTRIES)} groups",
            f"{co} builds {c.pick(OBJECTS)} that {who} depend on every day",
            f"We started {co} because {dom} was too hard for {who}",
            f"Every week our teams ship improvements to {dom}",
            f"{v1.capitalize()} and {v2} guide the way we work",
            f"This position sits within the {c.pick(TEAMS)} department and reports to the head of {dom}",
            f"This is a {c.pick(('full-time', 'part-time', 'fixed-term', 'permanent', 'hybrid'))} role located in {city}",
            f"Our {c.pick(TEAMS)} team is small, friendly and growing",
            f"We recently raised a Series {c.pick('ABCD')} round to expand into {c.pick(INDUSTRIES)}",
            f"The team is responsible for {dom} across {c.r.randint(2, 40)} markets",
            f"Life at {co} means {c.pick(('flexible schedules', 'regular team events', 'room to experiment', 'a focus on wellbeing'))}",
            f"We measure our success by the outcomes of our {who}",
            f"{co} operates {c.r.randint(2, 300)} sites and serves {c.r.randint(2, 900)},000 {who}",
            f"Our platform brings together {dom} and {c.domain()} in one place",
            f"In {c.r.randint(2010, 2030)}, {co} was recognised for its work in {dom}",
            f"This opening is part of a new team focused on {dom}",
            f"The role is onsite at our office in {city}, {c.r.randint(3, 5)} days per week",
            "This position is eligible for a sign-on bonus",
            f"Our {c.pick(TEAMS)} teams rely on {c.tools(1, 3)} to {c.verb_skill()}",
            f"We use research and technology to {c.verb_skill()}",
            f"At {co}, {v1} is more than a word on a wall",
            f"Working here, you will see how {dom} changes the lives of {who}",
            "Learn more about our work and our people on our website",
            "We would love to hear from you",
            "Sound interesting? Read on",
            f"{co} partners with {c.pick(STAKEHOLDERS)} and {c.pick(STAKEHOLDERS)} to improve {dom}",
        )
    )


def _n_company_expertise(c: Composer) -> str:
    """Company self-description that uses qualification words (expertise, skills)."""
    co = c.pick(COMPANY)
    dom = c.domain()
    who = c.pick(STAKEHOLDERS)
    team = c.pick(TEAMS)
    return c.pick(
        (
            f"Our {team} team has deep expertise in {dom} and {c.domain()}",
            f"{co} combines know-how in {dom} with {c.article(c.pick(_ADJ))} culture",
            f"Our experts bring decades of experience in {dom} to every project",
            f"{co} has {c.r.randint(5, 80)} years of experience serving {who}",
            f"Our people are passionate about {dom} and the {who} we serve",
            f"We are committed to {c.pick(_VALUES)} and {c.pick(_VALUES)} in everything we do",
            f"{co} is an industry leader in {dom}",
            f"We are {c.article(c.pick(_ADJ))}, {c.pick(_ADJ)} leader in {dom}",
            f"You will join {c.article(c.pick(_ADJ))} team of {c.occupation()}s and {c.occupation()}s",
            f"You will work alongside specialists in {dom}, {c.domain()} and {c.domain()}",
            f"You'll be part of a group that applies {dom} to real problems for {who}",
            f"Note: this position can be based in {c.pick(CITIES)} or {c.pick(CITIES)}",
            f"Our knowledge of {dom} helps {who} make better decisions",
            f"Together, our teams bring the skills and experience needed to {c.verb_skill()}",
            f"The group's strengths include {dom}, {c.domain()} and {c.tool()}",
            f"Through our expertise in {dom}, we help {who} {c.verb_skill()}",
            f"We value {c.soft()} skills and {c.pick(_VALUES)} in our team",
            f"Our mission: excellence in {dom} for {who}",
            f"We are dedicated to a culture of {c.pick(_VALUES)} and {c.pick(_VALUES)}",
            f"The {team} team is known for its strong {c.soft()} and technical depth",
        )
    )


def _n_title(c: Composer) -> str:
    occ = c.occupation()
    level = c.pick(
        ("Senior ", "Junior ", "Lead ", "Principal ", "Associate ", "", "", "")
    )
    title = level + occ.title()
    co = c.pick(COMPANY)
    city = c.pick(CITIES)
    return c.pick(
        (
            title,
            f"{title} - {city}",
            f"{title}, {c.pick(TEAMS).capitalize()}",
            f"{co} is hiring {c.article(occ)} in {city}",
            f"We are hiring {c.article(occ)}",
            f"{co} is looking for {c.article(occ)} to join its {c.pick(TEAMS)} team",
            f"Job title: {title}",
            f"Position: {title} ({c.pick(('Full-time', 'Contract', 'Part-time'))})",
            f"{title} at {co}",
            f"Now hiring: {title}",
        )
    )


_FIRST = (
    "Amara",
    "Jonas",
    "Priya",
    "Diego",
    "Mei",
    "Tomasz",
    "Leila",
    "Owen",
    "Sade",
    "Hiro",
)
_LAST = (
    "Okafor",
    "Lindqvist",
    "Ramanathan",
    "Moreau",
    "Takeda",
    "Novak",
    "Haddad",
    "Quinn",
)


def _n_signature(c: Composer) -> str:
    co = c.pick(COMPANY)
    domain = re.sub(r"[^a-z]", "", co.lower())
    role = c.pick(
        (
            "Recruiter",
            "Talent Acquisition Specialist",
            "Recruiting Coordinator",
            "HR Manager",
        )
    )
    return c.pick(
        (
            f"{c.pick(_FIRST)} {c.pick(_LAST)}",
            f"{c.pick(_FIRST)} {c.pick(_LAST)}, {role}",
            role,
            f"Contact: {c.pick(_FIRST)} {c.pick(_LAST)}",
            f"{co}, Inc.",
            f"{co} LLC",
            f"{co} Ltd",
            f"{domain}.example.com",
            f"www.{domain}.example",
            f"More about {co}",
            "Visit our website to learn more",
            f"Recognized as {c.article(c.pick(_ADJ))} employer for {c.r.randint(2, 12)} years running",
            f"Proud member of the {c.pick(CITIES)} Chamber of Commerce",
            "Certified B Corporation",
            f"{co} is a staffing partner for {c.pick(INDUSTRIES)} companies",
            f"Phone: +1 555 {c.r.randint(100, 999)} {c.r.randint(1000, 9999)}",
        )
    )


def _n_boilerplate(c: Composer) -> str:
    field = c.pick(("Travel", "Clearance", "Shift", "Relocation", "Visa sponsorship"))
    return c.pick(
        (
            f"{field}: N/A",
            f"{field}: None",
            f"{field}: Not applicable",
            "The list above is a summary of the skills typically needed and is not exhaustive",
            "This job description is not intended to be an exhaustive list of duties",
            "Duties and responsibilities may change at any time with or without notice",
            "The physical demands described here are representative of those needed to perform the job",
            "Our recruiting team reviews every application and replies within a few weeks",
            "Qualifications for this position",
            f"{c.pick(('Minimum', 'Basic', 'Preferred', 'Required', 'Desired'))} qualifications",
            f"What you'll {c.pick(('need', 'bring', 'do'))}",
            "Who you are",
            f"{c.domain().title()} ({c.r.choice((10, 20, 25, 40, 50, 75))}%)",
            f"{c.pick(('Compensation', 'Benefits', 'Perks'))} and {c.pick(('culture', 'growth', 'wellbeing'))}",
        )
    )


NON_FAMILIES: tuple[tuple[str, float, Builder], ...] = (
    ("signature", 0.6, _n_signature),
    ("boilerplate", 0.6, _n_boilerplate),
    ("title", 0.8, _n_title),
    ("company_expertise", 1.5, _n_company_expertise),
    ("prose", 2.5, _n_prose),
    ("onet_duty", 3.0, _n_onet),
    ("esco_duty", 2.5, _n_esco_duty),
    ("duty", 3.5, _n_template_duty),
    ("benefits", 0.7, _n_benefits),
    ("about", 1.0, _n_about),
    ("eeo", 0.3, _n_eeo),
    ("apply", 0.3, _n_apply),
)


def non_qualification(c: Composer) -> Sample:
    name, _, build = c.r.choices(NON_FAMILIES, weights=[w for _, w, _ in NON_FAMILIES])[
        0
    ]
    return Sample(c.finish(build(c)), False, None, name)


def generate(
    corpus: Path,
    *,
    n_qualifications: int = 30000,
    n_other: int = 30000,
    seed: int = SEED,
) -> list[Sample]:
    """Compose the training lines (deterministic for a given seed and corpus).

    Args:
        corpus: The shared corpus folder (only ``lexicons/onet`` and
            ``lexicons/esco`` are read).
        n_qualifications: Number of qualification lines.
        n_other: Number of duty / blurb / benefit / EEO / application lines.
        seed: Random seed.

    Returns:
        The samples, qualifications first; exact duplicates removed.
    """
    composer = Composer(load_pools(corpus), random.Random(seed))
    samples = [qualification(composer) for _ in range(n_qualifications)]
    samples.extend(non_qualification(composer) for _ in range(n_other))
    seen: set[tuple[str, bool]] = set()
    unique: list[Sample] = []
    for s in samples:
        key = (s.text, s.qualification)
        if key not in seen:
            seen.add(key)
            unique.append(s)
    return unique


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=HERE.parent.parent / "shared" / "corpus"
    )
    parser.add_argument("--show", type=int, default=20, help="print N random samples")
    args = parser.parse_args()
    if not (args.corpus / "lexicons").is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    samples = generate(args.corpus)
    counts = Counter(
        (s.family.split("+")[0], s.qualification, s.preferred) for s in samples
    )
    for key, n in sorted(counts.items(), key=lambda kv: str(kv[0])):
        print(key, n)
    rng = random.Random(0)
    for s in rng.sample(samples, min(args.show, len(samples))):
        print(f"  [{s.family} q={int(s.qualification)} p={s.preferred}] {s.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
