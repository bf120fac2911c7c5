"""The Analyzer wires the stages together and owns the loaded resources.

``score()``, ``rank()``, ``rank_resumes()``, ``parse_resume()`` and
``parse_posting()`` at package level delegate to one lazily built, cached default
``Analyzer``: loading the lexicon and pipeline costs about a second, so it happens
once per process, not per call.
"""

from __future__ import annotations

import functools
import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from resumefit.config import ParseConfig, ScoringConfig
from resumefit.errors import InputError, NoQualificationsError
from resumefit.parsing import PostingSource, ResumeSource
from resumefit.schema import FitResult, Posting, Resume

if TYPE_CHECKING:
    from spacy.language import Language

    from resumefit._importance import ImportanceModel
    from resumefit.lexicon import Lexicon
    from resumefit.matching import ResumeIndex

__all__ = [
    "Analyzer",
    "parse_posting",
    "parse_resume",
    "rank",
    "rank_resumes",
    "score",
]

_T = TypeVar("_T")
_D = TypeVar("_D", Resume, Posting)

#: Parsed documents kept per Analyzer, keyed by content (text and bytes sources).
PARSE_CACHE_SIZE = 512

#: Called as ``progress(done, total)`` after each item of a batch.
ProgressCallback = Callable[[int, int], None]


