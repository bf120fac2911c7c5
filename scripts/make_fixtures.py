"""Regenerate the parser fixtures and the bundled examples, deterministically.

Everything is written from source text in this file: synthetic people,
invented companies. Run from the repository root::

    python scripts/make_fixtures.py            # writes tests/fixtures/documents, examples
    python scripts/make_fixtures.py --check    # exit 1 if a committed file would change

Outputs (tests/fixtures/documents/):
    analyst.txt / .md / .html     data analyst resume (same text in three formats)
    analyst.docx                  plain DOCX (headings, list-bullet paragraphs)
    nurse_table.docx              table-based two-column layout (1-row, 2 cells)
    nurse_header_textbox.docx     contact in the header (two sections, same header),
                                  certifications in a text box (mc:Choice + a VML
                                  fallback copy), a content control, a hyperlink,
                                  a footer
    engineer_one_column.pdf       software engineer resume, one column
    engineer_two_column.pdf       the same resume: full-width header, sidebar + main
    posting.txt / .md / .html     the data analyst posting
    encrypted.pdf                 user password "s3cret" (RC4)
    image_only.pdf                a page holding only a raster image
    truncated.pdf / truncated.docx  first half of a real fixture
    empty.txt / whitespace.txt    0 bytes / spaces and newlines only
    zip_bomb.docx                 64 MiB member compressed to ~64 KB
    billion_laughs.docx           entity declarations in word/document.xml
    encrypted.docx                OLE2 container with an EncryptedPackage stream (stub)
    legacy.doc                    OLE2 container with a WordDocument stream (stub)
    resume.rtf, photo.png, archive.zip   unsupported formats

examples/: resume_jordan_rivera.txt (+ .pdf), posting_data_analyst.txt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import struct
import sys
import zipfile
import zlib
from html import escape
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "documents"
EXAMPLES = ROOT / "examples"
FIXED_TIME = (2024, 1, 1, 0, 0, 0)

# --------------------------------------------------------------------------- sources
# Markup: "= " name, "~ " contact line, "# " heading, "* " bullet, other lines plain.

ANALYST = """\
= Jordan Rivera
~ jordan.rivera@example.com | (555) 014-2287 | Columbus, OH | linkedin.com/in/jordan-rivera-example
# Summary
Data analyst with five years of reporting and analytics experience in healthcare and logistics.
Builds SQL pipelines, Python analyses and Tableau dashboards that operations teams use daily.
# Professional Experience
Operations Data Analyst, Bluegate Freight Co. | Jul 2023 – Present
* Build and maintain 14 Tableau dashboards tracking on-time delivery, dock utilisation and carrier cost.
* Automate weekly carrier scorecards with Python data analysis (pandas, matplotlib), saving 6 analyst hours a week.
* Partner with dispatch managers to define KPIs; present findings to regional directors every month.
* Forecast shipment volume with seasonal models, cutting overtime spend by 9% in 2024.
Junior Data Analyst, Harbor Point Health | 06/2021 to 06/2023
* Wrote SQL queries and views against a Postgres warehouse of 40M claim records.
* Reconciled monthly claims reports in Excel and Power BI for the finance team.
* Cleaned and validated patient survey data; reduced duplicate records by 30%.
Reporting Assistant, Lakeshore State University Registrar | 2019-2021
* Produced enrolment reports in Excel and answered ad hoc data requests from 12 departments.
# Volunteer Experience
Data Volunteer, Civic Data Collective | Summer 2020
* Mapped food pantry locations against bus routes in Python and shared an open dataset.
# Projects
Freight Delay Explorer | 2024
* Interactive Tableau Public dashboard of 2M public freight delay records, with a written methodology.
# Education
B.S. in Economics, Minor in Statistics, Lakeshore State University | 2017 – 2021
# Certifications
Tableau Desktop Specialist (2022)
Google Data Analytics Professional Certificate (2021)
# Technical Skills
Languages: SQL, Python (pandas, NumPy, matplotlib), R
Tools: Tableau, Power BI, Excel (pivot tables, Power Query), Git, Jupyter
Databases: Postgres, SQL Server
Professional: stakeholder communication, requirements gathering, training new analysts
"""

NURSE = """\
= Alicia Moreno, RN
~ alicia.moreno@example.org | (555) 019-4410 | Dayton, OH
# Summary
Registered nurse with six years of medical-surgical and telemetry experience.
Calm under pressure, precise with medication administration, and a patient educator.
# Work History
Registered Nurse, Medical-Surgical Unit, Maplewood General Hospital | Jan 2019 – Present
* Care for 5-6 post-operative patients per shift on a 32-bed unit.
* Administer medications and IV therapy; document care in Epic.
* Precept 8 new graduate nurses through a 12-week orientation.
Patient Care Technician, Cedar Valley Clinic | 2016-2018
* Recorded vital signs, performed EKGs and assisted with patient mobility.
# Licenses
Registered Nurse, State of Ohio, License RN-000000 (expires 2027)
# Certifications
Basic Life Support (BLS), American Heart Association
Advanced Cardiovascular Life Support (ACLS), American Heart Association
# Education
Bachelor of Science in Nursing, Ridgeview College of Nursing | 2018
# Skills
Telemetry monitoring, wound care, IV insertion, patient education, Epic EHR
"""

# Order matches the two-column reading order: header, sidebar, main column.
ENGINEER = """\
= Sam Whitaker
~ sam.whitaker@example.net | (555) 017-3321 | Portland, OR | github.com/samwhitaker-example
# Technical Skills
Languages: Python, Go, SQL, TypeScript
Frameworks: Django, FastAPI, React
Infrastructure: AWS, Docker, Kubernetes, Terraform
Data: PostgreSQL, Redis, Kafka
# Education
B.S. Computer Science
Cascade Polytechnic Institute
2012 – 2016
# Certifications
AWS Certified Developer – Associate
# Summary
Backend engineer with eight years of experience building payment and logistics services in Python and Go.
# Professional Experience
Senior Software Engineer, Kestrel Payments | Jan 2021 – Present
* Lead a team of four building the settlement service that moves $40M a day across three banks.
* Cut p99 API latency from 900 ms to 140 ms by redesigning the Postgres schema and adding Redis caching.
* Introduced contract tests and canary deploys on Kubernetes, halving production incidents.
Software Engineer, Tidewater Logistics | 03/2018 to 11/2020
* Built route-optimisation APIs in Django and FastAPI serving 2,000 drivers.
* Migrated batch jobs from cron to Kafka consumers, removing a nightly backlog.
Software Engineer Intern, Orchard Labs | Summer 2016
* Wrote data-quality checks for a React dashboard used by the sales team.
# Projects
ledgerlint | 2022
* Open-source linter for double-entry accounting files, written in Go.
"""

POSTING = """\
Data Analyst
Bluewater Supply Analytics – Columbus, OH (Hybrid)

