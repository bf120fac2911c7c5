"""PDF backend: pdfminer.six layout analysis, one pass, text in reading order.

Each page goes through pdfminer's layout analysis once (the same work
``pdfminer.high_level.extract_text`` does); the text is then rebuilt from the
positioned text lines:

* **Columns.** A page is split into two columns when a vertical gutter leaves a
  substantial, densely written, left-aligned block of lines on each side. Lines
  that cross the gutter (a full-width name or contact line) cut the page into
  horizontal bands; inside a band the left column is read fully, then the right.
* **Rows.** Inside a column, lines sharing a baseline form one row, read left to
  right (so a right-aligned date stays on its job's line).
* **Paragraphs.** A vertical gap wider than ~0.7 line heights starts a new
  paragraph (blank line); a wrapped list item (hanging indent after a bullet,
  or a continuation starting in lower case) is joined back onto one line.
* **Hidden text.** Characters a reader cannot see are dropped and counted in a
  warning, so keyword stuffing never becomes evidence: text drawn in
  invisible render mode (3 or 7), white text with no image or dark filled shape
  under it, and text under 1.5 pt. White text on a dark sidebar and the
  invisible text layer of an OCR'd scan (drawn over its page image) are kept.

pdfminer is imported inside :func:`parse_pdf` only.
"""

from __future__ import annotations

import bisect
import io
import itertools
import logging
import re
import statistics
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from resumefit._parsers._text import BULLET_CHARS, count_noise
from resumefit.errors import (
    CorruptDocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
    ImageOnlyDocumentError,
    ResumefitError,
)

__all__ = ["PdfResult", "parse_pdf"]

_BULLETS = frozenset(BULLET_CHARS) | frozenset("\uf0b7\uf0a7\uf0a8\uf076\uf0d8\uf0fc")
_END_PUNCT = tuple(".:;!?")


@dataclass(frozen=True)
class PdfResult:
    """Raw (not yet normalised) text of a PDF and what was learnt about it."""

    text: str
    pages: int
    columns: int
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class _Line:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 0.1)


def _short(value: str) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


_HYPHEN_RUN = re.compile("[-\xad\u2010\u2011]{2,}")
_INLINE_BREAK = re.compile("[\r\n\x0b\x0c]+")


def _clean_line(text: str) -> str:
    """One layout line's text: stray CR/LF inside it (Word exports) become spaces.

    PDF fonts often map the visible hyphen glyph to U+00AD (soft hyphen); in a
    PDF it is always drawn, so it is kept as "-" ("high-impact", "2019 - 2021"),
    and runs of mixed hyphen glyphs (hyphen, soft hyphen, U+2010) collapse to one.
    """
    text = _INLINE_BREAK.sub(" ", text.strip())
    return _HYPHEN_RUN.sub("-", text.replace("\xad", "-"))


#: Text smaller than this (in points) cannot be read on paper.
_TINY_PT = 1.5
#: Text render modes that paint nothing (3: invisible, 7: clip only).
_INVISIBLE_MODES = frozenset({3, 7})
#: A colour component at least this light (gray, RGB) or this faint (CMYK) is white.
_WHITE = 0.97
_Box = tuple[float, float, float, float]


def _is_pale(
    color: Any, threshold: float, space: str | None = None, components: int = 0
) -> bool:
    """True when every ink of ``color`` is at most ``1 - threshold`` (no ink: white).

    ``space`` is the colour space's name: a Separation or DeviceN colour is a
    tint of an ink, pale only near tint 0 (a Pantone blue at tint 1 is not);
    a pattern or a palette index cannot be judged.
    """
    if isinstance(color, (int, float)):
        color = (color,)
    if not isinstance(color, (tuple, list)) or not color:
        return False
    values = [float(v) for v in color if isinstance(v, (int, float))]
    if len(values) != len(color) or space in ("Pattern", "Indexed"):
        return False
    n = components or len(values)
    if space in ("Separation", "DeviceN") or n == 4:
        return all(v <= 1 - threshold for v in values)
    if n in (1, 3):
        return all(v >= threshold for v in values)
    return False


