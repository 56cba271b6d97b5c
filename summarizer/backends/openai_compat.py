"""Any OpenAI-compatible endpoint the user configured (OpenAI, vLLM, Ollama, a llama.cpp server…).

Nothing to start or stop: the backend only builds one cached `openai.OpenAI` client. The client
never retries by itself (max_retries=0) because the pipeline retries with tenacity; two retry
layers would multiply waits and hide the pipeline's own retry accounting.
"""

from __future__ import annotations

import openai


class OpenAICompatBackend:
    """Backend for a remote or local endpoint that is already running."""

    kind = "endpoint"

    def __init__(self, base_url: str | None, api_key: str | None, model: str, timeout: float = 120.0):
        self.base_url = base_url
        self.api_key = api_key
        self.model = model
        self.timeout = timeout
        self._client: openai.OpenAI | None = None

    def client(self) -> openai.OpenAI:
        if self._client is None:
            # Local servers need no key, but the openai client refuses an empty one.
            self._client = openai.OpenAI(
                base_url=self.base_url,
                api_key=self.api_key or "not-needed",
                timeout=self.timeout,
                max_retries=0,
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> OpenAICompatBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:  # never shows the key
        return f"OpenAICompatBackend(base_url={self.base_url!r}, model={self.model!r})"
