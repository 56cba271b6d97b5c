"""Rows of many articles read in worker processes (learn/by_article.py): the same rows in the same order as one
process reads them, so a fit gives the same weights; the drift check in test_weights.py fits all of dev this way."""

from __future__ import annotations

import os

from summarizer.learn.by_article import over_articles, workers


def _squares_and_pid(run: list[int], offset: int) -> list[tuple[int, int]]:
    return [(i * i + offset, os.getpid()) for i in run]


def test_rows_come_back_in_order_from_several_processes(monkeypatch):
    items = list(range(230))
    monkeypatch.setenv("SUMMARIZER_WORKERS", "1")
    alone = over_articles(_squares_and_pid, items, 7)
    assert {pid for _, pid in alone} == {os.getpid()}  # one process: no worker started
    monkeypatch.setenv("SUMMARIZER_WORKERS", "2")
    shared = over_articles(_squares_and_pid, items, 7)
    assert [row for row, _ in shared] == [row for row, _ in alone] == [i * i + 7 for i in items]
    pids = {pid for _, pid in shared}
    assert len(pids) == 2 and os.getpid() not in pids  # two workers read the runs


def test_a_worker_is_started_only_for_fifty_articles_or_more(monkeypatch):
    monkeypatch.setenv("SUMMARIZER_WORKERS", "4")
    assert workers(49) == 1 and workers(100) == 2 and workers(10_000) == 4
    monkeypatch.setenv("SUMMARIZER_WORKERS", "0")  # not a count: the CPUs decide, at most 8
    assert 1 <= workers(10_000) <= 8
