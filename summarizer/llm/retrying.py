"""Transport retries: 429 (honouring Retry-After), 5xx, timeouts and resets, bounded.

A `Throttle` is shared by every request of a run, so a 429 slows the whole run down instead of
letting other threads keep hammering the endpoint.
"""

from __future__ import annotations

import random
import re
import threading
import time

import openai
import tenacity

MAX_RETRY_AFTER = 60.0


class Throttle:
    """Shared pause: after a 429 nobody sends until the server's Retry-After has passed."""

    def __init__(self) -> None:
        self._until = 0.0
        self._lock = threading.Lock()
        self.pauses = 0

    def pause(self, seconds: float) -> None:
        with self._lock:
            self._until = max(self._until, time.monotonic() + seconds)
            self.pauses += 1

    def wait(self) -> None:
        while True:
            with self._lock:
                delay = self._until - time.monotonic()
            if delay <= 0:
                return
            time.sleep(min(delay, 1.0))


def root_cause(exc: BaseException) -> BaseException:
    """Instructor wraps API errors in its own exception; the cause says what really happened."""
    seen = set()
    while exc.__cause__ is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, openai.APIError):
            return exc
        exc = exc.__cause__
    return exc


# A 500 whose body says the request itself is invalid (llama-cpp-python answers its request
# validation errors with HTTP 500 "Input should be 'text' or 'json_object'") is not transient.
_INVALID_REQUEST = re.compile(
    r"input should be|validation error|invalid request|not supported|unsupported|extra inputs|"
    r"unrecognized|unknown (?:field|parameter|argument)|response_format", re.IGNORECASE)
_PYDANTIC_MSG = re.compile(r"""'msg': (?:"([^"]*)"|'([^']*)')""")


def server_message(exc: BaseException) -> str:
    """The server's own words for an HTTP error, on one line (pydantic dumps reduced to their msg)."""
    e = root_cause(exc)
    body = getattr(e, "body", None)
    text = None
    if isinstance(body, dict):
        for k in ("message", "detail", "error"):
            if isinstance(body.get(k), str) and body[k].strip():
                text = body[k]
                break
    elif isinstance(body, str) and body.strip():
        text = body
    if text is None:
        text = getattr(e, "message", None) or str(e)
    msgs = [a or b for a, b in _PYDANTIC_MSG.findall(text)]
    if msgs:
        text = "; ".join(dict.fromkeys(msgs))
    else:
        text = text.split("\n  File ")[0]  # drop a pasted traceback
    return " ".join(text.split())[:240]


def is_rejection(exc: BaseException) -> bool:
    """The server refused the request as invalid (400/422, or a 500 that says so): do not retry."""
    e = root_cause(exc)
    if not isinstance(e, openai.APIStatusError) or isinstance(e, openai.RateLimitError):
        return False
    if e.status_code in (400, 422):
        return True
    if e.status_code != 500:
        return False
    body = getattr(e, "body", None)
    return bool(_INVALID_REQUEST.search(str(body) if body is not None else str(e)))


def is_transient(exc: BaseException) -> bool:
    if is_rejection(exc):
        return False
    e = root_cause(exc)
    if isinstance(e, (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError,
                      openai.InternalServerError)):
        return True
    return isinstance(e, openai.APIStatusError) and e.status_code in (408, 409, 502, 503, 504)


def retry_after(exc: BaseException) -> float | None:
    e = root_cause(exc)
    response = getattr(e, "response", None)
    value = response.headers.get("retry-after") if response is not None else None
    try:
        return min(float(value), MAX_RETRY_AFTER) if value is not None else None
    except ValueError:
        return None


def transport_retrying(attempts: int, throttle: Throttle, base_wait: float = 0.5,
                       max_wait: float = 20.0) -> tenacity.Retrying:
    def wait(state: tenacity.RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        ra = retry_after(exc) if exc else None
        if ra is not None:
            throttle.pause(ra)
            return ra
        delay = min(max_wait, base_wait * 2 ** (state.attempt_number - 1)) * (0.5 + random.random() / 2)
        if exc is not None and isinstance(root_cause(exc), openai.RateLimitError):
            throttle.pause(delay)  # no Retry-After: still slow every worker down, not just this one
        return delay

    return tenacity.Retrying(
        retry=tenacity.retry_if_exception(is_transient),
        stop=tenacity.stop_after_attempt(max(1, attempts)),
        wait=wait,
        reraise=True,
    )
