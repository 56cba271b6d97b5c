"""The single place that asks a model for structured output.

instructor (over the `openai` client) validates the answer against a pydantic model and
re-asks with the validator's message; around it, tenacity retries transport failures with a
shared throttle; a SQLite cache answers repeated requests; hooks count every call and token.
When re-asks run out, the last answer is salvaged (parsed without the source checks) so the
good items survive and grounding drops the bad ones, instead of losing the whole chunk.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import threading
from dataclasses import dataclass
from typing import TypeVar

import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel, ValidationError

from summarizer.llm.cache import ResponseCache, cache_key
from summarizer.llm.negotiate import (
    AUTO,
    INSTRUCTOR_MODES,
    FormStore,
    endpoint_id,
    extra_body,
    negotiate,
    normalize_mode,
)
from summarizer.llm.retrying import Throttle, root_cause, transport_retrying
from summarizer.models import SCHEMA_VERSION, Usage

T = TypeVar("T", bound=BaseModel)

# instructor logs every failed attempt at ERROR to stderr; failures are reported in the output instead.
logging.getLogger("instructor").setLevel(logging.CRITICAL)

MODES = {AUTO: None, **INSTRUCTOR_MODES}  # "auto": negotiated per endpoint (llm.negotiate)


@dataclass
class CallSettings:
    model: str
    mode: str = AUTO  # or a forced structured-output form (llm.negotiate.FORCEABLE)
    temperature: float = 0.0
    max_tokens: int = 2048
    max_reasks: int = 2
    attempts: int = 4
    endpoint: str | None = None  # the negotiation's key; default: the client's base URL



class TruncatedOutput(Exception):
    """The model stopped at max_tokens: the caller should ask for less (e.g. split the chunk)."""


class ModelCaller:
    def __init__(self, client: openai.OpenAI, settings: CallSettings, cache: ResponseCache | None = None,
                 throttle: Throttle | None = None, forms: FormStore | None = None):
        mode = normalize_mode(settings.mode)
        self.settings = settings
        self.cache = cache
        self.throttle = throttle or Throttle()
        self.usage = Usage()
        self.reasks = 0
        self.forms = forms or FormStore(cache)
        self.endpoint = settings.endpoint or endpoint_id(client.base_url)
        self._openai = client
        self._lock = threading.Lock()
        self._resolve_lock = threading.Lock()
        self.form: str | None = None  # the structured-output form in use, once known
        self._client = None
        if mode != AUTO:
            self._use(mode)

    @property
    def structured_output(self) -> str | None:
        return self.form

    def _use(self, form: str) -> None:
        client = instructor.from_openai(self._openai, mode=INSTRUCTOR_MODES[form])
        client.on("completion:kwargs", self._on_call)
        client.on("completion:response", self._on_response)
        client.on("parse:error", self._on_parse_error)
        self._client, self.form = client, form

    def resolve(self) -> str:
        """The form to use: forced, remembered, or negotiated now (its probe requests are counted)."""
        if self.form is None:
            with self._resolve_lock:
                if self.form is None:
                    got = negotiate(self._openai, self.settings.model, store=self.forms, endpoint=self.endpoint,
                                    throttle=self.throttle, attempts=self.settings.attempts)
                    with self._lock:  # the probe is billed like any request
                        self.usage.calls += got.probes
                        self.usage.prompt_tokens += got.prompt_tokens
                        self.usage.completion_tokens += got.completion_tokens
                    self._use(got.form)
        return self.form

    def _on_call(self, *args, **kwargs) -> None:
        with self._lock:
            self.usage.calls += 1

    def _on_response(self, response) -> None:
        u = getattr(response, "usage", None)
        if u is not None:
            with self._lock:
                self.usage.prompt_tokens += u.prompt_tokens or 0
                self.usage.completion_tokens += u.completion_tokens or 0

    def _on_parse_error(self, *args, **kwargs) -> None:
        with self._lock:
            self.reasks += 1

    def key(self, messages: list[dict], response_model: type[BaseModel], prompt_version: str | None,
            max_tokens: int) -> str:
        return cache_key(model=self.settings.model, prompt_version=prompt_version, schema_version=SCHEMA_VERSION,
                         schema=_schema_digest(response_model), messages=messages,
                         mode=self.resolve(), temperature=self.settings.temperature, max_tokens=max_tokens)

    def structured(self, messages: list[dict], response_model: type[T], *, prompt_version: str | None,
                   context: dict | None = None, max_tokens: int | None = None) -> T:
        max_tokens = max_tokens or self.settings.max_tokens
        key = self.key(messages, response_model, prompt_version, max_tokens)
        if self.cache is not None:
            hit = self.cache.get(key)
            if hit is not None:
                with self._lock:
                    self.usage.cache_hits += 1
                return response_model.model_validate(hit)
        result = self._ask(messages, response_model, context, max_tokens)
        if self.cache is not None:
            self.cache.put(key, result.model_dump(mode="json"))
        return result

    def _ask(self, messages, response_model, context, max_tokens):
        s = self.settings
        extra = extra_body(self.resolve(), response_model)
        for attempt in transport_retrying(s.attempts, self.throttle):
            with attempt:
                self.throttle.wait()
                try:
                    return self._client.chat.completions.create(
                        model=s.model, messages=messages, response_model=response_model,
                        max_retries=s.max_reasks, context=context, temperature=s.temperature,
                        max_tokens=max_tokens, **({"extra_body": extra} if extra else {}),
                    )
                except IncompleteOutputException as e:
                    raise TruncatedOutput(f"output truncated at max_tokens={max_tokens}") from e
                except InstructorRetryException as e:
                    cause = root_cause(e)
                    if isinstance(cause, openai.APIError):
                        raise cause from cause.__cause__  # keep the transport error under it
                    salvaged = _salvage(e, response_model)
                    if salvaged is None:
                        raise
                    return salvaged
        raise AssertionError("unreachable")  # pragma: no cover


@functools.cache
def _schema_digest(response_model: type[BaseModel]) -> str:
    """A response model's JSON schema, hashed once per class (it is part of every cache key)."""
    schema = json.dumps(response_model.model_json_schema(), sort_keys=True)
    return hashlib.sha256(schema.encode()).hexdigest()


def _salvage(e: Exception, response_model: type[T]) -> T | None:
    completion = getattr(e, "last_completion", None)
    try:
        content = completion.choices[0].message.content
        return response_model.model_validate_json(content)
    except (AttributeError, IndexError, TypeError, ValidationError, ValueError):
        return None
