"""The ``resumefit`` command line.

Commands::

    resumefit parse FILE [--as resume|posting] [--format text|json]
    resumefit score RESUME POSTING [--format text|json|markdown|html] [--as-of DATE]
    resumefit rank RESUME POSTING... [--format text|json] [--top N] [--as-of DATE]
    resumefit rank-resumes POSTING RESUME... [--format text|json] [--top N]

Exit codes scripts can rely on:

* 0: success.
* 2: bad command line (unknown option, missing argument).
* 3: unusable input (missing file, unsupported format, empty document, too
  large, a posting with no qualifications).
* 4: a file that cannot be read (encrypted, image-only, corrupt, unsafe).
* 5: any other resumefit error (e.g. a named spaCy pipeline is not installed).
* 6: ``rank`` / ``rank-resumes`` ranked the readable files but skipped others
  (each skipped file is named on stderr with the reason).

Errors go to stderr as one line: ``resumefit: error: <message>``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from resumefit.errors import InputError, ParseError, ResumefitError
from resumefit.schema import Posting, Resume

if TYPE_CHECKING:
    from resumefit.analyzer import Analyzer
    from resumefit.schema import FitResult

__all__ = ["main"]

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_PARSE = 4
EXIT_OTHER = 5
EXIT_PARTIAL = 6

# Show a progress bar on stderr for batches at least this long.
_PROGRESS_MIN = 10


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        msg = f"invalid date {value!r}; use YYYY-MM-DD"
        raise argparse.ArgumentTypeError(msg) from exc


def _build_parser() -> argparse.ArgumentParser:
    from resumefit import __version__

    parser = argparse.ArgumentParser(
        prog="resumefit",
        description="How well does a resume fit a job posting?",
    )
    parser.add_argument("--version", action="version", version=__version__)
    sub = parser.add_subparsers(dest="command", required=True)

    p_parse = sub.add_parser("parse", help="show the structure found in a document")
    p_parse.add_argument("file", type=Path)
    p_parse.add_argument(
        "--as",
        dest="kind",
        choices=["resume", "posting"],
        default="resume",
        help="parse the file as a resume (default) or a posting",
    )
    p_parse.add_argument("--format", choices=["text", "json"], default="text")

    p_score = sub.add_parser("score", help="score a resume against a posting")
    p_score.add_argument("resume", type=Path)
    p_score.add_argument("posting", type=Path)
    p_score.add_argument(
        "--format", choices=["text", "json", "markdown", "html"], default="text"
    )
    p_score.add_argument("--as-of", type=_date, default=None, metavar="YYYY-MM-DD")

    p_rank = sub.add_parser("rank", help="rank postings for one resume, best first")
    p_rank.add_argument("resume", type=Path)
    p_rank.add_argument("postings", type=Path, nargs="+")
    p_rank.add_argument("--format", choices=["text", "json"], default="text")
    p_rank.add_argument("--top", type=int, default=None, metavar="N")
    p_rank.add_argument("--as-of", type=_date, default=None, metavar="YYYY-MM-DD")

    p_rr = sub.add_parser(
        "rank-resumes", help="rank resumes for one posting, best first"
    )
    p_rr.add_argument("posting", type=Path)
    p_rr.add_argument("resumes", type=Path, nargs="+")
    p_rr.add_argument("--format", choices=["text", "json"], default="text")
    p_rr.add_argument("--top", type=int, default=None, metavar="N")
    p_rr.add_argument("--as-of", type=_date, default=None, metavar="YYYY-MM-DD")
    return parser


def _check_files(paths: Sequence[Path]) -> None:
    for path in paths:
        if path.is_dir():
            msg = (
                f"{str(path)!r} is a directory; pass the files in it (e.g. dir/*.pdf)."
            )
            raise InputError(msg)
        if not path.is_file():
            msg = f"File not found: {str(path)!r}. Check the path."
            raise InputError(msg)


class _Progress:
    """A one-line progress bar on stderr for long batches."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self.stream = stream
        self.label = label

    def __call__(self, done: int, total: int) -> None:
        if total < _PROGRESS_MIN:
            return
        width = 30
        filled = width * done // total
        bar = "#" * filled + "-" * (width - filled)
        end = "\n" if done == total else ""
        self.stream.write(f"\r{self.label} [{bar}] {done}/{total}{end}")
        self.stream.flush()


def _describe_resume(resume: Resume) -> str:
    lines = [f"Resume ({resume.quality.format}, {resume.quality.char_count} chars)"]
    if resume.quality.columns > 1:
        lines.append(f"  layout: {resume.quality.columns} columns")
    lines.append("Sections:")
    for section in resume.sections:
        heading = f" ({section.heading})" if section.heading else ""
        lines.append(f"  - {section.kind}{heading}")
    lines.append("Roles:")
    for role in resume.roles:
        start = _fmt_date(role.start)
        end = "present" if role.is_current else _fmt_date(role.end)
        who = " at ".join(x for x in (role.title, role.organization) if x)
        lines.append(f"  - [{role.kind}] {who or '?'}: {start} – {end}")
    lines.append("Education:")
    for entry in resume.education:
        what = entry.degree or "?"
        level = f" [{entry.level}]" if entry.level else ""
        lines.append(f"  - {what}{level} {entry.institution or ''}".rstrip())
    if resume.credentials:
        lines.append("Credentials: " + ", ".join(c.name for c in resume.credentials))
    if resume.languages:
        lines.append("Languages: " + ", ".join(x.name for x in resume.languages))
    lines.append("Skills: " + ", ".join(s.name for s in resume.skills))
    lines += [f"Warning: {w}" for w in resume.warnings]
    return "\n".join(lines)


