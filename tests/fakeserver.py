"""A real OpenAI-compatible HTTP server on 127.0.0.1 that can inject faults (stdlib only).

Tests and benchmarks talk to it through the real ``openai`` client; nothing is mocked.

Endpoints
---------
``GET /v1/models`` (OpenAI list format) and ``POST /v1/chat/completions``; anything else is a
404 with an OpenAI-style JSON error body.  If ``api_key`` is set, a request whose
``Authorization: Bearer ...`` does not match gets 401 (``invalid_api_key``; the key is never
echoed).  A chat request naming a model not in ``models`` gets 404 (``model_not_found``);
``models=None`` (or empty) accepts any model.

Where the answer comes from (per chat request)
----------------------------------------------
1. the script queue (``server.script(*actions)``, FIFO, one action per chat request), else
2. the random fault injector (``server.inject(rate, kinds, seed)``), which faults each request
   independently with probability ``rate``; a request it spares falls through to
3. ``server.responder(body) -> str`` (``set_responder(fn)``), else the default, which answers ``"{}"``.

Actions (small frozen dataclasses built by these module-level helpers)
---------------------------------------------------------------------
``ok(content)``                   200, that content, finish_reason "stop"
``status(code, retry_after=None, body=None)``
                                  HTTP error ``code`` with an OpenAI-style error body (or ``body``:
                                  a dict is sent as JSON, str/bytes as-is), plus a ``Retry-After``
                                  header when ``retry_after`` is given
``slow(seconds, content=None)``   sleep, then answer (``content`` or the responder); quiet if the
                                  client has gone away; stop() cuts the sleep short
``reset()``                       abort the TCP connection (SO_LINGER 0 -> RST), no response
``malformed()``                   200 whose content is invalid JSON, finish_reason "stop"
``length(content=None)``          200 with truncated JSON content, finish_reason "length"
``schema(content=None)``          200 with valid JSON that violates the summary schema
``raw(body, status=200, content_type="application/json")``
                                  exactly those bytes as the HTTP body

Random fault kinds for ``inject``: "429" (Retry-After 0 or 1), "500", "503", "slow" (sleeps
``slow_seconds`` + 1, default 3 + 1), "reset", "malformed", "length", "schema".

Answers
-------
A chat.completion object echoing the request model; usage is ``prompt_tokens`` = len(JSON of
messages)//4 and ``completion_tokens`` = len(content)//4 (each at least 1).  When the request
carries ``tools`` (instructor's TOOLS mode) the content is returned as the arguments of a single
tool call to the forced (``tool_choice``) or first tool, with ``message.content`` null.  With
``"stream": true`` the answer is sent as Server-Sent Events (one content chunk, a final chunk
with finish_reason and usage, then ``[DONE]``).  ``latency`` seconds are slept before every
answer that carries model output (ok/slow/malformed/length/schema), not before errors.

Server profiles (``FakeServer(profile=...)``): how the server treats ``response_format``
---------------------------------------------------------------------------------------
``"openai"`` (default), ``"vllm"``, ``"ollama"``: accept every form (``json_schema`` included).
``"ignores"``: accepts any ``response_format`` and ignores it: the answer comes back as an
unconstrained chat model writes it, in prose with a fenced ```json block.
``"rejects_json_schema"``: 400 for ``json_schema`` and for ``json_object`` with an extra
``schema`` key (as OpenAI's strict validation does); plain ``json_object`` is accepted.
``"llama_cpp"``: like llama-cpp-python 0.3: HTTP 500 ``"Input should be 'text' or 'json_object'"``
(its pydantic message, traceback included) for ``json_schema``; ``json_object`` with or without
``schema`` is accepted. A rejection is checked before the script queue and consumes no action;
its outcome is the status code.

Request log
-----------
Every request is recorded as ``{"path", "method", "body", "headers", "t", "outcome"}`` with
``Authorization`` replaced by ``"<redacted>"``; outcome is one of "ok", "429", "500", "503",
"<code>", "slow", "reset", "malformed", "length", "schema", "raw", "401", "404".
``server.requests`` (copy), ``server.chat_requests()``, ``server.reset_log()``.
With ``log_path`` each record is also appended to that file as one JSON line, flushed.

Subprocess mode
---------------
``python tests/fakeserver.py --port 0 [--latency S] [--fault-rate R] [--fault-kinds 429,500,...]
[--seed N] [--slow-seconds S] [--log FILE] [--api-key KEY] [--models m1,m2] [--content TEXT |
--content-file FILE | --responder module:function]`` prints ``PORT <n>`` (flushed) once
listening and serves until SIGTERM/SIGINT.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import http.server
import importlib
import importlib.util
import json
import random
import signal
import socket
import struct
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from typing import Any

__all__ = [
    "FAULT_KINDS",
    "PROFILES",
    "Action",
    "FakeServer",
    "length",
    "malformed",
    "ok",
    "raw",
    "reset",
    "schema",
    "slow",
    "status",
]

PROFILES = ("openai", "vllm", "ollama", "ignores", "rejects_json_schema", "llama_cpp")
LLAMA_CPP_500 = (
    "1 validation error:\n  {'type': 'literal_error', 'loc': ('body', 'response_format', 'type'), "
    "'msg': \"Input should be 'text' or 'json_object'\", 'input': 'json_schema', "
    "'ctx': {'expected': \"'text' or 'json_object'\"}}\n\n  File \"/site-packages/llama_cpp/server/app.py\", "
    "line 376, in create_chat_completion\n    POST /v1/chat/completions"
)

FAULT_KINDS = ("429", "500", "503", "slow", "reset", "malformed", "length", "schema")

MALFORMED_CONTENT = '{"achievements": [{"text": "abc", '
LENGTH_CONTENT = '{"achievements": [{"text": "Hoàn thành kế hoạch", "quote": "Hoàn thành'
SCHEMA_CONTENT = '{"achievements": "not a list"}'
DEFAULT_CONTENT = "{}"

_REASONS = {
    400: ("invalid_request_error", "Bad request"),
    401: ("invalid_request_error", "Incorrect API key provided"),
    403: ("permission_error", "Permission denied"),
    404: ("invalid_request_error", "Not found"),
    408: ("timeout", "Request timed out"),
    409: ("conflict_error", "Conflict"),
    422: ("invalid_request_error", "Unprocessable entity"),
    429: ("rate_limit_error", "Rate limit reached for requests"),
    500: ("server_error", "The server had an error while processing your request"),
    502: ("server_error", "Bad gateway"),
    503: ("server_error", "The engine is currently overloaded, please try again later"),
    504: ("server_error", "Gateway timeout"),
}


# --------------------------------------------------------------------------------------------
# Actions
# --------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Action:
    """One scripted reaction to one chat request; build it with the helpers below."""

    kind: str  # ok | status | slow | reset | malformed | length | schema | raw
    content: str | None = None
    code: int = 200
    retry_after: float | int | str | None = None
    body: Any = None
    seconds: float = 0.0
    content_type: str = "application/json"


def ok(content: str) -> Action:
    return Action("ok", content=content)


def status(code: int, retry_after: float | int | str | None = None, body: Any = None) -> Action:
    return Action("status", code=int(code), retry_after=retry_after, body=body)


def slow(seconds: float, content: str | None = None) -> Action:
    return Action("slow", content=content, seconds=float(seconds))


def reset() -> Action:
    return Action("reset")


def malformed(content: str = MALFORMED_CONTENT) -> Action:
    return Action("malformed", content=content)


def length(content: str | None = None) -> Action:
    return Action("length", content=LENGTH_CONTENT if content is None else content)


def schema(content: str = SCHEMA_CONTENT) -> Action:
    return Action("schema", content=content)


def raw(http_body_bytes: bytes | str, status: int = 200, content_type: str = "application/json") -> Action:
    if isinstance(http_body_bytes, str):
        http_body_bytes = http_body_bytes.encode("utf-8")
    return Action("raw", body=http_body_bytes, code=int(status), content_type=content_type)


def default_responder(body: dict) -> str:
    return DEFAULT_CONTENT


def error_body(message: str, type_: str, code: str | None = None) -> dict:
    return {"error": {"message": message, "type": type_, "param": None, "code": code}}


# --------------------------------------------------------------------------------------------
# HTTP plumbing
# --------------------------------------------------------------------------------------------

_CLIENT_GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError)


class _HTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 1024
    allow_reuse_address = True
    fake: FakeServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, _CLIENT_GONE + (OSError,)):
            return  # the client went away (or we reset it on purpose): nothing to report
        super().handle_error(request, client_address)


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeOpenAI/1.0"
    sys_version = ""
    timeout = 120  # idle keep-alive connections are dropped eventually
    server: _HTTPServer
    _recorded = False
    _rec: dict

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    # -- helpers ---------------------------------------------------------------------------

    def _read_body(self) -> bytes:
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n > 0 else b""

    def _send(self, code: int, payload: bytes, content_type: str, extra: dict | None = None) -> None:
        # record before answering, so a client that has its answer always finds it in the log
        self.server.fake._record(self, self._rec)
        try:
            self.send_response(code)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            for k, v in (extra or {}).items():
                self.send_header(k, str(v))
            # headers and body in one write: no Nagle/delayed-ACK stall between them
            self._headers_buffer.append(b"\r\n" + payload)
            self.flush_headers()
        except _CLIENT_GONE:
            self.close_connection = True

    def _send_json(self, code: int, obj: Any, extra: dict | None = None) -> None:
        self._send(code, json.dumps(obj, ensure_ascii=False).encode("utf-8"), "application/json", extra)

    def _abort(self) -> None:
        """Close the TCP connection with an RST and send nothing."""
        self.server.fake._record(self, self._rec)
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        try:
            self.rfile.close()  # drop the makefile() reference so close() really closes the fd
        except OSError:
            pass
        try:
            self.connection.close()
        except OSError:
            pass

    def setup(self) -> None:
        super().setup()
        try:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def finish(self) -> None:
        try:
            super().finish()
        except (OSError, ValueError):
            pass

    # -- verbs -----------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._dispatch(None)

    def do_POST(self) -> None:
        self._dispatch(self._read_body())

    def do_PUT(self) -> None:
        self._dispatch(self._read_body())

    def do_DELETE(self) -> None:
        self._dispatch(self._read_body())

    def _dispatch(self, raw_body: bytes | None) -> None:
        fake = self.server.fake
        body: Any = None
        if raw_body:
            try:
                body = json.loads(raw_body)
            except ValueError:
                body = None
        headers = {k: ("<redacted>" if k.lower() == "authorization" else v) for k, v in self.headers.items()}
        path = self.path.split("?", 1)[0].rstrip("/")
        rec = {
            "path": path,
            "method": self.command,
            "body": body,
            "headers": headers,
            "t": time.time(),
            "outcome": None,
        }
        self._recorded = False
        self._rec = rec
        try:
            fake._handle(self, rec, raw_body)
        finally:
            fake._record(self, rec)


# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------


class FakeServer:
    """OpenAI-compatible fake; see the module docstring for the full behaviour."""

    def __init__(
        self,
        models: Iterable[str] | None = ("test-model",),
        api_key: str | None = None,
        latency: float = 0.0,
        responder: Callable[[dict], str] | None = None,
        slow_seconds: float = 3.0,
        log_path: str | None = None,
        profile: str = "openai",
    ) -> None:
        if profile not in PROFILES:
            raise ValueError(f"unknown profile {profile!r}; known: {PROFILES}")
        self.profile = profile
        self.models = tuple(models) if models else ()
        self.api_key = api_key
        self.latency = float(latency)
        self.responder: Callable[[dict], str] | None = responder
        self.slow_seconds = float(slow_seconds)
        self.log_path = log_path
        self._lock = threading.Lock()
        self._log: list[dict] = []
        self._queue: collections.deque[Action] = collections.deque()
        self._fault_rate = 0.0
        self._fault_kinds: tuple[str, ...] = ()
        self._rng = random.Random(0)
        self._stopping = threading.Event()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._log_file: Any = None

    # -- lifecycle -------------------------------------------------------------------------

    def start(self, port: int = 0) -> FakeServer:
        if self._httpd is not None:
            return self
        self._stopping.clear()
        httpd = _HTTPServer(("127.0.0.1", port), _Handler)
        httpd.fake = self
        self._httpd = httpd
        if self.log_path:
            self._log_file = open(self.log_path, "a", encoding="utf-8")  # noqa: SIM115
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="fakeserver", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()  # cut slow() sleeps short
        httpd.shutdown()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        with self._lock:
            if self._log_file is not None:
                self._log_file.close()
                self._log_file = None

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("FakeServer is not started")
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # -- configuration ---------------------------------------------------------------------

    def script(self, *actions: Action) -> FakeServer:
        """Queue actions; each chat request consumes one (FIFO)."""
        for a in actions:
            if not isinstance(a, Action):
                raise TypeError(f"not an Action: {a!r}")
        with self._lock:
            self._queue.extend(actions)
        return self

    def pending(self) -> int:
        """How many scripted actions are still queued."""
        with self._lock:
            return len(self._queue)

    def clear_script(self) -> None:
        with self._lock:
            self._queue.clear()

    def set_responder(self, fn: Callable[[dict], str] | None) -> FakeServer:
        self.responder = fn
        return self

    def inject(self, rate: float, kinds: Iterable[str] = FAULT_KINDS, seed: int = 0) -> FakeServer:
        """Fault each unscripted chat request with probability ``rate`` (seeded, thread-safe)."""
        kinds = tuple(str(k).strip() for k in kinds if str(k).strip())
        bad = [k for k in kinds if k not in FAULT_KINDS]
        if bad:
            raise ValueError(f"unknown fault kinds {bad}; known: {FAULT_KINDS}")
        if rate > 0 and not kinds:
            raise ValueError("inject() needs at least one fault kind")
        with self._lock:
            self._fault_rate = float(rate)
            self._fault_kinds = kinds
            self._rng = random.Random(seed)
        return self

    # -- request log -----------------------------------------------------------------------

    @property
    def requests(self) -> list[dict]:
        with self._lock:
            return [dict(r) for r in self._log]

    def chat_requests(self) -> list[dict]:
        return [r for r in self.requests if r["path"].endswith("/chat/completions")]

    def outcomes(self) -> list[str]:
        """Outcomes of the chat requests, in arrival order."""
        return [r["outcome"] for r in self.chat_requests()]

    def reset_log(self) -> None:
        with self._lock:
            self._log.clear()

    def _record(self, h: _Handler, rec: dict) -> None:
        """Append ``rec`` to the log (and log file) once per request."""
        with self._lock:
            if h._recorded:  # already recorded early (slow / reset)
                return
            h._recorded = True
            self._log.append(rec)
            if self._log_file is not None:
                self._log_file.write(json.dumps(rec, ensure_ascii=False) + "\n")
                self._log_file.flush()

    # -- behaviour -------------------------------------------------------------------------

    def _next_action(self) -> Action | None:
        with self._lock:
            if self._queue:
                return self._queue.popleft()
            if self._fault_rate > 0 and self._fault_kinds:
                if self._rng.random() < self._fault_rate:
                    kind = self._rng.choice(self._fault_kinds)
                    retry_after = self._rng.choice((0, 1))
                    return self._fault_action(kind, retry_after)
        return None

    def _fault_action(self, kind: str, retry_after: int) -> Action:
        if kind == "429":
            return status(429, retry_after=retry_after)
        if kind in ("500", "503"):
            return status(int(kind))
        if kind == "slow":
            return slow(self.slow_seconds + 1.0)
        if kind == "reset":
            return reset()
        if kind == "malformed":
            return malformed()
        if kind == "length":
            return length()
        return schema()

    def _sleep(self, seconds: float) -> bool:
        """Sleep unless stop() is called; True when the full time elapsed."""
        if seconds <= 0:
            return True
        return not self._stopping.wait(seconds)

    def _handle(self, h: _Handler, rec: dict, raw_body: bytes | None) -> None:
        path = rec["path"]
        if self.api_key is not None:
            auth = h.headers.get("Authorization") or ""
            if auth != f"Bearer {self.api_key}":
                rec["outcome"] = "401"
                h._send_json(
                    401, error_body("Incorrect API key provided", "invalid_request_error", "invalid_api_key")
                )
                return

        if h.command == "GET" and path == "/v1/models":
            rec["outcome"] = "ok"
            created = int(time.time())
            data = [
                {"id": m, "object": "model", "created": created, "owned_by": "fakeserver"}
                for m in self.models
            ]
            h._send_json(200, {"object": "list", "data": data})
            return
        if h.command == "GET" and path.startswith("/v1/models/"):
            name = path[len("/v1/models/") :]
            if name in self.models or not self.models:
                rec["outcome"] = "ok"
                h._send_json(
                    200,
                    {"id": name, "object": "model", "created": int(time.time()), "owned_by": "fakeserver"},
                )
            else:
                rec["outcome"] = "404"
                h._send_json(404, _model_not_found(name))
            return
        if not (h.command == "POST" and path == "/v1/chat/completions"):
            rec["outcome"] = "404"
            h._send_json(
                404,
                error_body(
                    f"Unknown request URL: {h.command} {path}", "invalid_request_error", "unknown_url"
                ),
            )
            return

        body = rec["body"]
        if not isinstance(body, dict):
            rec["outcome"] = "400"
            h._send_json(
                400, error_body("We could not parse the JSON body of your request.", "invalid_request_error")
            )
            return
        model = body.get("model")
        if self.models and model not in self.models:
            rec["outcome"] = "404"
            h._send_json(404, _model_not_found(model))
            return

        refusal = self._profile_refusal(body)
        if refusal is not None:
            code, payload = refusal
            rec["outcome"] = str(code)
            h._send_json(code, payload)
            return
        action = self._next_action()
        self._perform(h, rec, body, action)

    def _profile_refusal(self, body: dict) -> tuple[int, dict] | None:
        rf = body.get("response_format")
        kind = rf.get("type") if isinstance(rf, dict) else None
        if self.profile == "llama_cpp" and kind not in (None, "text", "json_object"):
            return 500, error_body(LLAMA_CPP_500, "internal_server_error")
        if self.profile == "rejects_json_schema":
            if kind == "json_schema":
                return 400, error_body("Invalid parameter: 'response_format' of type 'json_schema' is not "
                                       "supported with this model.", "invalid_request_error")
            if kind == "json_object" and "schema" in rf:
                return 400, error_body("Additional properties are not allowed ('schema' was unexpected) - "
                                       "'response_format'", "invalid_request_error")
        return None

    def _content_from_responder(self, body: dict) -> str:
        fn = self.responder or default_responder
        content = fn(body)
        if not isinstance(content, str):
            content = json.dumps(content, ensure_ascii=False)
        if self.profile == "ignores":  # no constraint: the model chats around its JSON
            content = f"Dưới đây là kết quả theo yêu cầu:\n\n```json\n{content}\n```\n\nHy vọng hữu ích."
        return content

    def _perform(self, h: _Handler, rec: dict, body: dict, action: Action | None) -> None:
        if action is None:
            rec["outcome"] = "ok"
            self._sleep(self.latency)
            self._answer(h, body, self._content_from_responder(body), "stop")
            return

        kind = action.kind
        if kind == "status":
            rec["outcome"] = str(action.code)
            extra = {}
            if action.retry_after is not None:
                extra["Retry-After"] = action.retry_after
            if action.body is None:
                type_, msg = _REASONS.get(action.code, ("server_error", f"HTTP {action.code}"))
                code = "rate_limit_exceeded" if action.code == 429 else None
                h._send_json(action.code, error_body(msg, type_, code), extra)
            elif isinstance(action.body, (bytes, str)):
                payload = action.body.encode("utf-8") if isinstance(action.body, str) else action.body
                h._send(action.code, payload, "application/json", extra)
            else:
                h._send_json(action.code, action.body, extra)
            return
        if kind == "reset":
            rec["outcome"] = "reset"
            h._abort()
            return
        if kind == "raw":
            rec["outcome"] = "raw"
            h._send(action.code, action.body, action.content_type)
            return
        if kind == "slow":
            rec["outcome"] = "slow"
            self._record(h, rec)  # visible in the log while the request is still sleeping
            if not self._sleep(self.latency + action.seconds):
                h.close_connection = True
                return
            content = action.content if action.content is not None else self._content_from_responder(body)
            self._answer(h, body, content, "stop")
            return
        # ok / malformed / length / schema: model output
        rec["outcome"] = kind
        self._sleep(self.latency)
        self._answer(h, body, action.content or "", "length" if kind == "length" else "stop")

    def _answer(self, h: _Handler, body: dict, content: str, finish_reason: str) -> None:
        model = body.get("model") or (self.models[0] if self.models else "test-model")
        messages = body.get("messages") or []
        prompt_tokens = max(1, len(json.dumps(messages, ensure_ascii=False)) // 4)
        completion_tokens = max(1, len(content) // 4)
        usage = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        }
        message: dict[str, Any] = {"role": "assistant", "content": content}
        tool = _tool_name(body)
        call_id = "call_" + uuid.uuid4().hex[:24]
        if tool is not None:
            message = {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {"id": call_id, "type": "function", "function": {"name": tool, "arguments": content}}
                ],
            }
        completion_id = "chatcmpl-" + uuid.uuid4().hex[:24]
        created = int(time.time())
        if body.get("stream"):
            self._answer_stream(h, completion_id, created, model, message, finish_reason, usage, call_id)
            return
        h._send_json(
            200,
            {
                "id": completion_id,
                "object": "chat.completion",
                "created": created,
                "model": model,
                "choices": [
                    {"index": 0, "message": message, "finish_reason": finish_reason, "logprobs": None}
                ],
                "usage": usage,
                "system_fingerprint": "fp_fakeserver",
            },
        )

    def _answer_stream(
        self, h, completion_id, created, model, message, finish_reason, usage, call_id
    ) -> None:
        def chunk(delta: dict, fr: str | None, with_usage: bool = False) -> bytes:
            obj: dict[str, Any] = {
                "id": completion_id,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": fr}],
            }
            if with_usage:
                obj["usage"] = usage
            return b"data: " + json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n\n"

        if message.get("tool_calls"):
            fn = message["tool_calls"][0]["function"]
            delta = {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "index": 0,
                        "id": call_id,
                        "type": "function",
                        "function": {"name": fn["name"], "arguments": fn["arguments"]},
                    }
                ],
            }
        else:
            delta = {"role": "assistant", "content": message["content"]}
        payload = chunk(delta, None) + chunk({}, finish_reason, with_usage=True) + b"data: [DONE]\n\n"
        h._send(200, payload, "text/event-stream")


def _model_not_found(model: Any) -> dict:
    return error_body(f"The model `{model}` does not exist", "invalid_request_error", "model_not_found")


def _tool_name(body: dict) -> str | None:
    tools = body.get("tools")
    if not tools:
        return None
    choice = body.get("tool_choice")
    if isinstance(choice, dict):
        name = (choice.get("function") or {}).get("name")
        if name:
            return name
    first = tools[0] if isinstance(tools, list) and tools else {}
    return ((first or {}).get("function") or {}).get("name") or "tool"


# --------------------------------------------------------------------------------------------
# Subprocess mode
# --------------------------------------------------------------------------------------------


def _load_responder(spec: str) -> Callable[[dict], str]:
    """``module:function`` or ``path/to/file.py:function``."""
    mod_name, _, fn_name = spec.rpartition(":")
    if not mod_name or not fn_name:
        raise SystemExit(f"--responder wants module:function, got {spec!r}")
    if mod_name.endswith(".py"):
        s = importlib.util.spec_from_file_location("_fakeserver_responder", mod_name)
        if s is None or s.loader is None:
            raise SystemExit(f"cannot load {mod_name}")
        mod = importlib.util.module_from_spec(s)
        s.loader.exec_module(mod)
    else:
        mod = importlib.import_module(mod_name)
    return getattr(mod, fn_name)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Fake OpenAI-compatible server with fault injection")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--latency", type=float, default=0.0, help="seconds slept before each answer")
    p.add_argument("--fault-rate", type=float, default=0.0)
    p.add_argument("--fault-kinds", default=",".join(FAULT_KINDS))
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--slow-seconds", type=float, default=3.0)
    p.add_argument("--log", default=None, help="append each request as a JSON line to this file")
    p.add_argument("--api-key", default=None)
    p.add_argument("--models", default="test-model", help="comma-separated; empty accepts any model")
    p.add_argument("--profile", default="openai", choices=PROFILES, help="how response_format is treated")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--content", default=None, help="fixed answer content")
    g.add_argument("--content-file", default=None, help="fixed answer content read from a file")
    g.add_argument("--responder", default=None, help="module:function or file.py:function")
    a = p.parse_args(argv)

    responder: Callable[[dict], str] | None = None
    if a.content is not None:
        text = a.content
        responder = lambda body: text  # noqa: E731
    elif a.content_file is not None:
        with open(a.content_file, encoding="utf-8") as f:
            text = f.read()
        responder = lambda body: text  # noqa: E731
    elif a.responder is not None:
        responder = _load_responder(a.responder)

    models = [m.strip() for m in a.models.split(",") if m.strip()]
    server = FakeServer(
        models=models or None,
        api_key=a.api_key,
        latency=a.latency,
        responder=responder,
        slow_seconds=a.slow_seconds,
        log_path=a.log,
        profile=a.profile,
    )
    if a.fault_rate > 0:
        server.inject(a.fault_rate, a.fault_kinds.split(","), a.seed)

    done = threading.Event()

    def _on_signal(signum: int, frame: Any) -> None:
        done.set()

    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    server.start(port=a.port)
    print(f"PORT {server.port}", flush=True)
    try:
        while not done.wait(0.5):
            pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
