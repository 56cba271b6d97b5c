"""`hybrid` strategy: structure proposes, a small model decides what structure cannot.

`rules` finds the clauses and their verbatim quotes (so grounding is exact by construction) and
a category from cue phrases. The model is asked one constrained question per clause — which of
result / shortcoming / task / not-an-item it is — with the paragraph first and the clause last
so consecutive questions share a prompt prefix (the llama.cpp prompt cache reuses it). Its answer
only decides where the rules had no explicit cue in the clause itself (the category came from
the section tracker) and whether a clause is an item at all; an explicit "chưa"/"đã"-style cue
is never overruled. Text and figures always come from the source, never from the model.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from ..chunk import Chunk
from ..ingest import Document
from ..models import Category
from ..prompts import load_prompt
from .base import Candidate, ExtractionResult, StrategyContext
from .errors import fatal_backend_error
from .rules import _SHORT_CUE, _TASK_SECTION, RulesStrategy

PROMPT = "classify"
LABELS: dict[str, Category | None] = {"kết quả": "achievements", "hạn chế": "shortcomings",
                                      "nhiệm vụ": "tasks", "không phải": None}


class ClauseLabel(BaseModel):
    loai: Literal["kết quả", "hạn chế", "nhiệm vụ", "không phải"]


def has_explicit_cue(quote: str) -> bool:
    return bool(_SHORT_CUE.search(quote) or _TASK_SECTION.search(quote))


class HybridStrategy:
    name = "hybrid"
    needs_model = True

    def prompt_version(self) -> str:
        return load_prompt(PROMPT).version

    def run(self, doc: Document, chunks: list[Chunk], ctx: StrategyContext) -> ExtractionResult:
        base = RulesStrategy().run(doc, chunks, ctx)
        prompt = load_prompt(PROMPT)
        kept: list[Candidate] = []
        for cand in base.candidates:
            paragraph = _paragraph_of(doc, cand)
            messages = prompt.messages(paragraph=paragraph, clause=cand.quote)
            try:
                label = ctx.caller.structured(messages, ClauseLabel, prompt_version=prompt.version, max_tokens=16)
            except Exception as e:  # noqa: BLE001 - the rules' answer stands when the model cannot answer
                fatal = fatal_backend_error(e, ctx)
                if fatal:
                    raise fatal from None
                kept.append(cand)
                continue
            decided = LABELS[label.loai]
            if decided is None:
                if not has_explicit_cue(cand.quote):
                    continue  # the model says context, and no cue says otherwise
                kept.append(cand)
            elif decided != cand.category and not has_explicit_cue(cand.quote):
                cand.category = decided
                kept.append(cand)
            else:
                kept.append(cand)
        base.candidates = kept
        return base


def _paragraph_of(doc: Document, cand: Candidate) -> str:
    lo, _ = cand.near or (0, 0)
    for p in doc.paragraphs:
        if p.start <= lo < p.end:
            text = doc.text_of(p)
            return text if len(text) <= 1500 else text[max(0, lo - p.start - 600): lo - p.start + 900]
    return cand.quote
