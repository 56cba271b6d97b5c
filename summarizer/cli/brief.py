"""`summarizer brief`: one briefing (Markdown, DOCX or HTML) over a batch's results.

Importing this module registers the command on `summarizer.cli.app` (see `_register_subapps`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from .cli import app, fail, one_line_errors

_SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".docx": "docx", ".html": "html", ".htm": "html"}


def write_rendered(data: str | bytes, out: Path | None) -> None:
    """Text to stdout or a file; bytes (DOCX) to a file only. Files are replaced atomically."""
    if out is None:
        if isinstance(data, bytes):
            raise ValueError("binary output needs -o FILE")
        sys.stdout.write(data)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    if isinstance(data, bytes):
        tmp.write_bytes(data)
    else:
        tmp.write_text(data, encoding="utf-8")
    os.replace(tmp, out)


def pick_format(fmt: str | None, out: Path | None, allowed: tuple[str, ...]) -> str:
    """The --format given, else the one -o's suffix names, else Markdown; binary ones need -o."""
    from .render import BINARY_FORMATS

    if fmt is None:
        fmt = _SUFFIX_FORMATS.get(out.suffix.lower(), "md") if out is not None else "md"
    if fmt not in allowed:
        fail(f"unknown format {fmt!r}; choose one of {', '.join(allowed)}", 2)
    if fmt in BINARY_FORMATS and out is None:
        fail(f"--format {fmt} writes a binary file; give -o FILE", 2)
    return fmt


@app.command("brief")
@one_line_errors
def brief(
    results: Annotated[Path, typer.Argument(help="Batch results (JSONL) or one summary JSON file")],
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Write here (required for docx); else stdout")] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f",
                                            help="md | docx | html (default: from -o's suffix, else md)")] = None,
    group_by: Annotated[str, typer.Option("--group-by", help="organization | period")] = "organization",
    title: Annotated[str | None, typer.Option("--title", help="Document title (default: Báo cáo tổng hợp)")] = None,
    quotes: Annotated[bool, typer.Option("--quotes", help="Show each item's verbatim source quote")] = False,
    articles: Annotated[Path | None, typer.Option(
        "--articles", help="HTML: folder of the article files (or the batch's input JSONL), when the "
                           "results' source paths do not lead to them")] = None,
) -> None:
    """A briefing over many articles: grouped by organisation or period, every item, figures intact."""
    from .render import BRIEF_FORMATS, build_briefing, render_briefing
    from .render.briefing import GROUP_BY
    from .render.results import attach_documents, load_results

    fmt = pick_format(fmt, out, BRIEF_FORMATS)
    if group_by not in GROUP_BY:
        fail(f"unknown --group-by {group_by!r}; choose one of {', '.join(GROUP_BY)}", 2)
    if articles is not None and not articles.exists():
        fail(f"{articles}: no such folder or file (--articles)", 2)
    loaded = load_results(results)
    if fmt == "html":
        attach_documents(loaded.entries, articles, base=results.resolve().parent)
    briefing = build_briefing(loaded.entries, group_by, title, loaded.skipped)
    write_rendered(render_briefing(briefing, fmt, quotes=quotes), out)
    skipped = sum(loaded.skipped.values())
    if skipped:
        what = ", ".join(f"{k}: {v}" for k, v in sorted(loaded.skipped.items()))
        typer.echo(f"summarizer: warning: skipped {skipped} unfinished result line(s) ({what})", err=True)
    missing = [e.file_name for e in loaded.entries if fmt == "html" and e.document is None]
    if missing:
        typer.echo(f"summarizer: warning: {len(missing)} article(s) not found, listed without highlights "
                   f"({', '.join(missing[:3])}{', …' if len(missing) > 3 else ''}); "
                   "use --articles with their folder or the batch's input JSONL", err=True)
    if out is not None:
        typer.echo(f"{out}: {len(briefing.entries)} article(s), {fmt}", err=True)
