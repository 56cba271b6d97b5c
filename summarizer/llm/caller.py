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
from summarizer.llm.retrying import Throttle, root_cause, transport_retrying
from summarizer.models import SCHEMA_VERSION, Usage

T = TypeVar("T", bound=BaseModel)

# instructor logs every failed attempt at ERROR to stderr; failures are reported in the output instead.
logging.getLogger("instructor").setLevel(logging.CRITICAL)

MODES = {
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
    "tools": instructor.Mode.TOOLS,
}


@dataclass
class CallSettings:
    model: str
    mode: str = "json_schema"
    temperature: float = 0.0
    max_tokens: int = 2048
    max_reasks: int = 2
    attempts: int = 4


class TruncatedOutput(Exception):
    """The model stopped at max_tokens: the caller should ask for less (e.g. split the chunk)."""


class ModelCaller:
    def __init__(self, client: openai.OpenAI, settings: CallSettings, cache: ResponseCache | None = None,
                 throttle: Throttle | None = None):
        if settings.mode not in MODES:
            raise ValueError(f"unknown mode {settings.mode!r}; choose one of {', '.join(MODES)}")
        self.settings = settings
        self.cache = cache
        self.throttle = throttle or Throttle()
        self.usage = Usage()
        self.reasks = 0
        self._lock = threading.Lock()
        self._client = instructor.from_openai(client, mode=MODES[settings.mode])
        self._client.on("completion:kwargs", self._on_call)
        self._client.on("completion:response", self._on_response)
        self._client.on("parse:error", self._on_parse_error)

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
                         mode=self.settings.mode, temperature=self.settings.temperature, max_tokens=max_tokens)

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
        for attempt in transport_retrying(s.attempts, self.throttle):
            with attempt:
                self.throttle.wait()
                try:
                    return self._client.chat.completions.create(
                        model=s.model, messages=messages, response_model=response_model,
                        max_retries=s.max_reasks, context=context, temperature=s.temperature,
                        max_tokens=max_tokens,
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
