"""Ground: find each item's quote in the NFC source, and refuse what the source does not say.

Alignment tries, in order: the exact string, the same words with any whitespace, then a fuzzy
partial match (rapidfuzz's C++ `partial_ratio_alignment`, linear-ish in the text, so a long
Vietnamese article aligns in milliseconds, not the minutes a Python difflib scan takes). Only
content paragraphs are searched, so a quote never lands in a dropped duplicate or a caption.
A fuzzy hit replaces the quote with the source's own characters. Then every figure in the
item's text must occur in that quote, and the text must be Vietnamese (a small model sometimes
slips into Chinese): otherwise the item is dropped and counted.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from summarizer.pipeline.ingest import Document
from summarizer.text import FIGURE, nfc

FUZZY_THRESHOLD = 90.0  # rapidfuzz score 0–100 on the whole quote; below this the quote is refused
MIN_QUOTE_CHARS = 8

_FOREIGN = re.compile(r"[\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@dataclass
class Alignment:
    start: int
    end: int
    status: str  # exact | whitespace | fuzzy
    score: float = 100.0


def figures(text: str) -> list[str]:
    """Number tokens as written: '7/13', '94,7', '7.396,54', '03' (units and % left aside)."""
    return FIGURE.findall(text)


def has_foreign_script(text: str) -> bool:
    return bool(_FOREIGN.search(text))


def missing_figures(text: str, quote: str) -> list[str]:
    have = Counter(figures(quote))
    return [f for f in figures(text) if f not in have]


def supported(value: str | None, quote: str) -> str | None:
    """A task's owner or deadline as given, if `quote` backs every figure in it; else None.

    A model writes these freely: a deadline with a date the source never gave is dropped, never shown."""
    value = " ".join((value or "").split())
    return value if value and not missing_figures(value, quote) else None


def _search_regions(doc: Document, near: tuple[int, int] | None) -> list[tuple[int, int]]:
    regions = [(p.start, p.end) for p in doc.paragraphs]
    if doc.title:
        regions.append((doc.title.start, doc.title.end))
    if near:  # paragraphs overlapping the chunk first, so a repeated phrase lands in its chunk
        lo, hi = near
        regions.sort(key=lambda r: (not (r[0] < hi and r[1] > lo), r[0]))
    return regions


def align(quote: str, doc: Document, near: tuple[int, int] | None = None) -> Alignment | None:
    quote = nfc(quote).strip()
    if len(quote) < MIN_QUOTE_CHARS:
        return None
    src = doc.source
    regions = _search_regions(doc, near)
    for lo, hi in regions:
        at = src.find(quote, lo, hi)
        if at >= 0:
            return Alignment(at, at + len(quote), "exact")
    words = quote.split()
    pattern = re.compile(r"\s+".join(map(re.escape, words)))
    for lo, hi in regions:
        m = pattern.search(src, lo, hi)
        if m:
            return Alignment(m.start(), m.end(), "whitespace")
    best: Alignment | None = None
    needle = " ".join(words).lower()
    for lo, hi in regions:
        hay = src[lo:hi]
        if len(hay) < len(needle) * 0.8:
            continue
        res = fuzz.partial_ratio_alignment(needle, hay.lower(), score_cutoff=FUZZY_THRESHOLD)
        if res and (best is None or res.score > best.score):
            start, end = _snap_to_words(hay, res.dest_start, res.dest_end)
            best = Alignment(lo + start, lo + end, "fuzzy", res.score)
            if res.score >= 99.5:
                break
    return best


def _snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a fuzzy span to whole words so a quote never starts or ends mid-word."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace() and text[end] not in ",;.:":
        end += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def widen_to_figures(src: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span that cuts a figure ("… bằng 94" of "94,7%") to the whole figure, so the figure
    check compares the numbers the source really wrote."""
    for m in FIGURE.finditer(src, max(0, start - 40), min(len(src), end + 40)):
        if m.start() < start < m.end():
            start = m.start()
        if m.start() < end < m.end():
            end = m.end()
    return start, end


@dataclass
class Grounded:
    text: str
    quote: str
    start: int
    end: int
    status: str


def ground_item(text: str, quote: str, doc: Document, near: tuple[int, int] | None = None) -> Grounded | str:
    """A grounded item, or the reason it is dropped (a short snake_case string)."""
    text = nfc(" ".join(text.split()))
    if not text:
        return "empty_text"
    a = align(quote, doc, near)
    if a is None:
        return "quote_not_found"
    start, end = widen_to_figures(doc.source, a.start, a.end)
    src_quote = doc.source[start:end]
    if has_foreign_script(text):
        return "non_vietnamese_text"
    if missing_figures(text, src_quote):
        return "figure_not_in_quote"
    return Grounded(text, src_quote, start, end, a.status)