#: A backdrop this light (gray/RGB components at least, CMYK at most 1 minus)
#: leaves white text on it unreadable.
_LIGHT = 0.85


#: Least share of the page an image covers to be a scanned page under an OCR
#: text layer (invisible text over a small image is stuffing, not OCR).
_SCAN_SHARE = 0.5
#: Least stroke width (points) for a dark line to be a band light text sits on.
_BAND_STROKE = 3.0


@dataclass
class _Backdrops:
    """What light or invisible text on a page may legitimately be drawn over."""

    boxes: list[_Box] = field(default_factory=list)  # images, dark shapes, bands
    scans: list[_Box] = field(default_factory=list)  # page-sized images
    shaded: bool = False  # a gradient was painted: pdfminer gives it no shape


def _backdrops(
    container: Iterable[Any], page_area: float, out: _Backdrops
) -> _Backdrops:
    """Collect images, dark filled shapes and thick dark strokes of a page."""
    from pdfminer.layout import LTCurve, LTFigure, LTImage

    for child in container:
        if isinstance(child, LTImage):
            box = (child.x0, child.y0, child.x1, child.y1)
            out.boxes.append(box)
            if child.width * child.height >= _SCAN_SHARE * page_area:
                out.scans.append(box)
        elif isinstance(child, LTCurve):
            if child.fill and not _is_pale(
                child.non_stroking_color, _LIGHT, getattr(child, "rf_ncs", None)
            ):
                out.boxes.append((child.x0, child.y0, child.x1, child.y1))
            elif (
                child.stroke
                and child.linewidth >= _BAND_STROKE
                and not _is_pale(
                    child.stroking_color, _LIGHT, getattr(child, "rf_scs", None)
                )
            ):
                half = child.linewidth / 2
                out.boxes.append(
                    (child.x0 - half, child.y0 - half, child.x1 + half, child.y1 + half)
                )
        elif isinstance(child, LTFigure):
            # A figure is a form XObject or an image holder: its children say.
            _backdrops(child, page_area, out)
    return out


def _on_any(char: Any, boxes: list[_Box]) -> bool:
    x = (char.x0 + char.x1) / 2
    y = (char.y0 + char.y1) / 2
    return any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in boxes)


def _hidden(char: Any, backdrops: _Backdrops) -> bool:
    """True when a reader cannot see ``char`` (an LTChar) on the page."""
    if char.size < _TINY_PT:
        return True
    if getattr(char, "rf_invisible", False):
        return not _on_any(char, backdrops.scans)  # an OCR layer over a scan
    ncs = getattr(char, "ncs", None)
    if not _is_pale(
        char.graphicstate.ncolor,
        _WHITE,
        getattr(ncs, "name", None),
        int(getattr(ncs, "ncomponents", 0) or 0),
    ):
        return False
    return not (backdrops.shaded or _on_any(char, backdrops.boxes))


def _visible_text(line: Any, backdrops: _Backdrops) -> tuple[str, int]:
    """A layout line's text without hidden characters, and how many were hidden."""
    from pdfminer.layout import LTChar

    parts: list[str] = []
    hidden = 0
    for item in line:
        if isinstance(item, LTChar) and _hidden(item, backdrops):
            hidden += 1
            parts.append(" ")
        else:
            parts.append(item.get_text())
    text = "".join(parts)
    if hidden:
        text = " ".join(text.split())
    return _clean_line(text), hidden


