"""`hybrid` strategy: structure proposes, a small model decides what structure cannot.

`rules` finds the clauses, their verbatim quotes (so grounding is exact by construction) and a
category from cue phrases. What cue phrases cannot tell is where one fact ends inside a
comma-joined clause: "kết nạp 14 đảng viên, trao tặng Huy hiệu Đảng cho 93 đảng viên" is two
facts, "đẩy mạnh chuyển đổi số, chủ động phục vụ người dân" one. Structure proposes a cut at each
comma followed by a new verb or figure; the model answers one yes/no question per proposed cut,
under a grammar, with the clause first so the questions about one clause share a prompt prefix
(the llama.cpp prompt cache reuses it). The model never writes text or figures and never picks a
category (asked, the embedded model leans heavily towards "task"; measured, see README).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from summarizer.extract.base import ExtractionResult, ModelStrategy, StrategyContext
from summarizer.extract.errors import raise_if_fatal
from summarizer.extract.rules import RulesStrategy
from summarizer.llm.prompts import load_prompt
from summarizer.pipeline.chunk import Chunk
from summarizer.pipeline.ingest import Document

PROMPT = "split"


class SplitVerdict(BaseModel):
    viec_rieng: Literal["có", "không"]


class HybridStrategy(ModelStrategy):
    name = "hybrid"
    prompt = PROMPT

    def run(self, doc: Document, chunks: list[Chunk], ctx: StrategyContext) -> ExtractionResult:
        prompt = load_prompt(PROMPT)

        def decide(clause: str, left: str, right: str) -> bool:
            messages = prompt.messages(clause=clause, left=left.strip(), right=right.strip())
            try:
                verdict = ctx.caller.structured(messages, SplitVerdict, prompt_version=prompt.version, max_tokens=16)
            except Exception as e:  # noqa: BLE001 - without an answer the clause stays whole, as in `rules`
                raise_if_fatal(e, ctx)
                return False
            return verdict.viec_rieng == "có"

        return RulesStrategy().run(doc, chunks, ctx, decide=decide)
