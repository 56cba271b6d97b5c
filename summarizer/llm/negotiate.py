"""Structured-output negotiation: the strongest form of constrained JSON an endpoint accepts.

Servers differ in what they take for `response_format`: OpenAI, vLLM and Ollama accept OpenAI's
`json_schema`; llama-cpp-python answers it with HTTP 500 "Input should be 'text' or
'json_object'" but compiles `{"type": "json_object", "schema": …}` into a grammar; others take
only `json_object`, or ignore `response_format` altogether. For each (base URL, model) one small
probe request per form, strongest first, decides from the server's own answer:

    json_schema  →  json_object+schema  →  json (json_object, schema in the prompt)  →  md_json

A 400/422, or a 500 whose body says the request is invalid, rejects that form for good (no
retries are spent on it); a 200 whose content is not JSON (the server ignored the format) is asked
again once, then the next form is tried; transient errors (429, 5xx, resets, timeouts) are
retried as usual and leave nothing remembered. The result is kept in the SQLite cache
(`ResponseCache.get_form/put_form`), so later runs do not probe; `--mode` forces a form.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel, ValidationError

from summarizer.errors import BackendError
from summarizer.llm.retrying import Throttle, is_rejection, root_cause, server_message, transport_retrying

# instructor logs every failed attempt at ERROR to stderr; a refused form is reported in one line instead.
logging.getLogger("instructor").setLevel(logging.CRITICAL)

AUTO = "auto"
FORMS = ("json_schema", "json_object+schema", "json", "md_json")  # strongest first
FORCEABLE = (*FORMS, "tools")
ALIASES = {"json_object_schema": "json_object+schema", "json_object": "json", "": AUTO}
INSTRUCTOR_MODES = {
    "json_schema": instructor.Mode.JSON_SCHEMA,
    # instructor's JSON_SCHEMA handling (no schema in the prompt, content parsed as JSON), with the
    # request's response_format replaced on the wire by llama.cpp's form (see `extra_body`).
    "json_object+schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
    "tools": instructor.Mode.TOOLS,
}
GARBLED_TRIES = 2  # a 200 that is not JSON: ask once more before deciding the form is ignored


def normalize_mode(mode: str | None) -> str:
    """'auto' (negotiate) or one of FORCEABLE; aliases accepted; ValueError otherwise."""
    m = ALIASES.get((mode or "").strip().lower(), (mode or "").strip().lower())
    if m != AUTO and m not in FORCEABLE:
        raise ValueError(f"unknown mode {mode!r}; choose one of {', '.join((AUTO, *FORCEABLE))}")
    return m


def extra_body(form: str, response_model: type[BaseModel]) -> dict | None:
    """What goes over the openai client's `extra_body` for a form (it overrides the body's keys)."""
    if form == "json_object+schema":
        return {"response_format": {"type": "json_object", "schema": response_model.model_json_schema()}}
    return None


def endpoint_id(base_url: object) -> str:
    """The base URL as a cache key and for messages: no user:password, no query string."""
    url = str(base_url or "").split("?")[0].split("#")[0]
    scheme, sep, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    url = scheme + sep + host.rpartition("@")[2] + slash + path if sep else url
    return url.rstrip("/")


class Probe(BaseModel):
    """The probe's answer: any JSON object parses (a constrained server always gives one)."""

    answer: str | None = None


PROBE_MESSAGES = [
    {"role": "system", "content": "Bạn chỉ trả lời bằng một đối tượng JSON."},
    {"role": "user", "content": 'Hà Nội có phải là thủ đô của Việt Nam không? Trả lời {"answer": "có"} '
                                'hoặc {"answer": "không"}.'},
]


@dataclass
class Negotiation:
    form: str
    tried: list[tuple[str, str]] = field(default_factory=list)  # (form, why it was not taken)
    probes: int = 0  # chat requests the probe sent (0: remembered or forced)
    prompt_tokens: int = 0  # what they cost, as the server reported it
    completion_tokens: int = 0


class FormStore:
    """Where negotiated forms are remembered: a `ResponseCache`, or this process only."""

    def __init__(self, cache=None):
        self.cache = cache
        self._mem: dict[tuple[str, str], str] = {}

    def get(self, endpoint: str, model: str) -> str | None:
        if (endpoint, model) in self._mem:
            return self._mem[endpoint, model]
        return self.cache.get_form(endpoint, model) if self.cache is not None else None

    def put(self, endpoint: str, model: str, form: str) -> None:
        self._mem[endpoint, model] = form
        if self.cache is not None:
            self.cache.put_form(endpoint, model, form)


