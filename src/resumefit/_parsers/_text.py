"""Text backends: byte decoding, normalisation, Markdown and HTML to plain text.

Only the standard library is used here, so these helpers are cheap to import.
Every backend hands its output to :func:`normalise_text`, which defines the one
text form that all spans in resumefit index into.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from html.parser import HTMLParser

__all__ = [
    "BULLET_CHARS",
    "decode_bytes",
    "html_to_text",
    "looks_like_html",
    "markdown_to_text",
    "normalise_text",
]

#: Glyphs kept as list markers (a line that is only one of these is joined to the next).
BULLET_CHARS = "•◦▪▫■□●○◆◇►▶▸‣⁃∙·–-*➢➤✓✔❖"

# Private-use code points that Word/Symbol fonts use as bullets: mapped to "•".
_PUA_BULLETS = "\uf0b7\uf0a7\uf0a8\uf076\uf0d8\uf0fc\uf0e0\uf06c\uf06e\uf0a1"

_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_ODD_SPACES = (
    "\t\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u202f\u205f\u3000"
)
_LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_HYPHENS = "\u2010\u2011"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033"
_ZERO_WIDTH = "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\ufeff"


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in [*range(0x20), 0x7F, *range(0x80, 0xA0)]:
        table[code] = None
    for char in _ODD_SPACES:
        table[ord(char)] = " "
    for char in _LINE_BREAKS:
        table[ord(char)] = "\n"
    for char in _ZERO_WIDTH:
        table[ord(char)] = None
    for char in _PUA_BULLETS:
        table[ord(char)] = "•"
    for char, repl in _LIGATURES.items():
        table[ord(char)] = repl
    for char in _HYPHENS:
        table[ord(char)] = "-"
    for char in _SINGLE_QUOTES:
        table[ord(char)] = "'"
    for char in _DOUBLE_QUOTES:
        table[ord(char)] = '"'
    table[ord("\n")] = "\n"
    table[ord("\r")] = "\n"
    return table


_TABLE = _build_table()
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
_CID = re.compile(r"\(cid:\d+\)")
_SPACES = re.compile(r" {2,}")
_BLANKS = re.compile(r"\n{3,}")
_BULLET_ONLY = re.compile("^[" + re.escape(BULLET_CHARS) + "]$")


def count_noise(text: str) -> int:
    """Count icon-font glyphs (private-use code points and ``(cid:N)`` tokens).

    Args:
        text: Raw text from a backend, before normalisation.

    Returns:
        How many glyphs :func:`normalise_text` will drop as noise (PUA bullets
        that become "•" are not counted).
    """
    pua = sum(1 for m in _PRIVATE_USE.finditer(text) if m.group() not in _PUA_BULLETS)
    return pua + len(_CID.findall(text))


def normalise_text(text: str) -> str:
    r"""Return the canonical text form every resumefit span indexes into.

    Line endings become ``\\n``; tabs, no-break and other odd spaces become a
    space and runs of spaces collapse to one; zero-width, control and
    private-use (icon font) characters and ``(cid:N)`` glyph codes are dropped
    (common private-use bullets become "•"); curly quotes become straight
    quotes and Unicode hyphens (U+2010, U+2011) "-"; ligatures are spelled out; each
    line is stripped; a line holding only a bullet glyph is joined to the next
    line; three or more newlines collapse to two; leading and trailing blank
    lines are removed. The result is NFC-normalised and the function is
    idempotent.

    Args:
        text: Any text.

    Returns:
        The normalised text (possibly empty).
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    text = text.translate(_TABLE)
    text = _PRIVATE_USE.sub("", _CID.sub("", text))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    merged: list[str] = []
    pending: str | None = None
    for line in lines:
        if pending is not None:
            if not line:
                continue
            if _BULLET_ONLY.match(line):
                pending = line  # an empty list item: keep only the last marker
                continue
            merged.append(f"{pending} {line}")
            pending = None
            continue
        if _BULLET_ONLY.match(line):
            pending = line
            continue
        merged.append(line)
    if pending is not None:
        merged.append(pending)
    out = _BLANKS.sub("\n\n", "\n".join(merged))
    return out.strip("\n")


