"""`summarizer schemas [--check]` and `summarizer models`: the package's data, checked."""

from __future__ import annotations

from typing import Annotated

import typer

from summarizer.cli.common import fail, one_line_errors


@one_line_errors
def models() -> None:
    """Say which embedded model and runtime are installed, and where."""
    import json

    from summarizer.backends.gguf import models_info

    typer.echo(json.dumps(models_info(), ensure_ascii=False, indent=2))


@one_line_errors
def schemas(check: Annotated[bool, typer.Option("--check", help="Fail if schemas/ is out of date")] = False) -> None:
    """Write schemas/*.schema.json from the pydantic models."""
    from summarizer.schema_gen import check_schemas, write_schemas

    if check:
        stale = check_schemas()
        if stale:
            fail(f"out of date: {', '.join(stale)}; run 'summarizer schemas'", 1)
        typer.echo("schemas are up to date")
        return
    for path in write_schemas():
        typer.echo(str(path))