def _collect_lines(
    container: Iterable[Any], out: list[_Line], backdrops: _Backdrops
) -> int:
    """Append the visible text lines of ``container``; return hidden characters."""
    from pdfminer.layout import LTFigure, LTTextBox, LTTextLine

    hidden = 0
    for child in container:
        lines: Iterable[Any]
        if isinstance(child, LTTextBox):
            lines = child
        elif isinstance(child, LTTextLine):
            lines = (child,)
        elif isinstance(child, LTFigure):
            hidden += _collect_lines(child, out, backdrops)
            continue
        else:
            continue
        for line in lines:
            if not isinstance(line, LTTextLine):  # pragma: no cover - layout quirk
                continue  # type: ignore[unreachable]
            text, dropped = _visible_text(line, backdrops)
            hidden += dropped
            if text:
                out.append(_Line(line.x0, line.y0, line.x1, line.y1, text))
    return hidden


def _interpreter(manager: Any, device: Any) -> Any:
    """A page interpreter that notes whether a page paints a shading (gradient)."""
    from pdfminer.pdfinterp import PDFPageInterpreter

    class _Interpreter(PDFPageInterpreter):
        shaded = False

        def process_page(self, page: Any) -> None:
            type(self).shaded = False
            super().process_page(page)

        def do_sh(self, name: object) -> None:
            type(self).shaded = True  # shared with form XObject sub-interpreters
            super().do_sh(name)

    return _Interpreter(manager, device)


def _aggregator(manager: Any, laparams: Any) -> Any:
    """A page aggregator that marks characters drawn in an invisible render mode."""
    from pdfminer.converter import PDFPageAggregator

    class _Aggregator(PDFPageAggregator):
        def render_string(
            self, textstate: Any, seq: Any, ncs: Any, graphicstate: Any
        ) -> None:
            if textstate.render not in _INVISIBLE_MODES:
                super().render_string(textstate, seq, ncs, graphicstate)
                return
            before = len(self.cur_item._objs)
            super().render_string(textstate, seq, ncs, graphicstate)
            for obj in self.cur_item._objs[before:]:
                setattr(obj, "rf_invisible", True)  # noqa: B010 - not a declared slot

        def paint_path(
            self, gstate: Any, stroke: bool, fill: bool, evenodd: bool, path: Any
        ) -> None:
            before = len(self.cur_item._objs)
            super().paint_path(gstate, stroke, fill, evenodd, path)
            for obj in self.cur_item._objs[before:]:
                # The colour spaces, so a spot-ink (Separation) fill is judged
                # by its tint, not read as a gray level.
                setattr(obj, "rf_ncs", getattr(gstate.ncs, "name", None))  # noqa: B010
                setattr(obj, "rf_scs", getattr(gstate.scs, "name", None))  # noqa: B010

    return _Aggregator(manager, laparams=laparams)


# --------------------------------------------------------------------------- layout


def _chars(lines: Iterable[_Line]) -> int:
    return sum(len(line.text) for line in lines)


def _dense(lines: list[_Line]) -> bool:
    """True when most consecutive lines sit close together (a block of text)."""
    if len(lines) < 4:
        return False
    ordered = sorted(lines, key=lambda line: -line.y1)
    height = statistics.median(line.height for line in ordered)
    gaps = [
        (upper.y0 + upper.y1) / 2 - (lower.y0 + lower.y1) / 2
        for upper, lower in itertools.pairwise(ordered)
    ]
    close = sum(1 for gap in gaps if gap <= 2.5 * height)
    return close >= 0.5 * len(gaps)


def _left_aligned(lines: list[_Line]) -> bool:
    """True when most text starts at one left edge (not right-aligned dates)."""
    weights: dict[int, int] = {}
    for row in _rows(lines):
        key = round(row[0].x0 / 4)
        weights[key] = weights.get(key, 0) + sum(len(line.text) for line in row)
    total = sum(weights.values())
    best = max(
        sum(weights.get(key + delta, 0) for delta in (-1, 0, 1)) for key in weights
    )
    return best >= 0.4 * total


def _starts_at(lines: list[_Line], split: float, slack: float) -> bool:
    """True when most of the right-hand text starts just right of the gutter."""
    near = total = 0
    for row in _rows(lines):
        chars = sum(len(line.text) for line in row)
        total += chars
        if split - 1 <= row[0].x0 <= split + slack:
            near += chars
    return near >= 0.6 * total


