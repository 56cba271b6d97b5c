"""Lines of an article's source: list lines and the lines that head them, and a hard-wrapped
text's lines joined back into its paragraphs. Ingest reads the source through these; the rules ask
whether a line heads a list.

May import: `summarizer.text` only.
"""

from __future__ import annotations

import re
from itertools import islice, pairwise

from summarizer.text import LIST_MARKER

TERMINAL = re.compile(r"[.!?…:;\"”’)]\s*$")  # a line that ends its sentence (or opens a list with ":")
WRAP_MAX_WIDTH = 100  # a hard-wrapped text breaks its lines at about this many characters or fewer
WRAP_FILL = 0.8  # a wrapped line fills at least this share of the width
WRAP_MIN_LINES, WRAP_SHARE = 3, 0.3  # how many run-on full lines make a text hard-wrapped
_NONEMPTY_LINE = re.compile(r"[^\n]*\S[^\n]*")


def breaks_between(text: str, start: int, end: int) -> bool:
    """Whether a line of `text` ends between `start` and `end` where the writer broke it: after a line longer than a
    hard wrap's width. A name and its place never run over such a break; a wrapped line's end is only a space."""
    nl = text.find("\n", start, end)
    return nl >= 0 and nl - (text.rfind("\n", 0, nl) + 1) > WRAP_MAX_WIDTH


def is_list_item(line: str) -> bool:
    """A line that opens with a list marker ("- ", "+ ", "• ", "1. ", "a) ", "II. "): content."""
    m = LIST_MARKER.match(line)
    return bool(m) and any(ch.isalnum() for ch in line[m.end():])


def heads_list(source: str, end: int, count: int = 1) -> bool:
    """Whether the next `count` lines after `end` (where a line ends) are list lines: the line
    before them is their heading or lead-in, with its colon or without."""
    following = [m.group().strip() for m in islice(_NONEMPTY_LINE.finditer(source, end), count)]
    return len(following) == count and all(is_list_item(line) for line in following)


def _runs_on(source: str, line: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """`line` may run on into `nxt`: no sentence end, no blank line between, and `nxt` is no list line."""
    return (not TERMINAL.search(source[line[0]:line[1]]) and source[line[1]:nxt[0]].count("\n") == 1
            and not is_list_item(source[nxt[0]:nxt[1]].strip()))


def _wrapped_width(lines: list[tuple[int, int]], source: str) -> int | None:
    """The width a hard-wrapped text was wrapped at (text copied from a document or e-mail breaks
    every WRAP_MAX_WIDTH or so characters mid-sentence), or None when the text is not wrapped: many
    lines fill nearly the same width, end without punctuation and run on into the next line."""
    lengths = [b - a for a, b in lines]
    short = [n for n in lengths if n <= WRAP_MAX_WIDTH]
    if not short:
        return None
    width = max(short)
    full = sum(1 for (a, b), nxt in pairwise(lines) if WRAP_FILL * width <= b - a <= width
               and _runs_on(source, (a, b), nxt))
    return width if full >= WRAP_MIN_LINES and full >= WRAP_SHARE * len(lines) else None


def logical_lines(source: str) -> list[tuple[int, int]]:
    """Lines of the source, with a hard-wrapped text's lines joined back into its paragraphs: a
    line runs on into the next when it ends without punctuation and either fills the width or
    opens a paragraph (a first line may be indented, so shorter) that the next line fills."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", source) if m.group().strip()]
    width = _wrapped_width(lines, source)
    if width is None:
        return lines
    out: list[tuple[int, int]] = []
    prev_full = prev_opens = False
    for k, (a, b) in enumerate(lines):
        full = b - a >= WRAP_FILL * width
        run_on = bool(out) and _runs_on(source, lines[k - 1], (a, b)) and (prev_full or (prev_opens and full))
        if run_on:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
        prev_full, prev_opens = full, not run_on
    return out
