"""`summarizer eval run|score|rescore|compare`: thin commands over summarizer.evals.run."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer

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

eval_app = typer.Typer(no_args_is_help=True, pretty_exceptions_enable=False)

Labels = Annotated[Path, typer.Option("--labels", help="Folder of hand labels")]
Articles = Annotated[Path, typer.Option("--articles", help="Folder with the labelled articles")]
Threshold = Annotated[float, typer.Option("--threshold", help="Item match threshold (similarity 0-1)")]
Split = Annotated[Literal["dev", "test", "seeds", "all"], typer.Option(
    "--split", help="Articles to run (evals/split.json); report dev and test apart")]


def _run_file(out: Path) -> Path:
    """A run file is NAME.json with its predictions in NAME/ beside it: any other name would make the two one path
    (or lose the report after a long run), so it is refused before any work."""
    if out.suffix != ".json" or out.is_dir():
        fail(f"{out}: -o/--out names a run file ending in .json (e.g. evals/runs/NAME.json)", 2)
    return out


def _finish(run: dict, out: Path) -> None:
    from summarizer.evals.run import format_table, write_chart, write_report, write_run

    write_run(run, out)
    write_report(run, out.with_suffix(".md"))
    write_chart(run, out.with_suffix(".png"))
    typer.echo(format_table(run))
    typer.echo(f"run: {out}  report: {out.with_suffix('.md')}  chart: {out.with_suffix('.png')}")


def _summarize_run(run: list[tuple[str, Path]], opts, backend=None) -> list[tuple[str, str | None, str]]:
    """Each (stem, article) of a run summarised: its JSON (None where it failed: one article's failure is
    scored, not fatal) and the line that reports it. Module-level, so that a worker process can run it."""
    from summarizer.api import summarize
    from summarizer.render import render_json

    done = []
    for stem, path in run:
        try:
            summary = summarize(path, opts, backend=backend)
        except Exception as e:  # noqa: BLE001
            done.append((stem, None, f"{stem}: failed: {' '.join(str(e).split())[:200]}"))
            continue
        done.append((stem, render_json(summary), f"{stem}: {len(summary.achievements)}/{len(summary.shortcomings)}/"
                     f"{len(summary.tasks)} items, {summary.provenance.timings.get('total', 0):.1f}s"))
    return done


@eval_app.command("run")
@one_line_errors
def run_cmd(
    out: Annotated[Path, typer.Option("-o", "--out", help="Run file to write, e.g. evals/runs/NAME.json")],
    labels: Labels = Path("evals/labels"), articles: Articles = Path("evals/articles"),
    threshold: Threshold = 0.5, split: Split = "all",
    base_url: BaseUrl = None, api_key: ApiKey = None, model: Model = None, model_path: ModelPath = None,
    strategy: Strategy = None, mode: Mode = None, chunk_tokens: ChunkTokens = 1200,
    timeout: Timeout = 120.0, concurrency: Concurrency = 1, no_cache: NoCache = False, cache: CachePath = None,
) -> None:
    """Summarise every labelled article, then score the outputs (predictions go next to the run)."""
    from summarizer.api import default_strategy
    from summarizer.evals.run import load_labels, score_predictions, store_prediction
    from summarizer.learn.by_article import each_run

    out = _run_file(out)
    opts = make_options(base_url, api_key, model, model_path, strategy, mode, chunk_tokens, timeout,
                        concurrency, no_cache, cache).with_env()
    gold = load_labels(labels, split)
    if not gold:
        fail(f"no labels found in {labels}", 2)
    pred_dir = out.with_suffix("")
    pred_dir.mkdir(parents=True, exist_ok=True)
    items = [(stem, articles / label["article"]) for stem, label in sorted(gold.items())]
    backend = None
    if (opts.strategy or default_strategy(opts)) != "rules":
        from summarizer.backends.factory import open_backend

        backend = open_backend(opts)
    try:  # the rules need no endpoint: their articles are read in worker processes, one per CPU
        runs = each_run(_summarize_run, items, opts) if backend is None else (
            _summarize_run([item], opts, backend) for item in items)
        for run in runs:
            for stem, summary_json, line in run:
                store_prediction(pred_dir, stem, summary_json)
                typer.echo(line, err=True)
    finally:
        if backend is not None:
            backend.close()
    _finish(score_predictions(pred_dir, labels, articles, threshold=threshold, name=out.stem,
                                      split=split), out)


@eval_app.command("train")
@one_line_errors
def train_cmd(
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Weights file to write (default: the one the "
                                             "rules read: $SUMMARIZER_WEIGHTS, else the package's own)")] = None,
    labels: Labels = Path("evals/labels"), articles: Articles = Path("evals/articles"),
    split: Split = "dev",
    l2: Annotated[float | None, typer.Option("--l2", help="L2 penalty of the fit (default 10)")] = None,
    min_articles: Annotated[int | None, typer.Option("--min-articles", help="Keep features seen in this many "
                                                     "articles (default 3)")] = None,
    none_scale: Annotated[float | None, typer.Option("--none-scale", help="Scale of P(not an item) when deciding "
                                                     "(default 0.5)")] = None,
    cv: Annotated[Path | None, typer.Option("--cv", help="Also cross-validate by article; write that run here")] = None,
    folds: Annotated[int, typer.Option("--folds", help="Folds of the cross-validation")] = 5,
) -> None:
    """Fit the rules' clause weights on a split's labels (dev: never test), optionally cross-validated."""
    from summarizer.extract.weights import path
    from summarizer.learn.train import cross_validate, train

    given = {k: v for k, v in {"l2": l2, "min_articles": min_articles, "none_scale": none_scale}.items()
             if v is not None}  # the rest: the fit's own settings (learn/train.py)

    if split in ("test", "all"):
        fail(f"--split {split}: weights are fitted on dev (or seeds) only, so that test stays unseen", 2)
    if cv is not None:
        _finish(cross_validate(labels, articles, cv.with_suffix(""), split, folds, **given), cv)
    weights = train(labels, articles, split, **given)
    out = out or path()
    out.write_text(weights.to_json(), encoding="utf-8")
    typer.echo(f"weights: {out} ({len(weights.table)} features from {weights.info['articles']} articles,"
               f" {weights.info['clauses']} clauses; version {weights.version})")


@eval_app.command("score")
@one_line_errors
def score_cmd(
    pred_dir: Annotated[Path, typer.Argument(help="Folder of <article stem>.json summaries")],
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Run file to write")] = None,
    labels: Labels = Path("evals/labels"), articles: Articles = Path("evals/articles"),
    threshold: Threshold = 0.5, split: Split = "all",
) -> None:
    """Score existing outputs without calling a model."""
    from summarizer.evals.run import format_table, score_predictions

    if not pred_dir.is_dir():
        fail(f"{pred_dir}: not a folder of predictions", 2)
    out = _run_file(out) if out else None
    run = score_predictions(pred_dir, labels, articles, threshold=threshold, name=pred_dir.name, split=split)
    if out:
        _finish(run, out)
    else:
        typer.echo(format_table(run))


@eval_app.command("rescore")
@one_line_errors
def rescore_cmd(
    run_file: Annotated[Path, typer.Argument(help="A committed run file")],
    tolerance: Annotated[float, typer.Option("--tolerance")] = 0.02,
) -> None:
    """Re-score a run's predictions with the current metric code; exit 1 if that lowers it beyond the tolerance."""
    from summarizer.evals.run import compare_runs, format_comparison, load_run, rescore_run

    if not run_file.exists():
        fail(f"{run_file}: no such run file", 2)
    rows, regressed = compare_runs(load_run(run_file), rescore_run(run_file), tolerance)
    typer.echo(format_comparison(rows))
    if regressed:
        fail(f"re-scoring {run_file.name} with the current metric code lowers it beyond {tolerance}", 1)


@eval_app.command("compare")
@one_line_errors
def compare_cmd(
    run_a: Annotated[Path, typer.Argument(help="Reference run")],
    run_b: Annotated[Path, typer.Argument(help="Candidate run")],
    tolerance: Annotated[float, typer.Option("--tolerance", help="Allowed drop per headline metric")] = 0.02,
) -> None:
    """Print per-metric deltas; exit 1 when B is worse than A beyond the tolerance."""
    from summarizer.evals.run import compare_runs, format_comparison

    for p in (run_a, run_b):
        if not p.exists():
            fail(f"{p}: no such run file", 2)
    rows, regressed = compare_runs(run_a, run_b, tolerance)
    typer.echo(format_comparison(rows))
    if regressed:
        fail(f"{run_b.name} is worse than {run_a.name} beyond tolerance {tolerance}", 1)
