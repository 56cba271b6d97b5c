"""The zero-config backend: a llama.cpp server on 127.0.0.1 running the registry-installed GGUF.

A subprocess (not in-process) so the pipeline keeps one code path (the `openai` client) for every
backend, a crash in native code cannot take the CLI down, and shutdown is a signal to a process
group. The child watches its parent and exits if orphaned (even on SIGKILL of the CLI).
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import openai

from summarizer.backends.gguf import EmbeddedModelError, assemble_gguf, default_cache_dir, models_info
from summarizer.config import usable_cpus

__all__ = [
    "EmbeddedBackend",
    "EmbeddedModelError",
    "llama_server_client",
    "models_info",
]

# Runs in the child: exit if the parent disappears, avoid ggml's crashing AMX kernels, drop env
# vars that llama_cpp.server's settings (and uvicorn's HOST/PORT) would read over our flags, serve.
_LAUNCHER = """
import os, sys, threading, time, runpy
parent = int(sys.argv.pop(1))
def _watch():
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)
threading.Thread(target=_watch, daemon=True).start()
import llama_cpp.llama_cpp as L
if b"AMX_INT8 = 1" in L.llama_print_system_info():
    # ggml's AMX matmul segfaults on some CPUs/VMs (llama.cpp#20824); AMX is an "extra buffer
    # type", so skipping those keeps inference correct (weights stay in the plain CPU buffer).
    _default = L.llama_model_default_params
    def _no_extra_bufts():
        p = _default()
        p.use_extra_bufts = False
        return p
    L.llama_model_default_params = _no_extra_bufts
    print("summarizer: AMX build detected, extra buffer types disabled", file=sys.stderr)
from llama_cpp.server.settings import Settings
for k in list(os.environ):
    if k.lower() in Settings.model_fields or k.upper() == "CONFIG_FILE":
        del os.environ[k]
runpy.run_module("llama_cpp.server", run_name="__main__", alter_sys=True)
"""
_SERVER_DEPS = ("llama_cpp", "uvicorn", "fastapi", "sse_starlette", "starlette_context", "pydantic_settings")


def llama_server_client(base_url: str | None, timeout: float = 900.0) -> openai.OpenAI:
    """An `openai.OpenAI` for a llama_cpp.server: no retries (the pipeline retries). The request's
    structured-output form is negotiated like any endpoint's (`summarizer.llm.negotiate`)."""
    return openai.OpenAI(base_url=base_url, api_key="not-needed", timeout=timeout, max_retries=0)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _last_line(path: Path) -> str:
    try:
        with open(path, "rb") as f:
            f.seek(max(0, f.seek(0, 2) - 8192))
            lines = [x.strip() for x in f.read().decode("utf-8", "replace").splitlines() if x.strip()]
    except OSError:
        return "(no log)"
    return lines[-1][:300] if lines else "(empty log)"


