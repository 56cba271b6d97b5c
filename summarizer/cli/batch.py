"""`summarizer batch INPUT -o OUT.jsonl`, `summarizer batch export`, `summarizer batch import`.

`batch` is a group whose default command is `run`: a first word that is not a subcommand name
(an INPUT path, or an option) is routed to `run`, so `summarizer batch articles/ -o out.jsonl`
works next to `summarizer batch export …`. (A folder literally named `export` or `import`:
write `summarizer batch run export -o …` or `./export`.)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Literal

import click
import typer
from typer.core import TyperGroup

from summarizer.cli.common import (
    ApiKey,
    BaseUrl,
    CachePath,
    ChunkTokens,
    Concurrency,
    Mode,
    Model,
    ModelPath,
    NoCache,
    Strategy,
    Timeout,
    fail,
    make_options,
    one_line_errors,
)


class DefaultCommandGroup(TyperGroup):
    """A group that sends anything that is not a subcommand (or --help) to `default_command`."""

    default_command = "run"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


batch_app = typer.Typer(cls=DefaultCommandGroup, no_args_is_help=True, pretty_exceptions_enable=False,
                        help="Many articles: resumable, concurrent, cached; or export/import OpenAI-Batch files.")

Input = Annotated[Path, typer.Argument(help="Folder of .txt/.html articles, or a .jsonl of {\"id\", \"text\"}")]
Out = Annotated[Path, typer.Option("-o", "--out", help="Results JSONL (appended; rerun to resume)")]
Attempts = Annotated[int, typer.Option("--attempts", help="Tries per request on 429/5xx/timeouts/resets", min=1)]
MaxReasks = Annotated[int, typer.Option("--max-reasks", help="Re-asks when an answer fails validation", min=0)]
PriceIn = Annotated[float, typer.Option("--price-in", help="Price per 1M input tokens (cost in the usage table)",
                                        min=0)]
PriceOut = Annotated[float, typer.Option("--price-out", help="Price per 1M output tokens", min=0)]
AcceptPartial = Annotated[bool, typer.Option(
    "--accept-partial", help="Write articles with some failed chunks as done (default: failed, retried on rerun)")]
MaxBytes = Annotated[int, typer.Option("--max-article-bytes", help="Larger inputs are reported, not summarised",
                                       min=1)]
AnyLanguage = Annotated[bool, typer.Option("--any-language", help="Do not refuse texts that are not Vietnamese")]
ProgressOpt = Annotated[bool | None, typer.Option("--progress/--no-progress",
                                                  help="Progress bar on stderr (default: when stderr is a terminal)")]
BatchStrategy = Annotated[Literal["llm", "judge"], typer.Option(
    "--strategy", help="Whose requests: llm (free extraction) or judge (the model judges rule candidates)")]
MaxTokens = Annotated[int, typer.Option("--max-tokens", help="max_tokens of each request", min=16)]


class RichReporter:
    """A rich progress bar on stderr: articles done/failed, chunks, tokens, elapsed, ETA."""

    def __init__(self, enabled: bool | None):
        from rich.console import Console

        self.console = Console(stderr=True)
        self.enabled = self.console.is_terminal if enabled is None else enabled
        self.progress = None
        self.task = None

    def start(self, total: int, skipped: int) -> None:
        if not self.enabled:
            return
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("[bold]articles"), BarColumn(), MofNCompleteColumn(),
            TextColumn("[green]✓ {task.fields[done]}[/] [red]✗ {task.fields[failed]}[/]"),
            TextColumn("chunks {task.fields[chunks]}"), TextColumn("tokens {task.fields[tin]}→{task.fields[tout]}"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=self.console, transient=False,
        )
        self.progress.start()
        self.task = self.progress.add_task("batch", total=total, done=0, failed=0, chunks=0, tin=0, tout=0)
        if skipped:
            self.progress.console.print(f"resuming: {skipped} article(s) already done")

    def article(self, article_id: str, ok: bool, stats, message: str | None = None) -> None:
        if not ok:
            self.console.print(f"summarizer: failed: {article_id}: {message}", markup=False, highlight=False,
                               soft_wrap=True)
        if self.progress is not None:
            u = stats.usage
            self.progress.update(self.task, advance=1, done=stats.done, failed=stats.failed, chunks=stats.chunks,
                                 tin=f"{u.prompt_tokens:,}", tout=f"{u.completion_tokens:,}")

    def warn(self, message: str) -> None:
        self.console.print(f"summarizer: warning: {message}", markup=False, highlight=False, soft_wrap=True)

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None


@batch_app.command("run")
@one_line_errors
def run_cmd(
    input: Input, out: Out, concurrency: Concurrency = 4, attempts: Attempts = 4, max_reasks: MaxReasks = 2,
    price_in: PriceIn = 0.0, price_out: PriceOut = 0.0, accept_partial: AcceptPartial = False,
    max_article_bytes: MaxBytes = 1_000_000, any_language: AnyLanguage = False, progress: ProgressOpt = None,
    base_url: BaseUrl = None, api_key: ApiKey = None, model: Model = None, model_path: ModelPath = None,
    strategy: Strategy = None, mode: Mode = None, chunk_tokens: ChunkTokens = 1200,
    timeout: Timeout = 120.0, max_tokens: MaxTokens = 2048, no_cache: NoCache = False, cache: CachePath = None,
) -> None:
    """Summarise every article of INPUT into OUT (one JSON line each); rerun the same command to resume."""
    from dataclasses import replace

    from rich.console import Console

    from summarizer.batch.output import errors_path, summary_path, usage_table
    from summarizer.batch.runner import BatchSettings, run_batch

    opts = make_options(base_url, api_key, model, model_path, strategy, mode, chunk_tokens, timeout, 1,
                        no_cache, cache)
    opts = replace(opts, attempts=attempts, max_reasks=max_reasks, max_tokens=max_tokens)
    settings = BatchSettings(concurrency=concurrency, accept_partial=accept_partial,
                             max_article_bytes=max_article_bytes, check_language=not any_language,
                             price_in=price_in, price_out=price_out)
    try:
        report = run_batch(input, out, opts, settings, reporter=RichReporter(progress))
    except KeyboardInterrupt:
        # Finished lines are fsync'ed and cached chunks committed; requests in flight (and the chunks
        # queued behind them in their article) would otherwise be waited for at interpreter exit.
        typer.echo(f"summarizer: error: interrupted; rerun the same command to resume ({out})", err=True)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(130)
    Console(soft_wrap=True).print(usage_table(report.stats, price_in, price_out, report.elapsed))
    typer.echo(f"results: {out}  errors: {errors_path(out)}  summary: {summary_path(out)}")
    s = report.stats
    if s.failed:
        fail(f"batch: {s.failed} of {s.total - s.skipped} article(s) failed, {s.done} done "
             f"({s.skipped} already done); reasons in {errors_path(out)}; rerun the same command to retry", 1)


@batch_app.command("export")
@one_line_errors
def export_cmd(
    input: Input,
    out: Annotated[Path, typer.Option("-o", "--out", help="Requests JSONL (OpenAI Batch input format)")],
    model: Model = None, chunk_tokens: ChunkTokens = 1200, max_tokens: MaxTokens = 2048,
    temperature: Annotated[float, typer.Option("--temperature", min=0)] = 0.0, mode: Mode = "json_schema",
    max_article_bytes: MaxBytes = 1_000_000, any_language: AnyLanguage = False, strategy: BatchStrategy = "llm",
) -> None:
    """Write the batch's model requests as OpenAI Batch lines (for the Batch API or `vllm run-batch`)."""
    from summarizer.batch.export import export_requests

    def report(aid: str, reason: str) -> None:
        typer.echo(f"summarizer: skipped: {aid}: {reason}", err=True)

    rep = export_requests(input, out, model=model or os.environ.get("SUMMARIZER_MODEL") or "",
                          chunk_tokens=chunk_tokens, temperature=temperature, max_tokens=max_tokens, mode=mode,
                          max_article_bytes=max_article_bytes, check_language=not any_language, on_error=report,
                          strategy=strategy)
    typer.echo(f"wrote {rep.requests} request(s) for {rep.articles} article(s) to {out}")
    if rep.failed:
        fail(f"export: {len(rep.failed)} article(s) could not be read and are not in {out}", 1)


