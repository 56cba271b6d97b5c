"""`judge` strategy: the rules find the clauses, a model judges them.

The rules already find almost every item a person would list, each with an exact quote; what
they get wrong is judgement. Per chunk, the model sees the chunk with every rule clause marked
in place ([n] … [/n], commas that open a new action or figure proposed as cuts too) and answers,
for every number, a category (`achievements`, `shortcomings`, `tasks` or `none`), a concise text
and, for tasks, owner and deadline. The quote and offsets always come from the candidate, never
from the model; the text's figures are checked against the candidate's quote. A missing,
repeated or unknown number is a validation error that instructor re-asks with; a chunk that
still fails keeps the rules' own verdicts and says so (`provenance.fallback_chunks`).

`requests` and `answer_to_candidates` are the wire format, shared with batch export/import.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from summarizer.extract.base import Candidate, ExtractionResult, ModelStrategy, StrategyContext, per_chunk
from summarizer.extract.clauses import item_text
from summarizer.extract.errors import chunk_failure
from summarizer.extract.rules import Proposal, RulesStrategy
from summarizer.llm.prompts import load_prompt
from summarizer.models import ExtractedMeta, FailedChunk, JudgeAnswer, Meta
from summarizer.pipeline.chunk import Chunk
from summarizer.pipeline.ground import has_foreign_script, missing_figures
from summarizer.pipeline.ingest import Document

PROMPT = "judge"
_HINT = {"achievements": "kết quả", "shortcomings": "hạn chế", "tasks": "nhiệm vụ"}


@dataclass
class JudgeRequest:
    chunk: Chunk
    proposals: list[Proposal]  # numbered 1..n in this order
    messages: list[dict]
    own: list[Candidate]  # the rules' own items of this chunk

    def fallback(self) -> list[Candidate]:
        """The rules' own items of this chunk, for when the model cannot judge it."""
        return self.own


def marked_text(doc: Document, chunk: Chunk, proposals: list[Proposal]) -> str:
    """The chunk's text, one line per paragraph, each candidate wrapped in [n] … [/n]."""
    lines: list[str] = []
    by_start = sorted(((p.candidate.near or (0, 0)), i + 1) for i, p in enumerate(proposals))
    runs: list[list] = []
    for s in chunk.sentences:
        if runs and runs[-1][-1].paragraph == s.paragraph:
            runs[-1].append(s)
        else:
            runs.append([s])
    for run in runs:
        a, b = run[0].start, run[-1].end
        out, pos = [], a
        for (start, end), n in by_start:
            if a <= start < b:
                out += [doc.source[pos:start], f"[{n}] ", doc.source[start:end], f" [/{n}]"]
                pos = end
        out.append(doc.source[pos:b])
        lines.append("".join(out))
    return "\n".join(lines)


def requests(doc: Document, chunks: list[Chunk]) -> tuple[Meta, list[JudgeRequest]]:
    """One request per chunk that has candidates: the messages a live run sends (and a batch exports)."""
    prompt = load_prompt(PROMPT)
    rules = RulesStrategy()
    meta, proposals = rules.propose(doc, chunks)
    by_chunk: dict[int, list[Proposal]] = defaultdict(list)
    own: dict[int, list[Candidate]] = defaultdict(list)
    for p in proposals:
        by_chunk[p.candidate.chunk].append(p)
        if p.kept:
            own[p.candidate.chunk].append(p.candidate)

    out = []
    for chunk in chunks:
        props = by_chunk.get(chunk.index)
        if not props:
            continue
        hints = "; ".join(f"[{i}] {_HINT[p.candidate.category] if p.kept else 'không phải mục'}"
                          for i, p in enumerate(props, start=1))
        messages = prompt.messages(heading=chunk.heading or "(không có)", text=marked_text(doc, chunk, props),
                                   hints=hints)
        out.append(JudgeRequest(chunk, props, messages, own[chunk.index]))
    return meta, out