def _paired(right: list[_Line], left: list[_Line]) -> float:
    """Share of right-hand lines sitting on the baseline of a left-hand line."""
    baselines = sorted(line.y0 for line in left)
    paired = 0
    for line in right:
        index = bisect.bisect_left(baselines, line.y0 - 1.0)
        if index < len(baselines) and baselines[index] <= line.y0 + 1.0:
            paired += 1
    return paired / len(right)


def _find_gutter(lines: list[_Line], width: float) -> float | None:
    """Return the x of a two-column gutter on this page, or None for one column."""
    total = _chars(lines)
    if total < 200 or len(lines) < 8:
        return None
    candidates = sorted(
        {round(line.x0) for line in lines if 0.2 * width <= line.x0 <= 0.8 * width}
    )
    best: tuple[float, float] | None = None
    for split in candidates:
        left = [line for line in lines if line.x1 <= split + 1]
        right = [line for line in lines if line.x0 >= split - 1]
        left_chars, right_chars = _chars(left), _chars(right)
        cross_chars = total - left_chars - right_chars
        if min(left_chars, right_chars) < 0.15 * total or cross_chars > 0.25 * total:
            continue
        top = min(max(line.y1 for line in left), max(line.y1 for line in right))
        bottom = max(min(line.y0 for line in left), min(line.y0 for line in right))
        if top - bottom <= 0:
            continue
        if not (_dense(left) and _dense(right) and _left_aligned(right)):
            continue
        if not _starts_at(right, split, 0.08 * width):
            continue
        if _paired(right, left) > 0.7:
            continue  # dates/locations at a tab stop, each beside its title row
        score = min(left_chars, right_chars) - 3 * cross_chars
        if best is None or score > best[0]:
            best = (score, float(split))
    return None if best is None else best[1]


def _rows(lines: list[_Line]) -> list[list[_Line]]:
    """Group lines that share a baseline into rows, top to bottom, left to right."""
    rows: list[list[_Line]] = []
    low = high = 0.0
    for line in sorted(lines, key=lambda item: (-item.y1, item.x0)):
        centre = (line.y0 + line.y1) / 2
        if rows and low <= centre <= high:
            rows[-1].append(line)
            low, high = min(low, line.y0), max(high, line.y1)
        else:
            rows.append([line])
            low, high = line.y0, line.y1
    for row in rows:
        row.sort(key=lambda item: item.x0)
    return rows


def _starts_with_bullet(text: str) -> bool:
    return bool(text) and text[0] in _BULLETS and (len(text) == 1 or text[1] == " ")


def _wrapped(prev: list[_Line], row: list[_Line], text: str, right: float) -> bool:
    """True when ``row`` continues ``prev``: its first word would not have fitted."""
    if len(prev) > 1 or len(row) > 1 or abs(row[0].x0 - prev[0].x0) > 3:
        return False
    last, line = prev[0], row[0]
    if abs(last.height - line.height) > 0.15 * max(last.height, line.height):
        return False  # a heading and its first line, or a name and its contact line
    if last.text.endswith(_END_PUNCT) or _starts_with_bullet(text):
        return False
    if text[:1].islower():
        return True
    if text[:1].isdigit():
        return False  # a year or date line under an entry
    char_width = (last.x1 - last.x0) / max(len(last.text), 1)
    first_word = text.split(" ", 1)[0]
    return (len(first_word) + 1) * char_width > right - last.x1 + char_width


def _join(last: str, text: str) -> str:
    if last.endswith("-") and last[-2:-1].isalpha() and text[:1].isalpha():
        return last + text
    return f"{last} {text}"


