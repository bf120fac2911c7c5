"""File backends: sniffing, per-format text, pathological files, normalisation.

Fixtures come from ``scripts/make_fixtures.py`` (synthetic people, invented
companies); regenerate them with ``python scripts/make_fixtures.py``.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from resumefit._parsers import (
    SUPPORTED_FORMATS,
    RawDocument,
    canonical_format,
    load_document,
    normalise_text,
)
from resumefit._parsers._text import html_to_text, markdown_to_text
from resumefit.errors import (
    CorruptDocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
    ImageOnlyDocumentError,
    InputError,
    ParseError,
    ResumefitError,
    UnsafeDocumentError,
    UnsupportedFormatError,
)

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "documents"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SUPPORTED = "'docx', 'html', 'markdown', 'pdf', 'txt'"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8").rstrip("\n")


# ---------------------------------------------------------------------------- sniffing

SNIFF_CASES = [
    ("analyst.txt", "txt"),
    ("analyst.md", "markdown"),
    ("analyst.html", "html"),
    ("analyst.docx", "docx"),
    ("nurse_table.docx", "docx"),
    ("engineer_one_column.pdf", "pdf"),
    ("posting.txt", "txt"),
    ("posting.md", "markdown"),
    ("posting.html", "html"),
]


@pytest.mark.parametrize(("name", "fmt"), SNIFF_CASES, ids=[c[0] for c in SNIFF_CASES])
def test_path_format_is_sniffed(name: str, fmt: str) -> None:
    doc = load_document(FIXTURES / name)
    assert doc.format == fmt
    assert doc.source_name == name


BYTES_SNIFF = [
    ("pdf", "engineer_one_column.pdf", "pdf"),
    ("docx", "analyst.docx", "docx"),
    ("html", "analyst.html", "html"),
    # Markdown is not sniffed from bytes (no extension hint): it reads as text.
    ("markdown-bytes-are-text", "analyst.md", "txt"),
]


@pytest.mark.parametrize(
    ("case", "name", "fmt"), BYTES_SNIFF, ids=[c[0] for c in BYTES_SNIFF]
)
def test_bytes_format_is_sniffed(case: str, name: str, fmt: str) -> None:
    doc = load_document((FIXTURES / name).read_bytes())
    assert doc.format == fmt
    assert doc.source_name is None


TEXT_BYTES = [
    ("utf8", "Café résumé\n".encode(), "Café résumé", ()),
    ("utf8-bom", codecs.BOM_UTF8 + "Café résumé".encode(), "Café résumé", ()),
    ("utf16-bom", "Café résumé".encode("utf-16"), "Café résumé", ()),
    ("utf16le-no-bom", "Café résumé, SQL".encode("utf-16-le"), "Café résumé, SQL", ()),
    ("utf16be-no-bom", "Café résumé, SQL".encode("utf-16-be"), "Café résumé, SQL", ()),
    (
        "cp1252",
        b"Caf\xe9 \x93quoted\x94 \x96 ok",
        'Café "quoted" – ok',
        ("text is not UTF-8: decoded as cp1252",),
    ),
    (
        "latin1-fallback",
        b"Caf\xe9 au lait, cr\xe8me br\xfbl\xe9e \x81",
        "Café au lait, crème brûlée",
        ("text is not UTF-8: decoded as latin-1",),
    ),
    ("html-tags", b"<div>One</div><p>Two &amp; three</p>", "One\n\nTwo & three", ()),
]


@pytest.mark.parametrize(
    ("case", "data", "text", "warnings"), TEXT_BYTES, ids=[c[0] for c in TEXT_BYTES]
)
def test_text_bytes_decoding(
    case: str, data: bytes, text: str, warnings: tuple[str, ...]
) -> None:
    doc = load_document(data)
    assert doc.text == text
    assert doc.warnings[: len(warnings)] == warnings


def test_extension_is_only_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "resume.pdf"
    path.write_text("Jordan Rivera\nData Analyst\n", encoding="utf-8")
    doc = load_document(path)
    assert doc.format == "txt"
    assert doc.text == "Jordan Rivera\nData Analyst"
    assert doc.warnings[0] == (
        "file extension says pdf but the content is not: read it by content"
    )


def test_markdown_extension_hint(tmp_path: Path) -> None:
    path = tmp_path / "resume.markdown"
    path.write_text("# Jordan\n- **SQL**\n", encoding="utf-8")
    doc = load_document(path)
    assert (doc.format, doc.text) == ("markdown", "Jordan\n• SQL")


# --------------------------------------------------------------------- explicit format

ALIASES = [
    ("md", "markdown"),
    ("Markdown", "markdown"),
    ("htm", "html"),
    ("HTML", "html"),
    ("text", "txt"),
    ("txt", "txt"),
    (".pdf", "pdf"),
    ("docx", "docx"),
]


@pytest.mark.parametrize(("alias", "fmt"), ALIASES, ids=[a for a, _ in ALIASES])
def test_format_aliases(alias: str, fmt: str) -> None:
    assert canonical_format(alias) == fmt


def test_supported_formats_sorted() -> None:
    assert SUPPORTED_FORMATS == ("docx", "html", "markdown", "pdf", "txt")


def test_unknown_format_name() -> None:
    with pytest.raises(UnsupportedFormatError) as info:
        load_document("text", format="rtf")
    assert str(info.value) == (
        f"Unsupported document format 'rtf'; supported formats: {SUPPORTED}. Pass "
        "one of these as format=, or omit format= to detect it from the content."
    )


def test_explicit_format_overrides_sniffing() -> None:
    html = b"<p>Senior <b>Analyst</b></p>"
    assert load_document(html).text == "Senior Analyst"
    assert load_document(html, format="text").text == "<p>Senior <b>Analyst</b></p>"
    md = "## Skills\n- SQL"
    assert load_document(md).text == "## Skills\n- SQL"
    assert load_document(md, format="md").text == "Skills\n• SQL"
    assert load_document(md.encode(), format="markdown").format == "markdown"


def test_explicit_pdf_on_text_bytes_is_corrupt() -> None:
    with pytest.raises(CorruptDocumentError) as info:
        load_document(b"not a pdf at all", format="pdf")
    assert str(info.value) == (
        "PDF '<bytes>' is corrupt or truncated (no %%EOF marker at the end: the file "
        "was cut short). Re-export or re-download the file, or pass its text directly."
    )
    assert (info.value.source, info.value.format) == ("<bytes>", "pdf")


# ------------------------------------------------------------------------- str is text


def test_str_is_never_a_path() -> None:
    path = str(FIXTURES / "analyst.txt")
    doc = load_document(path)
    assert doc.text == path
    assert doc.format == "txt"
    assert doc.source_name is None


def test_str_with_binary_format_is_rejected() -> None:
    with pytest.raises(InputError) as info:
        load_document(str(FIXTURES / "analyst.docx"), format="docx")
    assert str(info.value) == (
        "format='docx' needs the file's bytes or a pathlib.Path, but a str was "
        "passed, and a str is always the document's text. Pass pathlib.Path(...) or "
        "the file's bytes."
    )


@pytest.mark.parametrize(
    ("value", "type_name"),
    [(42, "int"), (["a"], "list"), (None, "NoneType"), (3.5, "float")],
    ids=["int", "list", "none", "float"],
)
def test_wrong_source_type(value: object, type_name: str) -> None:
    with pytest.raises(InputError) as info:
        load_document(value)  # type: ignore[arg-type]
    assert str(info.value) == (
        f"Unsupported source type {type_name!r}: pass the document's text as str, "
        "its file content as bytes, or a file path as pathlib.Path."
    )


def test_bytearray_and_memoryview_are_bytes() -> None:
    data = (FIXTURES / "analyst.txt").read_bytes()
    expected = fixture_text("analyst.txt")
    assert load_document(bytearray(data)).text == expected  # type: ignore[arg-type]
    assert load_document(memoryview(data)).text == expected  # type: ignore[arg-type]


def test_missing_file() -> None:
    path = FIXTURES / "nope.pdf"
    with pytest.raises(InputError) as info:
        load_document(path)
    assert str(info.value) == f"File {str(path)!r} does not exist. Check the path."


def test_directory() -> None:
    with pytest.raises(InputError) as info:
        load_document(FIXTURES)
    assert (
        str(info.value) == f"Path {str(FIXTURES)!r} is a directory. Pass a file path."
    )


# ------------------------------------------------------------------------- size limits


def test_too_large_path_checked_before_reading() -> None:
    path = FIXTURES / "analyst.txt"
    size = path.stat().st_size
    with pytest.raises(DocumentTooLargeError) as info:
        load_document(path, max_bytes=100)
    assert str(info.value) == (
        f"Document 'analyst.txt' is {size:,} bytes, over the limit of 100 bytes. "
        "Pass a smaller file or raise max_bytes=."
    )


@pytest.mark.parametrize(
    ("source", "label"), [(b"x" * 11, "<bytes>"), ("x" * 11, "<text>")], ids=["b", "s"]
)
def test_too_large_bytes_and_text(source: str | bytes, label: str) -> None:
    with pytest.raises(DocumentTooLargeError) as info:
        load_document(source, max_bytes=10)
    assert str(info.value) == (
        f"Document {label!r} is 11 bytes, over the limit of 10 bytes. Pass a smaller "
        "file or raise max_bytes=."
    )


def _pdf_with_pages(count: int) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    for number in range(count):
        pdf.drawString(72, 720, f"Page {number + 1} of a long synthetic document")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_max_pages() -> None:
    data = _pdf_with_pages(3)
    assert load_document(data, max_pages=3).pages == 3
    with pytest.raises(DocumentTooLargeError) as info:
        load_document(data, max_pages=2)
    assert str(info.value) == (
        "PDF '<bytes>' has 3 pages; resumefit reads at most max_pages=2. Pass a "
        "larger max_pages= or split the file."
    )


# --------------------------------------------------------------------- per-format text

SAME_AS_TXT = [
    ("analyst.md", "analyst.txt"),
    ("analyst.html", "analyst.txt"),
    ("analyst.docx", "analyst.txt"),
    ("engineer_one_column.pdf", "engineer.txt"),
    ("engineer_two_column.pdf", "engineer.txt"),
    ("posting.md", "posting.txt"),
]


@pytest.mark.parametrize(
    ("name", "source"), SAME_AS_TXT, ids=[c[0] for c in SAME_AS_TXT]
)
def test_format_yields_source_text(name: str, source: str) -> None:
    assert load_document(FIXTURES / name).text == fixture_text(source)


def test_analyst_text_lines() -> None:
    lines = load_document(FIXTURES / "analyst.docx").text.split("\n")
    assert lines[:4] == [
        "Jordan Rivera",
        "jordan.rivera@example.com | (555) 014-2287 | Columbus, OH | "
        "linkedin.com/in/jordan-rivera-example",
        "",
        "SUMMARY",
    ]
    assert lines[7:10] == [
        "Professional Experience",
        "Operations Data Analyst, Bluegate Freight Co. | Jul 2023 – Present",
        "• Build and maintain 14 Tableau dashboards tracking on-time delivery, dock "
        "utilisation and carrier cost.",
    ]


def test_posting_html_lines() -> None:
    text = load_document(FIXTURES / "posting.html").text
    expected = [line for line in fixture_text("posting.txt").split("\n") if line]
    assert [line for line in text.split("\n") if line] == expected
    assert "console" not in text


def test_two_column_pdf_reads_column_by_column() -> None:
    one = load_document(FIXTURES / "engineer_one_column.pdf")
    two = load_document(FIXTURES / "engineer_two_column.pdf")
    assert (one.columns, two.columns) == (1, 2)
    assert two.warnings == (
        "two-column layout detected on page 1: read column by column",
    )
    assert one.warnings == ()
    assert two.text == one.text
    headings = ["Technical Skills", "Education", "Certifications", "SUMMARY"]
    positions = [two.text.index(f"\n{h}\n") for h in headings]
    assert positions == sorted(positions)


def _tab_stop_pdf() -> bytes:
    """One column; dates and places at a tab stop beside each role's rows."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    y = 740.0
    pdf.setFont("Helvetica", 10)
    roles = [
        ("Data Analyst, Acme Corp", "Jan 2019 - Present", "Columbus, OH"),
        ("Junior Analyst, Birch Ltd", "Mar 2016 - Dec 2018", "Dayton, OH"),
        ("Research Assistant, Cobalt University", "Sep 2014 - Feb 2016", "Akron, OH"),
        ("Intern, Delta Co", "Summer 2013", "Toledo, OH"),
    ]
    for title, dates, place in roles:
        pdf.drawString(54, y, title)
        pdf.drawString(430, y, dates)
        pdf.drawString(54, y - 13, "Analytics team")
        pdf.drawString(430, y - 13, place)
        pdf.drawString(66, y - 26, "Built weekly reports")
        y -= 48
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_pdf_tab_stop_dates_are_not_a_column() -> None:
    doc = load_document(_tab_stop_pdf())
    assert doc.columns == 1
    assert doc.text.split("\n")[:4] == [
        "Data Analyst, Acme Corp Jan 2019 - Present",
        "Analytics team Columbus, OH",
        "Built weekly reports",
        "",
    ]


