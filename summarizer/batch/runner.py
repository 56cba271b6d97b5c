"""Run a batch: every article of INPUT through the live pipeline, `concurrency` at a time.

One backend, one response cache and one Throttle are shared by all workers, so a 429 pauses
the whole run and a rerun gets every finished chunk back from the cache. Workers are daemon
threads: an interrupted run exits at once (what finished is already on disk; what was in
flight is redone, from the cache where its chunks had finished). A fatal backend error (bad
key, unknown model, nothing listening) stops the run; anything else fails one article only.
"""

from __future__ import annotations

import fcntl
import os
import queue
import threading
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.api import default_strategy, summarize_document
from summarizer.backends.base import Backend
from summarizer.batch.inputs import (
    DEFAULT_MAX_ARTICLE_BYTES,
    ArticleInput,
    injection_warnings,
    list_inputs,
    load_document,
)
from summarizer.batch.output import (
    JsonlAppender,
    RunStats,
    done_ids,
    errors_path,
    recover_jsonl,
    summary_path,
    summary_record,
    write_json_atomic,
)
from summarizer.config import Options
from summarizer.errors import BackendError, InputError, SummarizerError
from summarizer.errors import scrub as scrub_secrets
from summarizer.extract import get_strategy
from summarizer.models import Summary, Usage

if TYPE_CHECKING:  # the model path (openai, instructor) loads only when a strategy asks a model
    from summarizer.llm.cache import ResponseCache
    from summarizer.llm.retrying import Throttle


@dataclass
class BatchSettings:
    concurrency: int = 4
    accept_partial: bool = False  # write articles with failed chunks as done (else: failed, retried on rerun)
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES
    check_language: bool = True
    price_in: float = 0.0  # per 1M prompt tokens
    price_out: float = 0.0  # per 1M completion tokens


@dataclass
class BatchReport:
    stats: RunStats
    status: str  # complete | failed | stopped | interrupted
    out: Path
    elapsed: float
    summary: dict
    stopped_reason: str | None = None


class Reporter:
    """Progress callbacks; the CLI passes a rich progress bar, the library a silent one."""

    def start(self, total: int, skipped: int) -> None: ...

    def article(self, article_id: str, ok: bool, stats: RunStats, message: str | None = None) -> None: ...

    def warn(self, message: str) -> None: ...

    def stop(self) -> None: ...


def done_line(article: ArticleInput, summary: Summary, warnings: list[str]) -> dict:
    line = {"article_id": article.id, "status": "done", "source": article.source}
    line.update(summary.model_dump(mode="json"))
    if warnings:
        line["warnings"] = warnings
    return line


def failed_line(article: ArticleInput, error: str) -> dict:
    return {"article_id": article.id, "status": "failed", "source": article.source, "error": error}


def scrub(text: str, secrets: list[str]) -> str:
    """An error for the errors file: key removed, one line, bounded."""
    return " ".join(scrub_secrets(text, secrets).split())[:500]


class _Run:
    def __init__(self, options: Options, settings: BatchSettings, backend: Backend | None,
                 cache: ResponseCache | None, out_log: JsonlAppender, err_log: JsonlAppender,
                 stats: RunStats, reporter: Reporter):
        # the run's concurrency is articles at once; each article sends its chunks one by one
        self.options = replace(options, concurrency=1)
        self.settings = settings
        self.backend = backend
        self.cache = cache
        self.throttle: Throttle | None = None
        if backend is not None:  # one 429 back-off shared by every worker
            from summarizer.llm.retrying import Throttle

            self.throttle = Throttle()
        self.out_log = out_log
        self.err_log = err_log
        self.stats = stats
        self.reporter = reporter
        self.secrets = options.secrets()
        self.stop = threading.Event()
        self.fatal: BaseException | None = None

    def process(self, article: ArticleInput) -> tuple[bool, str | None]:
        """Summarise one article and write its line; (ok, error). Raises only fatal errors."""
        t0 = time.perf_counter()
        warnings: list[str] = []
        try:
            doc = load_document(article, self.settings.max_article_bytes, self.settings.check_language)
            warnings = injection_warnings(doc)
            summary = summarize_document(doc, self.options, backend=self.backend, cache=self.cache,
                                         throttle=self.throttle, ingest_seconds=time.perf_counter() - t0)
        except BackendError:
            raise
        except SummarizerError as e:
            return self._fail(article, scrub(str(e), self.secrets), getattr(e, "usage", None))
        except Exception as e:  # noqa: BLE001 - one article's bug must not sink the batch
            return self._fail(article, scrub(f"internal error ({type(e).__name__}: {e})", self.secrets), None)
        for w in warnings:
            self.reporter.warn(f"{article.id}: {w}")
        failed = summary.failed_chunks
        if failed and not self.settings.accept_partial:
            first = failed[0]
            error = (f"{len(failed)} of {summary.provenance.chunks} chunks failed; rerun to retry them "
                     f"(or pass --accept-partial); chunk {first.chunk}: {first.error}")
            return self._fail(article, scrub(error, self.secrets), summary.provenance.usage,
                              chunks=summary.provenance.chunks, failed_chunks=len(failed))
        self.out_log.append(done_line(article, summary, warnings))
        self.stats.record(True, summary.provenance.usage, summary.provenance.chunks, len(failed), bool(warnings))
        return True, None

    def _fail(self, article: ArticleInput, error: str, usage: Usage | None, chunks: int = 0,
              failed_chunks: int = 0) -> tuple[bool, str]:
        self.err_log.append(failed_line(article, error))
        self.stats.record(False, usage, chunks, failed_chunks)
        return False, error

    def worker(self, todo: queue.Queue, results: queue.Queue) -> None:
        while not self.stop.is_set():
            try:
                article = todo.get_nowait()
            except queue.Empty:
                return
            try:
                ok, error = self.process(article)
                results.put((article.id, ok, error))
            except BaseException as e:  # noqa: BLE001 - fatal: stop everyone, report once
                if self.fatal is None:
                    self.fatal = e
                self.stop.set()
                results.put(None)
                return