def _column_text(lines: list[_Line]) -> list[str]:
    """Text of one column: rows, paragraph breaks, wrapped items joined."""
    rows = _rows(lines)
    if not rows:
        return []
    height = statistics.median(min(line.height for line in row) for row in rows)
    right = max(line.x1 for line in lines)
    out: list[str] = []
    prev: list[_Line] | None = None
    item_x0: float | None = None  # left edge of the open bullet item, if any
    for row in rows:
        text = " ".join(line.text for line in row)
        if prev is not None:
            gap = min(line.y0 for line in prev) - max(line.y1 for line in row)
            if gap > 0.7 * height:
                out.append("")
                item_x0 = None
            elif out and out[-1]:
                hanging = (
                    item_x0 is not None
                    and len(row) == 1
                    and row[0].x0 > item_x0 + 1.5
                    and not _starts_with_bullet(text)
                )
                if hanging or _wrapped(prev, row, text, right):
                    out[-1] = _join(out[-1], text)
                    prev = row
                    continue
        out.append(text)
        item_x0 = row[0].x0 if _starts_with_bullet(text) else None
        prev = row
    return out


def _page_text(lines: list[_Line], width: float) -> tuple[str, bool]:
    split = _find_gutter(lines, width)
    if split is None:
        return "\n".join(_column_text(lines)), False
    blocks: list[str] = []
    # A header above the columns (name, contact row) is read as one column.
    rows = _rows(lines)
    first = next(
        (i for i, row in enumerate(rows) if any(abs(ln.x0 - split) <= 2 for ln in row)),
        0,
    )
    header = [line for row in rows[:first] for line in row]
    if first and len(rows[:first]) <= 8 and _chars(header) <= 0.25 * _chars(lines):
        blocks.append("\n".join(_column_text(header)))
        lines = [line for row in rows[first:] for line in row]
    crossing = sorted(
        (line for line in lines if line.x0 < split - 1 and line.x1 > split + 1),
        key=lambda line: -line.y1,
    )
    remaining = [
        line for line in lines if not (line.x0 < split - 1 and line.x1 > split + 1)
    ]
    # Bands: the stretches between full-width lines, top to bottom.
    edges = [
        float("inf"),
        *[(line.y0 + line.y1) / 2 for line in crossing],
        float("-inf"),
    ]
    for index in range(len(edges) - 1):
        upper, lower = edges[index], edges[index + 1]
        band = [line for line in remaining if lower < (line.y0 + line.y1) / 2 <= upper]
        left = [line for line in band if line.x1 <= split + 1]
        right = [line for line in band if line.x0 >= split - 1]
        for part in (left, right):
            if part:
                blocks.append("\n".join(_column_text(part)))
        if index < len(crossing):
            blocks.append("\n".join(_column_text([crossing[index]])))
    return "\n\n".join(block for block in blocks if block), True


# --------------------------------------------------------------------------- entry


def _iter_pages(document: Any, name: str, max_pages: int) -> Iterator[Any]:
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import resolve1

    count: int | None = None
    try:
        count = int(resolve1(resolve1(document.catalog["Pages"])["Count"]))
    except Exception:
        count = None
    if count is not None and count > max_pages:
        raise _too_many_pages(name, count, max_pages)
    for number, page in enumerate(PDFPage.create_pages(document), start=1):
        if number > max_pages:
            raise _too_many_pages(name, None, max_pages)
        yield page


def _too_many_pages(
    name: str, count: int | None, max_pages: int
) -> DocumentTooLargeError:
    pages = f"{count} pages" if count is not None else f"more than {max_pages} pages"
    msg = (
        f"PDF {_short(name)} has {pages}; resumefit reads at most "
        f"max_pages={max_pages}. Pass a larger max_pages= or split the file."
    )
    return DocumentTooLargeError(msg)


def _quiet_pdfminer() -> None:
    """Stop pdfminer's font warnings reaching stderr via logging's last resort.

    A NullHandler on the "pdfminer" logger only matters when the application
    configured no logging; records still propagate to any handlers it did set.
    """
    logger = logging.getLogger("pdfminer")
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())


