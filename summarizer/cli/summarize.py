"""`summarizer summarize ARTICLE`: one article to JSON, Markdown, DOCX or HTML."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from summarizer.cli.common import (
    ApiKey,
    BaseUrl,
    CachePath,
    ChunkTokens,
    Concurrency,
    FormatName,
    Mode,
    Model,
    ModelPath,
    NoCache,
    Strategy,
    Timeout,
    make_options,
    one_line_errors,
    pick_format,
    write_rendered,
)


@one_line_errors
def summarize(
    article: Annotated[Path, typer.Argument(help="Article file (.txt or .html, UTF-8)")],
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Write here instead of stdout")] = None,
    fmt: Annotated[FormatName, typer.Option("--format", "-f", help="Output format (docx needs -o)")] = "json",
    quotes: Annotated[bool, typer.Option("--quotes", help="md/docx/html: show each item's source quote")] = False,
    base_url: BaseUrl = None, api_key: ApiKey = None, model: Model = None, model_path: ModelPath = None,
    strategy: Strategy = None, mode: Mode = None, chunk_tokens: ChunkTokens = 1200,
    timeout: Timeout = 120.0, concurrency: Concurrency = 1, no_cache: NoCache = False, cache: CachePath = None,
) -> None:
    """Summarise one article: achievements, shortcomings, tasks and meeting metadata, each grounded."""
    from summarizer import render
    from summarizer.api import summarize_document
    from summarizer.pipeline.assemble import cleaning_warning
    from summarizer.pipeline.ingest import read_article

    fmt = pick_format(fmt, out, render.FORMATS)
    opts = make_options(base_url, api_key, model, model_path, strategy, mode, chunk_tokens, timeout,
                        concurrency, no_cache, cache)
    doc = read_article(article)
    summary = summarize_document(doc, opts)
    if fmt in ("json", "md"):
        text = render.render_json(summary) if fmt == "json" else render.render_markdown(summary, quotes=quotes)
        write_rendered(text, out)
    else:  # docx | html: the same renderers as `brief`, over this one article and its Document
        briefing = render.single_briefing(summary, doc, str(article))
        write_rendered(render.render_briefing(briefing, fmt, quotes=quotes), out)
    if summary.failed_chunks:
        typer.echo(f"summarizer: warning: {len(summary.failed_chunks)} chunk(s) failed; see failed_chunks", err=True)
    if warning := cleaning_warning(summary):
        typer.echo(f"summarizer: warning: {warning}", err=True)
    if cut := summary.provenance.dropped.get("cut_off"):
        typer.echo(f"summarizer: warning: {article}: the text stops mid-sentence; {cut} item(s) it cuts off were "
                   "left out (provenance.dropped.cut_off)", err=True)