About Us
Bluewater Supply Analytics helps regional distributors plan inventory and delivery routes. Our 40-person analytics team turns shipment, warehouse and customer data into decisions that keep shelves stocked.

Responsibilities
• Build and maintain dashboards that track fill rate, delivery times and inventory turns.
• Write SQL to extract, join and validate data from our operational databases.
• Analyse trends and present recommendations to operations and finance leaders.
• Automate recurring reports with Python.
• Partner with data engineering to improve data quality and documentation.

Requirements
• Bachelor's degree in Statistics, Economics, Mathematics, Computer Science or a related field.
• 3+ years of experience writing SQL against relational databases (PostgreSQL or SQL Server).
• 2+ years of experience using Python for data analysis (pandas).
• Experience building dashboards in Tableau.
• Strong written and verbal communication skills.

Nice to Have
• Experience with dbt or another data transformation tool.
• Familiarity with Power BI.
• Experience in logistics, freight or supply chain analytics.

Benefits
• Medical, dental and vision coverage from day one.
• 401(k) with a 4% company match.
• Hybrid schedule: three days in our Columbus office.

Bluewater Supply Analytics is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.
"""

# --------------------------------------------------------------------------- parsing the markup


def parse_markup(source: str) -> list[tuple[str, str]]:
    """Return (kind, text) pairs: name, contact, heading, bullet, line."""
    kinds = {"= ": "name", "~ ": "contact", "# ": "heading", "* ": "bullet"}
    items: list[tuple[str, str]] = []
    for raw in source.strip().splitlines():
        kind = kinds.get(raw[:2], "line")
        items.append((kind, raw[2:] if kind != "line" else raw))
    return items


def to_text(items: list[tuple[str, str]]) -> str:
    """Canonical plain text: a blank line before each heading, bullets as '• '."""
    lines: list[str] = []
    for kind, text in items:
        if kind == "heading":
            lines.append("")
            lines.append(text.upper() if text == "Summary" else text)
        elif kind == "bullet":
            lines.append(f"• {text}")
        else:
            lines.append(text)
    return "\n".join(lines) + "\n"


def heading_text(text: str) -> str:
    return text.upper() if text == "Summary" else text


def to_markdown(items: list[tuple[str, str]]) -> str:
    lines: list[str] = []
    for kind, text in items:
        if kind == "name":
            lines.append(f"# {text}")
        elif kind == "contact":
            parts = text.split(" | ")
            parts[0] = f"[{parts[0]}](mailto:{parts[0]})"
            lines.append(" | ".join(parts))
        elif kind == "heading":
            lines.extend(["", f"## {heading_text(text)}"])
        elif kind == "bullet":
            lines.append(f"- {text}")
        elif " | " in text:
            title, rest = text.split(" | ", 1)
            lines.append(f"**{title}** | {rest}")
        else:
            lines.append(text)
    return "\n".join(lines) + "\n"


def to_html(items: list[tuple[str, str]], title: str) -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        f'<head><meta charset="utf-8"><title>{escape(title)}</title>'
        "<style>body { font-family: sans-serif; }</style></head>",
        "<body>",
    ]
    in_list = False
    for kind, text in items:
        if kind != "bullet" and in_list:
            out.append("</ul>")
            in_list = False
        if kind == "name":
            out.append(f"<h1>{escape(text)}</h1>")
        elif kind == "contact":
            out.append(f"<div>{escape(text)}</div>")
        elif kind == "heading":
            out.append(f"<h2>{escape(heading_text(text))}</h2>")
        elif kind == "bullet":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"  <li>{escape(text)}</li>")
        else:
            out.append(f"<div>{escape(text)}</div>")
    if in_list:
        out.append("</ul>")
    out.append("<script>console.log('not resume text');</script>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def posting_markdown(text: str) -> str:
    lines = text.strip().splitlines()
    out = [f"# {lines[0]}", f"*{lines[1]}*"]
    headings = {
        "About Us",
        "Responsibilities",
        "Requirements",
        "Nice to Have",
        "Benefits",
    }
    for line in lines[2:]:
        if line in headings:
            out.append(f"## {line}")
        elif line.startswith("• "):
            out.append(f"- {line[2:]}")
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def posting_html(text: str) -> str:
    lines = text.strip().splitlines()
    headings = {
        "About Us",
        "Responsibilities",
        "Requirements",
        "Nice to Have",
        "Benefits",
    }
    out = [
        "<html><head><title>Data Analyst – Bluewater</title></head><body>",
        f"<h1>{escape(lines[0])}</h1>",
        f"<p><em>{escape(lines[1])}</em></p>",
    ]
    in_list = False
    for line in lines[2:]:
        if in_list and not line.startswith("• "):
            out.append("</ul>")
            in_list = False
        if not line:
            continue
        if line in headings:
            out.append(f"<h2>{escape(line)}</h2>")
        elif line.startswith("• "):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{escape(line[2:]).replace('&#x27;', '&rsquo;')}</li>")
        else:
            out.append(f"<p>{escape(line)}</p>")
    if in_list:
        out.append("</ul>")
    out.append("</body></html>\n")
    return "\n".join(out)


# --------------------------------------------------------------------------- zip helpers


def rezip(data: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    """Rewrite a ZIP with fixed timestamps (and optional replaced/added members)."""
    extra = dict(extra or {})
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = extra.pop(info.filename, None)
            if blob is None:
                blob = src.read(info.filename)
            new = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            new.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(new, blob)
        for name, blob in extra.items():
            new = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            new.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(new, blob)
    return out.getvalue()


# --------------------------------------------------------------------------- DOCX


def _new_document() -> Any:
    import docx

    document = docx.Document()
    props = document.core_properties
    stamp = dt.datetime(2024, 1, 1, 0, 0, 0)
    props.created = stamp
    props.modified = stamp
    props.last_printed = stamp
    props.author = "resumefit fixtures"
    props.last_modified_by = "resumefit fixtures"
    props.revision = 1
    return document


def _save(document) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    document.save(buffer)
    return rezip(buffer.getvalue())


def _add_items(container, items: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    for kind, text in items:
        if kind == "name":
            container.add_paragraph(text, style="Title")
        elif kind == "heading":
            container.add_paragraph(heading_text(text), style="Heading 1")
        elif kind == "bullet":
            container.add_paragraph(text, style="List Bullet")
        else:
            container.add_paragraph(text)


def docx_plain(items: list[tuple[str, str]]) -> bytes:
    document = _new_document()
    _add_items(document, items)
    return _save(document)


def _split_sections(items: list[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    sections: dict[str, list[tuple[str, str]]] = {"": []}
    current = ""
    for kind, text in items:
        if kind == "heading":
            current = text
            sections[current] = []
        sections[current].append((kind, text))
    return sections


def docx_table_layout(items: list[tuple[str, str]]) -> bytes:
    """Name and contact on top, then a 1-row table: sidebar cell, main cell."""
    sections = _split_sections(items)
    document = _new_document()
    _add_items(document, sections[""])
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    sidebar = ["Licenses", "Certifications", "Skills", "Education"]
    main = ["Summary", "Work History"]
    for cell, names in ((left, sidebar), (right, main)):
        cell.paragraphs[0].text = ""
        first = True
        for name in names:
            for kind, text in sections[name]:
                if first:
                    paragraph = cell.paragraphs[0]
                    paragraph.text = heading_text(text)
                    paragraph.style = "Heading 1"
                    first = False
                    continue
                style = {"heading": "Heading 1", "bullet": "List Bullet"}.get(kind)
                cell.add_paragraph(
                    heading_text(text) if kind == "heading" else text, style=style
                )
    return _save(document)


_TEXTBOX = """\
<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
     xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
     xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
     xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
     xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
     xmlns:v="urn:schemas-microsoft-com:vml">
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:drawing>
        <wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0"
            relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
          <wp:simplePos x="0" y="0"/>
          <wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
          <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
          <wp:extent cx="5486400" cy="914400"/>
          <wp:wrapTopAndBottom/>
          <wp:docPr id="1" name="Certifications box"/>
          <a:graphic>
            <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
              <wps:wsp>
                <wps:cNvSpPr txBox="1"/>
                <wps:spPr/>
                <wps:txbx><w:txbxContent>BOX</w:txbxContent></wps:txbx>
                <wps:bodyPr/>
              </wps:wsp>
            </a:graphicData>
          </a:graphic>
        </wp:anchor>
      </w:drawing>
    </mc:Choice>
    <mc:Fallback>
      <w:pict>
        <v:shape style="width:432pt;height:72pt">
          <v:textbox><w:txbxContent>BOX</w:txbxContent></v:textbox>
        </v:shape>
      </w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>"""


def _para_xml(text: str, style: str | None = None) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return (
        f'<w:p>{props}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    )


def docx_header_textbox(items: list[tuple[str, str]]) -> bytes:
    """Contact details in the page header, certifications in a text box."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    sections = _split_sections(items)
    document = _new_document()
    header = document.sections[0].header
    header.is_linked_to_previous = False
    name, contact = sections[""][0][1], sections[""][1][1]
    header.paragraphs[0].text = name
    contact_paragraph = header.add_paragraph()
    email, rest = contact.split(" | ", 1)
    rel_id = header.part.relate_to(
        f"mailto:{email}",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
        is_external=True,
    )
    hyperlink = parse_xml(
        '<w:hyperlink xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
        f' r:id="{rel_id}"><w:r><w:t>{escape(email)}</w:t></w:r></w:hyperlink>'
    )
    contact_paragraph._p.append(hyperlink)
    contact_paragraph.add_run(f" | {rest}")
    footer = document.sections[0].footer
    footer.paragraphs[0].text = "References available on request"

    for heading in ("Summary", "Work History"):
        _add_items(document, sections[heading])
    # Licenses inside a content control (w:sdt).
    sdt_inner = "".join(
        _para_xml(heading_text(text), "Heading1" if kind == "heading" else None)
        for kind, text in sections["Licenses"]
    )
    sdt = parse_xml(
        '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:sdtPr><w:alias w:val="Licenses"/></w:sdtPr>'
        f"<w:sdtContent>{sdt_inner}</w:sdtContent></w:sdt>"
    )
    document.element.body.insert(len(document.element.body) - 1, sdt)
    # Certifications inside a text box (the anchor paragraph holds no text itself).
    box_inner = "".join(
        _para_xml(heading_text(text), "Heading1" if kind == "heading" else None)
        for kind, text in sections["Certifications"]
    )
    anchor = document.add_paragraph()
    anchor._p.append(parse_xml(_TEXTBOX.replace("BOX", box_inner)))
    for heading in ("Education", "Skills"):
        _add_items(document, sections[heading])
    # A second section whose header repeats the first one's text (deduplicated).
    new_section = document.add_section()
    new_section.header.is_linked_to_previous = False
    new_section.header.paragraphs[0].text = name
    second = new_section.header.add_paragraph()
    second.add_run(contact)
    document.add_paragraph("Additional information: open to rotating shifts.")
    assert document.element.body.find(qn("w:sdt")) is not None
    return _save(document)