def _lock(out: Path) -> int:
    """Refuse a second batch writing the same OUT at once (an flock on OUT; it dies with the process)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(out, os.O_RDONLY | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise InputError(f"{out}: another batch is writing this output right now") from None
    return fd


def run_batch(input_path: str | Path, out: str | Path, options: Options | None = None,
              settings: BatchSettings | None = None, *, backend: Backend | None = None,
              cache: ResponseCache | None = None, reporter: Reporter | None = None) -> BatchReport:
    """Summarise every article of INPUT not already done in OUT; see the module docstring."""
    opts = (options or Options()).with_env()
    settings = settings or BatchSettings()
    reporter = reporter or Reporter()
    out = Path(out)
    t0 = time.perf_counter()
    started_at = datetime.now(UTC).isoformat(timespec="seconds")
    articles = list_inputs(input_path)
    lock_fd = _lock(out)
    owned: Backend | None = None
    stats = RunStats(total=len(articles))
    status, reason = "complete", None
    run: _Run | None = None
    try:
        finished = done_ids(recover_jsonl(out))
        todo_list = [a for a in articles if a.id not in finished]
        stats.skipped = len(articles) - len(todo_list)
        if todo_list and get_strategy(opts.strategy or default_strategy(opts)).needs_model:
            if backend is None:
                from summarizer.backends.factory import open_backend

                backend = owned = open_backend(opts)
            if cache is None and opts.use_cache:
                from summarizer.llm.cache import ResponseCache

                cache = ResponseCache(opts.cache_path)
        with JsonlAppender(out) as out_log, JsonlAppender(errors_path(out), truncate=True) as err_log:
            run = _Run(opts, settings, backend, cache, out_log, err_log, stats, reporter)
            reporter.start(len(todo_list), stats.skipped)
            try:
                status, reason = _drive(run, todo_list, reporter)
            except KeyboardInterrupt:
                run.stop.set()
                status, reason = "interrupted", "interrupted by the user"
                raise
            finally:
                reporter.stop()
                elapsed = time.perf_counter() - t0
                in_output = len(done_ids(recover_jsonl(out))) if status != "interrupted" else \
                    stats.skipped + stats.done
                summary = summary_record(
                    stats, status=status, input_path=str(input_path), out=out, model=opts.model,
                    concurrency=settings.concurrency, price_in=settings.price_in, price_out=settings.price_out,
                    started_at=started_at, finished_at=datetime.now(UTC).isoformat(timespec="seconds"),
                    elapsed=elapsed, in_output=in_output, stopped_reason=reason)
                write_json_atomic(summary_path(out), summary)
    finally:
        if owned is not None:
            owned.close()
        os.close(lock_fd)
    if run is not None and run.fatal is not None:
        raise run.fatal
    return BatchReport(stats, status, out, time.perf_counter() - t0, summary, reason)


def _drive(run: _Run, todo_list: list[ArticleInput], reporter: Reporter) -> tuple[str, str | None]:
    todo: queue.Queue = queue.Queue()
    for a in todo_list:
        todo.put(a)
    results: queue.Queue = queue.Queue()
    n_workers = min(run.settings.concurrency, len(todo_list))
    threads = [threading.Thread(target=run.worker, args=(todo, results), daemon=True, name=f"batch-{i}")
               for i in range(n_workers)]
    for t in threads:
        t.start()
    remaining = len(todo_list)
    while remaining:
        try:
            item = results.get(timeout=0.5)
        except queue.Empty:
            if not any(t.is_alive() for t in threads):
                break  # the rest (if any) is drained below
            continue
        if item is None:  # a fatal error: the others finish the article they are on
            break
        remaining -= 1
        reporter.article(item[0], item[1], run.stats, item[2])
    for t in threads:
        t.join()
    while not results.empty():  # articles that finished while we were stopping
        item = results.get_nowait()
        if item is not None:
            reporter.article(item[0], item[1], run.stats, item[2])
    if run.fatal is not None:
        reason = str(run.fatal) if isinstance(run.fatal, SummarizerError) else type(run.fatal).__name__
        return "stopped", scrub(reason, run.secrets)
    return ("failed" if run.stats.failed else "complete"), None
