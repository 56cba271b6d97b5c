"""Errors a user can act on: each carries one line for stderr and an exit code."""

from __future__ import annotations


class SummarizerError(Exception):
    """Base: the message is one line, safe to print (never contains an API key)."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))


class InputError(SummarizerError):
    exit_code = 2


class BackendError(SummarizerError):
    """The model endpoint cannot be used (unreachable, auth, unknown model)."""

    exit_code = 3


class ExtractionError(SummarizerError):
    """Every chunk of an article failed: nothing to summarise."""

    exit_code = 4


def scrub(text: str, secrets: list[str | None]) -> str:
    """Replace every secret (an API key, also inside a URL) by '***'. Short strings are left alone."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    return text