def parse_pdf(data: bytes, *, name: str, max_pages: int = 50) -> PdfResult:
    """Extract a PDF's text in reading order (column by column).

    Args:
        data: The PDF file's bytes.
        name: File name (or ``"<bytes>"``) for messages.
        max_pages: Pages read at most; more raise DocumentTooLargeError.

    Returns:
        The raw text (to be normalised), page count, most columns on a page and
        warnings.

    Raises:
        EncryptedDocumentError: A user password is needed to open it.
        ImageOnlyDocumentError: Pages but no text layer.
        CorruptDocumentError: Truncated or malformed.
        DocumentTooLargeError: More than ``max_pages`` pages.
    """
    _quiet_pdfminer()
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import (
        PDFDocument,
        PDFEncryptionError,
        PDFPasswordIncorrect,
    )
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfparser import PDFParser

    def corrupt(detail: str) -> CorruptDocumentError:
        msg = (
            f"PDF {_short(name)} is corrupt or truncated ({detail}). Re-export or "
            "re-download the file, or pass its text directly."
        )
        return CorruptDocumentError(msg, source=name, format="pdf")

    if b"%%EOF" not in data[-2048:]:
        detail = "no %%EOF marker at the end: the file was cut short"
        raise corrupt(detail)
    page_texts: list[str] = []
    warnings: list[str] = []
    columns = 1
    noise = 0
    hidden = 0
    try:
        parser = PDFParser(io.BytesIO(data))
        document = PDFDocument(parser, password="")
        manager = PDFResourceManager(caching=True)
        device = _aggregator(manager, LAParams(all_texts=True))
        interpreter = _interpreter(manager, device)
        for number, page in enumerate(_iter_pages(document, name, max_pages), start=1):
            interpreter.process_page(page)
            layout = device.get_result()
            lines: list[_Line] = []
            page_area = float(layout.width) * float(layout.height)
            marks = _backdrops(layout, page_area, _Backdrops())
            marks.shaded = interpreter.shaded
            hidden += _collect_lines(layout, lines, marks)
            noise += sum(count_noise(line.text) for line in lines)
            text, two = _page_text(lines, float(layout.width))
            if two:
                columns = 2
                warnings.append(
                    f"two-column layout detected on page {number}: "
                    "read column by column"
                )
            page_texts.append(text)
    except ResumefitError:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        msg = (
            f"PDF {_short(name)} is password-protected ({type(exc).__name__}). "
            "Remove the password (e.g. print to a new PDF) and try again."
        )
        raise EncryptedDocumentError(msg, source=name, format="pdf") from exc
    except Exception as exc:
        # pdfminer reports damaged files through many unrelated exception types
        # (struct.error, KeyError, TypeError, AssertionError, PSEOF, ...); none
        # may escape the public API, so every one becomes CorruptDocumentError
        # with the original type named and chained for debugging.
        detail = f"{type(exc).__name__}: {str(exc)[:60]}"
        raise corrupt(detail) from exc
    if not page_texts:
        detail = "no pages"
        raise corrupt(detail)
    if hidden:
        warnings.append(
            f"dropped {hidden} characters of hidden text (invisible, white on "
            "white or under 1.5 pt): not read and never counted as evidence"
        )
    if not any(text.strip() for text in page_texts):
        if hidden:
            msg = (
                f"PDF {_short(name)} has only hidden text ({hidden} characters "
                "invisible, white on white or under 1.5 pt). Export the resume "
                "with its text visible, or pass the text directly."
            )
            raise EmptyDocumentError(msg)
        msg = (
            f"PDF {_short(name)} has no extractable text layer (scanned image?). "
            "OCR it first or pass the text directly."
        )
        raise ImageOnlyDocumentError(msg, source=name, format="pdf")
    if noise:
        warnings.append(f"dropped {noise} icon-font glyphs (private-use characters)")
    return PdfResult(
        text="\n\n".join(page_texts),
        pages=len(page_texts),
        columns=columns,
        warnings=tuple(warnings),
    )
