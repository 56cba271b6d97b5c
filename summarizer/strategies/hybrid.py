"""`hybrid` strategy: structure proposes, a small model decides what structure cannot.

`rules` finds the clauses, their verbatim quotes (so grounding is exact by construction) and a
category from cue phrases. What cue phrases cannot tell is whether a clause says something
concrete or is context (who attended, a heading, a general appraisal). The model answers that
one yes/no question per clause, under a grammar, with the paragraph first and the clause last so
consecutive questions share a prompt prefix (the llama.cpp prompt cache reuses it). A "no" drops
the clause unless a cue in the clause itself marks it. The model never picks the category: the
embedded model leans heavily towards "task" when asked (measured; see README). Text and figures
always come from the source, never from the model.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from ..chunk import Chunk
from ..ingest import Document
from ..prompts import load_prompt
from .base import Candidate, ExtractionResult, StrategyContext
from .errors import fatal_backend_error
from .rules import _SHORT_CUE, _TASK_SECTION, RulesStrategy

PROMPT = "classify"


class ClauseVerdict(BaseModel):
    cu_the: Literal["có", "không"]


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
                verdict = ctx.caller.structured(messages, ClauseVerdict, prompt_version=prompt.version, max_tokens=16)
            except Exception as e:  # noqa: BLE001 - the rules' answer stands when the model cannot answer
                fatal = fatal_backend_error(e, ctx)
                if fatal:
                    raise fatal from None
                kept.append(cand)
                continue
            if verdict.cu_the == "không" and not has_explicit_cue(cand.quote):
                continue  # the model says context, and nothing in the clause says otherwise
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
