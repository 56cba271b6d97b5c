"""What every command shares: backend options, the one-line error handling, output writing.

Imports only the library's light modules (config, errors, files); never a command module.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from summarizer.config import Options
from summarizer.errors import SummarizerError, scrub
from summarizer.files import atomic_write

# Shared backend options (one definition, used by every command that calls a model).
BaseUrl = Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible endpoint (env OPENAI_BASE_URL)")]
ApiKey = Annotated[str | None, typer.Option("--api-key", help="API key (env OPENAI_API_KEY); never logged")]
Model = Annotated[str | None, typer.Option("--model", help="Model name (env SUMMARIZER_MODEL)")]
ModelPath = Annotated[Path | None, typer.Option("--model-path", help="GGUF for the embedded model (env SUMMARIZER_GGUF)")]
Strategy = Annotated[str | None, typer.Option("--strategy", help="rules | llm | hybrid (default: llm for endpoints)")]
Mode = Annotated[str, typer.Option("--mode", help="instructor mode: json_schema | json | md_json | tools")]
ChunkTokens = Annotated[int, typer.Option("--chunk-tokens", help="Token budget per chunk", min=100)]
Timeout = Annotated[float, typer.Option("--timeout", help="Seconds per model request", min=1)]
Concurrency = Annotated[int, typer.Option("--concurrency", "-j", help="Concurrent model requests", min=1)]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Do not read or write the response cache")]
CachePath = Annotated[Path | None, typer.Option("--cache", help="Response cache file (SQLite)")]

_SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".docx": "docx", ".html": "html", ".htm": "html"}


def make_options(base_url=None, api_key=None, model=None, model_path=None, strategy=None, mode="json_schema",
                 chunk_tokens=1200, timeout=120.0, concurrency=1, no_cache=False, cache=None) -> Options:
    return Options(base_url=base_url, api_key=api_key, model=model, model_path=model_path, strategy=strategy,
                   mode=mode, chunk_tokens=chunk_tokens, timeout=timeout, concurrency=concurrency,
                   use_cache=not no_cache, cache_path=cache)


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"summarizer: error: {message}", err=True)
    raise typer.Exit(code)


def one_line_errors(fn):
    """Turn any failure into one stderr line and a non-zero exit; the key is never printed."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        secrets = [kwargs.get("api_key"), os.environ.get("OPENAI_API_KEY")]

        def clean(msg: str) -> str:
            return " ".join(scrub(msg, secrets).split())

        try:
            return fn(*args, **kwargs)
        except typer.Exit:
            raise
        except SummarizerError as e:
            fail(clean(str(e)), e.exit_code)
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except (OSError, ValueError) as e:
            fail(clean(f"{type(e).__name__}: {e}"), 2)
        except Exception as e:  # noqa: BLE001 - a bug still gets one line, not a traceback
            if os.environ.get("SUMMARIZER_DEBUG"):
                raise
            fail(clean(f"internal error ({type(e).__name__}: {e}); set SUMMARIZER_DEBUG=1 for details"), 1)

    return wrapper


def write_rendered(data: str | bytes, out: Path | None) -> None:
    """Text to stdout or a file; bytes (DOCX) to a file only. Files are replaced atomically."""
    if out is None:
        if isinstance(data, bytes):
            raise ValueError("binary output needs -o FILE")
        sys.stdout.write(data)
        return
    atomic_write(out, data)


def pick_format(fmt: str | None, out: Path | None, allowed: tuple[str, ...]) -> str:
    """The --format given, else the one -o's suffix names, else Markdown; binary ones need -o."""
    from summarizer.render import BINARY_FORMATS

    if fmt is None:
        fmt = _SUFFIX_FORMATS.get(out.suffix.lower(), "md") if out is not None else "md"
    if fmt not in allowed:
        fail(f"unknown format {fmt!r}; choose one of {', '.join(allowed)}", 2)
    if fmt in BINARY_FORMATS and out is None:
        fail(f"--format {fmt} writes a binary file; give -o FILE", 2)
    return fmt
