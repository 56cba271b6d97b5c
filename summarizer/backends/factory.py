"""Choose the backend: a configured endpoint, else the embedded local model."""

from __future__ import annotations

from summarizer.backends.base import Backend
from summarizer.config import Options
from summarizer.errors import BackendError


def open_backend(options: Options) -> Backend:
    if options.uses_endpoint:
        if not options.model:
            raise BackendError("an endpoint is configured but no model: pass --model or set SUMMARIZER_MODEL")
        from summarizer.backends.openai_compat import OpenAICompatBackend

        return OpenAICompatBackend(options.base_url, options.api_key, options.model, timeout=options.timeout)
    from summarizer.backends.embedded import EmbeddedBackend, EmbeddedModelError

    try:
        return EmbeddedBackend(model_path=options.model_path)
    except EmbeddedModelError as e:
        raise BackendError(str(e)) from None
