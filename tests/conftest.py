"""Shared pytest fixtures.

``tests/`` is put on ``sys.path`` so tests (and benchmarks, via ``sys.path.insert(0, "tests")``)
can ``from fakeserver import FakeServer, ok, status, ...``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

_TESTS_DIR = str(Path(__file__).resolve().parent)
if _TESTS_DIR not in sys.path:
    sys.path.insert(0, _TESTS_DIR)

from fakeserver import FakeServer  # noqa: E402

# ---------------------------------------------------------------------------------------------
# Fake OpenAI-compatible server
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def fake_server() -> Iterator[FakeServer]:
    """A started FakeServer (model "test-model", no API key check); stopped after the test."""
    server = FakeServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def fake_server_factory() -> Iterator[Callable[..., FakeServer]]:
    """``fake_server_factory(**FakeServer_kwargs)`` starts a server; all are stopped after the test."""
    servers: list[FakeServer] = []

    def make(**kwargs) -> FakeServer:
        server = FakeServer(**kwargs).start()
        servers.append(server)
        return server

    try:
        yield make
    finally:
        for server in servers:
            server.stop()


# ---------------------------------------------------------------------------------------------
# Project fixtures (lead: add more below)
# ---------------------------------------------------------------------------------------------