def _fmt_date(value: object) -> str:
    if value is None:
        return "?"
    year = getattr(value, "year", None)
    month = getattr(value, "month", None)
    return f"{year}-{month:02d}" if month else str(year)


def _describe_posting(posting: Posting) -> str:
    lines = [f"Posting: {posting.title or '(no title found)'}"]
    lines.append("Sections:")
    for section in posting.sections:
        heading = f" ({section.heading})" if section.heading else ""
        lines.append(f"  - {section.kind}{heading}: {len(section.items)} items")
    lines.append("Qualifications:")
    for q in posting.qualifications:
        years = ""
        if q.min_years is not None:
            years = f", {q.min_years:g}+ years"
        lines.append(f"  - [{q.importance}/{q.kind}{years}] {q.text}")
    lines += [f"Warning: {w}" for w in posting.warnings]
    return "\n".join(lines)


def _render(result: FitResult, fmt: str) -> str:
    from resumefit import _render as render

    if fmt == "json":
        return result.model_dump_json(indent=2)
    if fmt == "markdown":
        return render.to_markdown(result)
    if fmt == "html":
        return render.to_html(result)
    return render.to_text(result)


def _ranking_text(results: Sequence[FitResult], *, by_resume: bool) -> str:
    lines = []
    for place, result in enumerate(results, start=1):
        name = result.resume_name if by_resume else result.posting_name
        title = "" if by_resume else f" ({result.posting_title or 'untitled'})"
        bd = result.breakdown
        lines.append(
            f"{place:>3}. {result.score:5.1f}  {result.verdict:<9}  "
            f"required {bd.required_met}/{bd.required_total}  "
            f"preferred {bd.preferred_met}/{bd.preferred_total}  {name}{title}"
        )
    return "\n".join(lines)


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from resumefit.analyzer import default_analyzer

    analyzer: Analyzer = default_analyzer()
    if args.command == "parse":
        _check_files([args.file])
        if args.kind == "posting":
            posting = analyzer.parse_posting(args.file)
            text = (
                posting.model_dump_json(indent=2)
                if args.format == "json"
                else _describe_posting(posting)
            )
        else:
            resume = analyzer.parse_resume(args.file)
            text = (
                resume.model_dump_json(indent=2)
                if args.format == "json"
                else _describe_resume(resume)
            )
        out.write(text + "\n")
        return EXIT_OK
    if args.command == "score":
        _check_files([args.resume, args.posting])
        result = analyzer.score(args.resume, args.posting, as_of=args.as_of)
        out.write(_render(result, args.format) + "\n")
        return EXIT_OK
    by_resume = args.command == "rank-resumes"
    fixed, many = (
        (args.posting, args.resumes) if by_resume else (args.resume, args.postings)
    )
    _check_files([fixed])
    # One unreadable file must not sink a triage of 200: parse each once, say on
    # stderr which were skipped and why, rank the rest.
    parsed: list[Resume | Posting] = []
    skipped = 0
    for path in many:
        try:
            _check_files([path])
            doc: Resume | Posting = (
                analyzer.parse_resume(path)
                if by_resume
                else analyzer.parse_posting(path)
            )
            if isinstance(doc, Posting) and not doc.qualifications:
                msg = "the posting has no recognisable qualifications"
                raise InputError(msg)
        except ResumefitError as exc:
            skipped += 1
            err.write(
                f"resumefit: skipped {str(path)!r}: {' '.join(str(exc).split())}\n"
            )
            continue
        parsed.append(doc)
    if not parsed:
        msg = f"None of the {len(many)} files could be ranked (see the lines above)."
        raise InputError(msg)
    progress = _Progress(err, "scoring")
    if by_resume:
        results = analyzer.rank_resumes(
            fixed,
            [d for d in parsed if isinstance(d, Resume)],
            as_of=args.as_of,
            progress=progress,
        )
    else:
        results = analyzer.rank(
            fixed,
            [d for d in parsed if isinstance(d, Posting)],
            as_of=args.as_of,
            progress=progress,
        )
    shown = results[: args.top] if args.top else results
    if args.format == "json":
        payload = [json.loads(r.model_dump_json()) for r in shown]
        out.write(json.dumps(payload, indent=2) + "\n")
    else:
        out.write(_ranking_text(shown, by_resume=by_resume) + "\n")
    return EXIT_PARTIAL if skipped else EXIT_OK


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line and return its exit code.

    Args:
        argv: Arguments without the program name; ``None`` reads ``sys.argv``.
        stdout: Stream for results (default ``sys.stdout``).
        stderr: Stream for errors and progress (default ``sys.stderr``).

    Returns:
        The exit code (see the module docstring).
    """
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return _run(args, out, err)
    except InputError as exc:
        code = EXIT_INPUT
        message = str(exc)
    except ParseError as exc:
        code = EXIT_PARSE
        message = str(exc)
    except ResumefitError as exc:
        code = EXIT_OTHER
        message = str(exc)
    one_line = " ".join(message.split())
    err.write(f"resumefit: error: {one_line}\n")
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
