"""Extraction strategies behind one interface (base.Strategy), chosen by name."""

from __future__ import annotations

from .base import Candidate, ExtractionResult, Strategy, StrategyContext

NAMES = ("rules", "llm", "hybrid")


def get_strategy(name: str) -> Strategy:
    if name == "llm":
        from .llm import LLMStrategy

        return LLMStrategy()
    if name == "rules":
        from .rules import RulesStrategy

        return RulesStrategy()
    if name == "hybrid":
        from .hybrid import HybridStrategy

        return HybridStrategy()
    raise ValueError(f"unknown strategy {name!r}; choose one of {', '.join(NAMES)}")


__all__ = ["Candidate", "ExtractionResult", "Strategy", "StrategyContext", "get_strategy", "NAMES"]
