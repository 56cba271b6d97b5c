"""The library API: one article in, one grounded `Summary` out. The CLI is a thin layer over this.

Stages run in one direction: ingest → chunk → extract (a strategy) → ground → merge; rendering
is the caller's choice of format.
"""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from .backends.base import Backend
from .cache import ResponseCache
from .chunk import make_chunks
from .config import Options
from .errors import ExtractionError, SummarizerError, scrub
from .ground import Grounded, ground_item
from .ingest import Document, read_article
from .llm_call import CallSettings, ModelCaller
from .merge import Placed, merge_items
from .meta import reconcile
from .models import FailedChunk, Item, Provenance, Summary, Task
from .retrying import Throttle
from .strategies import ExtractionResult, StrategyContext, get_strategy

ENDPOINT_DEFAULT_STRATEGY = "llm"
# Chosen by measurement on the labelled set (README, "Which strategy"): with the embedded 1.5B model
# neither `llm` nor any `hybrid` question measured better than `rules`, so the zero-config default
# asks the model nothing; `--strategy hybrid|llm` starts the embedded model on demand.
EMBEDDED_DEFAULT_STRATEGY = "rules"


def tool_version() -> str:
    from . import __version__

    return __version__


def default_strategy(options: Options) -> str:
    return ENDPOINT_DEFAULT_STRATEGY if options.uses_endpoint else EMBEDDED_DEFAULT_STRATEGY


def summarize(article: str | Path, options: Options | None = None, *, backend: Backend | None = None,
              cache: ResponseCache | None = None, throttle: Throttle | None = None) -> Summary:
    """Summarise one article file (.txt or .html). Opens (and closes) a backend unless given one."""
    t0 = time.perf_counter()
    doc = read_article(article)
    return summarize_document(doc, options, backend=backend, cache=cache, throttle=throttle,
                              ingest_seconds=time.perf_counter() - t0)


def summarize_document(doc: Document, options: Options | None = None, *, backend: Backend | None = None,
                       cache: ResponseCache | None = None, throttle: Throttle | None = None,
                       ingest_seconds: float = 0.0) -> Summary:
    opts = (options or Options()).with_env()
    strategy = get_strategy(opts.strategy or default_strategy(opts))
    timings = {"ingest": ingest_seconds}
    started = time.perf_counter()

    t = time.perf_counter()
    chunks = make_chunks(doc, opts.chunk_tokens)
    timings["chunk"] = time.perf_counter() - t

    owned: Backend | None = None
    caller: ModelCaller | None = None
    model_name: str | None = None
    t = time.perf_counter()
    try:
        if strategy.needs_model:
            if backend is None:
                from .backends.factory import open_backend

                backend = owned = open_backend(opts)
            if cache is None and opts.use_cache:
                cache = ResponseCache(opts.cache_path)
            settings = CallSettings(model=backend.model, mode=opts.mode, temperature=opts.temperature,
                                    max_tokens=opts.max_tokens, max_reasks=opts.max_reasks, attempts=opts.attempts)
            caller = ModelCaller(backend.client(), settings, cache=cache if opts.use_cache else None,
                                 throttle=throttle)
            model_name = backend.model
        ctx = StrategyContext(caller, opts.concurrency, endpoint=opts.base_url or "the model endpoint")
        result = strategy.run(doc, chunks, ctx)
    except SummarizerError as e:  # the library, not only the CLI, never hands out the key
        clean = scrub(str(e), opts.secrets())
        if clean != str(e):
            raise type(e)(clean) from None
        raise
    finally:
        if owned is not None:
            owned.close()
    timings["extract"] = time.perf_counter() - t
    if caller is not None:
        result.usage.add(caller.usage)

    return assemble_summary(doc, len(chunks), result, strategy_name=strategy.name, model=model_name,
                            prompt_version=strategy.prompt_version() if strategy.needs_model else None,
                            timings=timings, secrets=opts.secrets(), started=started)


def assemble_summary(doc: Document, n_chunks: int, result: ExtractionResult, *, strategy_name: str,
                     model: str | None, prompt_version: str | None, timings: dict[str, float] | None = None,
                     secrets: list[str] | None = None, started: float | None = None) -> Summary:
    """Ground, merge and package a strategy's result. Shared by live runs and batch import."""
    timings = dict(timings or {})
    failed = [FailedChunk(chunk=f.chunk, error=scrub(f.error, secrets or [])) for f in result.failed]
    if n_chunks and len({f.chunk for f in failed}) == n_chunks:
        err = ExtractionError(f"{doc.name}: all {n_chunks} chunks failed; first error: {failed[0].error}")
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
        chunks=n_chunks, created_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    return Summary(article=doc.name, meta=meta, achievements=lists["achievements"],
                   shortcomings=lists["shortcomings"], tasks=lists["tasks"], failed_chunks=failed,
                   provenance=provenance)
