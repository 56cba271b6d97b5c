"""What every command shares: backend options, the one-line error handling, output writing.

Imports only the library's light modules (config, errors, files); never a command module.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Annotated, Literal

import typer

from summarizer.config import Options
from summarizer.errors import SummarizerError, scrub
from summarizer.files import atomic_write

# Fixed choices: typer turns a Literal into a choice, so a typo is a usage error (exit 2) that lists
# the valid values. Kept here as plain literals so that parsing the command line imports nothing heavy;
# tests/test_install.py checks them against the library's own lists.
StrategyName = Literal["rules", "llm", "hybrid", "judge"]
# "auto": negotiate the strongest form the endpoint accepts; the others force one.
ModeName = Literal["auto", "json_schema", "json_object+schema", "json", "md_json", "tools"]
FormatName = Literal["json", "md", "docx", "html"]
BriefFormatName = Literal["md", "docx", "html"]
GroupByName = Literal["organization", "period"]

# Shared backend options (one definition, used by every command that calls a model).
BaseUrl = Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible endpoint (env OPENAI_BASE_URL)")]
ApiKey = Annotated[str | None, typer.Option("--api-key", help="API key (env OPENAI_API_KEY); never logged")]
Model = Annotated[str | None, typer.Option("--model", help="Model name (env SUMMARIZER_MODEL)")]
ModelPath = Annotated[Path | None, typer.Option("--model-path", help="GGUF for the embedded model (env SUMMARIZER_GGUF)")]
Strategy = Annotated[StrategyName | None, typer.Option(
    "--strategy", help="Default: rules (no model) without an endpoint, judge with --base-url/--model; "
                       "hybrid|llm without an endpoint run the embedded model (env SUMMARIZER_STRATEGY)")]
Mode = Annotated[ModeName | None, typer.Option(
    "--mode", help="Structured-output form asked of the model (default: the library's)", show_default=False)]
ChunkTokens = Annotated[int, typer.Option("--chunk-tokens", help="Token budget per chunk", min=100)]
Timeout = Annotated[float, typer.Option("--timeout", help="Seconds per model request", min=1)]
# -j means the same in every command: at most N model requests in flight. `summarize` and `eval run`
# send N chunks of one article at once; `batch` runs N articles at once, one request each.
Concurrency = Annotated[int, typer.Option(
    "--concurrency", "-j", min=1, max=256,
    help="At most N model requests at once (summarize: N chunks of the article; batch: N articles)")]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Do not read or write the response cache")]
CachePath = Annotated[Path | None, typer.Option("--cache", help="Response cache file (SQLite)")]

_SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".docx": "docx", ".html": "html", ".htm": "html"}


def make_options(base_url=None, api_key=None, model=None, model_path=None, strategy=None, mode=None,
                 chunk_tokens=1200, timeout=120.0, concurrency=1, no_cache=False, cache=None) -> Options:
    """Options from a command's arguments; a `--mode` not given leaves the library's default."""
    extra = {"mode": mode} if mode is not None else {}
    return Options(base_url=base_url, api_key=api_key, model=model, model_path=model_path, strategy=strategy,
                   chunk_tokens=chunk_tokens, timeout=timeout, concurrency=concurrency,
                   use_cache=not no_cache, cache_path=cache, **extra)


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
