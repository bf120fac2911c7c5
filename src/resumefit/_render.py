"""Render a FitResult for people: Markdown, HTML for notebooks, plain text for the CLI.

All three show the same things: the score and verdict, the breakdown line, one
row per qualification (status, importance, the evidence cited), the gaps and
the suggestions. HTML is fully escaped, styled inline, and runs no script.
"""

from __future__ import annotations

import html

from resumefit.schema import Assessment, FitResult

__all__ = ["breakdown_line", "to_html", "to_markdown", "to_text"]

_VERDICT_LABEL = {
    "strong": "strong fit",
    "good": "good fit",
    "stretch": "stretch",
    "long_shot": "long shot",
}
_STATUS_COLOR = {
    "met": "#1a7f37",
    "partial": "#9a6700",
    "missing": "#cf222e",
    "unknown": "#57606a",
}
_VERDICT_COLOR = {
    "strong": "#1a7f37",
    "good": "#2da44e",
    "stretch": "#9a6700",
    "long_shot": "#cf222e",
}
_EVIDENCE_CHARS = 90


def _score_text(value: float) -> str:
    return f"{value:.1f}"


def _clip(text: str, limit: int = _EVIDENCE_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def breakdown_line(result: FitResult) -> str:
    """One line with the arithmetic behind the score.

    Args:
        result: A fit result.

    Returns:
        For example ``"Required met 3/4 (1 partial) · Preferred met 1/2 · 1
        unknown · capped at 60 (required missing)"``.
    """
    b = result.breakdown
    parts = [f"Required met {b.required_met}/{b.required_total}"]
    if b.required_partial:
        parts[-1] += f" ({b.required_partial} partial)"
    parts.append(f"Preferred met {b.preferred_met}/{b.preferred_total}")
    if b.preferred_partial:
        parts[-1] += f" ({b.preferred_partial} partial)"
    if b.unknown:
        parts.append(f"{b.unknown} not judgeable from a resume")
    if b.cap is not None:
        parts.append(f"capped at {b.cap:g} (required missing)")
    return " · ".join(parts)


def _evidence_text(a: Assessment) -> str:
    if not a.evidence:
        return ""
    first = a.evidence[0]
    where = f" ({first.section})" if first.section else ""
    more = f" +{len(a.evidence) - 1} more" if len(a.evidence) > 1 else ""
    return f"“{_clip(first.text)}”{where}{more}"


def _title(result: FitResult) -> str:
    bits = []
    if result.posting_title:
        bits.append(f"Posting: {result.posting_title}")
    if result.resume_name:
        bits.append(f"Resume: {result.resume_name}")
    return " · ".join(bits)


# --------------------------------------------------------------------------- markdown


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_markdown(result: FitResult) -> str:
    """Render a result as Markdown (GitHub flavour).

    Args:
        result: A fit result.

    Returns:
        Markdown with a heading, the breakdown, a qualification table, gaps and
        suggestions.
    """
    lines = [
        f"## Fit score: {_score_text(result.score)} / 100 "
        f"({_VERDICT_LABEL[result.verdict]})",
        "",
    ]
    title = _title(result)
    if title:
        lines += [title, ""]
    lines += [breakdown_line(result), ""]
    lines += [
        "| Id | Qualification | Importance | Status | Evidence / reason |",
        "|---|---|---|---|---|",
    ]
    for a in result.assessments:
        detail = _evidence_text(a) or a.reason
        lines.append(
            f"| {_md_cell(a.qualification_id)} | {_md_cell(_clip(a.text))} | "
            f"{a.importance} | **{a.status}** | {_md_cell(detail)} |"
        )
    if result.gaps:
        lines += ["", "### Gaps", ""]
        lines += [
            f"- **{g.importance}, {g.status}** ({g.qualification_id}): "
            f"{g.message} _(costs {g.impact:.1f} points)_"
            for g in result.gaps
        ]
    if result.suggestions:
        lines += ["", "### Suggestions", ""]
        lines += [
            f"{n}. **{s.kind.replace('_', ' ')}** ({s.qualification_id}, "
            f"+{s.impact:.1f}): {s.message}"
            for n, s in enumerate(result.suggestions, 1)
        ]
    if result.notes:
        lines += ["", "### Notes", ""]
        lines += [f"- {note}" for note in result.notes]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- html


def _badge(text: str, color: str) -> str:
    return (
        f'<span style="display:inline-block;padding:1px 7px;border-radius:9px;'
        f'color:#fff;background:{color};font-size:0.85em">{html.escape(text)}</span>'
    )


def to_html(result: FitResult) -> str:
    """Render a result as self-contained HTML (inline CSS, no script).

    Args:
        result: A fit result.

    Returns:
        An HTML fragment suitable for a notebook (``_repr_html_``) or a page.
    """
    e = html.escape
    cell = 'style="padding:4px 8px;border-top:1px solid #d0d7de;vertical-align:top"'
    head = 'style="padding:4px 8px;text-align:left;border-bottom:2px solid #d0d7de"'
    out = [
        '<div style="font-family:system-ui,sans-serif;line-height:1.4;max-width:60em">',
        f'<div style="font-size:1.4em;font-weight:600">Fit score '
        f"{e(_score_text(result.score))} / 100 "
        f"{_badge(_VERDICT_LABEL[result.verdict], _VERDICT_COLOR[result.verdict])}"
        "</div>",
    ]
    title = _title(result)
    if title:
        out.append(f'<div style="color:#57606a">{e(title)}</div>')
    out.append(f"<p>{e(breakdown_line(result))}</p>")
    out.append('<table style="border-collapse:collapse;font-size:0.92em">')
    out.append(
        "<tr>"
        + "".join(
            f"<th {head}>{e(h)}</th>"
            for h in ("Id", "Qualification", "Importance", "Status", "Evidence")
        )
        + "</tr>"
    )
    for a in result.assessments:
        evidence = "<br>".join(
            f"“{e(_clip(ev.text))}”"
            + (
                f' <span style="color:#57606a">({e(ev.section)})</span>'
                if ev.section
                else ""
            )
            for ev in a.evidence
        )
        out.append(
            f"<tr><td {cell}>{e(a.qualification_id)}</td>"
            f"<td {cell}>{e(a.text)}</td>"
            f"<td {cell}>{e(a.importance)}</td>"
            f"<td {cell}>{_badge(a.status, _STATUS_COLOR[a.status])}</td>"
            f"<td {cell}>{evidence}"
            f'<div style="color:#57606a">{e(a.reason)}</div></td></tr>'
        )
    out.append("</table>")
    if result.gaps:
        out.append('<h4 style="margin-bottom:0.3em">Gaps</h4><ul>')
        out += [
            f"<li><b>{e(g.importance)}, {e(g.status)}</b> "
            f"({e(g.qualification_id)}): {e(g.message)} "
            f'<span style="color:#57606a">(costs {g.impact:.1f} points)</span></li>'
            for g in result.gaps
        ]
        out.append("</ul>")
    if result.suggestions:
        out.append('<h4 style="margin-bottom:0.3em">Suggestions</h4><ol>')
        out += [
            f"<li><b>{e(s.kind.replace('_', ' '))}</b> "
            f"({e(s.qualification_id)}, +{s.impact:.1f}): {e(s.message)}</li>"
            for s in result.suggestions
        ]
        out.append("</ol>")
    if result.notes:
        out.append('<h4 style="margin-bottom:0.3em">Notes</h4><ul>')
        out += [f"<li>{e(note)}</li>" for note in result.notes]
        out.append("</ul>")
    out.append("</div>")
    return "\n".join(out)


# --------------------------------------------------------------------------- text


def to_text(result: FitResult) -> str:
    """Render a result as plain text for a terminal.

    Args:
        result: A fit result.

    Returns:
        Plain text, one qualification per line, then gaps and suggestions.
    """
    lines = [
        f"Fit score: {_score_text(result.score)} / 100 "
        f"({_VERDICT_LABEL[result.verdict]})",
    ]
    title = _title(result)
    if title:
        lines.append(title)
    lines += [breakdown_line(result), "", "Qualifications:"]
    width = max((len(a.status) for a in result.assessments), default=7)
    for a in result.assessments:
        lines.append(
            f"  [{a.status:<{width}}] {a.qualification_id} ({a.importance}) "
            f"{_clip(a.text)}"
        )
        lines.append(f"      {a.reason}")
        if a.evidence:
            lines.append(f"      evidence: {_evidence_text(a)}")
    if result.gaps:
        lines += ["", "Gaps:"]
        lines += [
            f"  - {g.importance}, {g.status} ({g.qualification_id}): {g.message} "
            f"(costs {g.impact:.1f} points)"
            for g in result.gaps
        ]
    if result.suggestions:
        lines += ["", "Suggestions:"]
        lines += [
            f"  {n}. [{s.kind}] ({s.qualification_id}, +{s.impact:.1f}) {s.message}"
            for n, s in enumerate(result.suggestions, 1)
        ]
    if result.notes:
        lines += ["", "Notes:"]
        lines += [f"  - {note}" for note in result.notes]
    return "\n".join(lines) + "\n"
