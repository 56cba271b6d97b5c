"""`llm` strategy: one schema-constrained request per chunk (the path for strong endpoints).

The validation context carries a checker that finds each quote in the chunk and each figure in
its quote; instructor sends its complaints back to the model. A chunk whose answer is cut at
max_tokens is split in two and asked again; a chunk that still fails is reported, alone.
"""

from __future__ import annotations

from summarizer.extract.base import ExtractionResult, ModelStrategy, StrategyContext, per_chunk
from summarizer.extract.errors import chunk_failure, one_line
from summarizer.extract.llm_messages import PROMPT, add_extraction, chunk_messages
from summarizer.llm.caller import TruncatedOutput
from summarizer.models import CATEGORIES, ChunkExtraction, FailedChunk
from summarizer.pipeline.chunk import Chunk, chunk_text
from summarizer.pipeline.ground import align, has_foreign_script, missing_figures, widen_to_figures
from summarizer.pipeline.ingest import Document


def make_checker(doc: Document, chunk: Chunk):
    near = (chunk.start, chunk.end)

    def check(ext: ChunkExtraction) -> list[str]:
        problems = []
        for cat in CATEGORIES:
            for i, item in enumerate(getattr(ext, cat)):
                where = f"{cat}[{i}]"
                a = align(item.quote, doc, near)
                if a is None:
                    problems.append(f"{where}.quote is not found in the source text: copy it word for word")
                    continue
                start, end = widen_to_figures(doc.source, a.start, a.end)
                missing = missing_figures(item.text, doc.source[start:end])
                if missing:
                    problems.append(f"{where}.text has figures not in its quote ({', '.join(missing)}): "
                                    "use only figures written in the quote")
                if has_foreign_script(item.text):
                    problems.append(f"{where}.text is not Vietnamese: write it in Vietnamese only")
        return problems

    return check


class LLMStrategy(ModelStrategy):
    name = "llm"
    prompt = PROMPT
    uses_rules = False

    def run(self, doc: Document, chunks: list[Chunk], ctx: StrategyContext) -> ExtractionResult:
        result = ExtractionResult()
        outcomes = per_chunk(lambda c: self._chunk(doc, c, ctx), chunks, ctx.concurrency)
        for chunk, outcome in zip(chunks, outcomes, strict=True):
            if isinstance(outcome, FailedChunk):
                result.failed.append(outcome)
                continue
            for ext in outcome:
                add_extraction(result, ext, chunk)
        return result

    def _chunk(self, doc: Document, chunk: Chunk, ctx: StrategyContext, depth: int = 0):
        messages = chunk_messages(doc, chunk)
        try:
            return [ctx.caller.structured(messages, ChunkExtraction, prompt_version=self.prompt_version(),
                                          context={"checker": make_checker(doc, chunk)})]
        except TruncatedOutput as e:
            if len(chunk.sentences) < 2 or depth >= 3:
                return FailedChunk(chunk=chunk.index, error=one_line(e))
            half = len(chunk.sentences) // 2
            parts = []
            for sub in (chunk.sentences[:half], chunk.sentences[half:]):
                sub_chunk = Chunk(chunk.index, sub, chunk_text(doc, sub), chunk.heading, chunk.previous)
                got = self._chunk(doc, sub_chunk, ctx, depth + 1)
                if isinstance(got, FailedChunk):
                    return got
                parts.extend(got)
            return parts
        except Exception as e:  # noqa: BLE001 - one chunk's failure must not sink the article
            return chunk_failure(e, ctx, chunk.index)
