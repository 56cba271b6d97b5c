"""A fault-injecting HTTP proxy for tests (stdlib only): in front of a real OpenAI-compatible server,
it answers a share of POST …/chat/completions itself with a fault and forwards everything else.

Faults (seeded): "429" (Retry-After: 1), "500" (a plain server error), "503", "reset" (TCP RST,
no answer), "slow" (sleeps `slow_seconds`, past the client's timeout, then drops the connection),
"malformed" (200 whose message content is cut-off JSON). `outcomes` records each chat request.
"""

from __future__ import annotations

import http.client
import http.server
import json
import random
import socket
import struct
import threading
import time
from urllib.parse import urlsplit

KINDS = ("429", "500", "503", "reset", "slow", "malformed")


class FaultProxy:
    def __init__(self, upstream: str, rate: float = 0.35, seed: int = 0, slow_seconds: float = 10.0,
                 kinds: tuple[str, ...] = KINDS, every: int = 0):
        u = urlsplit(upstream)
        self.host, self.port_up = u.hostname, u.port
        self.rate, self.kinds, self.slow_seconds = rate, kinds, slow_seconds
        self._rng = random.Random(seed)
        self.every, self._n_faults = every, 0
        self._lock = threading.Lock()
        self.outcomes: list[str] = []
        self.headers_seen: list[dict] = []
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a) -> None:
                pass

            def do_GET(self) -> None:
                proxy._forward(self, None)

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                proxy._handle_post(self, body)

        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def counts(self) -> dict[str, int]:
        with self._lock:
            return {k: self.outcomes.count(k) for k in ("forwarded", *KINDS)}

    def _pick(self) -> str | None:
        """Seeded draw at `rate`; with `every` = n, the n-th, 2n-th, … chat requests are faults, in turn through the kinds."""
        with self._lock:
            if self.every:
                if len(self.outcomes) % self.every == self.every - 1:
                    self._n_faults += 1
                    return self.kinds[(self._n_faults - 1) % len(self.kinds)]
                return None
            return self._rng.choice(self.kinds) if self._rng.random() < self.rate else None

    def _handle_post(self, h, body: bytes) -> None:
        fault = self._pick() if h.path.endswith("/chat/completions") else None
        with self._lock:
            self.outcomes.append(fault or "forwarded")
            self.headers_seen.append(dict(h.headers))
        if fault is None:
            return self._forward(h, body)
        if fault in ("429", "500", "503"):
            msg = {"429": "Rate limit reached", "500": "The server had an error while processing your request",
                   "503": "The engine is currently overloaded"}[fault]
            return _send(h, int(fault), json.dumps({"error": {"message": msg, "type": "server_error"}}).encode(),
                         {"Retry-After": "1"} if fault == "429" else None)
        if fault == "malformed":
            cut = {"id": "x", "object": "chat.completion", "created": int(time.time()), "model": "m",
                   "choices": [{"index": 0, "finish_reason": "stop",
                                "message": {"role": "assistant", "content": '{"achievements": [{"text": "abc", '}}],
                   "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
            return _send(h, 200, json.dumps(cut).encode())
        if fault == "slow":
            time.sleep(self.slow_seconds)
        h.close_connection = True  # reset (and slow, once the client has given up): RST, no answer
        try:
            h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            h.connection.close()
        except OSError:
            pass

    def _forward(self, h, body: bytes | None) -> None:
        conn = http.client.HTTPConnection(self.host, self.port_up, timeout=600)
        headers = {k: v for k, v in h.headers.items() if k.lower() not in ("host", "connection")}
        try:
            conn.request(h.command, h.path, body=body, headers=headers)
            r = conn.getresponse()
            data = r.read()
        except OSError:
            h.close_connection = True
            return
        finally:
            conn.close()
        _send(h, r.status, data, None, r.getheader("Content-Type") or "application/json")


def _send(h, code: int, payload: bytes, extra: dict | None = None, ctype: str = "application/json") -> None:
    try:
        h.send_response(code)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(payload)))
        for k, v in (extra or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(payload)
    except OSError:
        h.close_connection = True
