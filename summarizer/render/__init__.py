"""Renderers: one per output format, shared by `summarize` and `brief`."""

from __future__ import annotations

from .json_out import render_json, validate_summary
from .markdown import render_markdown

FORMATS = ("json", "md")

__all__ = ["render_json", "render_markdown", "validate_summary", "FORMATS"]