class EmbeddedBackend:
    """Owns one llama.cpp server process; `client()` starts it on first use, `close()` stops it."""

    kind = "embedded"
    # The port changes every run: the negotiated structured-output form is remembered under this.
    negotiation_key = "embedded llama_cpp.server"

    def __init__(
        self,
        model_path: str | os.PathLike | None = None,
        n_ctx: int = 8192,
        threads: int | None = None,
        startup_timeout: float = 180.0,
        request_timeout: float = 900.0,
        logprobs: bool = False,
        cache_dir: str | os.PathLike | None = None,
        alias: str | None = None,
    ):
        path = model_path or os.environ.get("SUMMARIZER_GGUF") or None
        self.model_path: Path | None = Path(path).expanduser() if path else None
        self.cache_dir = Path(cache_dir).expanduser() if cache_dir else default_cache_dir()
        # The alias is fixed before assembly so `model` is known up front; the server accepts it.
        self.model = alias or (self.model_path.stem if self.model_path else "qwen2.5-coder-1.5b-instruct-q4_k_m")
        self.n_ctx = n_ctx
        self.threads = threads or usable_cpus()  # llama_cpp.server defaults to half the cores
        self.startup_timeout = startup_timeout
        self.request_timeout = request_timeout
        self.logprobs = logprobs  # logits for every prompt token: needed only for logprobs, costs RAM
        self.base_url: str | None = None
        self.log_path = self.cache_dir / "llama-server.log"
        self.pid: int | None = None
        self._proc: subprocess.Popen | None = None
        self._log = None
        self._client: openai.OpenAI | None = None

    def _command(self, model_path: Path, port: int) -> list[str]:
        t = str(self.threads)
        return [
            sys.executable, "-c", _LAUNCHER, str(os.getpid()),
            "--model", str(model_path), "--model_alias", self.model,
            "--host", "127.0.0.1", "--port", str(port),
            "--n_ctx", str(self.n_ctx), "--n_threads", t, "--n_threads_batch", t,
            "--logits_all", str(self.logprobs), "--cache", "False", "--verbose", "True",
        ]  # fmt: skip

    def start(self) -> EmbeddedBackend:
        """Assemble the model if needed, spawn the server and wait until it answers; idempotent."""
        if self._proc is not None:
            if self._proc.poll() is None:
                return self
            raise EmbeddedModelError(
                f"llama.cpp server died (code {self._proc.returncode}): {_last_line(self.log_path)}"
            )
        if self.model_path and not self.model_path.is_file():
            raise EmbeddedModelError(
                f"model file not found: {self.model_path} (check --model-path / SUMMARIZER_GGUF)"
            )
        missing = [m for m in _SERVER_DEPS if importlib.util.find_spec(m) is None]
        if missing:
            raise EmbeddedModelError(
                f"llama-cpp-python[server] is not installed ({missing[0]} missing): run pip install -e '.[embedded]'"
            )
        model_path = self.model_path or assemble_gguf(self.cache_dir)
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            port = _free_port()
            self._log = open(self.log_path, "wb")
            self._proc = subprocess.Popen(
                self._command(model_path, port), stdin=subprocess.DEVNULL, stdout=self._log,
                stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
            self.pid = self._proc.pid
            atexit.register(self.close)
            self.base_url = f"http://127.0.0.1:{port}/v1"
            self._wait_ready()
        except BaseException:
            self.close()
            raise
        return self

    def _wait_ready(self) -> None:
        assert self._proc is not None
        deadline = time.monotonic() + self.startup_timeout
        with httpx.Client(timeout=2.0) as http:
            while True:
                rc = self._proc.poll()
                if rc is not None:
                    raise EmbeddedModelError(
                        f"llama.cpp server exited (code {rc}) before it was ready: {_last_line(self.log_path)} (log: {self.log_path})"
                    )
                try:
                    if http.get(f"{self.base_url}/models").status_code == 200:
                        return
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise EmbeddedModelError(
                        f"llama.cpp server not ready after {self.startup_timeout:.0f}s: {_last_line(self.log_path)} (log: {self.log_path})"
                    )
                time.sleep(0.2)

    def client(self) -> openai.OpenAI:
        if self._client is None:
            self.start()
            self._client = llama_server_client(self.base_url, self.request_timeout)
        return self._client

    def close(self) -> None:
        """SIGTERM the server's process group, SIGKILL it if it lingers; safe to call repeatedly."""
        proc, self._proc = self._proc, None
        if self._client is not None:
            self._client.close()
            self._client = None
        if proc is not None:
            atexit.unregister(self.close)
            _stop_group(proc)
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> EmbeddedBackend:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()


def _stop_group(proc: subprocess.Popen, grace: float = 5.0) -> None:
    """SIGTERM the group (pid == pgid: start_new_session), then SIGKILL what is left, and reap."""
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)  # the second round also catches stragglers in the group
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=wait)
