"""Which model errors end the whole run (bad key, unknown model, nothing listening) and
which belong to one chunk; and how to say either in one line."""

from __future__ import annotations

import httpx
import openai

from summarizer.errors import BackendError
from summarizer.llm.retrying import root_cause, server_message
from summarizer.models import FailedChunk


def one_line(e: BaseException) -> str:
    """'HTTP 500: <the server's message>' for an HTTP error; else 'ErrorType: message'. One line."""
    cause = root_cause(e)
    if isinstance(cause, openai.APIStatusError):
        text = f"HTTP {cause.status_code}: {server_message(cause)}"
    else:
        text = f"{type(cause).__name__}: {cause}"
    return " ".join(text.split())[:300]


def fatal_backend_error(e: BaseException, ctx) -> BackendError | None:
    cause = root_cause(e)
    where = ctx.endpoint or "the model endpoint"
    if isinstance(cause, openai.AuthenticationError):
        return BackendError(f"{where} rejected the API key (HTTP 401): check --api-key or OPENAI_API_KEY")
    if isinstance(cause, openai.PermissionDeniedError):
        return BackendError(f"{where} refused access (HTTP 403): check the API key's permissions")
    if isinstance(cause, openai.NotFoundError):
        model = ctx.caller.settings.model if ctx.caller else "?"
        return BackendError(f"model '{model}' was not found at {where} (HTTP 404): check --model or SUMMARIZER_MODEL")
    if isinstance(cause, openai.APIConnectionError) and not isinstance(cause, openai.APITimeoutError):
        inner = _connect_error(cause)
        if inner is not None:
            return BackendError(f"cannot reach {where}: connection failed ({' '.join(str(inner).split())[:120]})")
    return None


def _connect_error(cause: BaseException) -> BaseException | None:
    """The transport's ConnectError under an APIConnectionError. openai 3.x is built on `httpx2`,
    not `httpx`, so the class is recognised by name as well as by type."""
    inner, seen = cause.__cause__, set()
    while inner is not None and id(inner) not in seen:
        seen.add(id(inner))
        if isinstance(inner, (httpx.ConnectError, ConnectionRefusedError)) or type(inner).__name__ == "ConnectError":
            return inner
        inner = inner.__cause__
    return None


def chunk_failure(e: BaseException, ctx, chunk: int, note: str = "") -> FailedChunk:
    """One chunk's failure, in one line; an error that ends the whole run is raised instead."""
    if isinstance(e, BackendError):
        raise e
    raise_if_fatal(e, ctx)
    return FailedChunk(chunk=chunk, error=one_line(e) + note)


def raise_if_fatal(e: BaseException, ctx) -> None:
    """Re-raise as a one-line BackendError when the error ends the whole run; else return."""
    fatal = fatal_backend_error(e, ctx)
    if fatal:
        raise fatal from None
