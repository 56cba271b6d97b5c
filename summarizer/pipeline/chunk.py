"""Chunk: paragraphs → Vietnamese sentences (underthesea) → chunks under a token budget.

Paragraphs are split first because `sent_tokenize` does not break at newlines. Every sentence is
a span of `Document.source`; a chunk is a run of whole sentences, never a cut one, and carries
the article heading as context so a chunk from the middle still knows which meeting it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from summarizer.pipeline.ingest import Document, Span

CHARS_PER_TOKEN = 3.0  # Vietnamese in Qwen/GPT tokenizers: ~3.3 chars per token; err on the small side
DEFAULT_CHUNK_TOKENS = 1200


def estimate_tokens(text: str) -> int:
    return max(1, int(len(text) / CHARS_PER_TOKEN))


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int


@dataclass
class Chunk:
    index: int
    sentences: list[Sentence]
    text: str  # the sentences, paragraph breaks kept as newlines: what the model reads
    heading: str  # article title or lead line, for context
    previous: str  # the sentence before this chunk, for context (may be "")

    @property
    def start(self) -> int:
        return self.sentences[0].start

    @property
    def end(self) -> int:
        return self.sentences[-1].end


@lru_cache(maxsize=1)
def _splitter():
    """underthesea's rule-based sentence splitter (offline, ships with the wheel).

    `import underthesea` runs its package __init__, which loads every pipeline (joblib, numpy,
    requests, the CRF models): about 0.4 s of a 0.7 s command. The splitter's own module needs
    only the standard library and its punkt_params.json, so it is loaded from its file alone; the
    same function runs. Any other layout falls back to the package import.
    """
    import importlib.util

    spec = importlib.util.find_spec("underthesea")
    if spec is not None and spec.submodule_search_locations:
        path = Path(next(iter(spec.submodule_search_locations))) / "pipeline" / "sent_tokenize" / "__init__.py"
        mod_spec = importlib.util.spec_from_file_location("summarizer._underthesea_sent_tokenize", path)
        if path.is_file() and mod_spec is not None and mod_spec.loader is not None:
            module = importlib.util.module_from_spec(mod_spec)
            try:
                mod_spec.loader.exec_module(module)
                return module.sent_tokenize
            except (ImportError, AttributeError, OSError):
                pass
    from underthesea import sent_tokenize

    return sent_tokenize


# underthesea's splitter breaks after some abbreviations ("TX. Cai Lậy", "TT. Mỹ Phước", "PGS.TS. Lê
# Văn C") and after a list number ("2. Về nhiệm vụ"), and leaves a closing quote or bracket at the
# start of the next sentence ('… cố gắng.” Hội nghị …'), and inside a word with a stop and no space
# ("UB.MTTQ", "Baonghean.vn"). `_repair` glues those pieces back.
_ABBREV_END = re.compile(r"(?:^|[\s(])(?:(?:TP|Tp|TX|Tx|TT|KP|GS|PGS|TS|ThS|BS|KS|NXB)\.)+$")
_LIST_NUMBER = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})\.$")
_CLOSER = re.compile(r"[\"”’»)\]]+(?=\s|$)")


def _repair(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    glue = False
    for start, end in spans:
        closer = _CLOSER.match(text, start, end) if out else None
        if closer:  # the closing mark ends the sentence before
            out[-1][1] = closer.end()
            start = closer.end()
            while start < end and text[start].isspace():
                start += 1
            if start >= end:
                continue
        if glue or (out and start == out[-1][1] and _stop_in_word(text, start)):
            out[-1][1] = end  # "UB.MTTQ", "Baonghean.vn": a stop inside one word
        else:
            out.append([start, end])
        piece = text[out[-1][0] : out[-1][1]]
        glue = bool(_ABBREV_END.search(piece) or _LIST_NUMBER.match(piece))
    return [(a, b) for a, b in out]


def _stop_in_word(text: str, start: int) -> bool:
    """Whether the stop just before `start` (no space after it) is inside one word: a domain
    ("Baonghean.vn") or a short abbreviation joined to another ("UB.MTTQ"); "đổi mới.UBND huyện …"
    is a sentence missing its space and stays split."""
    if start < 2 or text[start - 1] != ".":
        return False
    if text[start].islower() and text[start - 2].isalnum():
        return True
    return bool(re.search(r"(?<![\w.])[A-ZĐ]{1,3}$", text[max(0, start - 5): start - 1])
                and re.match(r"[A-ZĐ]{2,}\b", text[start:]))


def split_sentences(doc: Document) -> list[Sentence]:
    """Sentence spans of every content paragraph, located in the source by forward search."""
    out: list[Sentence] = []
    split = _splitter()
    for pi, para in enumerate(doc.paragraphs):
        text = doc.text_of(para)
        cursor = 0
        spans: list[tuple[int, int]] = []
        for piece in split(text):
            piece = piece.strip()
            if not piece:
                continue
            at = text.find(piece, cursor)
            if at < 0:  # splitter altered the text: fall back to a whitespace-tolerant search
                pattern = r"\s+".join(map(re.escape, piece.split()))
                m = re.compile(pattern).search(text, cursor)
                if not m:
                    continue
                at, length = m.start(), m.end() - m.start()
            else:
                length = len(piece)
            spans.append((at, at + length))
            cursor = at + length
        for start, end in _repair(text, spans):
            for a, b in _at_ellipses(text, start, end):
                out.append(Sentence(len(out), para.start + a, para.start + b, pi))
    return out


# "… còn hạn chế… Năm 2014, Bệnh viện sẽ …": an ellipsis before a capital ends a sentence, which
# underthesea does not see; before a lower-case word ("khuyến lâm… tập huấn") it only trails a list.
_ELLIPSIS_END = re.compile(r"(?:…|\.\.\.)\s+(?=[A-ZĐÀ-Ỹ])")


def _at_ellipses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, at = [], start
    for m in _ELLIPSIS_END.finditer(text, start, end):
        out.append((at, m.start() + len(m.group().rstrip())))
        at = m.end()
    out.append((at, end))
    return out


def make_chunks(doc: Document, max_tokens: int = DEFAULT_CHUNK_TOKENS) -> list[Chunk]:
    sentences = split_sentences(doc)
    groups: list[list[Sentence]] = []
    current: list[Sentence] = []
    used = 0
    for s in sentences:
        cost = estimate_tokens(doc.source[s.start : s.end]) + 1
        if current and used + cost > max_tokens:
            groups.append(current)
            current, used = [], 0
        current.append(s)
        used += cost
    if current:
        groups.append(current)
    chunks = []
    for i, group in enumerate(groups):
        prev = ""
        if group[0].index > 0:
            ps = sentences[group[0].index - 1]
            prev = doc.source[ps.start : ps.end]
        chunks.append(Chunk(i, group, chunk_text(doc, group), doc.heading, prev))
    return chunks


def chunk_text(doc: Document, sentences: list[Sentence]) -> str:
    """Verbatim text of the sentences: one line per paragraph, sliced from the source itself."""
    lines: list[str] = []
    run: list[Sentence] = []
    for s in sentences + [None]:  # type: ignore[list-item]
        if run and (s is None or s.paragraph != run[0].paragraph):
            lines.append(doc.source[run[0].start : run[-1].end])
            run = []
        if s is not None:
            run.append(s)
    return "\n".join(lines)


def paragraph_span(doc: Document, sentence: Sentence) -> Span:
    return doc.paragraphs[sentence.paragraph]
