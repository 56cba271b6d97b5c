"""Loading results for briefings: a batch's JSONL or one summary JSON, and the article texts.

Batch lines carry extra keys (article_id, status, source); lines that are not "done" are
skipped and counted. The article text, needed to highlight spans, is found from the batch's
`source`, an `--articles` folder or input JSONL, or the results file's folder.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from summarizer.errors import InputError
from summarizer.models import Summary
from summarizer.pipeline.ingest import parse, read_article
from summarizer.render.briefing import Entry

_SUMMARY_KEYS = frozenset(Summary.model_fields)


@dataclass
class Loaded:
    entries: list[Entry]
    skipped: dict[str, int]


# ---------------------------------------------------------------------------------------------
# Loading results
# ---------------------------------------------------------------------------------------------


def _records(path: Path, text: str) -> list[tuple[int, object]]:
    """(line number, parsed JSON) per record: one whole-file JSON value, or one per JSONL line."""
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        whole = None
    else:
        if isinstance(whole, list):
            return [(i + 1, r) for i, r in enumerate(whole)]
        return [(1, whole)]
    out: list[tuple[int, object]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            raise InputError(f"{path}:{n}: not JSON ({e.msg}); expected a summary JSON or batch JSONL") from None
    return out


def load_results(path: str | Path) -> Loaded:
    """Summaries from a batch JSONL or one summary JSON; not-done batch lines are skipped and counted."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a folder; give the batch's JSONL or a summary JSON file")
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{p}: not UTF-8 text; expected a summary JSON or batch JSONL") from None
    if not text.strip():
        raise InputError(f"{p}: the file is empty")
    entries: list[Entry] = []
    skipped: Counter[str] = Counter()
    for n, rec in _records(p, text):
        if not isinstance(rec, dict):
            raise InputError(f"{p}:{n}: expected a JSON object, got {type(rec).__name__}")
        status = rec.get("status", "done")
        if status != "done":
            skipped[str(status)] += 1
            continue
        data = {k: v for k, v in rec.items() if k in _SUMMARY_KEYS}
        try:
            summary = Summary.model_validate(data)
        except ValidationError as e:
            err = e.errors()[0]
            where = "/".join(map(str, err["loc"])) or "(root)"
            raise InputError(f"{p}:{n}: not a summary ({where}: {err['msg']})") from None
        article_id = rec.get("article_id")
        source = rec.get("source")
        entries.append(Entry(summary, str(article_id) if article_id is not None else None,
                             str(source) if source is not None else None))
    if not entries:
        what = ", ".join(f"{k}: {v}" for k, v in sorted(skipped.items())) or "none"
        raise InputError(f"{p}: no finished summaries (skipped lines by status: {what})")
    return Loaded(entries, dict(skipped))


# ---------------------------------------------------------------------------------------------
# Finding each article's text (for the HTML view)
# ---------------------------------------------------------------------------------------------


def _jsonl_texts(path: Path) -> dict[str, str]:
    """id → text from an input JSONL (lines with "id" or "article_id", and "text")."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            continue
        key = rec.get("id", rec.get("article_id"))
        if key is not None:
            out[str(key)] = rec["text"]
    return out


def _candidates(entry: Entry, articles: Path | None, base: Path | None) -> list[Path]:
    names = [entry.summary.article, entry.file_name]
    paths: list[Path] = []
    if articles is not None and articles.is_dir():
        paths += [articles / n for n in names]
    if entry.source and not entry.source.startswith("jsonl:"):
        src = Path(entry.source)
        paths.append(src)
        if base is not None and not src.is_absolute():
            paths.append(base / src)
    if base is not None:
        paths += [base / n for n in names]
    seen: list[Path] = []
    for c in paths:
        if c not in seen:
            seen.append(c)
    return seen


def attach_documents(entries: list[Entry], articles: str | Path | None = None,
                     base: str | Path | None = None) -> None:
    """Set each entry's `document` (its article re-read), or `source_note` saying why not.

    `articles` is a folder of article files, or the JSONL the batch read (lines with "id" and
    "text"); `base` is the results file's folder, tried for relative paths and file names.
    """
    art = Path(articles) if articles is not None else None
    base_p = Path(base) if base is not None else None
    texts = _jsonl_texts(art) if art is not None and art.is_file() else {}
    for e in entries:
        if e.document is not None:
            continue
        key = e.article_id or (e.source[len("jsonl:"):] if e.source and e.source.startswith("jsonl:") else None)
        try:
            if key is not None and key in texts:
                e.document = parse(texts[key], e.summary.article)
            else:
                found = next((c for c in _candidates(e, art, base_p) if c.is_file()), None)
                if found is not None:
                    e.document = read_article(found)
        except InputError as err:
            e.source_note = f"không đọc được bài gốc: {err}"
            continue
        if e.document is None:
            e.source_note = (f"không tìm thấy bài gốc “{e.file_name}” (chỉ chỗ bằng --articles: thư mục bài viết hoặc tệp JSONL đầu vào của batch); "
                             "các mục được liệt kê nhưng không được tô sáng trên bài")
