"""The `llm` strategy's wire format, written once: the messages sent for a chunk, and the
candidates read back from an answer. Used by the live strategy, batch export and batch import,
so a batch export's requests equal what a live run sends.
"""

from __future__ import annotations

from summarizer.extract.base import Candidate, ExtractionResult
from summarizer.llm.prompts import load_prompt
from summarizer.models import CATEGORIES, ChunkExtraction
from summarizer.pipeline.chunk import Chunk, chunk_text
from summarizer.pipeline.ingest import Document

PROMPT = "extract"


def chunk_messages(doc: Document, chunk: Chunk) -> list[dict]:
    """The chat messages for one chunk: the article heading, the previous sentence, the chunk."""
    return load_prompt(PROMPT).messages(heading=chunk.heading, previous=chunk.previous or "(không có)",
                                        text=chunk_text(doc, chunk.sentences))


def add_extraction(result: ExtractionResult, ext: ChunkExtraction, chunk: Chunk) -> None:
    """One chunk's answer into the result: its metadata guess and one candidate per item."""
    result.metas.append(ext.meta)
    for cat in CATEGORIES:
        for item in getattr(ext, cat):
            result.candidates.append(Candidate(cat, item.text, item.quote, chunk.index, (chunk.start, chunk.end),
                                               getattr(item, "owner", None), getattr(item, "deadline", None)))