_locks: dict[tuple[str, str], threading.Lock] = {}
_locks_guard = threading.Lock()


def _lock_for(key: tuple[str, str]) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(key, threading.Lock())


def announce(endpoint: str, model: str, form: str, stream=None) -> None:
    print(f"summarizer: endpoint {endpoint} model {model}: structured output via {form}",
          file=stream or sys.stderr, flush=True)


def negotiate(client: openai.OpenAI, model: str, *, store: FormStore, endpoint: str | None = None,
              throttle: Throttle | None = None, attempts: int = 4, timeout: float | None = None,
              on_new: Callable[[str, str, str], None] | None = announce) -> Negotiation:
    """The remembered form for (endpoint, model), else probe for it (once per key at a time)."""
    endpoint = endpoint or endpoint_id(client.base_url)
    key = (endpoint, model)
    known = store.get(*key)
    if known:
        return Negotiation(known)
    with _lock_for(key):
        known = store.get(*key)  # another thread may have probed while this one waited
        if known:
            return Negotiation(known)
        result = probe(client, model, throttle=throttle or Throttle(), attempts=attempts, timeout=timeout)
        store.put(endpoint, model, result.form)
    if on_new is not None and result.form != FORMS[0]:  # a server that takes json_schema is the quiet case
        on_new(endpoint, model, result.form)
    return result


def probe(client: openai.OpenAI, model: str, *, throttle: Throttle, attempts: int = 4,
          timeout: float | None = None) -> Negotiation:
    """Try each form, strongest first. Raises BackendError when the server rejects them all,
    and the transport error itself when the endpoint cannot be used (auth, model, connection)."""
    result = Negotiation(FORMS[-1])
    rejected = 0
    for form in FORMS:
        outcome = _try_form(client, model, form, throttle, attempts, timeout, result)
        if outcome is None:
            result.form = form
            return result
        result.tried.append((form, outcome[1]))
        rejected += outcome[0] == "rejected"
    if rejected == len(FORMS):
        raise BackendError(f"{endpoint_id(client.base_url)} rejected every structured-output form "
                           f"({', '.join(FORMS)}); last answer: {result.tried[-1][1]}")
    return result  # some form came back 200 but never as JSON: md_json is the most lenient reader


def _try_form(client, model, form, throttle, attempts, timeout, result) -> tuple[str, str] | None:
    """None when the form works; ("rejected" | "ignored", why) when it does not."""
    inst = instructor.from_openai(client, mode=INSTRUCTOR_MODES[form])

    def count(*args, **kwargs) -> None:
        result.probes += 1

    def tokens(response) -> None:
        u = getattr(response, "usage", None)
        if u is not None:
            result.prompt_tokens += u.prompt_tokens or 0
            result.completion_tokens += u.completion_tokens or 0

    inst.on("completion:kwargs", count)
    inst.on("completion:response", tokens)
    why = ""
    for _ in range(GARBLED_TRIES):
        kwargs: dict = dict(model=model, messages=PROBE_MESSAGES, response_model=Probe, max_retries=0,
                            temperature=0, max_tokens=64)
        if timeout is not None:
            kwargs["timeout"] = timeout
        body = extra_body(form, Probe)
        if body:
            kwargs["extra_body"] = body
        try:
            for attempt in transport_retrying(attempts, throttle):
                with attempt:
                    throttle.wait()
                    try:
                        inst.chat.completions.create(**kwargs)
                    except InstructorRetryException as e:
                        cause = root_cause(e)
                        if isinstance(cause, openai.APIError):
                            raise cause from cause.__cause__
                        raise
            return None
        except (InstructorRetryException, IncompleteOutputException, ValidationError, ValueError) as e:
            why = "answered 200 but not with JSON" + (
                " (cut at max_tokens)" if isinstance(e, IncompleteOutputException) else "")
        except openai.APIError as e:
            if is_rejection(e):
                return "rejected", f"HTTP {e.status_code}: {server_message(e)}"  # type: ignore[attr-defined]
            raise
    return "ignored", why
