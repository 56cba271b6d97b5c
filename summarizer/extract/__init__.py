"""Extraction strategies behind one interface (`base.Strategy`), chosen by name: `rules` (no
model), `llm` (free extraction per chunk), `hybrid` (rules propose, a model answers yes/no) and
`judge` (rules propose every clause, a model gives each its category and a concise text).
`llm_messages` is the one place that builds a chunk's messages and reads candidates back.
`clauses` cuts a sentence into item-sized clauses and writes an item's text; `rules` and `judge`
share it, and `cues.toml` (read by `cues`) holds the genre conventions both read; `sections` is
`rules`' section tracker (which part of a report a sentence opens, a clause's category in it). `weights`
holds the learned tables (`weights.json`): the clause weights `rules` applies last, and the cut
weights `clauses` reads at the candidate joints `cuts` lists.

May import: `summarizer.pipeline` (chunk, ingest, meta), `text`, `models`, `llm.prompts`; a
strategy talks to a model only through the small `base.Caller` protocol, so importing this
package loads no model client.
"""

from __future__ import annotations

from summarizer.extract.base import Candidate, ExtractionResult, Strategy, StrategyContext

NAMES = ("rules", "llm", "hybrid", "judge")


def get_strategy(name: str) -> Strategy:
    if name == "llm":
        from summarizer.extract.llm import LLMStrategy

        return LLMStrategy()
    if name == "rules":
        from summarizer.extract.rules import RulesStrategy

        return RulesStrategy()
    if name == "hybrid":
        from summarizer.extract.hybrid import HybridStrategy

        return HybridStrategy()
    if name == "judge":
        from summarizer.extract.judge import JudgeStrategy

        return JudgeStrategy()
    raise ValueError(f"unknown strategy {name!r}; choose one of {', '.join(NAMES)}")


__all__ = ["Candidate", "ExtractionResult", "Strategy", "StrategyContext", "get_strategy", "NAMES"]
