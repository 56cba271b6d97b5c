"""The rows of many labelled articles, read in worker processes where the machine has several CPUs.

The rules read each article on its own, so the articles are dealt in runs of neighbours to workers and
the rows come back in article order: a fit sees the same rows in the same order however many workers
read them, and gives the same weights. Workers are started afresh ("spawn"), never forked from a
process that may hold threads (a test's servers, a client's pool).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from summarizer.config import usable_cpus

T = TypeVar("T")
RUNS_PER_WORKER = 4  # a worker takes several short runs, so one slow run does not hold the others up


def workers(n_items: int) -> int:
    """How many processes read `n_items` articles: SUMMARIZER_WORKERS when set, else the CPUs this process may
    use (at most 8), never more than one per 50 articles (a worker's start costs what about 50 articles do)."""
    env = os.environ.get("SUMMARIZER_WORKERS", "")
    wanted = int(env) if env.isdigit() and int(env) > 0 else min(usable_cpus(), 8)
    return max(1, min(wanted, n_items // 50))


def each_run(work: Callable[..., list[T]], items: list, *args: Any) -> Iterator[list[T]]:
    """`work(run, *args)` over `items` dealt in runs of neighbours, each run's rows as it is done, in the items'
    order (so a caller can show progress). `work` is a module-level function (a worker imports it by name)."""
    n = workers(len(items))
    if n <= 1:
        yield work(items, *args)
        return
    size = -(-len(items) // (n * RUNS_PER_WORKER))
    runs = [items[i : i + size] for i in range(0, len(items), size)]
    with ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield from pool.map(work, runs, *([arg] * len(runs) for arg in args))


def over_articles(work: Callable[..., list[T]], items: list, *args: Any) -> list[T]:
    """The rows of `each_run` for all runs, in the items' order."""
    return [row for rows in each_run(work, items, *args) for row in rows]
