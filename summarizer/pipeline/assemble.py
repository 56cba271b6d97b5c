"""Ground, merge and package a strategy's result: the part of a run that live runs and batch import share."""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, datetime

from summarizer.errors import ExtractionError, scrub
from summarizer.extract.base import ExtractionResult
from summarizer.models import FailedChunk, Item, Provenance, Summary, Task
from summarizer.pipeline.ground import Grounded, ground_item
from summarizer.pipeline.ingest import Document
from summarizer.pipeline.merge import Placed, merge_items
from summarizer.pipeline.meta import reconcile


def tool_version() -> str:
    from summarizer import __version__

    return __version__


def assemble_summary(doc: Document, n_chunks: int, result: ExtractionResult, *, strategy_name: str,
                     model: str | None, prompt_version: str | None, timings: dict[str, float] | None = None,
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
    for c in result.candidates:
        g = ground_item(c.text, c.quote, doc, c.near)
        if not isinstance(g, Grounded):
            dropped[g] += 1
            continue
        fields = dict(text=g.text, quote=g.quote, start=g.start, end=g.end, status=g.status, chunk=c.chunk)
        item = Task(**fields, owner=c.owner or None, deadline=c.deadline or None) if c.category == "tasks" \
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

    provenance = Provenance(
        tool_version=tool_version(), model=model, strategy=strategy_name, prompt_version=prompt_version,
        usage=result.usage, timings={k: round(v, 4) for k, v in timings.items()}, dropped=dict(dropped),
        chunks=n_chunks, structured_output=structured_output, created_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    return Summary(article=doc.name, meta=meta, achievements=lists["achievements"],
                   shortcomings=lists["shortcomings"], tasks=lists["tasks"], failed_chunks=failed,
                   provenance=provenance)
