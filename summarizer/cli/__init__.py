"""Command line: a thin typer layer over the library. Every failure is one line and an exit code."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from .config import Options
from .errors import SummarizerError, scrub

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Grounded summaries of Vietnamese meeting-report articles.")

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


def write_output(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, out)


@app.command()
@one_line_errors
def summarize(
    article: Annotated[Path, typer.Argument(help="Article file (.txt or .html, UTF-8)")],
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Write here instead of stdout")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json | md | docx | html (docx needs -o)")] = "json",
    quotes: Annotated[bool, typer.Option("--quotes", help="md/docx/html: show each item's source quote")] = False,
    base_url: BaseUrl = None, api_key: ApiKey = None, model: Model = None, model_path: ModelPath = None,
    strategy: Strategy = None, mode: Mode = "json_schema", chunk_tokens: ChunkTokens = 1200,
    timeout: Timeout = 120.0, concurrency: Concurrency = 1, no_cache: NoCache = False, cache: CachePath = None,
) -> None:
    """Summarise one article: achievements, shortcomings, tasks and meeting metadata, each grounded."""
    from . import render
    from .api import summarize as run
    from .brief_cli import pick_format, write_rendered

    fmt = pick_format(fmt, out, render.FORMATS)
    opts = make_options(base_url, api_key, model, model_path, strategy, mode, chunk_tokens, timeout,
                        concurrency, no_cache, cache)
    summary = run(article, opts)
    if fmt in ("json", "md"):
        text = render.render_json(summary) if fmt == "json" else render.render_markdown(summary, quotes=quotes)
        write_output(text, out)
    else:  # docx | html: the same renderers as `brief`, over this one article (re-read for the HTML view)
        from .ingest import read_article

        briefing = render.single_briefing(summary, read_article(article), str(article))
        write_rendered(render.render_briefing(briefing, fmt, quotes=quotes), out)
    if summary.failed_chunks:
        typer.echo(f"summarizer: warning: {len(summary.failed_chunks)} chunk(s) failed; see failed_chunks", err=True)


@app.command()
@one_line_errors
def models() -> None:
    """Say which embedded model and runtime are installed, and where."""
    import json

    from .backends.embedded import models_info

    typer.echo(json.dumps(models_info(), ensure_ascii=False, indent=2))


@app.command()
@one_line_errors
def schemas(check: Annotated[bool, typer.Option("--check", help="Fail if schemas/ is out of date")] = False) -> None:
    """Write schemas/*.schema.json from the pydantic models."""
    from .schema_gen import check_schemas, write_schemas

    if check:
        stale = check_schemas()
        if stale:
            fail(f"out of date: {', '.join(stale)}; run 'summarizer schemas'", 1)
        typer.echo("schemas are up to date")
        return
    for path in write_schemas():
        typer.echo(str(path))


def _register_subapps() -> None:
    from .eval_cli import eval_app

    app.add_typer(eval_app, name="eval", help="Score runs against the hand-labelled set.")
    from . import brief_cli  # noqa: F401  (registers the `brief` command)
    from .batch_cli import batch_app  # noqa: F401 - importing it mounts `summarizer batch` on app


def main() -> None:
    app()


if __name__ == "__main__":  # `python -m summarizer.cli`: run the package's module, not a second copy
    from summarizer.cli import main as _main

    _main()
else:
    _register_subapps()
