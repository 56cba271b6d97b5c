"""What every extraction strategy takes and gives back.

A strategy turns chunks into candidate items (text + quote, not yet grounded) and metadata
guesses. Grounding, merging and rendering are the same for every strategy.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from summarizer.llm.prompts import load_prompt
from summarizer.models import Category, ExtractedMeta, FailedChunk, Usage
from summarizer.pipeline.chunk import Chunk
from summarizer.pipeline.ingest import Document

T = TypeVar("T")
R = TypeVar("R")


@dataclass
class Candidate:
    category: Category
    text: str
    quote: str
    chunk: int | None = None
    near: tuple[int, int] | None = None  # where in the source to look first
    owner: str | None = None
    deadline: str | None = None


@dataclass
class ExtractionResult:
    candidates: list[Candidate] = field(default_factory=list)
    metas: list[ExtractedMeta] = field(default_factory=list)
    failed: list[FailedChunk] = field(default_factory=list)
    fallbacks: list[FailedChunk] = field(default_factory=list)  # chunks answered by the rules instead of the model
    notes: list[str] = field(default_factory=list)  # said when nothing is found ("the model judged all … none")
    usage: Usage = field(default_factory=Usage)


class Caller(Protocol):
    """What a strategy needs of a model: one structured answer per request (llm.caller.ModelCaller)."""

    def structured(self, messages: list[dict], response_model: type, *, prompt_version: str,
                   context: dict | None = None): ...


@dataclass
class StrategyContext:
    caller: Caller | None  # None when no model is available (rules)
    concurrency: int = 1
    endpoint: str = ""  # for error messages only


def per_chunk(fn: Callable[[T], R], items: list[T], concurrency: int) -> list[R]:
    """`fn` over a strategy's per-chunk work, `concurrency` at a time, results in order. On Ctrl-C
    or a fatal error the work still queued is cancelled, not waited for."""
    pool = ThreadPoolExecutor(max_workers=max(1, concurrency))
    try:
        return list(pool.map(fn, items))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class ModelStrategy:
    """What the model-backed strategies share: they need a model, and their version is their prompt's."""

    name: str
    prompt: str  # the prompt's name in prompts/
    needs_model = True
    uses_rules = True  # hybrid and judge start from the rules' clauses; `llm` sets False

    def prompt_version(self) -> str:
        return load_prompt(self.prompt).version


class Strategy(Protocol):
    name: str
    needs_model: bool
    uses_rules: bool  # its items start from the rules' clauses, so the learned weights shape them

    def prompt_version(self) -> str | None: ...

    def run(self, doc: Document, chunks: list[Chunk], ctx: StrategyContext) -> ExtractionResult: ...
