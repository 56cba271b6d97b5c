"""`summarizer brief`: one briefing (Markdown, DOCX or HTML) over a batch's results.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from summarizer.cli.common import (
    BriefFormatName,
    GroupByName,
    fail,
    one_line_errors,
    pick_format,
    write_rendered,
)


@one_line_errors
def brief(
    results: Annotated[Path, typer.Argument(help="Batch results (JSONL) or one summary JSON file")],
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Write here (required for docx); else stdout")] = None,
    fmt: Annotated[BriefFormatName | None, typer.Option("--format", "-f",
                                                        help="Default: from -o's suffix, else md")] = None,
    group_by: Annotated[GroupByName, typer.Option("--group-by", help="Group articles by")] = "organization",
    title: Annotated[str | None, typer.Option("--title", help="Document title (default: Báo cáo tổng hợp)")] = None,
    quotes: Annotated[bool, typer.Option("--quotes", help="Show each item's verbatim source quote")] = False,
    articles: Annotated[Path | None, typer.Option(
        "--articles", help="HTML: folder of the article files (or the batch's input JSONL), when the "
                           "results' source paths do not lead to them")] = None,
) -> None:
    """A briefing over many articles: grouped by organisation or period, every item, figures intact."""
    from summarizer.render import BRIEF_FORMATS, build_briefing, render_briefing
    from summarizer.render.results import attach_documents, load_results

    fmt = pick_format(fmt, out, BRIEF_FORMATS)
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
