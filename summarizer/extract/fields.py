"""Shortcomings named by their fields only ("những tồn tại, hạn chế trong công tác A, B, C"), one
item per field: a list the `rules` strategy reads apart from its clause splitting.

May import: `pipeline` (chunk, ground, ingest), `extract.cues`.
"""

from __future__ import annotations

import re

from summarizer.extract.cues import cue
from summarizer.pipeline.chunk import Sentence
from summarizer.pipeline.ground import MIN_QUOTE_CHARS
from summarizer.pipeline.ingest import Document

# "những tồn tại, hạn chế trong công tác bảo vệ môi trường, thu thuế, quản lý tài nguyên khoáng sản…",
# "chỉ ra những mặt còn yếu, hạn chế … trên các lĩnh vực sản xuất nông nghiệp, phát triển kinh tế, …":
# shortcomings named by their fields only. Labelled one per field (labelling.md, decision on 000).
_FIELD_LIST = re.compile(
    r"(?P<noun>(?:mặt\s+)?(?:còn\s+)?(?:tồn tại|hạn chế|yếu kém|yếu|khó khăn)"
    r"(?:\s*(?:,|và)\s*(?:tồn tại|hạn chế|yếu kém|khó khăn|vướng mắc|thiếu sót))*)(?:\s+(?:và\s+)?cần\s+khắc\s+phục)?"
    r"\s+(?:trên|trong|liên quan đến)\s+(?P<kind>(?:các\s+|một\s+số\s+)?(?:lĩnh\s+vực|công\s+tác|nội\s+dung))(?:\s+như\s*:)?\s+"
    r"(?P<list>[^.;:…]+?)(?=\s*(?:…|\.\.\.|[.;:]|\s+và\s+(?:đề|có|kiến|giải)|\s+(?:nhằm|để)\s|$))", re.IGNORECASE)
_HARDSHIP = cue("hardship")
FIELD_WORDS = (2, 10)  # a field is named in a few words; a longer piece is prose, not a list
_GENERIC_KINDS = {"nội dung"}  # "các nội dung như: công tác X" names no kind to put before each field


def field_shortcomings(doc: Document, sentence: Sentence) -> tuple[int, list[tuple[int, int, str]]]:
    """Where the list's shortcoming word starts, and (start, end, text) per field of a
    shortcomings-by-field list; (-1, []) when the sentence has none."""
    text = doc.source[sentence.start : sentence.end]
    m = _FIELD_LIST.search(text)
    if not m or re.search(r"\blà\b", m.group("list")):  # "hạn chế trong công tác xét xử là do …": a cause, no list
        return -1, []
    if any(h.start() <= m.start() < h.end() for h in _HARDSHIP.finditer(text)):  # "tháo gỡ khó khăn trong công tác
        return -1, []  # lãnh đạo, điều hành …": obstacles overcome, a result or a task (cues.toml, hardship), no list
    parts = [(p.start() + m.start("list"), p.end() + m.start("list")) for p in re.finditer(r"[^,]+", m.group("list"))]
    parts = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in parts]
    if len(parts) < 2 or not all(FIELD_WORDS[0] <= len(text[a:b].split()) <= FIELD_WORDS[1] for a, b in parts):
        return -1, []
    noun = " ".join(m.group("noun").split())
    kind = re.sub(r"(?i)^(?:các|một số)\s+", "", " ".join(m.group("kind").split()))
    out = []
    for a, b in parts:
        field = text[a:b].strip()
        while b - a < MIN_QUOTE_CHARS and a > 0:  # a short field ("truy tố") is quoted with the word before it
            a = text.rfind(" ", 0, a - 1) + 1
        generic = kind.casefold() in _GENERIC_KINDS or field.casefold().startswith(kind.casefold())
        label = field if generic else f"{kind} {field}"
        out.append((sentence.start + a, sentence.start + b, f"{noun[0].upper()}{noun[1:]} trong {label}"))
    return sentence.start + m.start(), out