# --------------------------------------------------------------------------- PDF


def _pdf_canvas(buffer: io.BytesIO, title: str):  # type: ignore[no-untyped-def]
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    # Embedded TrueType fonts (shipped with reportlab) carry a ToUnicode map, as
    # real resume PDFs do, so bullets and dashes extract as themselves.
    for name, file in (("Vera", "Vera.ttf"), ("Vera-Bold", "VeraBd.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, file))
    pdf = canvas.Canvas(buffer, pagesize=letter, invariant=1, pageCompression=1)
    pdf.setTitle(title)
    pdf.setAuthor("resumefit fixtures")
    pdf.setCreator("resumefit scripts/make_fixtures.py")
    return pdf


class _Column:
    """Draw marked-up items top-down in a column, wrapping with hanging indents."""

    def __init__(self, pdf, x: float, top: float, width: float) -> None:  # type: ignore[no-untyped-def]
        self.pdf, self.x, self.y, self.width = pdf, x, top, width

    def draw(self, items: list[tuple[str, str]]) -> None:
        from reportlab.lib.utils import simpleSplit

        for kind, text in items:
            if kind == "name":
                self._line(text, "Vera-Bold", 20, 0, after=6)
            elif kind == "contact":
                self._line(text, "Vera", 9, 0, after=4)
            elif kind == "heading":
                self.y -= 10
                self._line(heading_text(text), "Vera-Bold", 11.5, 0, after=3)
            elif kind == "bullet":
                font, size = "Vera", 9.5
                wrapped = simpleSplit(text, font, size, self.width - 12)
                self.pdf.setFont(font, size)
                self.pdf.drawString(self.x + 2, self.y - size, "•")
                for index, part in enumerate(wrapped):
                    self._line(
                        part,
                        font,
                        size,
                        12,
                        after=2.5 if index == len(wrapped) - 1 else 2,
                    )
            else:
                font, size = "Vera", 9.5
                for part in simpleSplit(text, font, size, self.width):
                    self._line(part, font, size, 0, after=2.5)

    def _line(
        self, text: str, font: str, size: float, indent: float, after: float
    ) -> None:
        self.pdf.setFont(font, size)
        self.pdf.drawString(self.x + indent, self.y - size, text)
        self.y -= size + after


def pdf_one_column(items: list[tuple[str, str]], title: str) -> bytes:
    buffer = io.BytesIO()
    pdf = _pdf_canvas(buffer, title)
    column = _Column(pdf, 54, 792 - 54, 612 - 108)
    column.draw(items)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_two_column(items: list[tuple[str, str]], title: str) -> bytes:
    sections = _split_sections(items)
    buffer = io.BytesIO()
    pdf = _pdf_canvas(buffer, title)
    header = _Column(pdf, 54, 792 - 54, 612 - 108)
    header.draw(sections[""])
    pdf.setLineWidth(0.5)
    pdf.line(54, header.y - 4, 612 - 54, header.y - 4)
    top = header.y - 8
    sidebar = _Column(pdf, 54, top, 150)
    main = _Column(pdf, 228, top, 612 - 54 - 228)
    for name in ("Technical Skills", "Education", "Certifications"):
        sidebar.draw(sections[name])
    for name in ("Summary", "Professional Experience", "Projects"):
        main.draw(sections[name])
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_image_only() -> bytes:
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    image = Image.new("RGB", (400, 520), "white")
    draw = ImageDraw.Draw(image)
    for row in range(24):
        draw.rectangle(
            (30, 30 + row * 20, 30 + (row * 37) % 300 + 60, 40 + row * 20), fill="black"
        )
    buffer = io.BytesIO()
    pdf = _pdf_canvas(buffer, "Scanned resume")
    pdf.drawImage(ImageReader(image), 54, 200, width=400, height=520)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_encrypted(plain: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    def fixed_bytes(count: int | None = None) -> bytes:
        return bytes(range(count or 16))

    # pypdf draws the file ID from secrets.token_bytes: pin it so output is stable.
    with mock.patch("secrets.token_bytes", fixed_bytes):
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
        writer.encrypt(
            user_password="s3cret", owner_password="owner-s3cret", algorithm="RC4-128"
        )
        buffer = io.BytesIO()
        writer.write(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------- odd files


def png_bytes() -> bytes:
    width, height = 16, 8
    raw = b"".join(
        b"\x00" + bytes((x * 16) % 256 for x in range(width)) for _ in range(height)
    )

    def chunk(tag: bytes, data: bytes) -> bytes:
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def ole2_stub(stream_name: str) -> bytes:
    """A minimal OLE2 header plus a directory sector naming one stream (enough to sniff)."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[0x18:0x1A] = struct.pack("<H", 0x003E)
    header[0x1A:0x1C] = struct.pack("<H", 0x0003)
    header[0x1C:0x1E] = b"\xfe\xff"
    header[0x1E:0x20] = struct.pack("<H", 9)
    header[0x20:0x22] = struct.pack("<H", 6)
    directory = bytearray(512)
    for index, name in enumerate(("Root Entry", stream_name)):
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        entry = bytearray(128)
        entry[: len(encoded)] = encoded
        entry[64:66] = struct.pack("<H", len(encoded))
        entry[66] = 5 if index == 0 else 2
        directory[index * 128 : (index + 1) * 128] = entry
    return bytes(header) + bytes(directory) + b"\x00" * 512


def zip_bomb(plain_docx: bytes) -> bytes:
    return rezip(plain_docx, {"word/media/padding.bin": b"\x00" * (64 * 1024 * 1024)})


def billion_laughs(plain_docx: bytes) -> bytes:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<!DOCTYPE lolz [{''.join(entities)}]>\n"
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    return rezip(plain_docx, {"word/document.xml": document.encode()})


def archive_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        info = zipfile.ZipInfo("resume/readme.txt", date_time=FIXED_TIME)
        archive.writestr(info, "A zipped folder, not a Word document.\n")
    return out.getvalue()


RTF = (
    r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}"
    "\n"
    r"\f0\fs24 Jordan Rivera\par Data analyst\par}"
    "\n"
)

# --------------------------------------------------------------------------- main


def build() -> dict[Path, bytes]:
    analyst = parse_markup(ANALYST)
    nurse = parse_markup(NURSE)
    engineer = parse_markup(ENGINEER)
    files: dict[Path, bytes] = {}

    def put(name: str, data: bytes | str, base: Path = OUT) -> None:
        files[base / name] = data.encode("utf-8") if isinstance(data, str) else data

    put("analyst.txt", to_text(analyst))
    put("analyst.md", to_markdown(analyst))
    put("analyst.html", to_html(analyst, "Jordan Rivera – Resume"))
    plain_docx = docx_plain(analyst)
    put("analyst.docx", plain_docx)
    put("nurse_table.docx", docx_table_layout(nurse))
    put("nurse_header_textbox.docx", docx_header_textbox(nurse))
    put("nurse.txt", to_text(nurse))
    one = pdf_one_column(engineer, "Sam Whitaker – Resume")
    put("engineer.txt", to_text(engineer))
    put("engineer_one_column.pdf", one)
    put("engineer_two_column.pdf", pdf_two_column(engineer, "Sam Whitaker – Resume"))
    put("posting.txt", POSTING)
    put("posting.md", posting_markdown(POSTING))
    put("posting.html", posting_html(POSTING))
    put("encrypted.pdf", pdf_encrypted(one))
    put("image_only.pdf", pdf_image_only())
    put("truncated.pdf", one[: len(one) // 2])
    put("truncated.docx", plain_docx[: len(plain_docx) // 2])
    put("empty.txt", b"")
    put("whitespace.txt", "   \n\t\n  \r\n")
    put("zip_bomb.docx", zip_bomb(plain_docx))
    put("billion_laughs.docx", billion_laughs(plain_docx))
    put("encrypted.docx", ole2_stub("EncryptedPackage"))
    put("legacy.doc", ole2_stub("WordDocument"))
    put("resume.rtf", RTF)
    put("photo.png", png_bytes())
    put("archive.zip", archive_zip())

    put("resume_jordan_rivera.txt", to_text(analyst), EXAMPLES)
    put(
        "resume_jordan_rivera.pdf",
        pdf_one_column(analyst, "Jordan Rivera – Resume"),
        EXAMPLES,
    )
    put("posting_data_analyst.txt", POSTING, EXAMPLES)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="fail if files would change"
    )
    args = parser.parse_args(argv)
    files = build()
    changed = []
    for path, data in sorted(files.items()):
        old = path.read_bytes() if path.exists() else None
        if old != data:
            changed.append(path)
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
    for path in changed:
        digest = hashlib.sha256(files[path]).hexdigest()[:12]
        print(
            f"{'would change' if args.check else 'wrote'} {path.relative_to(ROOT)} ({digest})"
        )
    if not changed:
        print(f"{len(files)} files up to date")
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