def test_pdf_wrapped_bullets_are_one_line() -> None:
    text = load_document(FIXTURES / "engineer_two_column.pdf").text
    assert (
        "• Cut p99 API latency from 900 ms to 140 ms by redesigning the Postgres "
        "schema and adding Redis caching."
    ) in text.split("\n")


def test_docx_table_layout_reads_cell_by_cell() -> None:
    doc = load_document(FIXTURES / "nurse_table.docx")
    assert doc.text.split("\n") == [
        "Alicia Moreno, RN",
        "alicia.moreno@example.org | (555) 019-4410 | Dayton, OH",
        "",
        "Licenses",
        "Registered Nurse, State of Ohio, License RN-000000 (expires 2027)",
        "",
        "Certifications",
        "Basic Life Support (BLS), American Heart Association",
        "Advanced Cardiovascular Life Support (ACLS), American Heart Association",
        "",
        "Skills",
        "Telemetry monitoring, wound care, IV insertion, patient education, Epic EHR",
        "",
        "Education",
        "Bachelor of Science in Nursing, Ridgeview College of Nursing | 2018",
        "",
        "SUMMARY",
        "Registered nurse with six years of medical-surgical and telemetry experience.",
        "Calm under pressure, precise with medication administration, and a patient "
        "educator.",
        "",
        "Work History",
        "Registered Nurse, Medical-Surgical Unit, Maplewood General Hospital | "
        "Jan 2019 – Present",
        "• Care for 5-6 post-operative patients per shift on a 32-bed unit.",
        "• Administer medications and IV therapy; document care in Epic.",
        "• Precept 8 new graduate nurses through a 12-week orientation.",
        "Patient Care Technician, Cedar Valley Clinic | 2016-2018",
        "• Recorded vital signs, performed EKGs and assisted with patient mobility.",
    ]


