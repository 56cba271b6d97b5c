"""Command line: a thin typer layer over the library. Every failure is one line and an exit code.

Holds one module per command (`summarize`, `batch`, `evals`, `brief`, `schemas`) and `common`
(shared options, error handling, output). This module only mounts them; command modules import
`common` and the library, never this module, and nothing in the library imports the CLI.
"""

from __future__ import annotations

import typer

from summarizer.cli import batch, brief, check, evals, schemas, summarize

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Grounded summaries of Vietnamese meeting-report articles.")
app.command("summarize")(summarize.summarize)
app.command("models")(schemas.models)
app.command("schemas")(schemas.schemas)
app.command("brief")(brief.brief)
app.command("check")(check.check)
app.add_typer(evals.eval_app, name="eval", help="Score runs against the hand-labelled set.")
app.add_typer(batch.batch_app, name="batch", help="Many articles at once: resumable, concurrent, cached; "
                                                  "export/import OpenAI-Batch files for vLLM or the Batch API.")


def main() -> None:
    app()
