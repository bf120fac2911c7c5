"""DOCX backend: WordprocessingML to text in reading order, with zip/XML safety checks.

The package is read with :mod:`zipfile` and the standard-library XML parser
(python-docx is not needed to read text, and skipping it keeps a resume under
a few milliseconds). Before anything is parsed:

* the archive must open (else :class:`CorruptDocumentError`);
* member count and total uncompressed size are capped, and a suspicious
  compression ratio is refused (:class:`UnsafeDocumentError`): a zip bomb
  cannot exhaust memory because members are read with their declared size as
  a hard limit;
* XML with ``<!DOCTYPE`` or ``<!ENTITY`` is refused (billion laughs, XXE).

Reading order: headers (deduplicated across sections) first, then the body —
paragraphs, tables (nested too), content controls (``w:sdt``), hyperlinks,
text boxes (``w:txbxContent``; inside ``mc:AlternateContent`` only
``mc:Choice`` is read, never the ``mc:Fallback`` duplicate) — then footers.
List paragraphs (``w:numPr``) get a "• " prefix. Table rows: when any cell
holds more than one line (a layout table) each cell's content is emitted in
turn, so a table-based two-column resume reads column by column; otherwise
the row's cells are joined with " | ".
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterable
from xml.etree import ElementTree as ET

from resumefit._parsers._sniff import OLE2_MAGIC, is_encrypted_ole2
from resumefit.errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    UnsafeDocumentError,
    UnsupportedFormatError,
)

__all__ = ["MAX_MEMBERS", "MAX_RATIO", "MAX_UNCOMPRESSED", "parse_docx"]

#: Most members a DOCX archive may hold.
MAX_MEMBERS = 2000
#: Largest total uncompressed size accepted, in bytes.
MAX_UNCOMPRESSED = 200 * 1024 * 1024
#: Largest compression ratio accepted once the content passes 10 MB.
MAX_RATIO = 100
_RATIO_FLOOR = 10 * 1024 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_HEADING_STYLE = re.compile(r"^(?:Heading\d|Title)$")
_UNSAFE_XML = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.I)

# Run-level containers whose children are read in order.
_INLINE_CONTAINERS = frozenset(
    _W + name
    for name in (
        "hyperlink", "ins", "smartTag", "fldSimple", "customXml", "sdtContent",
        "moveTo", "bdo", "dir",
    )
)  # fmt: skip
# Elements never read (deleted text, field instructions, properties).
_SKIP = frozenset(
    _W + name
    for name in (
        "del", "moveFrom", "instrText", "delText", "rPr", "pPr", "sdtPr", "sdtEndPr",
        "tblPr", "tblGrid", "trPr", "tcPr", "sectPr", "commentReference",
        "footnoteReference", "endnoteReference",
    )
)  # fmt: skip


def _short(value: str) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


class _Reader:
    """Walks WordprocessingML, collecting lines; text boxes go after their paragraph."""

    def __init__(self, list_styles: frozenset[str] = frozenset()) -> None:
        self.list_styles = list_styles

    # ---- blocks
    def blocks(self, container: ET.Element) -> list[str]:
        lines: list[str] = []
        for child in container:
            tag = child.tag
            if tag == _W + "p":
                lines.extend(self.paragraph(child))
            elif tag == _W + "tbl":
                lines.extend(self.table(child))
            elif tag in (_W + "sdt", _W + "customXml"):
                content = child.find(_W + "sdtContent") if tag == _W + "sdt" else child
                if content is not None:
                    lines.extend(self.blocks(content))
            elif tag == _MC + "AlternateContent":
                choice = child.find(_MC + "Choice")
                if choice is not None:
                    lines.extend(self.blocks(choice))
            elif tag in (_W + "ins", _W + "moveTo"):
                lines.extend(self.blocks(child))
        return lines

    def paragraph(self, para: ET.Element) -> list[str]:
        parts: list[str] = []
        boxes: list[list[str]] = []
        self._inline(para, parts, boxes)
        text = "".join(parts)
        props = para.find(_W + "pPr")
        lines = text.split("\n")
        if props is not None and text.strip() and self._is_list(props):
            lines[0] = "• " + lines[0].lstrip()
        out = [*lines] if text.strip() else []
        if out and props is not None:
            style = props.find(_W + "pStyle")
            if style is not None and _HEADING_STYLE.match(style.get(_W + "val") or ""):
                out.insert(0, "")  # a blank line before headings, as in text resumes
        for box in boxes:
            out.extend(box)
        return out

    def _is_list(self, props: ET.Element) -> bool:
        numbering = props.find(_W + "numPr")
        if numbering is not None:
            num_id = numbering.find(_W + "numId")
            return num_id is None or num_id.get(_W + "val") != "0"
        style = props.find(_W + "pStyle")
        return style is not None and style.get(_W + "val") in self.list_styles

    def _inline(
        self, element: ET.Element, parts: list[str], boxes: list[list[str]]
    ) -> None:
        for child in element:
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag == _W + "t":
                parts.append(child.text or "")
            elif tag == _W + "tab" or tag == _W + "ptab":
                parts.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                parts.append("\n")
            elif tag == _W + "noBreakHyphen":
                parts.append("-")
            elif tag == _W + "txbxContent":
                boxes.append(self.blocks(child))
            elif tag == _MC + "AlternateContent":
                choice = child.find(_MC + "Choice")
                if choice is not None:
                    self._inline(choice, parts, boxes)
            elif tag == _W + "sdt":
                content = child.find(_W + "sdtContent")
                if content is not None:
                    self._inline(content, parts, boxes)
            else:
                # runs, hyperlinks, drawings, VML shapes: look inside
                self._inline(child, parts, boxes)

    def table(self, table: ET.Element) -> list[str]:
        lines: list[str] = []
        rows = [row for row in table if row.tag == _W + "tr"]
        for row in rows:
            cells: list[list[str]] = []
            for cell in row:
                if cell.tag == _W + "tc":
                    cells.append(self.blocks(cell))
                elif cell.tag == _W + "sdt":
                    wrapper = cell.find(_W + "sdtContent")
                    for inner in wrapper if wrapper is not None else ():
                        if inner.tag == _W + "tc":
                            cells.append(self.blocks(inner))
            filled = [cell for cell in cells if any(line.strip() for line in cell)]
            if not filled:
                continue
            if any(len(content) > 1 for content in filled):
                for content in filled:
                    lines.extend(content)
                    lines.append("")
            else:
                lines.append(" | ".join(content[0].strip() for content in filled))
        if lines and lines[-1]:
            lines.append("")
        return lines


def _parse_xml(data: bytes, member: str, name: str) -> ET.Element:
    probe = data
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:200]:
        # UTF-16 XML: check the decoded text too.
        probe = data.decode("utf-16", errors="replace").encode("utf-8", "replace")
    if _UNSAFE_XML.search(probe):
        msg = (
            f"DOCX {_short(name)} declares a DTD or XML entities in {member!r}, "
            "which Word never writes (an XML entity or XXE attack). Open and re-save "
            "the file in a word processor, or pass its text directly."
        )
        raise UnsafeDocumentError(msg, source=name, format="docx")
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        msg = (
            f"DOCX {_short(name)} is corrupt: {member!r} is not well-formed XML "
            f"({exc}). Re-save the file in a word processor."
        )
        raise CorruptDocumentError(msg, source=name, format="docx") from exc


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    try:
        with archive.open(info) as handle:
            data = handle.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        msg = (
            f"DOCX {_short(name)} is corrupt or truncated ({type(exc).__name__} "
            f"reading {info.filename!r}). Re-save or re-download the file."
        )
        raise CorruptDocumentError(msg, source=name, format="docx") from exc
    except Exception as exc:  # zlib.error and friends
        msg = (
            f"DOCX {_short(name)} is corrupt or truncated ({type(exc).__name__} "
            f"reading {info.filename!r}). Re-save or re-download the file."
        )
        raise CorruptDocumentError(msg, source=name, format="docx") from exc
    return data


def _check_archive(archive: zipfile.ZipFile, size: int, name: str) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        msg = (
            f"DOCX {_short(name)} has {len(infos):,} archive members (limit "
            f"{MAX_MEMBERS:,}): not a normal Word file (zip bomb?). Re-save it in a "
            "word processor or pass its text directly."
        )
        raise UnsafeDocumentError(msg, source=name, format="docx")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED or (total > _RATIO_FLOOR and total > MAX_RATIO * size):
        msg = (
            f"DOCX {_short(name)} expands from {size:,} to {total:,} bytes "
            f"(limits: {MAX_UNCOMPRESSED:,} bytes, ratio {MAX_RATIO}x above "
            f"{_RATIO_FLOOR:,} bytes): refused as a zip bomb. Re-save it in a word "
            "processor or pass its text directly."
        )
        raise UnsafeDocumentError(msg, source=name, format="docx")


def _related_parts(
    archive: zipfile.ZipFile, body: ET.Element, name: str
) -> tuple[list[str], list[str]]:
    """Header and footer part names in section order (first, default, even)."""
    try:
        info = archive.getinfo("word/_rels/document.xml.rels")
    except KeyError:
        return [], []
    rels = _parse_xml(_read(archive, info, name), info.filename, name)
    targets: dict[str, str] = {}
    for rel in rels.iter(_PR + "Relationship"):
        rid, target = rel.get("Id"), rel.get("Target")
        if rid and target and rel.get("TargetMode") != "External":
            path = target.lstrip("/") if target.startswith("/") else f"word/{target}"
            targets[rid] = posixpath.normpath(path)
    order = {"first": 0, "default": 1, "even": 2}
    headers: list[str] = []
    footers: list[str] = []
    for sect in body.iter(_W + "sectPr"):
        for kind, bucket in (
            ("headerReference", headers),
            ("footerReference", footers),
        ):
            refs = sorted(
                sect.findall(_W + kind),
                key=lambda ref: order.get(ref.get(_W + "type") or "", 3),
            )
            for ref in refs:
                target = targets.get(ref.get(_R + "id") or "")
                if target and target not in bucket:
                    bucket.append(target)
    return headers, footers


_STYLE_BLOCK = re.compile(rb"<w:style\b([^>]*)>(.*?)</w:style>", re.S)
_STYLE_ID = re.compile(rb'w:styleId="([^"]+)"')
_BASED_ON = re.compile(rb'<w:basedOn\s+w:val="([^"]+)"')


def _list_styles(archive: zipfile.ZipFile, name: str) -> frozenset[str]:
    """Paragraph style ids that carry numbering (e.g. "ListBullet"), via basedOn.

    styles.xml is often hundreds of kilobytes of latent styles, so it is scanned
    with a regular expression (after the same DTD/entity check) instead of
    being parsed into a tree.
    """
    try:
        info = archive.getinfo("word/styles.xml")
    except KeyError:
        return frozenset()
    data = _read(archive, info, name)
    if _UNSAFE_XML.search(data):
        _parse_xml(data, info.filename, name)  # raises UnsafeDocumentError
    based: dict[str, str] = {}
    numbered: set[str] = set()
    for match in _STYLE_BLOCK.finditer(data):
        attrs, body = match.group(1), match.group(2)
        found = _STYLE_ID.search(attrs)
        if found is None or b'w:type="paragraph"' not in attrs:
            continue
        key = found.group(1).decode("utf-8", "replace")
        parent = _BASED_ON.search(body)
        if parent is not None:
            based[key] = parent.group(1).decode("utf-8", "replace")
        if b"<w:numPr" in body:
            numbered.add(key)
    result = set(numbered)
    for style_id in based:
        seen: set[str] = set()
        current = style_id
        while current in based and current not in seen:
            seen.add(current)
            current = based[current]
            if current in numbered:
                result.add(style_id)
                break
    return frozenset(result)


def _part_lines(
    archive: zipfile.ZipFile,
    parts: Iterable[str],
    name: str,
    seen: set[str],
    list_styles: frozenset[str],
) -> list[str]:
    lines: list[str] = []
    for part in parts:
        try:
            info = archive.getinfo(part)
        except KeyError:
            continue
        root = _parse_xml(_read(archive, info, name), part, name)
        block = _Reader(list_styles).blocks(root)
        key = "\n".join(line.strip() for line in block if line.strip())
        if key and key not in seen:
            seen.add(key)
            lines.extend(block)
            lines.append("")
    return lines


def parse_docx(data: bytes, *, name: str) -> tuple[str, tuple[str, ...]]:
    """Extract a DOCX file's text in reading order.

    Args:
        data: The file's bytes.
        name: File name (or ``"<bytes>"``) for messages.

    Returns:
        ``(raw_text, warnings)``; the text is not yet normalised.

    Raises:
        EncryptedDocumentError: A password-protected (OLE2-wrapped) document.
        CorruptDocumentError: Truncated archive or malformed XML.
        UnsafeDocumentError: Zip bomb or DTD/entity declarations.
        UnsupportedFormatError: A valid ZIP that holds no ``word/document.xml``
            (or a legacy ``.doc``) passed with ``format="docx"``.
    """
    if is_encrypted_ole2(data):
        msg = (
            f"DOCX {_short(name)} is password-protected (encrypted Office "
            "package). Remove the password in Word (File > Info > Protect "
            "Document) and try again."
        )
        raise EncryptedDocumentError(msg, source=name, format="docx")
    if data.startswith(OLE2_MAGIC):
        msg = (
            f"Document {_short(name)} is a legacy Word 97-2003 (.doc) file, not "
            "a DOCX. Save it as .docx or PDF and try again."
        )
        raise UnsupportedFormatError(msg)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        msg = (
            f"DOCX {_short(name)} is corrupt or truncated (not a readable ZIP "
            "archive). Re-save or re-download the file."
        )
        raise CorruptDocumentError(msg, source=name, format="docx") from exc
    with archive:
        _check_archive(archive, len(data), name)
        try:
            info = archive.getinfo("word/document.xml")
        except KeyError as exc:
            msg = (
                f"Document {_short(name)} is a ZIP archive without word/document.xml, "
                "so not a DOCX. Save it as .docx or PDF and try again."
            )
            raise UnsupportedFormatError(msg) from exc
        root = _parse_xml(_read(archive, info, name), info.filename, name)
        body = root.find(_W + "body")
        if body is None:
            msg = (
                f"DOCX {_short(name)} is corrupt: word/document.xml has no body. "
                "Re-save the file in a word processor."
            )
            raise CorruptDocumentError(msg, source=name, format="docx")
        headers, footers = _related_parts(archive, body, name)
        styles = _list_styles(archive, name)
        seen: set[str] = set()
        try:
            lines = _part_lines(archive, headers, name, seen, styles)
            lines.extend(_Reader(styles).blocks(body))
            lines.append("")
            lines.extend(_part_lines(archive, footers, name, seen, styles))
        except RecursionError as exc:
            msg = (
                f"DOCX {_short(name)} nests its XML too deeply to read (built to "
                "exhaust the parser?). Re-save it in a word processor or pass its "
                "text directly."
            )
            raise UnsafeDocumentError(msg, source=name, format="docx") from exc
    return "\n".join(lines), ()
