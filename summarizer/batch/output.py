"""Batch outputs: the results JSONL, its errors file, the run summary JSON and the usage table.

Durability rules (what makes a kill -9 at any moment safe):
- each result is ONE JSON line written with one `write` call on an O_APPEND descriptor, then
  fsync'ed, under a lock: lines never interleave, and a finished line is on disk before the
  next article is reported done;
- on open, a last line without its newline (or that does not parse) is a write cut short by a
  kill: it is truncated away and that article is simply done again;
- OUT is never rewritten, so finished lines stay byte-for-byte as they were.

The errors file (`OUT.errors.jsonl`) describes the latest run only: it is emptied when a run
starts (every article not done in OUT is attempted again) and gets one line per article that
failed in this run. After a run, each input article is in exactly one of OUT (done) or the
errors file (failed), unless the run was stopped early.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.files import atomic_write
from summarizer.models import Usage


def errors_path(out: Path) -> Path:
    return out.with_name(_stem(out) + ".errors.jsonl")


def summary_path(out: Path) -> Path:
    return out.with_name(_stem(out) + ".summary.json")


def _stem(out: Path) -> str:
    return out.name[: -len(".jsonl")] if out.name.endswith(".jsonl") else out.name


def recover_jsonl(path: Path) -> list[dict]:
    """Complete lines of a JSONL file; a torn last line (kill mid-write) is truncated off the file."""
    if not path.exists():
        return []
    data = path.read_bytes()
    records: list[dict] = []
    good_end = 0
    pos = 0
    while pos < len(data):
        nl = data.find(b"\n", pos)
        if nl < 0:  # no newline: the write was cut short
            break
        line = data[pos:nl]
        try:
            obj = json.loads(line.decode("utf-8")) if line.strip() else None
        except (UnicodeDecodeError, ValueError):
            obj = False
        if obj is False and nl + 1 >= len(data):  # a garbled last line: also a torn write
            break
        if isinstance(obj, dict):
            records.append(obj)
        good_end = nl + 1
        pos = nl + 1
    if good_end < len(data):
        with open(path, "r+b") as f:
            f.truncate(good_end)
            f.flush()
            os.fsync(f.fileno())
    return records


def done_ids(records: list[dict]) -> set[str]:
    return {str(r["article_id"]) for r in records if r.get("status") == "done" and "article_id" in r}


class JsonlAppender:
    """Append whole JSON lines durably; safe to call from many threads."""

    def __init__(self, path: Path, truncate: bool = False):
        path.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (os.O_TRUNC if truncate else 0)
        self.path = path
        self._fd = os.open(path, flags, 0o644)
        self._lock = threading.Lock()

    def append(self, record: dict) -> None:
        data = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        with self._lock:
            if self._fd < 0:  # closed (a run that was interrupted): never write to a reused fd
                raise RuntimeError(f"{self.path} is closed")
            written = os.write(self._fd, data)
            while written < len(data):  # only on a full disk or a signal; never seen on a regular file
                written += os.write(self._fd, data[written:])
            os.fsync(self._fd)

    def close(self) -> None:
        with self._lock:
            if self._fd >= 0:
                os.close(self._fd)
                self._fd = -1

    def __enter__(self) -> JsonlAppender:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_json_atomic(path: Path, obj: dict) -> None:
    atomic_write(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n", fsync=True)


@dataclass
class RunStats:
    """Counters for one run; updated from worker threads under a lock."""

    total: int = 0  # articles in INPUT
    skipped: int = 0  # already done in OUT before this run
    done: int = 0
    failed: int = 0
    warned: int = 0
    chunks: int = 0  # chunks of the articles finished in this run
    failed_chunks: int = 0
    usage: Usage = field(default_factory=Usage)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, ok: bool, usage: Usage | None, chunks: int = 0, failed_chunks: int = 0,
               warned: bool = False) -> None:
        with self._lock:
            if ok:
                self.done += 1
            else:
                self.failed += 1
            self.warned += int(warned)
            self.chunks += chunks
            self.failed_chunks += failed_chunks
            if usage is not None:
                self.usage.add(usage)

    @property
    def attempted(self) -> int:
        return self.done + self.failed

    def cost(self, price_in: float, price_out: float) -> float:
        return (self.usage.prompt_tokens * price_in + self.usage.completion_tokens * price_out) / 1_000_000


def usage_rows(stats: RunStats, price_in: float, price_out: float, elapsed: float) -> list[tuple[str, str]]:
    u = stats.usage
    return [
        ("articles done", f"{stats.done}"),
        ("articles failed", f"{stats.failed}"),
        ("already done (skipped)", f"{stats.skipped}"),
        ("chunks", f"{stats.chunks}"),
        ("model calls", f"{u.calls}"),
        ("cache hits", f"{u.cache_hits}"),
        ("tokens in", f"{u.prompt_tokens:,}"),
        ("tokens out", f"{u.completion_tokens:,}"),
        ("cost", f"{stats.cost(price_in, price_out):.4f} (per 1M tokens: in {price_in:g}, out {price_out:g})"),
        ("elapsed", f"{elapsed:.1f} s"),
    ]


def usage_table(stats: RunStats, price_in: float, price_out: float, elapsed: float):
    from rich.table import Table

    table = Table(title="batch usage", show_header=True, header_style="bold")
    table.add_column("what")
    table.add_column("value", justify="right")
    for k, v in usage_rows(stats, price_in, price_out, elapsed):
        table.add_row(k, v)
    return table


def summary_record(stats: RunStats, *, status: str, input_path: str, out: Path, model: str | None,
                   concurrency: int, price_in: float, price_out: float, started_at: str, finished_at: str,
                   elapsed: float, in_output: int, stopped_reason: str | None = None) -> dict:
    u = stats.usage
    return {
        "status": status,  # complete | failed (some articles failed) | stopped | interrupted
        "input": input_path,
        "output": str(out),
        "errors": str(errors_path(out)),
        "model": model,
        "concurrency": concurrency,
        "started_at": started_at,
        "finished_at": finished_at,
        "elapsed_s": round(elapsed, 3),
        "articles": {"total": stats.total, "done": stats.done, "failed": stats.failed,
                     "skipped_already_done": stats.skipped,
                     "not_attempted": max(0, stats.total - stats.skipped - stats.attempted),
                     "with_warnings": stats.warned, "in_output": in_output},
        "chunks": stats.chunks,
        "failed_chunks": stats.failed_chunks,
        "usage": {"model_calls": u.calls, "cache_hits": u.cache_hits, "prompt_tokens": u.prompt_tokens,
                  "completion_tokens": u.completion_tokens},
        "price_per_1m_tokens": {"input": price_in, "output": price_out},
        "cost": round(stats.cost(price_in, price_out), 6),
        "stopped_reason": stopped_reason,
    }