class Analyzer:
    r"""Parses resumes and postings and scores their fit, reusing loaded resources.

    Build one and reuse it: the spaCy pipeline and the lexicon load on first use.

    Args:
        nlp: A spaCy ``Language`` or the name of an installed pipeline, run once
            per document; ``None`` (the default) runs no spaCy pass, since
            resumefit's extractors read the text itself.
        lexicon: A skill lexicon; ``None`` loads the shipped one.
        config: Scoring weights and thresholds; ``None`` uses the defaults.
        parse_config: File size and page limits; ``None`` uses the defaults.
        importance_model: Path to a required/preferred classifier (``.npz``, as
            written by ``models/train_importance.py``); ``None`` uses the shipped
            one.
        cache_size: How many parsed documents (from text or bytes, keyed by
            content) to keep, so scoring one posting against many resumes parses
            it once; 0 disables the cache.

    Example:
        >>> from resumefit import Analyzer
        >>> analyzer = Analyzer()
        >>> result = analyzer.score(
        ...     "EXPERIENCE\nData Analyst, Acme  Jan 2019 - Dec 2023\n- SQL reports",
        ...     "Requirements\n- 3+ years of SQL",
        ...     as_of=date(2024, 1, 1),
        ... )
        >>> result.assessments[0].status
        'met'
    """

    def __init__(
        self,
        *,
        nlp: Language | str | None = None,
        lexicon: Lexicon | None = None,
        config: ScoringConfig | None = None,
        parse_config: ParseConfig | None = None,
        importance_model: os.PathLike[str] | None = None,
        cache_size: int = PARSE_CACHE_SIZE,
    ) -> None:
        self._importance_path = importance_model
        self._importance: ImportanceModel | None = None
        self._nlp_arg = nlp
        self._nlp: Language | None = (
            nlp if not isinstance(nlp, (str, type(None))) else None
        )
        self._lexicon = lexicon
        self.config = config or ScoringConfig()
        self.parse_config = parse_config or ParseConfig()
        self._cache: OrderedDict[tuple[str, str | None, str], Resume | Posting] = (
            OrderedDict()
        )
        self._lock = threading.Lock()
        self._cache_size = max(0, cache_size)

    def _cached(
        self,
        kind: type[_D],
        source: object,
        format: str | None,
        build: Callable[[], _D],
    ) -> _D:
        """Parse once per distinct text/bytes content; paths are always re-read."""
        if not isinstance(source, (str, bytes)) or self._cache_size == 0:
            return build()
        data = (
            source.encode("utf-8", "surrogatepass")
            if isinstance(source, str)
            else source
        )
        key = (
            f"{kind.__name__}:{type(source).__name__}",
            format,
            hashlib.blake2b(data, digest_size=16).hexdigest(),
        )
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return hit  # type: ignore[return-value]
        built = build()
        with self._lock:
            self._cache[key] = built
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return built

    # ------------------------------------------------------------------ resources
    @property
    def nlp(self) -> Language:
        """The spaCy pipeline (loaded on first use)."""
        if self._nlp is None:
            from resumefit._nlp import load_pipeline

            name = self._nlp_arg if isinstance(self._nlp_arg, str) else None
            self._nlp = load_pipeline(name)
        return self._nlp

    def _chosen_pipeline(self) -> Language | None:
        """The pipeline to run per document: only one the caller chose."""
        from resumefit._nlp import PIPELINE_ENV

        if (
            self._nlp is not None
            or self._nlp_arg is not None
            or os.environ.get(PIPELINE_ENV)
        ):
            return self.nlp
        return None

    @property
    def lexicon(self) -> Lexicon:
        """The skill lexicon (the shipped one unless injected)."""
        if self._lexicon is None:
            from resumefit.lexicon import Lexicon

            self._lexicon = Lexicon.default()
        return self._lexicon

    @property
    def importance_model(self) -> ImportanceModel | None:
        """The required/preferred classifier (the shipped one unless a path was given).

        Raises:
            InputError: The given model file is missing or not a valid model.
        """
        if self._importance is None:
            from resumefit._importance import load_model

            self._importance = load_model(self._importance_path)
        return self._importance

    @property
    def model_version(self) -> str:
        """Version of the importance classifier in use."""
        model = self.importance_model
        return model.version if model is not None else "none"

    # ------------------------------------------------------------------ parsing
    def parse_resume(
        self, source: ResumeSource, *, format: str | None = None
    ) -> Resume:
        """Parse a resume: structure plus skills, degrees, credentials, languages.

        Args:
            source: Text (``str``), a path (``os.PathLike``), file bytes, or an
                already parsed ``Resume`` (returned unchanged).
            format: Explicit format ("pdf", "docx", "txt", "markdown", "html").

        Returns:
            The parsed resume.

        Raises:
            InputError: Unusable input: wrong type, unsupported format, empty
                document, file too large.
            ParseError: Encrypted, image-only, corrupt or unsafe file.
        """
        if isinstance(source, Resume):
            return source
        from resumefit.extraction import extract_resume
        from resumefit.parsing import parse_resume_structure

        def build() -> Resume:
            structure = parse_resume_structure(
                source, format=format, config=self.parse_config
            )
            return extract_resume(
                structure, nlp=self._chosen_pipeline(), lexicon=self.lexicon
            )

        return self._cached(Resume, source, format, build)

    def parse_posting(
        self, source: PostingSource, *, format: str | None = None
    ) -> Posting:
        """Parse a posting: title, sections, items and qualifications.

        Args:
            source: Text (``str``), a path, file bytes, or a parsed ``Posting``
                (returned unchanged).
            format: Explicit format ("pdf", "docx", "txt", "markdown", "html").

        Returns:
            The parsed posting, with ``qualifications`` in document order.

        Raises:
            InputError: Unusable input (see :meth:`parse_resume`).
            ParseError: Encrypted, image-only, corrupt or unsafe file.
        """
        if isinstance(source, Posting):
            return source
        from resumefit.extraction import extract_posting
        from resumefit.parsing import parse_posting_structure

        def build() -> Posting:
            structure = parse_posting_structure(
                source, format=format, config=self.parse_config
            )
            return extract_posting(
                structure,
                nlp=self._chosen_pipeline(),
                lexicon=self.lexicon,
                importance_model=self.importance_model,
            )

        return self._cached(Posting, source, format, build)

    # ------------------------------------------------------------------ scoring
    def score(
        self,
        resume: ResumeSource,
        posting: PostingSource,
        *,
        as_of: date | None = None,
    ) -> FitResult:
        """Score how well ``resume`` fits ``posting``.

        Args:
            resume: A resume source or a parsed ``Resume``.
            posting: A posting source or a parsed ``Posting``.
            as_of: The date "Present" means; defaults to today.

        Returns:
            The fit result: score, verdict, one assessment per qualification with
            evidence, gaps and suggestions.

        Raises:
            InputError: Unusable input (see :meth:`parse_resume`).
            NoQualificationsError: The posting states no qualifications.
            ParseError: Encrypted, image-only, corrupt or unsafe file.
        """
        from resumefit.matching import index_resume

        parsed_resume = self.parse_resume(resume)
        parsed_posting = self.parse_posting(posting)
        index = index_resume(parsed_resume, as_of=as_of or date.today())
        return self._score_indexed(index, parsed_posting)

    def rank(
        self,
        resume: ResumeSource,
        postings: Iterable[PostingSource],
        *,
        as_of: date | None = None,
        progress: ProgressCallback | None = None,
    ) -> list[FitResult]:
        """Score one resume against many postings, best fit first.

        The job seeker's triage: which postings are worth tailoring for? The
        resume is parsed and indexed once.

        Args:
            resume: A resume source or a parsed ``Resume``.
            postings: Posting sources or parsed ``Posting`` objects.
            as_of: The date "Present" means; defaults to today.
            progress: Optional ``progress(done, total)`` callback.

        Returns:
            One ``FitResult`` per posting, sorted by score (highest first), ties in
            input order.

        Raises:
            InputError: Unusable input; the message names the posting's position.
            NoQualificationsError: A posting states no qualifications.
            ParseError: An encrypted, image-only, corrupt or unsafe file.
        """
        from resumefit.matching import index_resume

        parsed_resume = self.parse_resume(resume)
        index = index_resume(parsed_resume, as_of=as_of or date.today())

        def score_one(posting: PostingSource) -> FitResult:
            return self._score_indexed(index, self.parse_posting(posting))

        return _rank_batch(list(postings), score_one, progress)

    def rank_resumes(
        self,
        posting: PostingSource,
        resumes: Iterable[ResumeSource],
        *,
        as_of: date | None = None,
        progress: ProgressCallback | None = None,
    ) -> list[FitResult]:
        """Score many resumes against one posting, best fit first (recruiter view).

        Args:
            posting: A posting source or a parsed ``Posting`` (parsed once).
            resumes: Resume sources or parsed ``Resume`` objects.
            as_of: The date "Present" means; defaults to today.
            progress: Optional ``progress(done, total)`` callback.

        Returns:
            One ``FitResult`` per resume, highest score first, ties in input order.

        Raises:
            InputError: Unusable input; the message names the resume's position.
            NoQualificationsError: The posting states no qualifications.
            ParseError: An encrypted, image-only, corrupt or unsafe file.
        """
        from resumefit.matching import index_resume

        parsed_posting = self.parse_posting(posting)
        day = as_of or date.today()

        def score_one(resume: ResumeSource) -> FitResult:
            index = index_resume(self.parse_resume(resume), as_of=day)
            return self._score_indexed(index, parsed_posting)

        return _rank_batch(list(resumes), score_one, progress)

    def _score_indexed(self, index: ResumeIndex, posting: Posting) -> FitResult:
        from resumefit import __version__
        from resumefit.matching import assess_qualifications
        from resumefit.scoring import compute_score
        from resumefit.suggestions import find_gaps, suggest_tailoring

        if not posting.qualifications:
            where = (
                f" ({posting.quality.source_name})"
                if posting.quality.source_name
                else ""
            )
            msg = (
                f"Posting{where} has no recognisable qualifications; check the parsed "
                "text with resumefit.parse_posting() or pass the requirements section."
            )
            raise NoQualificationsError(msg)
        cfg = self.config
        resume = index.resume
        assessments = assess_qualifications(
            posting, index, skills=self.lexicon, config=cfg
        )
        total, verdict, breakdown = compute_score(assessments, config=cfg)
        gaps = find_gaps(assessments, posting, index, config=cfg)
        suggestions = suggest_tailoring(
            assessments, posting, index, skills=self.lexicon, config=cfg
        )
        return FitResult(
            score=total,
            verdict=verdict,
            breakdown=breakdown,
            assessments=assessments,
            gaps=gaps,
            suggestions=suggestions,
            notes=_notes(resume, posting),
            resume_name=resume.quality.source_name,
            posting_name=posting.quality.source_name,
            posting_title=posting.title,
            resumefit_version=__version__,
            lexicon_version=self.lexicon.version,
            model_version=self.model_version,
        )


