"""The one small interface between the pipeline and wherever the model runs.

A backend hands out a configured `openai.OpenAI` client and the model name; it owns any process
it started and releases it in `close()` (also via `with`). The pipeline never imports a
concrete backend.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:  # annotations only: importing the interface must not load the openai client
    import openai


@runtime_checkable
class Backend(Protocol):
    model: str
    kind: str  # "endpoint" or "embedded": chooses the default extraction strategy

    def client(self) -> openai.OpenAI: ...

    def close(self) -> None: ...

    def __enter__(self) -> Backend: ...

    def __exit__(self, *exc: object) -> None: ...
