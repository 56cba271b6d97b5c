"""Ground, merge and package a strategy's result: the part of a run that live runs and batch import share."""

from __future__ import annotations

import re
import time
from collections import Counter
from datetime import UTC, datetime

from summarizer.errors import ExtractionError, scrub
from summarizer.extract.base import ExtractionResult
from summarizer.models import FailedChunk, Item, Provenance, Summary, Task
from summarizer.pipeline.ground import Grounded, ground_item, supported
from summarizer.pipeline.ingest import Document
from summarizer.pipeline.merge import Placed, merge_items
from summarizer.pipeline.meta import reconcile
from summarizer.text import strip_list_marker

# Cleaning that removes more than this share of an article's text (a second pasted copy aside) has
# probably removed the article, not its furniture: the CLI warns.
CLEANED_WARN_SHARE = 0.5


def tool_version() -> str:
    from summarizer import __version__

    return __version__


def assemble_summary(doc: Document, n_chunks: int, result: ExtractionResult, *, strategy_name: str,
                     model: str | None, prompt_version: str | None, weights_version: str | None = None, timings: dict[str, float] | None = None,
                     secrets: list[str] | None = None, started: float | None = None,
                     structured_output: str | None = None) -> Summary:
    """Ground, merge and package a strategy's result. Shared by live runs and batch import."""
    timings = dict(timings or {})
    failed = [FailedChunk(chunk=f.chunk, error=scrub(f.error, secrets or [])) for f in result.failed]
    if n_chunks and len({f.chunk for f in failed}) == n_chunks:
        reasons = {f.error for f in failed}
        if len(reasons) == 1:  # one reason for all: say it plainly ("HTTP 500: <server message>")
            err = ExtractionError(f"{failed[0].error} (all {n_chunks} chunks failed)")
        else:
            err = ExtractionError(f"all {n_chunks} chunks failed; first error: {failed[0].error}")
        err.usage = result.usage  # what the failed attempts cost: batch accounting reads it
        raise err

    t = time.perf_counter()
    dropped: Counter[str] = Counter()
    placed: list[Placed] = []
    cut_end = cut_at(doc.source)
    for c in result.candidates:
        g = ground_item(c.text, c.quote, doc, c.near)
        if not isinstance(g, Grounded):
            dropped[g] += 1
            continue
        if cut_end is not None and g.end >= cut_end - 1 and not _whole_line(doc.source, g.start):
            dropped["cut_off"] += 1
            continue
        fields = dict(text=_item_text(g.text), quote=g.quote, start=g.start, end=g.end, status=g.status, chunk=c.chunk)
        # an owner may come from a heading ("Đối với Chi bộ 3:"), a deadline only from the item's own quote
        item = Task(**fields, owner=supported(c.owner, doc.source), deadline=supported(c.deadline, g.quote)) \
            if c.category == "tasks" \
            else Item(**fields)
        placed.append(Placed(c.category, item))
    timings["ground"] = time.perf_counter() - t

    t = time.perf_counter()
    lists, merged = merge_items(placed)
    if merged:
        dropped["near_duplicate"] += merged
    meta = reconcile(doc, result.metas)
    timings["merge"] = time.perf_counter() - t
    if started is not None:
        timings["total"] = time.perf_counter() - started + timings.get("ingest", 0.0)

    removed = removed_chars(doc)
    if not any(lists.values()):
        err = ExtractionError(nothing_found(doc, removed, dropped, len({f.chunk for f in failed}), result.notes))
        err.usage = result.usage
        raise err
    provenance = Provenance(
        tool_version=tool_version(), model=model, strategy=strategy_name, prompt_version=prompt_version,
        weights_version=weights_version,
        usage=result.usage, timings={k: round(v, 4) for k, v in timings.items()}, dropped=dict(dropped),
        chunks=n_chunks, fallback_chunks=[FailedChunk(chunk=f.chunk, error=scrub(f.error, secrets or []))
                                           for f in result.fallbacks], source_chars=len(doc.source), cleaned_chars=sum(removed.values()), removed_chars=removed,
        structured_output=structured_output, created_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    return Summary(article=doc.name, meta=meta, achievements=lists["achievements"],
                   shortcomings=lists["shortcomings"], tasks=lists["tasks"], failed_chunks=failed,
                   provenance=provenance)


_ENDS_WHOLE = re.compile(r"[.!?…:;)\]\"”»'/]\s*$")


def cut_at(source: str) -> int | None:
    """Where a text that stops mid-sentence ends (a page stored or pasted up to a length: "… đạt tiêu chuẩn NTM
    kiểu m"), else None. An item that runs into that end may have lost words: it is dropped and counted as
    `cut_off`, as labellers drop the item a page cuts off, unless it is its line's whole text (a list line needs no
    full stop)."""
    text = source.rstrip()
    return None if _ENDS_WHOLE.search(text) else len(text)


def _whole_line(source: str, start: int) -> bool:
    """Whether nothing but a list marker stands before `start` on its line."""
    before = source[source.rfind("\n", 0, start) + 1 : start].strip()
    body, marked = strip_list_marker(before + " x")  # (a marker is read before its item's first word)
    return not before or bool(marked) and body.strip() == "x"


def _item_text(text: str) -> str:
    """An item's text never opens with its list marker ("- ", "+ ", "1. "); its quote may."""
    body, n = strip_list_marker(text)
    return body[0].upper() + body[1:] if n and body else text


def removed_chars(doc: Document) -> dict[str, int]:
    """Characters that cleaning removed, by reason (caption, boilerplate, dateline, duplicate,
    related: other articles' headlines after the page's related-news box)."""
    out: Counter[str] = Counter()
    for span in doc.removed:
        out[span.reason or "other"] += span.end - span.start
    return dict(sorted(out.items()))


def nothing_found(doc: Document, removed: dict[str, int], dropped: Counter[str], failed_chunks: int = 0,
                  notes: list[str] | None = None) -> str:
    """The one line that says why an article gave nothing to summarise."""
    from summarizer.pipeline.chunk import split_sentences  # only on this path

    furniture = sum(n for reason, n in removed.items() if reason != "duplicate")
    why = [f"{len(split_sentences(doc))} sentences read", f"{furniture} characters removed as captions/furniture"]
    if dropped:
        why.append(f"{sum(dropped.values())} candidates dropped ("
                   + ", ".join(f"{k} {v}" for k, v in sorted(dropped.items())) + ")")
    if failed_chunks:
        why.append(f"{failed_chunks} chunk(s) failed")
    why += notes or []
    return f"{doc.name}: nothing to summarise: no achievements, shortcomings or tasks found ({'; '.join(why)})"


def cleaning_warning(summary: Summary) -> str | None:
    """A warning line when cleaning removed more than half of the article's text, else None.

    A second pasted copy of the article is not counted: removing it loses nothing.
    """
    p = summary.provenance
    dup = p.removed_chars.get("duplicate", 0)
    lost = p.cleaned_chars - dup
    text = p.source_chars - dup
    if text <= 0 or lost <= CLEANED_WARN_SHARE * text:
        return None
    return (f"{summary.article}: cleaning removed {lost} of {text} characters ({lost / text:.0%}) as captions, "
            f"bylines and page furniture; check that the file holds the article")
