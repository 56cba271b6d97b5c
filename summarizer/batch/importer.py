"""Scale-out, part 2: batch answers back into grounded, merged summaries.

`import_responses` reads the output file (OpenAI Batch or `vllm run-batch`: the same shape,
`{"custom_id", "response": {"status_code", "body": chat.completion}, "error"}`), rebuilds each
article's chunks from INPUT with the same chunk size, parses every answer as a ChunkExtraction
and hands the result to the same grounding and merge as a live run (`pipeline.assemble`).
There is no re-ask offline: a chunk whose answer is missing, an error, cut at max_tokens or not
valid JSON is a failed chunk; quotes the article does not contain are dropped by grounding.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from summarizer.batch.export import (
    custom_id,
    messages_digest,
    read_request_digests,
    split_custom_id,
)
from summarizer.batch.inputs import DEFAULT_MAX_ARTICLE_BYTES, ArticleInput, list_inputs, load_document
from summarizer.batch.output import JsonlAppender, RunStats, done_ids, errors_path, recover_jsonl
from summarizer.batch.runner import done_line, failed_line, scrub
from summarizer.errors import InputError, SummarizerError
from summarizer.extract.base import ExtractionResult
from summarizer.extract.wire import Reply, wire_for
from summarizer.llm.prompts import load_prompt
from summarizer.models import Usage
from summarizer.pipeline.assemble import assemble_summary
from summarizer.pipeline.chunk import DEFAULT_CHUNK_TOKENS, make_chunks


@dataclass
class Answer:
    content: str | None = None
    error: str | None = None
    model: str | None = None
    usage: Usage | None = None


def read_responses(path: str | Path) -> tuple[dict[str, dict[int, Answer]], list[str]]:
    """Answers by article id and chunk index, plus one line per unusable line of the file."""
    answers: dict[str, dict[int, Answer]] = defaultdict(dict)
    problems: list[str] = []
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    with open(p, encoding="utf-8", errors="replace") as f:
        for n, raw in enumerate(f, start=1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
                key = split_custom_id(str(obj["custom_id"]))
            except (ValueError, KeyError, TypeError):
                problems.append(f"{p.name} line {n}: not a batch output line (no JSON or no custom_id)")
                continue
            if key is None:
                problems.append(f"{p.name} line {n}: custom_id {obj['custom_id']!r} is not '<article>::<chunk>'")
                continue
            answer = _answer(obj)
            have = answers[key[0]].get(key[1])
            if have is None or (have.error and not answer.error):  # a success beats an earlier failure
                answers[key[0]][key[1]] = answer
    return answers, problems


def _answer(obj: dict) -> Answer:
    err = obj.get("error")
    resp = obj.get("response") or {}
    body = resp.get("body") if isinstance(resp, dict) else None
    if err:
        return Answer(error=f"batch error: {_error_text(err)}")
    if isinstance(resp, dict) and "choices" in resp and "body" not in resp:
        body, code = resp, 200  # a bare chat.completion as the response
    else:
        code = resp.get("status_code", 200) if isinstance(resp, dict) else None
    if not isinstance(body, dict) or code != 200:
        detail = body.get("error") if isinstance(body, dict) else None
        return Answer(error=f"HTTP {code}: {_error_text(detail) if detail else 'no response body'}")
    u = body.get("usage") or {}
    usage = Usage(prompt_tokens=u.get("prompt_tokens") or 0, completion_tokens=u.get("completion_tokens") or 0,
                  calls=1)
    try:
        choice = body["choices"][0]
        content = choice["message"].get("content")
    except (KeyError, IndexError, TypeError, AttributeError):
        return Answer(error="the response has no choices", usage=usage)
    if choice.get("finish_reason") == "length":
        return Answer(error="output truncated at max_tokens", model=body.get("model"), usage=usage)
    if not content:
        return Answer(error="the response has no content", model=body.get("model"), usage=usage)
    return Answer(content=content, model=body.get("model"), usage=usage)


def _error_text(err) -> str:
    """OpenAI Batch: {"code", "message"}; vllm run-batch: a string or an ErrorResponse
    ({"error": {"message", …}} or, in older versions, {"object": "error", "message", …})."""
    if isinstance(err, dict):
        inner = err.get("error")
        if isinstance(inner, dict | str):
            return _error_text(inner)
        if err.get("message"):
            return " ".join(str(err["message"]).split())[:300]
        return json.dumps(err, ensure_ascii=False)[:300]
    return " ".join(str(err).split())[:300]


def extraction_result(doc, chunks, got: dict[int, Answer], wire) -> tuple[ExtractionResult, str | None]:
    """A strategy result for one article from its answers, read as a live run reads them (`wire`)."""
    usage, model = Usage(), None
    for a in got.values():
        if a.usage:
            usage.add(a.usage)
        model = model or a.model
    result = wire.result(doc, chunks, {i: Reply(a.content, a.error) for i, a in got.items()})
    result.usage.add(usage)
    return result, model


def import_responses(responses: str | Path, input_path: str | Path, out: str | Path, *,
                     chunk_tokens: int = DEFAULT_CHUNK_TOKENS, accept_partial: bool = False,
                     max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES, check_language: bool = True,
                     requests: str | Path | None = None, secrets: list[str] | None = None,
                     strategy: str = "llm") -> tuple[RunStats, list[str]]:
    """Summaries from a batch output file, appended to OUT like a live batch (done ids are skipped).

    With `requests` (the exported file), every rebuilt chunk is checked against what was sent.
    """
    out = Path(out)
    answers, problems = read_responses(responses)
    digests = read_request_digests(requests) if requests else None
    articles = list_inputs(input_path)
    known = {a.id for a in articles}
    problems += [f"custom_id prefix {aid!r}: no such article in the input" for aid in answers if aid not in known]
    wire = wire_for(strategy)
    prompt_version = load_prompt(wire.prompt).version
    stats = RunStats(total=len(articles))
    finished = done_ids(recover_jsonl(out))
    with JsonlAppender(out) as out_log, JsonlAppender(errors_path(out), truncate=True) as err_log:
        for article in articles:
            if article.id in finished:
                stats.skipped += 1
                continue
            ok, line, usage, n_chunks, n_failed = _import_one(article, answers.get(article.id, {}), chunk_tokens,
                                                              accept_partial, max_article_bytes, check_language,
                                                              prompt_version, secrets or [], digests, wire)
            (out_log if ok else err_log).append(line)
            stats.record(ok, usage, n_chunks, n_failed)
    return stats, problems


def _import_one(article: ArticleInput, got: dict[int, Answer], chunk_tokens: int, accept_partial: bool,
                max_article_bytes: int, check_language: bool, prompt_version: str, secrets: list[str],
                digests: dict[str, str] | None, wire):
    result: ExtractionResult | None = None
    try:
        doc = load_document(article, max_article_bytes, check_language)
        chunks = make_chunks(doc, chunk_tokens)
        extra = sorted(set(got) - {c.index for c in chunks})
        if extra:
            raise InputError(f"{article.id}: answers for chunks {extra} that the article does not have: "
                             "import with the --chunk-tokens used for the export")
        if digests is not None:
            differ = [i for i, messages in wire.requests(doc, chunks)
                      if digests.get(custom_id(article.id, i)) != messages_digest(messages)]
            if differ:
                raise InputError(f"{article.id}: chunks {differ} differ from the exported requests (changed "
                                 "article, prompt or --chunk-tokens since the export)")
        result, model = extraction_result(doc, chunks, got, wire)
        summary = assemble_summary(doc, len(chunks), result, strategy_name=wire.name, model=model,
                                   prompt_version=prompt_version, secrets=secrets)
    except SummarizerError as e:
        usage = result.usage if result is not None else None
        n = len(result.failed) if result is not None else 0
        return False, failed_line(article, scrub(str(e), secrets)), usage, n, n
    n_failed = len(summary.failed_chunks)
    if n_failed and not accept_partial:
        f0 = summary.failed_chunks[0]
        error = (f"{n_failed} of {len(chunks)} chunks failed (pass --accept-partial to keep the rest); "
                 f"chunk {f0.chunk}: {f0.error}")
        return False, failed_line(article, scrub(error, secrets)), summary.provenance.usage, len(chunks), n_failed
    return True, done_line(article, summary, []), summary.provenance.usage, len(chunks), n_failed