def _notes(resume: Resume, posting: Posting) -> tuple[str, ...]:
    notes = [f"Resume: {w}" for w in resume.warnings]
    notes += [f"Posting: {w}" for w in posting.warnings]
    if not any(q.importance == "preferred" for q in posting.qualifications):
        notes.append("The posting lists no preferred qualifications.")
    return tuple(notes)


def _rank_batch(
    items: Sequence[_T],
    score_one: Callable[[_T], FitResult],
    progress: ProgressCallback | None,
) -> list[FitResult]:
    """Score each item, report progress, and sort best first (ties: input order).

    An ``InputError`` gets a note naming which input of the batch failed.
    """
    results: list[FitResult] = []
    for position, item in enumerate(items):
        try:
            results.append(score_one(item))
        except InputError as exc:
            exc.add_note(f"(input #{position + 1} of the batch)")
            raise
        if progress is not None:
            progress(position + 1, len(items))
    order = sorted(range(len(results)), key=lambda i: (-results[i].score, i))
    return [results[i] for i in order]


@functools.cache
def default_analyzer() -> Analyzer:
    """Return the process-wide default ``Analyzer`` (built on first use)."""
    return Analyzer()


def score(
    resume: ResumeSource,
    posting: PostingSource,
    *,
    as_of: date | None = None,
    config: ScoringConfig | None = None,
) -> FitResult:
    r"""Score how well a resume fits a posting, the way a recruiter would.

    Uses a cached default :class:`Analyzer` (the lexicon loads once per process).
    Required qualifications are gates; preferred ones rank. Every met item cites
    its evidence in the resume.

    Args:
        resume: Resume text (``str``), a ``pathlib.Path``, file bytes, or a parsed
            ``Resume``.
        posting: Posting text, a path, bytes, or a parsed ``Posting``.
        as_of: The date "Present" means; defaults to today.
        config: Scoring weights and thresholds; ``None`` uses the defaults.

    Returns:
        The :class:`~resumefit.schema.FitResult`.

    Raises:
        InputError: Unusable input: wrong type, unsupported format, empty
            document, file too large.
        NoQualificationsError: The posting states no qualifications.
        ParseError: Encrypted, image-only, corrupt or unsafe file.

    Example:
        >>> import resumefit
        >>> result = resumefit.score(
        ...     "SKILLS\nPython, SQL",
        ...     "Requirements\n- Python\n- Kubernetes",
        ...     as_of=date(2024, 1, 1),
        ... )
        >>> [a.status for a in result.assessments]
        ['met', 'missing']
    """
    return _analyzer_for(config).score(resume, posting, as_of=as_of)


