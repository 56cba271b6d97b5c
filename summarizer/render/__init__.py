"""Renderers: one per output format, shared by `summarize` and `brief`.

`summarize` renders one Summary (json, md, docx, html); `brief` renders a Briefing over many
(md, docx, html). DOCX is binary: `render_docx` returns bytes, every other renderer a str.
Renderers receive the `Document` made at ingest; none re-reads an article itself.

May import: `summarizer.models`, `text`, `errors`, `pipeline.ingest` (Document), python-docx
(DOCX only, lazily); never the extraction or a model client.
"""

from __future__ import annotations

from summarizer.render.briefing import Briefing, build_briefing, single_briefing
from summarizer.render.json_out import render_json, validate_summary
from summarizer.render.markdown import render_brief_markdown, render_markdown

FORMATS = ("json", "md", "docx", "html")
BRIEF_FORMATS = ("md", "docx", "html")
BINARY_FORMATS = frozenset({"docx"})


def render_docx(briefing: Briefing, quotes: bool = False) -> bytes:
    from summarizer.render.docx_out import (
        render_docx as _render,  # python-docx is imported only when asked for
    )

    return _render(briefing, quotes=quotes)


def render_html(briefing: Briefing, quotes: bool = False) -> str:
    from summarizer.render.html_out import render_html as _render

    return _render(briefing, quotes=quotes)


def render_briefing(briefing: Briefing, fmt: str, quotes: bool = False) -> str | bytes:
    """A briefing in one of BRIEF_FORMATS (the `brief` command, and `summarize` for docx/html)."""
    if fmt == "md":
        return render_brief_markdown(briefing, quotes=quotes)
    if fmt == "docx":
        return render_docx(briefing, quotes=quotes)
    if fmt == "html":
        return render_html(briefing, quotes=quotes)
    raise ValueError(f"unknown briefing format {fmt!r}; choose one of {', '.join(BRIEF_FORMATS)}")


__all__ = ["render_json", "render_markdown", "validate_summary", "FORMATS", "BRIEF_FORMATS", "BINARY_FORMATS",
           "render_docx", "render_html", "render_brief_markdown", "render_briefing", "build_briefing",
           "single_briefing", "Briefing"]
