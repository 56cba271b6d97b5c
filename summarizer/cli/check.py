"""`summarizer check`: what a user needs to know about an endpoint before a long batch.

Reachable or not, the models it lists, the structured-output form negotiated for the model (probed
now and remembered in the cache, as a run would), and one round-trip time. Exit 0 when the
endpoint can be used, 3 when it cannot, 2 for bad input. The API key is never printed.
"""

from __future__ import annotations

import time
from typing import Annotated

import typer

from summarizer.cli.common import ApiKey, BaseUrl, CachePath, Model, fail, one_line_errors
from summarizer.errors import BackendError, scrub


@one_line_errors
def check(
    base_url: BaseUrl = None, api_key: ApiKey = None, model: Model = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds per request", min=1)] = 30.0,
    cache: CachePath = None,
) -> None:
    """Check an endpoint: reachable, models listed, structured-output form, one round-trip time."""
    import openai

    from summarizer.config import Options
    from summarizer.extract.errors import one_line
    from summarizer.llm.cache import ResponseCache
    from summarizer.llm.negotiate import FormStore, endpoint_id, probe
    from summarizer.llm.retrying import Throttle, is_rejection

    opts = Options(base_url=base_url, api_key=api_key, model=model, cache_path=cache).with_env()
    if not opts.base_url:
        fail("no endpoint to check: pass --base-url or set OPENAI_BASE_URL", 2)
    secrets = opts.secrets()
    where = endpoint_id(opts.base_url)
    say = lambda text: typer.echo(scrub(text, secrets))  # noqa: E731

    client = openai.OpenAI(base_url=opts.base_url, api_key=opts.api_key or "not-needed", timeout=timeout,
                           max_retries=0)
    say(f"endpoint: {where}")
    t = time.perf_counter()
    try:
        listed = [m.id for m in client.models.list().data]
    except openai.APIStatusError as e:
        if e.status_code in (401, 403):
            raise BackendError(f"reachable: yes, but the API key was refused ({one_line(e)})") from None
        listed = None  # some servers serve chat but no /models
        say(f"reachable: yes (GET /models answered {one_line(e)})")
    except openai.APIError as e:
        inner = e
        while inner.__cause__ is not None:  # the transport's own words: "[Errno 111] Connection refused"
            inner = inner.__cause__
        raise BackendError(f"reachable: no ({one_line(e)} {inner if inner is not e else ''})") from None
    else:
        say(f"reachable: yes (GET /models in {time.perf_counter() - t:.2f} s)")
        say(f"models: {', '.join(listed) if listed else '(none listed)'}")
    name = opts.model or (listed[0] if listed else None)
    if not name:
        fail("no model to check: pass --model or set SUMMARIZER_MODEL", 2)
    if listed is not None and name not in listed:
        say(f"model: {name} (not in the list; the server may still accept it)")
    else:
        say(f"model: {name}" + ("" if opts.model else " (the first listed; pass --model to choose)"))

    try:
        got = probe(client, name, throttle=Throttle(), attempts=3, timeout=timeout)
    except openai.APIError as e:
        raise BackendError(f"structured output: cannot probe ({one_line(e)})") from None
    FormStore(ResponseCache(opts.cache_path)).put(where, name, got.form)
    refused = "; ".join(f"{form}: {why}" for form, why in got.tried)
    say(f"structured output: {got.form}" + (f" (not taken: {refused})" if refused else ""))

    t = time.perf_counter()
    try:
        client.chat.completions.create(model=name, messages=[{"role": "user", "content": "Chào"}], max_tokens=1,
                                       temperature=0)
    except openai.APIError as e:
        if is_rejection(e):
            raise BackendError(f"round trip: refused ({one_line(e)})") from None
        raise BackendError(f"round trip: failed ({one_line(e)})") from None
    say(f"round trip: {time.perf_counter() - t:.2f} s (one 1-token chat completion)")

