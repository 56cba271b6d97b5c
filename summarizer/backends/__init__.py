"""Backends: where the model lives, at the edge. The pipeline sees only `Backend` (base.py):
an OpenAI-compatible endpoint (`openai_compat`) or the embedded llama.cpp model (`embedded`,
assembled from registry packages by `gguf`). `factory.open_backend` picks one from the options.

May import: openai, httpx, llama_cpp (embedded only), and `summarizer.config`, `errors`, `files`.
Nothing outside `api`, `batch` and the CLI imports a backend.
"""
