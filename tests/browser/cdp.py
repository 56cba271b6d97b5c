"""A tiny headless-Chromium driver: the Chrome DevTools Protocol over `--remote-debugging-pipe`.

Standard library only: Chromium reads CDP messages (JSON, NUL-terminated) on fd 3 and writes on
fd 4, so no websocket client, port or extra package is needed. Debian's `chromium` package is
enough (`apt-get install -y chromium`).

    with Chromium.launch() as browser:
        page = browser.new_page(width=1280, height=900)
        page.goto("file:///tmp/x.html")
        page.evaluate("document.title")
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--disable-extensions", "--mute-audio", "--no-default-browser-check",
    "--remote-debugging-pipe", "--lang=vi",
]
INSTALL_HINT = "apt-get update && apt-get install -y chromium"


class CDPError(RuntimeError):
    pass


def find_chromium() -> str | None:
    """The Chromium binary: $CHROMIUM, else `chromium` / `chromium-browser` on PATH."""
    env = os.environ.get("CHROMIUM")
    if env and Path(env).exists():
        return env
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _move_high(fd: int) -> int:
    """The same pipe end on a descriptor >= 10 (close-on-exec), the old one closed."""
    high = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return high


class Chromium:
    def __init__(self, proc: subprocess.Popen, to_browser: int, from_browser: int, profile: str):
        self.proc = proc
        self._out = to_browser
        self._in = os.fdopen(from_browser, "rb", buffering=0)
        self._profile = profile
        self._next = 0
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._replies: dict[int, dict] = {}
        self.events: list[dict] = []
        self._closed = False
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()

    @classmethod
    def launch(cls, binary: str | None = None, extra_flags: list[str] | None = None) -> Chromium:
        binary = binary or find_chromium()
        if not binary:
            raise FileNotFoundError(f"chromium not found; install it with: {INSTALL_HINT}")
        profile = tempfile.mkdtemp(prefix="summarizer-chromium-")
        # parent → child (child reads fd 3), child → parent (child writes fd 4). The child's ends
        # are first moved to fds >= 10, so dup2 onto 3 and 4 never aliases them (dup2(fd, fd) would
        # keep close-on-exec set and Chromium would find no pipe).
        c_read, p_write = os.pipe()
        p_read, c_write = os.pipe()
        c_read, c_write = _move_high(c_read), _move_high(c_write)

        def child_fds() -> None:  # runs in the child before exec: put the pipe ends on fds 3 and 4
            os.dup2(c_read, 3, inheritable=True)
            os.dup2(c_write, 4, inheritable=True)

        proc = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={profile}", *(extra_flags or []), "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            close_fds=False, preexec_fn=child_fds,
        )
        os.close(c_read)
        os.close(c_write)
        threading.Thread(target=proc.stderr.read, daemon=True).start()  # drain, never block the browser
        return cls(proc, p_write, p_read, profile)

    # -- transport ------------------------------------------------------------------------

    def _read_loop(self) -> None:
        buf = b""
        while True:
            try:
                chunk = self._in.read(1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self._cond:
                    self._closed = True
                    self._cond.notify_all()
                return
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                msg = json.loads(raw)
                with self._cond:
                    if "id" in msg:
                        self._replies[msg["id"]] = msg
                    else:
                        self.events.append(msg)
                    self._cond.notify_all()

    def send(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float = 30.0) -> dict:
        with self._lock:
            self._next += 1
            mid = self._next
        msg: dict = {"id": mid, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        data = json.dumps(msg).encode() + b"\0"
        while data:
            n = os.write(self._out, data)
            data = data[n:]
        deadline = time.monotonic() + timeout
        with self._cond:
            while mid not in self._replies:
                left = deadline - time.monotonic()
                if self._closed:
                    raise CDPError(f"browser exited while waiting for {method}")
                if left <= 0:
                    raise CDPError(f"timed out waiting for {method}")
                self._cond.wait(left)
            reply = self._replies.pop(mid)
        if "error" in reply:
            raise CDPError(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})

    def wait_event(self, pred: Callable[[dict], bool], timeout: float = 30.0, start: int = 0) -> dict:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for ev in self.events[start:]:
                    if pred(ev):
                        return ev
                left = deadline - time.monotonic()
                if left <= 0 or self._closed:
                    raise CDPError("timed out waiting for an event")
                self._cond.wait(left)

    # -- pages ----------------------------------------------------------------------------

    def new_page(self, width: int = 1280, height: int = 900) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        for domain in ("Page", "Runtime", "Log"):
            page.send(f"{domain}.enable")
        page.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        return page

    def close(self) -> None:
        try:
            if self.proc.poll() is None:
                try:
                    self.send("Browser.close", timeout=5)
                except CDPError:
                    pass
                try:
                    self.proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(timeout=10)
        finally:
            for closer in (lambda: os.close(self._out), self._in.close):
                try:
                    closer()
                except OSError:
                    pass
            shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Page:
    def __init__(self, browser: Chromium, session: str):
        self.browser = browser
        self.session = session

    def send(self, method: str, params: dict | None = None, timeout: float = 30.0) -> dict:
        return self.browser.send(method, params, session=self.session, timeout=timeout)

    def _mine(self, method: str) -> Callable[[dict], bool]:
        return lambda ev: ev.get("sessionId") == self.session and ev.get("method") == method

    def goto(self, url: str, timeout: float = 30.0) -> None:
        start = len(self.browser.events)
        self.send("Page.navigate", {"url": url})
        self.browser.wait_event(self._mine("Page.loadEventFired"), timeout, start)

    def evaluate(self, expression: str, timeout: float = 30.0):
        res = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                             "awaitPromise": True}, timeout)
        if "exceptionDetails" in res:
            raise CDPError(f"page script failed: {res['exceptionDetails'].get('text')} "
                           f"{res['exceptionDetails'].get('exception', {}).get('description', '')}")
        return res.get("result", {}).get("value")

    def click(self, x: float, y: float) -> None:
        """A real mouse click (press + release) at viewport coordinates."""
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent",
                      {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def wait_for(self, expression: str, timeout: float = 10.0, interval: float = 0.05):
        """Poll a JS expression until it is truthy; return its last value (falsy on timeout)."""
        deadline = time.monotonic() + timeout
        value = None
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(interval)
        return value

    def screenshot(self, path: str | Path) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(base64.b64decode(data))
        return p

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and browser log errors (CSP violations included)."""
        out = []
        for ev in list(self.browser.events):
            if ev.get("sessionId") != self.session:
                continue
            m, p = ev.get("method"), ev.get("params", {})
            if m == "Runtime.exceptionThrown":
                d = p.get("exceptionDetails", {})
                out.append(f"exception: {d.get('text')} {d.get('exception', {}).get('description', '')}")
            elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append("console.error: " + " ".join(str(a.get("value", a.get("description")))
                                                         for a in p.get("args", [])))
            elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                e = p["entry"]
                out.append(f"log ({e.get('source')}): {e.get('text')} {e.get('url', '')}")
        return out