def make_checker(proposals: list[Proposal]):
    """What instructor re-asks with: every number once, known numbers only, figures from the quote."""
    expected = set(range(1, len(proposals) + 1))

    def check(answer: JudgeAnswer) -> list[str]:
        problems = []
        seen = [it.n for it in answer.items]
        missing = sorted(expected - set(seen))
        unknown = sorted(set(seen) - expected)
        repeated = sorted({n for n in seen if seen.count(n) > 1})
        if missing:
            problems.append(f"no verdict for numbers {missing}: answer every number from 1 to {len(proposals)}")
        if unknown:
            problems.append(f"numbers {unknown} are not in the text: use only 1 to {len(proposals)}")
        if repeated:
            problems.append(f"numbers {repeated} are answered more than once: answer each number once")
        for it in answer.items:
            if it.category == "none" or it.n not in expected:
                continue
            quote = proposals[it.n - 1].candidate.quote
            extra = missing_figures(it.text, quote)
            if extra:
                problems.append(f"item {it.n}: text has figures not in [{it.n}] ({', '.join(extra)}): "
                                "use only figures written in that clause")
            extra = missing_figures(f"{it.owner or ''} {it.deadline or ''}", quote)
            if extra:
                problems.append(f"item {it.n}: owner/deadline has figures not in [{it.n}] ({', '.join(extra)}): "
                                "give a deadline only as the clause writes it, else null")
            if has_foreign_script(it.text):
                problems.append(f"item {it.n}: text is not Vietnamese: write it in Vietnamese only")
        return problems

    return check


def answer_to_candidates(answer: JudgeAnswer, proposals: list[Proposal]) -> list[Candidate]:
    """The model's verdicts as candidates; quote and offsets are the rules' clause, never the model's."""
    out = []
    for it in sorted(answer.items, key=lambda i: i.n):
        if it.category == "none" or not 1 <= it.n <= len(proposals):
            continue
        c = proposals[it.n - 1].candidate
        text = " ".join(it.text.split()) or item_text(c.quote)
        task = it.category == "tasks"
        out.append(Candidate(it.category, text, c.quote, c.chunk, c.near,
                             it.owner if task else None, it.deadline if task else None))
    return out


class JudgeStrategy(ModelStrategy):
    name = "judge"
    prompt = PROMPT

    def run(self, doc: Document, chunks: list[Chunk], ctx: StrategyContext) -> ExtractionResult:
        meta, reqs = requests(doc, chunks)
        result = ExtractionResult(metas=[ExtractedMeta(**meta.model_dump())])
        outcomes = per_chunk(lambda r: self._judge(r, ctx), reqs, ctx.concurrency)
        judged = none = 0
        for req, outcome in zip(reqs, outcomes, strict=True):
            if isinstance(outcome, FailedChunk):
                result.fallbacks.append(outcome)
                result.candidates += req.fallback()
                continue
            cands = answer_to_candidates(outcome, req.proposals)
            judged += len(req.proposals)
            none += len(req.proposals) - len(cands)
            result.candidates += cands
        if judged and none == judged:
            result.notes.append(f"the model judged all {judged} candidate clauses not to be items")
        return result

    def _judge(self, req: JudgeRequest, ctx: StrategyContext) -> JudgeAnswer | FailedChunk:
        check = make_checker(req.proposals)
        try:
            answer = ctx.caller.structured(req.messages, JudgeAnswer, prompt_version=self.prompt_version(),
                                           context={"checker": check})
            problems = check(answer)  # an answer salvaged after the last re-ask may still be wrong
            if problems:
                return FailedChunk(chunk=req.chunk.index, error=f"the answer is still invalid after re-asks "
                                   f"({problems[0]}); the rules' categories were used")
            return answer
        except Exception as e:  # noqa: BLE001 - one chunk's failure falls back to the rules, alone
            return chunk_failure(e, ctx, req.chunk.index, "; the rules' categories were used")