def test_docx_header_textbox_sdt_footer() -> None:
    text = load_document(FIXTURES / "nurse_header_textbox.docx").text
    nurse = [line for line in fixture_text("nurse.txt").split("\n") if line]
    lines = [line for line in text.split("\n") if line]
    assert lines == [
        *nurse,
        "Additional information: open to rotating shifts.",
        "References available on request",
    ]
    for once in (
        "alicia.moreno@example.org",  # header of two sections, deduplicated
        "Advanced Cardiovascular Life Support",  # text box: Choice, not Fallback
        "License RN-000000",  # content control
    ):
        assert text.count(once) == 1, once


# ------------------------------------------------------------------------ pathological


def _zip_sizes(name: str) -> tuple[int, int]:
    path = FIXTURES / name
    with zipfile.ZipFile(path) as archive:
        total = sum(info.file_size for info in archive.infolist())
    return path.stat().st_size, total


# The bomb wraps the analyst DOCX, so its sizes follow the fixture text.
_BOMB_SIZE, _BOMB_TOTAL = _zip_sizes("zip_bomb.docx")

PATHOLOGICAL = [
    (
        "encrypted.pdf",
        EncryptedDocumentError,
        "PDF 'encrypted.pdf' is password-protected (PDFPasswordIncorrect). Remove the "
        "password (e.g. print to a new PDF) and try again.",
    ),
    (
        "image_only.pdf",
        ImageOnlyDocumentError,
        "PDF 'image_only.pdf' has no extractable text layer (scanned image?). OCR it "
        "first or pass the text directly.",
    ),
    (
        "truncated.pdf",
        CorruptDocumentError,
        "PDF 'truncated.pdf' is corrupt or truncated (no %%EOF marker at the end: the "
        "file was cut short). Re-export or re-download the file, or pass its text "
        "directly.",
    ),
    (
        "truncated.docx",
        CorruptDocumentError,
        "DOCX 'truncated.docx' is corrupt or truncated (not a readable ZIP archive). "
        "Re-save or re-download the file.",
    ),
    (
        "empty.txt",
        EmptyDocumentError,
        "Document 'empty.txt' is empty (0 bytes). Pass a document that contains text.",
    ),
    (
        "whitespace.txt",
        EmptyDocumentError,
        "Document 'whitespace.txt' is empty (only whitespace). Pass a document that "
        "contains text.",
    ),
    (
        "zip_bomb.docx",
        UnsafeDocumentError,
        f"DOCX 'zip_bomb.docx' expands from {_BOMB_SIZE:,} to {_BOMB_TOTAL:,} bytes "
        "(limits: 209,715,200 bytes, ratio 100x above 10,485,760 bytes): refused "
        "as a zip bomb. Re-save it in a word processor or pass its text directly.",
    ),
    (
        "billion_laughs.docx",
        UnsafeDocumentError,
        "DOCX 'billion_laughs.docx' declares a DTD or XML entities in "
        "'word/document.xml', which Word never writes (an XML entity or XXE attack). "
        "Open and re-save the file in a word processor, or pass its text directly.",
    ),
    (
        "encrypted.docx",
        EncryptedDocumentError,
        "DOCX 'encrypted.docx' is password-protected (encrypted Office package). "
        "Remove the password in Word (File > Info > Protect Document) and try again.",
    ),
    (
        "legacy.doc",
        UnsupportedFormatError,
        "Document 'legacy.doc' looks like a legacy Office file (e.g. Word 97-2003 "
        f".doc), which resumefit cannot read; supported formats: {SUPPORTED}. Save "
        "it as PDF, DOCX or plain text, or pass format= to override detection.",
    ),
    (
        "resume.rtf",
        UnsupportedFormatError,
        "Document 'resume.rtf' looks like an RTF document, which resumefit cannot "
        f"read; supported formats: {SUPPORTED}. Save it as PDF, DOCX or plain text, "
        "or pass format= to override detection.",
    ),
    (
        "photo.png",
        UnsupportedFormatError,
        "Document 'photo.png' looks like a PNG image, which resumefit cannot read; "
        f"supported formats: {SUPPORTED}. Save it as PDF, DOCX or plain text, or "
        "pass format= to override detection.",
    ),
    (
        "archive.zip",
        UnsupportedFormatError,
        "Document 'archive.zip' looks like a ZIP archive that is not a DOCX, which "
        f"resumefit cannot read; supported formats: {SUPPORTED}. Save it as PDF, DOCX "
        "or plain text, or pass format= to override detection.",
    ),
]