@batch_app.command("import")
@one_line_errors
def import_cmd(
    responses: Annotated[Path, typer.Argument(help="Batch output JSONL (OpenAI Batch or vllm run-batch)")],
    input: Annotated[Path, typer.Option("--input", "-i", help="The INPUT the requests were exported from")],
    out: Out, chunk_tokens: ChunkTokens = 1200, accept_partial: AcceptPartial = False,
    requests: Annotated[Path | None, typer.Option(
        "--requests", help="The exported requests file: check that every chunk is rebuilt exactly")] = None,
    max_article_bytes: MaxBytes = 1_000_000, any_language: AnyLanguage = False,
    price_in: PriceIn = 0.0, price_out: PriceOut = 0.0, strategy: BatchStrategy = "llm",
) -> None:
    """Turn batch answers into grounded, merged summaries in OUT (same format as a live batch)."""
    from rich.console import Console

    from summarizer.batch.importer import import_responses
    from summarizer.batch.output import errors_path, usage_table

    stats, problems = import_responses(responses, input, out, chunk_tokens=chunk_tokens,
                                       accept_partial=accept_partial, max_article_bytes=max_article_bytes,
                                       check_language=not any_language, requests=requests, strategy=strategy)
    for p in problems:
        typer.echo(f"summarizer: warning: {p}", err=True)
    Console(soft_wrap=True).print(usage_table(stats, price_in, price_out, 0.0))
    if stats.failed:
        fail(f"import: {stats.failed} of {stats.total - stats.skipped} article(s) failed, {stats.done} done; "
             f"reasons in {errors_path(out)}", 1)

