"""DOCX briefing (python-docx): real Word heading and list styles, so the navigation pane works.

Layout: Title; Heading 1 per group (organisation or period); Heading 2 per article with its
metadata and a short source line; Heading 3 per category with one "List Bullet" paragraph per
item, its text exactly as in the summary (one run, so Word never splits a figure). A single
article (`summarize --format docx`) drops the group level: Heading 1 article, Heading 2 category.
"""

from __future__ import annotations

import io
import re

from summarizer.models import CATEGORIES
from summarizer.render.briefing import (
    HEADINGS,
    Briefing,
    Entry,
    entry_heading,
    intro_line,
    meta_rows,
    task_details,
)

# Characters XML 1.0 cannot hold (python-docx would raise); everything else is written as is.
_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: str) -> str:
    return _XML_BAD.sub("", text)


def _article(doc, e: Entry, level: int, quotes: bool, heading: str | None) -> None:
    """One article: its heading at `level` (none for a single article), categories one level below."""
    from docx.shared import Pt, RGBColor

    if heading is not None:
        doc.add_heading(_x(heading), level=level)
    meta = doc.add_paragraph()
    for i, (k, v) in enumerate(meta_rows(e.summary)):
        if i:
            meta.add_run(" · ")
        meta.add_run(f"{k}: ").bold = True
        meta.add_run(_x(v))
    if not meta.runs:
        meta.add_run("Không rõ tổ chức, ngày họp và kỳ đánh giá.").italic = True
    for cat in CATEGORIES:
        items = getattr(e.summary, cat)
        doc.add_heading(f"{HEADINGS[cat]} ({len(items)})", level=level + 1)
        if not items:
            doc.add_paragraph("Không có mục nào.").runs[0].italic = True
        for it in items:
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(_x(it.text))
            details = task_details(it)
            if details:
                p.add_run(" (" + "; ".join(f"{k}: {_x(v)}" for k, v in details) + ")").italic = True
            if quotes:
                q = doc.add_paragraph(style="List Continue")
                r = q.add_run(f"“{_x(it.quote)}”")
                r.italic = True
                r.font.size = Pt(9)
                r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    if e.summary.failed_chunks:
        doc.add_paragraph(f"Lưu ý: {len(e.summary.failed_chunks)} đoạn của bài chưa xử lý được.").runs[0].italic = True
    src = doc.add_paragraph()
    r = src.add_run(f"Nguồn: {_x(e.source_label)}")
    r.italic = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def render_docx(briefing: Briefing, quotes: bool = False) -> bytes:
    """The briefing as a .docx file's bytes."""
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    doc.core_properties.title = _x(briefing.title)
    doc.core_properties.language = "vi-VN"
    doc.styles["Normal"].font.size = Pt(11)
    if briefing.single:
        e = briefing.entries[0]
        doc.add_heading(_x(briefing.title), level=1)
        _article(doc, e, 1, quotes, heading=None)
    else:
        doc.add_heading(_x(briefing.title), level=0)
        doc.add_paragraph(intro_line(briefing))
        for group in briefing.groups:
            level = 2
            if group.label is not None:
                doc.add_heading(_x(group.label), level=1)
            else:
                level = 1
            for e in group.entries:
                _article(doc, e, level, quotes, entry_heading(e, briefing.group_by))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