@pytest.mark.parametrize(
    ("name", "error", "message"), PATHOLOGICAL, ids=[c[0] for c in PATHOLOGICAL]
)
def test_pathological_file(name: str, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        load_document(FIXTURES / name)
    assert type(info.value) is error
    assert str(info.value) == message
    if isinstance(info.value, ParseError):
        assert info.value.source == name
        assert info.value.format == ("pdf" if name.endswith(".pdf") else "docx")
        assert info.value.__cause__ is None or not isinstance(
            info.value.__cause__, ResumefitError
        )


@pytest.mark.parametrize(
    ("name", "error"),
    [(name, error) for name, error, _ in PATHOLOGICAL],
    ids=[c[0] for c in PATHOLOGICAL],
)
def test_pathological_bytes_name_the_source(name: str, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        load_document((FIXTURES / name).read_bytes())
    assert "'<bytes>'" in str(info.value)


def test_owner_password_only_pdf_opens() -> None:
    from pypdf import PdfReader, PdfWriter

    plain = (FIXTURES / "engineer_one_column.pdf").read_bytes()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert load_document(buffer.getvalue()).text == fixture_text("engineer.txt")


def test_backend_exceptions_are_chained() -> None:
    with pytest.raises(EncryptedDocumentError) as info:
        load_document(FIXTURES / "encrypted.pdf")
    assert type(info.value.__cause__).__name__ == "PDFPasswordIncorrect"
    data = (FIXTURES / "engineer_one_column.pdf").read_bytes()
    broken = data.replace(b"xref", b"xxxx").replace(b"obj", b"ojb")
    with pytest.raises(CorruptDocumentError) as corrupt:
        load_document(broken)
    assert corrupt.value.__cause__ is not None


def test_docx_bad_xml_is_corrupt() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document><unclosed>")
    with pytest.raises(CorruptDocumentError) as info:
        load_document(buffer.getvalue())
    assert str(info.value).startswith(
        "DOCX '<bytes>' is corrupt: 'word/document.xml' is not well-formed XML ("
    )


_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx_with_document(xml: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


def test_docx_deep_nesting_is_unsafe() -> None:
    depth = 3000
    body = (
        "<w:tbl><w:tr><w:tc>" * depth
        + "<w:p><w:r><w:t>x</w:t></w:r></w:p>"
        + "</w:tc></w:tr></w:tbl>" * depth
    )
    xml = f"<w:document {_W_NS}><w:body>{body}</w:body></w:document>"
    with pytest.raises(UnsafeDocumentError, match="nests its XML too deeply"):
        load_document(_docx_with_document(xml.encode()))


def test_docx_utf16_entities_are_unsafe() -> None:
    xml = (
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]>'
        f"<w:document {_W_NS}><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    with pytest.raises(UnsafeDocumentError, match="declares a DTD or XML entities"):
        load_document(_docx_with_document(xml.encode("utf-16")))


def test_docx_minimal_package_reads() -> None:
    xml = (
        f"<w:document {_W_NS}><w:body><w:p><w:r><w:t>Data</w:t></w:r><w:r><w:tab/>"
        "<w:t>Analyst</w:t><w:br/><w:t>Columbus</w:t></w:r></w:p>"
        "<w:p><w:r><w:delText>deleted</w:delText><w:instrText>HYPERLINK x"
        "</w:instrText></w:r></w:p></w:body></w:document>"
    )
    assert load_document(_docx_with_document(xml.encode())).text == (
        "Data Analyst\nColumbus"
    )


def test_image_only_pdf_names_ocr() -> None:
    with pytest.raises(ImageOnlyDocumentError, match="OCR it first"):
        load_document((FIXTURES / "image_only.pdf").read_bytes())


def test_empty_text() -> None:
    with pytest.raises(EmptyDocumentError) as info:
        load_document(" \n\u200b\t ")
    assert str(info.value) == (
        "Document '<text>' is empty: no text after parsing it as txt. Pass a "
        "document that contains text."
    )


def test_little_text_warning() -> None:
    assert load_document("Jordan Rivera").warnings == (
        "little text (13 characters): check the file",
    )


# ----------------------------------------------------------------------- normalisation

NORMALISE = [
    ("crlf", "a\r\nb\rc", "a\nb\nc"),
    ("odd-spaces", "a\xa0b\u2009c\u3000d\te", "a b c d e"),
    ("space-runs", "  SQL    Python  ", "SQL Python"),
    ("zero-width", "Da\u200bta\u00ad An\ufeffalyst", "Data Analyst"),
    ("control", "a\x00b\x07c\x1bd", "abcd"),
    (
        "ligatures",
        "e\ufb03cient \ufb01nance \ufb02ow sta\ufb00",
        "efficient finance flow staff",
    ),
    (
        "curly-quotes",
        "\u2018Bachelor\u2019s\u2019 \u201cdegree\u201d",
        "'Bachelor's' \"degree\"",
    ),
    ("trailing-spaces", "a   \nb\t\n", "a\nb"),
    ("blank-runs", "a\n\n\n\n\nb", "a\n\nb"),
    ("leading-trailing-blank", "\n\n  \na\n\n", "a"),
    ("bullet-alone", "•\nManaged a team", "• Managed a team"),
    ("bullet-alone-gap", "•\n\nManaged a team", "• Managed a team"),
    (
        "bullet-kept",
        "• one\n◦ two\n▪ three\n- four\n* five",
        "• one\n◦ two\n▪ three\n- four\n* five",
    ),
    ("pua-bullet", "\uf0b7 Led audits", "• Led audits"),
    ("pua-icon", "\uf0e1 linkedin.com/in/x \uf095 555", "linkedin.com/in/x 555"),
    ("cid", "(cid:127) Item", "Item"),
    ("form-feed", "page one\x0cpage two", "page one\npage two"),
    ("nfc", "Cafe\u0301", "Café"),
    ("unicode-hyphens", "on\u2010campus co\u2011op", "on-campus co-op"),
    ("empty", "", ""),
]


@pytest.mark.parametrize(
    ("case", "raw", "expected"), NORMALISE, ids=[c[0] for c in NORMALISE]
)
def test_normalise_text(case: str, raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert once == once.strip("\n")
    assert "\n\n\n" not in once
    assert "\r" not in once


HTML = [
    ("entities", "<p>R&amp;D &lt;team&gt; &eacute;lan&nbsp;x</p>", "R&D <team> élan x"),
    (
        "skip",
        "<head><title>T</title><style>p{}</style></head><script>x()</script><p>A</p>",
        "A",
    ),
    ("list", "<ul><li>SQL</li><li>Python</li></ul>", "• SQL\n• Python"),
    ("ordered", "<ol><li>First</li><li>Second</li></ol>", "1. First\n2. Second"),
    (
        "headings",
        "<h2>Skills</h2><p>SQL</p><h2>Education</h2>B.S.",
        "Skills\n\nSQL\n\nEducation\nB.S.",
    ),
    ("br", "Line one<br>Line two<br/>Line three", "Line one\nLine two\nLine three"),
    ("table", "<table><tr><td>SQL</td><td>5 years</td></tr></table>", "SQL | 5 years"),
    (
        "inline",
        "<p>Senior <b>Data</b> <a href='x'>Analyst</a></p>",
        "Senior Data Analyst",
    ),
    ("pre", "<pre>a  b\n c</pre>", "a b\nc"),
]


@pytest.mark.parametrize(("case", "html", "expected"), HTML, ids=[c[0] for c in HTML])
def test_html_to_text(case: str, html: str, expected: str) -> None:
    assert normalise_text(html_to_text(html)) == expected
    assert load_document(html, format="html").text == expected


MARKDOWN = [
    ("atx", "# Jordan Rivera\n## Skills ##", "Jordan Rivera\nSkills"),
    ("setext", "Experience\n==========\nAnalyst", "Experience\n\nAnalyst"),
    ("emphasis", "**Data** __Analyst__ *at* _Acme_", "Data Analyst at Acme"),
    (
        "snake-case",
        "uses snake_case_names and 2*3*4",
        "uses snake_case_names and 2*3*4",
    ),
    ("code", "Wrote `SELECT *` queries", "Wrote SELECT * queries"),
    (
        "links",
        "[Portfolio](https://x.example) ![logo](l.png) <https://y.example>",
        "Portfolio logo https://y.example",
    ),
    ("bullets", "- one\n* two\n+ three\n  - nested", "• one\n• two\n• three\n• nested"),
    ("numbered", "1. First\n2) Second", "1. First\n2) Second"),
    ("quote", "> quoted text", "quoted text"),
    ("fence", "```\ncode line\n```", "code line"),
    ("rule", "a\n\n---\n\nb", "a\n\nb"),
    ("table", "| Skill | Years |\n|---|---|\n| SQL | 5 |", "Skill | Years\n\nSQL | 5"),
    ("escape", r"C\# and 100\%", "C# and 100\\%"),
    ("task", "- [x] done", "• done"),
    (
        "soft-wrap",
        "Builds dashboards\nfor finance teams.\nNext line",
        "Builds dashboards for finance teams.\nNext line",
    ),
    (
        "item-wrap",
        "- Led a team\n  of four analysts\n- Second",
        "• Led a team of four analysts\n• Second",
    ),
    ("hard-break", "Line one  \nand two", "Line one\nand two"),
    (
        "lines-kept",
        "Tools: SQL\nDatabases: Postgres",
        "Tools: SQL\nDatabases: Postgres",
    ),
    ("comment", "<!--\nnote\n-->\nJob <b>title</b><br/>", "Job title"),
]


@pytest.mark.parametrize(
    ("case", "md", "expected"), MARKDOWN, ids=[c[0] for c in MARKDOWN]
)
def test_markdown_to_text(case: str, md: str, expected: str) -> None:
    assert normalise_text(markdown_to_text(md)) == expected


# -------------------------------------------------------------------------- properties


@given(st.text(), st.sampled_from([None, "txt", "markdown", "html"]))
def test_any_text_loads_or_raises_input_error(text: str, fmt: str | None) -> None:
    try:
        doc = load_document(text, format=fmt)
    except InputError:
        return
    assert isinstance(doc, RawDocument)
    assert doc.text
    assert doc.text == normalise_text(doc.text)


@given(st.binary(max_size=2048))
def test_any_bytes_loads_or_raises_resumefit_error(data: bytes) -> None:
    try:
        doc = load_document(data)
    except ResumefitError:
        return
    assert isinstance(doc, RawDocument)
    assert doc.text


@given(
    st.binary(min_size=1, max_size=64), st.sampled_from(["%PDF-1.4\n", "PK\x03\x04"])
)
def test_damaged_signatures_raise_resumefit_errors(tail: bytes, head: str) -> None:
    with pytest.raises(ResumefitError):
        load_document(head.encode("latin-1") + tail)


# ------------------------------------------------------------------------------ corpus


def _corpus_pdfs() -> list[Path]:
    resumes = CORPUS / "resumes"
    files = sorted((resumes / "templates").glob("*/*.pdf"))
    files += sorted((resumes / "synthetic").glob("*.pdf"))
    files += sorted((resumes / "livecareer" / "pdf").glob("*/*.pdf"))[::8]
    return files


@pytest.mark.corpus
def test_corpus_pdfs_load() -> None:
    if not (CORPUS / "resumes").is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    named: Counter[str] = Counter()
    for path in _corpus_pdfs():
        try:
            doc = load_document(path)
        except (ImageOnlyDocumentError, EmptyDocumentError) as exc:
            named[type(exc).__name__] += 1  # e.g. a livecareer PDF with no text layer
            continue
        assert doc.text, path
        assert doc.pages

    assert sum(named.values()) <= 2, named


_DATE_RANGE = re.compile(
    r"\b(?:19|20)\d\d\s*[-–]\s*(?:Present|[A-Z][a-z]{2} (?:19|20)\d\d|(?:19|20)\d\d)\b"
)


@pytest.mark.corpus
def test_corpus_single_and_two_column_agree() -> None:
    folder = CORPUS / "resumes" / "synthetic"
    if not (folder / "two_column.pdf").is_file():
        pytest.skip(f"corpus not found at {CORPUS}")
    one = load_document(folder / "single_column.pdf")
    two = load_document(folder / "two_column.pdf")
    assert (one.columns, two.columns) == (1, 2)
    # Dated entries (roles, projects) come out identical and in the same order.
    dated = [
        [ln for ln in doc.text.split("\n") if _DATE_RANGE.search(ln)]
        for doc in (one, two)
    ]
    assert dated[0] == dated[1]
    assert len(dated[0]) >= 4
    # Everything else differs only where the two layouts genuinely differ; report it.
    lines = [Counter(ln for ln in doc.text.split("\n") if ln) for doc in (one, two)]
    only_one, only_two = lines[0] - lines[1], lines[1] - lines[0]
    shared = sum((lines[0] & lines[1]).values())
    print(f"shared lines {shared}, only single {sum(only_one.values())}, "
          f"only two-column {sum(only_two.values())}")  # fmt: skip
    assert shared >= 15


@pytest.mark.corpus
@pytest.mark.parametrize(
    "relative",
    [
        "templates/deedy/OpenFonts_deedy_resume-openfont.pdf",
        "templates/deedy/MacFonts_deedy_resume.pdf",
        "templates/altacv/sample.pdf",
    ],
    ids=["deedy-open", "deedy-mac", "altacv"],
)
def test_corpus_two_column_templates(relative: str) -> None:
    path = CORPUS / "resumes" / relative
    if not path.is_file():
        pytest.skip(f"corpus not found at {CORPUS}")
    doc = load_document(path)
    assert doc.columns == 2
    assert any(w.startswith("two-column layout detected on page") for w in doc.warnings)


# --------------------------------------------------------------------- hidden PDF text


def _hidden_text_pdf(*, hidden: str, backdrop: str | None = None) -> bytes:
    """A one-page resume with one visible line and one line drawn as ``hidden``.

    ``hidden``: "white" (white fill), "tiny" (1 pt), "invisible" (render mode
    3), or "none" (an ordinary black line). ``backdrop``: "dark" (a filled
    navy rectangle under the line) or "image" (a bitmap under it).
    """
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 720, "Skills: Payroll, Bookkeeping")
    if backdrop == "dark":
        pdf.setFillColorRGB(0.1, 0.1, 0.3)
        pdf.rect(60, 680, 400, 30, fill=1, stroke=0)
    elif backdrop in ("image", "scan"):
        pixels = io.BytesIO(
            b"P6\n2 2\n255\n" + bytes([90, 90, 90] * 4)  # a 2x2 gray PPM
        )
        if backdrop == "scan":  # a scanned page under its OCR text layer
            pdf.drawImage(ImageReader(pixels), 0, 0, width=612, height=792)
        else:
            pdf.drawImage(ImageReader(pixels), 60, 680, width=400, height=30)
    text = pdf.beginText(72, 690)
    text.setFont("Helvetica", 1 if hidden == "tiny" else 11)
    if hidden in ("white", "invisible"):
        pdf.setFillColorRGB(1, 1, 1)
    else:
        pdf.setFillColorRGB(0, 0, 0)
    if hidden == "invisible":
        pdf.setFillColorRGB(0, 0, 0)
        text.setTextRenderMode(3)
    text.textLine("Kubernetes Terraform Golang")
    pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


HIDDEN_ROWS = [
    ("white-on-white", "white", None, False),
    ("tiny", "tiny", None, False),
    ("invisible", "invisible", None, False),
    ("white-on-dark-sidebar", "white", "dark", True),
    ("ocr-layer-over-scan", "invisible", "scan", True),
    ("invisible-over-small-image", "invisible", "image", False),
    ("white-over-image", "white", "image", True),
    ("ordinary", "none", None, True),
]


@pytest.mark.parametrize(
    ("name", "hidden", "backdrop", "kept"),
    HIDDEN_ROWS,
    ids=[r[0] for r in HIDDEN_ROWS],
)
def test_pdf_hidden_text_is_dropped_with_a_warning(
    name: str, hidden: str, backdrop: str | None, kept: bool
) -> None:
    doc = load_document(_hidden_text_pdf(hidden=hidden, backdrop=backdrop))
    assert "Skills: Payroll, Bookkeeping" in doc.text
    assert ("Kubernetes Terraform Golang" in doc.text) is kept
    warning = (
        "dropped 27 characters of hidden text (invisible, white on white or under "
        "1.5 pt): not read and never counted as evidence"
    )
    assert (warning in doc.warnings) is not kept


def test_pdf_with_only_hidden_text_is_an_empty_document() -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.setFillColorRGB(1, 1, 1)
    pdf.drawString(72, 720, "Python SQL Kubernetes")
    pdf.showPage()
    pdf.save()
    with pytest.raises(EmptyDocumentError) as info:
        load_document(buffer.getvalue())
    assert str(info.value) == (
        "PDF '<bytes>' has only hidden text (21 characters invisible, white on "
        "white or under 1.5 pt). Export the resume with its text visible, or pass "
        "the text directly."
    )


def _banner_pdf(kind: str) -> bytes:
    """One visible line, then a skills line drawn as ``kind`` describes."""
    from reportlab.lib.colors import CMYKColorSep, HexColor
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 700, "Robin Vale, Senior Accountant, Pinecrest LLC")
    if kind == "spot-ink":
        pdf.setFillColor(CMYKColorSep(0.9, 0.6, 0, 0.3, spotName="PANTONE 2945 C"))
    elif kind == "gradient":
        pdf.linearGradient(
            0, 600, 600, 680, (HexColor("#0b2545"), HexColor("#13315c")), extend=False
        )
        pdf.setFillColorRGB(1, 1, 1)
    elif kind == "spot-box":
        pdf.setFillColor(CMYKColorSep(0.9, 0.6, 0, 0.3, spotName="PANTONE 2945 C"))
        pdf.rect(60, 620, 500, 60, stroke=0, fill=1)
        pdf.setFillColorRGB(1, 1, 1)
    elif kind == "thick-line":
        pdf.setStrokeColorRGB(0.1, 0.1, 0.3)
        pdf.setLineWidth(40)
        pdf.line(60, 645, 560, 645)
        pdf.setFillColorRGB(1, 1, 1)
    else:  # pale box: white text on it cannot be read
        pdf.setFillColorRGB(0.96, 0.96, 0.96)
        pdf.rect(60, 620, 500, 60, stroke=0, fill=1)
        pdf.setFillColorRGB(1, 1, 1)
    pdf.drawString(72, 640, "Skills QuickBooks GAAP SAP")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


BANNER_ROWS = [
    ("spot-ink", True),
    ("gradient", True),
    ("thick-line", True),
    ("spot-box", True),
    ("pale-box", False),
]


@pytest.mark.parametrize(("kind", "kept"), BANNER_ROWS, ids=[r[0] for r in BANNER_ROWS])
def test_pdf_visible_banner_text_is_kept_and_pale_is_not(kind: str, kept: bool) -> None:
    doc = load_document(_banner_pdf(kind))
    assert ("Skills QuickBooks GAAP SAP" in doc.text) is kept
