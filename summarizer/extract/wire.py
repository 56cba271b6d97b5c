"""What a model strategy sends and how its answers become a result, written once for live runs,
batch export and batch import: so a batch export's requests equal what a live run sends, and an
imported answer is read the way a live one is.

`llm`: one request per chunk (messages from `llm_messages`), a `ChunkExtraction` back.
`judge`: one request per chunk with candidates (`judge.requests`), a `JudgeAnswer` back; a chunk
whose answer is missing or invalid keeps the rules' verdicts, as live.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import BaseModel, ValidationError

from summarizer.extract.base import ExtractionResult
from summarizer.models import ChunkExtraction, ExtractedMeta, FailedChunk, JudgeAnswer
from summarizer.pipeline.chunk import Chunk
from summarizer.pipeline.ingest import Document

BATCH_STRATEGIES = ("llm", "judge")
_FENCE = re.compile(r"^```(?:json)?\s*(.*?)\s*```$", re.S)


@dataclass
class Reply:
    """One chunk's answer from a batch file: its content, or why there is none."""

    content: str | None = None
    error: str | None = None


def parse(content: str, model: type[BaseModel]) -> BaseModel:
    """An answer's JSON (a ```json fence tolerated) as `model`; raises ValidationError."""
    text = content.strip()
    m = _FENCE.match(text)
    return model.model_validate_json(m.group(1) if m else text)


def _parse_error(e: ValidationError, model: type[BaseModel]) -> str:
    first = e.errors()[0] if e.errors() else {"msg": str(e)}
    return f"answer is not a valid {model.__name__}: {' '.join(str(first.get('msg')).split())[:200]}"


class LLMWire:
    name = "llm"
    prompt = "extract"
    response_model = ChunkExtraction

    def requests(self, doc: Document, chunks: list[Chunk]) -> list[tuple[int, list[dict]]]:
        from summarizer.extract.llm_messages import chunk_messages

        return [(c.index, chunk_messages(doc, c)) for c in chunks]

    def result(self, doc: Document, chunks: list[Chunk], replies: dict[int, Reply]) -> ExtractionResult:
        from summarizer.extract.llm_messages import add_extraction

        result = ExtractionResult()
        for chunk in chunks:
            r = replies.get(chunk.index) or Reply(error="no answer for this chunk in the responses file")
            if r.error:
                result.failed.append(FailedChunk(chunk=chunk.index, error=r.error))
                continue
            try:
                add_extraction(result, parse(r.content or "", ChunkExtraction), chunk)
            except ValidationError as e:
                result.failed.append(FailedChunk(chunk=chunk.index, error=_parse_error(e, ChunkExtraction)))
        return result


class JudgeWire:
    name = "judge"
    prompt = "judge"
    response_model = JudgeAnswer

    def requests(self, doc: Document, chunks: list[Chunk]) -> list[tuple[int, list[dict]]]:
        from summarizer.extract.judge import requests

        return [(r.chunk.index, r.messages) for r in requests(doc, chunks)[1]]

    def result(self, doc: Document, chunks: list[Chunk], replies: dict[int, Reply]) -> ExtractionResult:
        from summarizer.extract.judge import answer_to_candidates, make_checker, requests

        meta, reqs = requests(doc, chunks)
        result = ExtractionResult(metas=[ExtractedMeta(**meta.model_dump())])
        for req in reqs:
            r = replies.get(req.chunk.index) or Reply(error="no answer for this chunk in the responses file")
            why = r.error
            if not why:
                try:
                    answer = parse(r.content or "", JudgeAnswer)
                    problems = make_checker(req.proposals)(answer)
                    why = f"the answer is invalid ({problems[0]})" if problems else None
                except ValidationError as e:
                    why = _parse_error(e, JudgeAnswer)
            if why:  # no re-ask offline: the rules' verdicts stand for this chunk, and it is said
                result.fallbacks.append(FailedChunk(chunk=req.chunk.index,
                                                    error=f"{why}; the rules' categories were used"))
                result.candidates += req.fallback()
            else:
                result.candidates += answer_to_candidates(answer, req.proposals)
        return result


def wire_for(strategy: str) -> LLMWire | JudgeWire:
    if strategy == "llm":
        return LLMWire()
    if strategy == "judge":
        return JudgeWire()
    raise ValueError(f"batch export/import works with {' or '.join(BATCH_STRATEGIES)}, not {strategy!r}")
