"""Run options, from arguments or the environment. The API key lives only here and in the client."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from summarizer.pipeline.chunk import DEFAULT_CHUNK_TOKENS


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity where the system tells it), at least 1: how many threads the
    embedded model runs and how many workers training starts."""
    return (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()) or 1


@dataclass
class Options:
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    model: str | None = None
    model_path: Path | None = None  # a GGUF for the embedded backend
    strategy: str | None = None  # None: judge for endpoints, rules (measured best) without one
    mode: str = "auto"  # negotiate the structured-output form with the endpoint (llm.negotiate); or force one
    chunk_tokens: int = DEFAULT_CHUNK_TOKENS
    timeout: float = 120.0
    max_reasks: int = 2
    attempts: int = 4
    concurrency: int = 1
    temperature: float = 0.0
    max_tokens: int = 2048
    cache_path: Path | None = None
    use_cache: bool = True

    def with_env(self) -> Options:
        """Arguments win; unset ones come from OPENAI_BASE_URL, OPENAI_API_KEY, SUMMARIZER_MODEL…"""
        env = os.environ
        gguf = self.model_path or (Path(env["SUMMARIZER_GGUF"]) if env.get("SUMMARIZER_GGUF") else None)
        return replace(
            self,
            base_url=self.base_url or env.get("OPENAI_BASE_URL") or None,
            api_key=self.api_key or env.get("OPENAI_API_KEY") or None,
            model=self.model or env.get("SUMMARIZER_MODEL") or None,
            strategy=self.strategy or env.get("SUMMARIZER_STRATEGY") or None,
            model_path=gguf,
        )

    @property
    def uses_endpoint(self) -> bool:
        """An endpoint is used only when a base URL or a model is given (flag or environment).

        An API key alone changes nothing: most developers have OPENAI_API_KEY set for other work,
        and the zero-config default must still run offline.
        """
        return bool(self.base_url or self.model)

    def secrets(self) -> list[str]:
        return [s for s in (self.api_key,) if s]