# --------------------------------------------------------------------------- bytes


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _guess_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode text bytes: BOM first, then UTF-8, UTF-16 (by NUL pattern), cp1252.

    Bytes that cp1252 leaves undefined fall back to Latin-1, so decoding never
    fails.

    Args:
        data: Raw file content.

    Returns:
        ``(text, encoding)``: the decoded text and the codec name used.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), name
    utf16 = _guess_utf16(data)
    if utf16 is not None:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def binary_share(text: str) -> float:
    """Share of characters in ``text[:4096]`` that never occur in real text.

    Args:
        text: Decoded text.

    Returns:
        A fraction in [0, 1]; text files score near 0, binary files high.
    """
    sample = text[:4096]
    if not sample:
        return 0.0
    bad = sum(
        1
        for ch in sample
        if (ch < " " and ch not in "\t\n\r\x0c")
        or ch == "\ufffd"
        or "\x7f" <= ch < "\xa0"
    )
    return bad / len(sample)


# --------------------------------------------------------------------------- HTML

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html|head|body)\b", re.I
)
_HTML_TAGS = re.compile(
    r"<(?:p|div|br|li|ul|ol|h[1-6]|span|strong|b|em|a\s+href|table|tr|td|section)\b[^>]*>",
    re.I,
)

_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "dd", "details", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
        "caption",
    }
)  # fmt: skip
_SKIP_TAGS = frozenset({"script", "style", "head", "title", "noscript", "template"})
_CELL_TAGS = frozenset({"td", "th"})
_PARAGRAPH_TAGS = frozenset({"p", "table", "hr", "blockquote", "pre"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def looks_like_html(text: str) -> bool:
    """Return True when ``text`` starts like an HTML page or is dense with tags.

    Args:
        text: Decoded text.

    Returns:
        Whether to parse it as HTML.
    """
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return head.lstrip().startswith("<") and len(_HTML_TAGS.findall(head)) >= 2


class _HTMLToText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.pre_depth = 0
        self.lists: list[list[int]] = []  # per open list: [is_ordered, counter]
        self.cell_open = False

    def _trailing_newlines(self) -> int:
        count = 0
        for part in reversed(self.parts):
            stripped = part.rstrip(" ")
            if not stripped:
                continue
            count += len(stripped) - len(stripped.rstrip("\n"))
            if stripped.strip("\n"):
                break
        return count if self.parts else 2

    def _ensure(self, newlines: int) -> None:
        """End the output with at least ``newlines`` newlines (block boundaries)."""
        while self.parts and self.parts[-1] == " ":
            self.parts.pop()
        missing = newlines - self._trailing_newlines()
        if missing > 0:
            self.parts.append("\n" * missing)

    def _newline(self) -> None:
        self._ensure(1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        del attrs
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
            return
        if self.skip_depth:
            return
        if tag == "br":
            self.parts.append("\n")
        elif tag in ("ul", "ol"):
            self.lists.append([int(tag == "ol"), 0])
            self._ensure(1)
        elif tag == "li":
            self._ensure(1)
            if self.lists and self.lists[-1][0]:
                self.lists[-1][1] += 1
                self.parts.append(f"{self.lists[-1][1]}. ")
            else:
                self.parts.append("• ")
        elif tag in _CELL_TAGS:
            if self.cell_open:
                self.parts.append(" | ")
            self.cell_open = True
        elif tag in _BLOCK_TAGS:
            if tag == "tr":
                self.cell_open = False
            if tag == "pre":
                self.pre_depth += 1
            self._ensure(2 if tag in _PARAGRAPH_TAGS or tag in _HEADING_TAGS else 1)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.skip_depth:
            return
        if tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
            self._ensure(1)
        elif tag in _BLOCK_TAGS:
            if tag == "pre":
                self.pre_depth = max(0, self.pre_depth - 1)
            if tag == "tr":
                self.cell_open = False
            self._ensure(2 if tag in _PARAGRAPH_TAGS else 1)

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.pre_depth:
            self.parts.append(data)
            return
        text = re.sub(r"\s+", " ", data)
        if text == " ":
            if self.parts and not self.parts[-1].endswith(("\n", " ")):
                self.parts.append(" ")
            return
        if self.parts and self.parts[-1].endswith("\n"):
            text = text.lstrip()
        self.parts.append(text)


def html_to_text(html: str) -> str:
    """Convert HTML to plain text (not yet normalised).

    Block elements end lines, ``<li>`` becomes "• item" (or "1. item" inside
    ``<ol>``), headings get their own paragraph, table cells are joined with
    " | ", ``<script>``/``<style>``/``<head>`` are skipped and entities are
    unescaped.

    Args:
        html: HTML source.

    Returns:
        Plain text; pass it to :func:`normalise_text`.
    """
    parser = _HTMLToText()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


# --------------------------------------------------------------------------- Markdown

_MD_HEADING = re.compile(r"^ {0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$")
_MD_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)\s*$")
_MD_RULE = re.compile(r"^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_MD_BULLET = re.compile(r"^(\s*)[-*+]\s+(?:\[[ xX]\]\s+)?")
_MD_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_MD_FENCE = re.compile(r"^\s*(?:```|~~~)")
_MD_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
_MD_EM_UNDER = re.compile(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])")
_MD_CODE = re.compile(r"`+([^`]*)`+")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_MD_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_MD_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_MD_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+")
_SENTENCE_END = tuple(".:;!?")
_MD_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s+\S+")


def _md_inline(line: str) -> str:
    line = _MD_CODE.sub(r"\1", line)
    line = _MD_IMAGE.sub(r"\1", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_REF_LINK.sub(r"\1", line)
    line = _MD_AUTOLINK.sub(r"\1", line)
    line = _MD_TAG.sub("", line)
    line = _MD_STRONG.sub(r"\2", line)
    line = _MD_EM_STAR.sub(r"\1", line)
    line = _MD_EM_UNDER.sub(r"\1", line)
    return _MD_ESCAPE.sub(r"\1", line)


def markdown_to_text(markdown: str) -> str:
    """Convert Markdown to plain text (not yet normalised).

    "# Heading" becomes the heading text, ``**``/``__``/``*``/``_``/backticks are
    stripped, ``[text](url)`` becomes ``text``, "-", "*" and "+" list markers
    become "• " (numbered items keep "1."), block quotes and code fences lose
    their markers, table separator rows and rules are dropped, HTML comments
    and inline HTML tags are removed.

    Args:
        markdown: Markdown source.

    Returns:
        Plain text; pass it to :func:`normalise_text`.
    """
    out: list[str] = []
    in_fence = False
    markdown = markdown.replace("\r\n", "\n").replace("\r", "\n")
    # HTML comments vanish (keeping their line count); inline tags are dropped.
    markdown = _MD_COMMENT.sub(lambda m: "\n" * m.group().count("\n"), markdown)
    joinable = False  # out[-1] is paragraph or list text that a line may continue
    in_item = False  # out[-1] belongs to a list item
    for index, raw in enumerate(markdown.split("\n")):
        if _MD_FENCE.match(raw):
            in_fence = not in_fence
            joinable = in_item = False
            continue
        if in_fence:
            out.append(raw)
            continue
        line = _MD_QUOTE.sub("", raw)
        if _MD_SETEXT.match(line) and index > 0 and out and out[-1].strip():
            out.append("")
            joinable = in_item = False
            continue
        if _MD_RULE.match(line) or _MD_TABLE_SEP.match(line) or _MD_REF_DEF.match(line):
            out.append("")
            joinable = in_item = False
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            out.append(_md_inline(heading.group(1) or ""))
            joinable = in_item = False
            continue
        hard_break = line.endswith(("  ", "\\"))
        line = line.rstrip().removesuffix("\\")
        bullet = _MD_BULLET.match(line)
        numbered = _MD_NUMBERED.match(line)
        stripped = line.strip()
        is_table = (
            stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1
        )
        # A soft-wrapped line continues the paragraph or list item above it:
        # an indented line under an item, or a line starting in lower case.
        if (
            joinable
            and stripped
            and not (bullet or numbered or is_table)
            and (
                (in_item and raw[:1].isspace())
                or (stripped[0].islower() and not out[-1].endswith(_SENTENCE_END))
            )
        ):
            out[-1] = f"{out[-1]} {_md_inline(stripped)}"
            joinable = not hard_break
            continue
        if bullet:
            line = "• " + line[bullet.end() :]
        if is_table:
            cells = [cell.strip() for cell in stripped[1:-1].split("|")]
            line = " | ".join(cells)
        out.append(_md_inline(line))
        in_item = bool(bullet or numbered) or (in_item and bool(stripped))
        joinable = bool(stripped) and not is_table and not hard_break
    return "\n".join(out)
