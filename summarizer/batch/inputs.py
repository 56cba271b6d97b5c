"""Batch inputs: a folder of articles or a JSONL of {"id", "text"} → articles with stable ids.

Listing is cheap and never reads an article; each article is read and checked in its worker
(`load_document`), so a bad file fails alone. Checks beyond ingest's: a size limit (a 5 MB
"article" is a mistake, not a meeting report), "does this look like Vietnamese", and a warning
(not a failure) for text that tries to talk to the model ("ignore previous instructions…"):
such an article is still summarised, and grounding keeps only what the text itself says.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import InputError
from summarizer.pipeline.ingest import Document, parse, read_article
from summarizer.text import nfc

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
DEFAULT_MAX_ARTICLE_BYTES = 1_000_000
MIN_VIETNAMESE_SHARE = 0.02  # Vietnamese prose: ~8-15% of letters are ă/ơ/ư/đ or carry a Vietnamese tone mark

# Letters only Vietnamese uses among Latin scripts: ă ơ ư đ ĩ ũ and the Latin Extended Additional block.
_VIETNAMESE = re.compile(r"[ăĂơƠưƯđĐĩĨũŨ\u1ea0-\u1ef9]")
_INJECTION = re.compile(
    r"(?:ignore|disregard|forget)\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier|preceding)\s+"
    r"(?:instructions?|prompts?|rules?)"
    r"|\bsystem\s+prompt\b|\byou\s+are\s+now\b"
    r"|bỏ\s+qua\s+(?:mọi|các|tất\s+cả(?:\s+các)?|toàn\s+bộ)?\s*(?:hướng\s+dẫn|chỉ\s+dẫn|yêu\s+cầu|lệnh)"
    r"(?:\s+(?:trước|ở\s+trên|phía\s+trên))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ArticleInput:
    """One article to summarise: where it comes from, not yet read."""

    id: str
    source: str  # the file path, or "jsonl:<id>"
    path: Path | None = None  # folder input
    text: str | None = None  # JSONL input
    error: str | None = None  # already known to be unusable (a bad JSONL line)


def list_inputs(input_path: str | Path) -> list[ArticleInput]:
    """Articles of a folder (.txt/.html, sorted by name) or a JSONL file, with unique ids."""
    p = Path(input_path)
    if not p.exists():
        raise InputError(f"{p}: no such file or folder")
    if p.is_dir():
        return _list_folder(p)
    if p.suffix.lower() in (".jsonl", ".ndjson"):
        return _list_jsonl(p)
    raise InputError(f"{p}: INPUT must be a folder of .txt/.html articles or a .jsonl of {{\"id\", \"text\"}}")


def _list_folder(folder: Path) -> list[ArticleInput]:
    files = sorted(f for f in folder.iterdir()
                   if f.suffix.lower() in ARTICLE_SUFFIXES and not f.name.startswith(".") and not f.is_dir())
    if not files:
        raise InputError(f"{folder}: no .txt or .html articles in this folder")
    stems = Counter(f.stem for f in files)
    # id = file stem; when two files share a stem (a.txt, a.html) both keep their full name instead.
    return [ArticleInput(id=f.stem if stems[f.stem] == 1 else f.name, source=str(f), path=f) for f in files]


def _list_jsonl(path: Path) -> list[ArticleInput]:
    out: list[ArticleInput] = []
    first_line: dict[str, int] = {}
    try:
        raw_lines = path.read_bytes().split(b"\n")
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    for n, raw in enumerate(raw_lines, start=1):
        if not raw.strip():
            continue
        bad_id = f"line-{n}"
        try:
            obj = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(ArticleInput(bad_id, f"jsonl:{bad_id}", error=f"{path.name} line {n}: not valid UTF-8"))
            continue
        except ValueError as e:
            out.append(ArticleInput(bad_id, f"jsonl:{bad_id}", error=f"{path.name} line {n}: not valid JSON ({e})"))
            continue
        if not isinstance(obj, dict) or obj.get("id") in (None, ""):
            out.append(ArticleInput(bad_id, f"jsonl:{bad_id}", error=f"{path.name} line {n}: no \"id\""))
            continue
        aid = str(obj["id"])
        if aid in first_line:
            raise InputError(f"{path}: article ids must be unique: {aid!r} is on lines {first_line[aid]} and {n}")
        first_line[aid] = n
        text = obj.get("text")
        if not isinstance(text, str):
            out.append(ArticleInput(aid, f"jsonl:{aid}", error=f"{path.name} line {n}: \"text\" must be a string"))
            continue
        out.append(ArticleInput(aid, f"jsonl:{aid}", text=text))
    if not out:
        raise InputError(f"{path}: no articles in this JSONL file")
    return out


def load_document(article: ArticleInput, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
                  check_language: bool = True) -> Document:
    """Read and parse one article; InputError (one line, with the reason) when it is unusable."""
    if article.error:
        raise InputError(article.error)
    if article.path is not None:
        size = article.path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{article.path.name}: {size:,} bytes is too large for one article "
                             f"(limit {max_bytes:,}; see --max-article-bytes)")
        doc = read_article(article.path)
    else:
        text = article.text or ""
        size = len(text.encode("utf-8"))
        if size > max_bytes:
            raise InputError(f"{article.id}: {size:,} bytes is too large for one article "
                             f"(limit {max_bytes:,}; see --max-article-bytes)")
        if not text.strip():
            raise InputError(f"{article.id}: the text is empty")
        doc = parse(text, article.id)
    if check_language:
        share = vietnamese_share(doc.clean_text)
        if share < MIN_VIETNAMESE_SHARE:
            raise InputError(f"{doc.name}: does not look like Vietnamese ({share:.1%} Vietnamese letters); "
                             "the summarizer reads Vietnamese articles")
    return doc


def vietnamese_share(text: str) -> float:
    """Share of letters that only Vietnamese writes (ă, ơ, ư, đ, ạ, ế, ộ…)."""
    text = nfc(text[:20000])
    letters = sum(ch.isalpha() for ch in text)
    return len(_VIETNAMESE.findall(text)) / letters if letters else 0.0


def injection_warnings(doc: Document) -> list[str]:
    """Wording that addresses the model instead of reporting a meeting: a warning for the user."""
    m = _INJECTION.search(doc.source)
    if not m:
        return []
    phrase = " ".join(m.group().split())[:60]
    return [f"the text contains instruction-like wording ({phrase!r}); it was treated as article text "
            "and every item is still grounded in the article"]