def _analyzer_for(config: ScoringConfig | None) -> Analyzer:
    """The default analyzer, or one sharing its resources with ``config``."""
    base = default_analyzer()
    if config is None:
        return base
    return Analyzer(
        nlp=base._nlp or base._nlp_arg,
        lexicon=base.lexicon,
        config=config,
        parse_config=base.parse_config,
        importance_model=base._importance_path,
    )


def rank(
    resume: ResumeSource,
    postings: Iterable[PostingSource],
    *,
    as_of: date | None = None,
    progress: ProgressCallback | None = None,
    config: ScoringConfig | None = None,
) -> list[FitResult]:
    """Score one resume against many postings, best first (see ``Analyzer.rank``).

    Args:
        resume: A resume source or parsed ``Resume``.
        postings: Posting sources or parsed ``Posting`` objects.
        as_of: The date "Present" means; defaults to today.
        progress: Optional ``progress(done, total)`` callback.
        config: Scoring weights and thresholds; ``None`` uses the defaults.

    Returns:
        One ``FitResult`` per posting, highest score first.

    Raises:
        InputError: Unusable input; the note names its position in the batch.
        NoQualificationsError: A posting states no qualifications.
        ParseError: An encrypted, image-only, corrupt or unsafe file.
    """
    return _analyzer_for(config).rank(resume, postings, as_of=as_of, progress=progress)


def rank_resumes(
    posting: PostingSource,
    resumes: Iterable[ResumeSource],
    *,
    as_of: date | None = None,
    progress: ProgressCallback | None = None,
    config: ScoringConfig | None = None,
) -> list[FitResult]:
    """Score many resumes against one posting, best first (the recruiter's view).

    Args:
        posting: A posting source or parsed ``Posting`` (parsed once).
        resumes: Resume sources or parsed ``Resume`` objects.
        as_of: The date "Present" means; defaults to today.
        progress: Optional ``progress(done, total)`` callback.
        config: Scoring weights and thresholds; ``None`` uses the defaults.

    Returns:
        One ``FitResult`` per resume, highest score first.

    Raises:
        InputError: Unusable input; the note names its position in the batch.
        NoQualificationsError: The posting states no qualifications.
        ParseError: An encrypted, image-only, corrupt or unsafe file.
    """
    return _analyzer_for(config).rank_resumes(
        posting, resumes, as_of=as_of, progress=progress
    )


def parse_resume(source: ResumeSource, *, format: str | None = None) -> Resume:
    """Parse a resume with the default analyzer (see ``Analyzer.parse_resume``).

    Args:
        source: Resume text (``str``), a ``pathlib.Path``, or file bytes.
        format: Explicit format ("pdf", "docx", "txt", "markdown", "html").

    Returns:
        The parsed ``Resume``: sections, dated roles, education, credentials,
        languages and skills, all with spans into ``Resume.text``.

    Raises:
        InputError: Unusable input: wrong type, unsupported format, empty
            document, file too large.
        ParseError: Encrypted, image-only, corrupt or unsafe file.
    """
    return default_analyzer().parse_resume(source, format=format)


def parse_posting(source: PostingSource, *, format: str | None = None) -> Posting:
    """Parse a posting with the default analyzer (see ``Analyzer.parse_posting``).

    Args:
        source: Posting text (``str``), a ``pathlib.Path``, or file bytes.
        format: Explicit format ("pdf", "docx", "txt", "markdown", "html").

    Returns:
        The parsed ``Posting``: title, sections with items, and qualifications
        marked required or preferred.

    Raises:
        InputError: Unusable input: wrong type, unsupported format, empty
            document, file too large.
        ParseError: Encrypted, image-only, corrupt or unsafe file.
    """
    return default_analyzer().parse_posting(source, format=format)
