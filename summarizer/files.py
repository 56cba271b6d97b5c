"""File-system helpers written once: the cache folder and atomic (optionally fsynced) writes."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """`$SUMMARIZER_CACHE_DIR`, else `~/.cache/summarizer`."""
    env = os.environ.get("SUMMARIZER_CACHE_DIR")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "summarizer"


def atomic_write(path: str | Path, data: str | bytes, *, fsync: bool = False) -> Path:
    """Write to a sibling temp file, then rename over `path`: readers never see half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
        if fsync:
            f.flush()
            os.fsync(f.fileno())
    os.replace(tmp, path)
    return path


def data_dir(kind: str) -> Path:
    """The shipped data folder `prompts` or `schemas`.

    Installed, it is package data inside `summarizer/` (the wheel maps the top-level folders
    there); in a checkout or an editable install it is the top-level folder itself.
    """
    from importlib.resources import files

    installed = files("summarizer") / kind
    if installed.is_dir():
        return Path(str(installed))
    return Path(__file__).resolve().parent.parent / kind
