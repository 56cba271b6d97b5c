"""Scale-out, part 1: the batch's model requests as an OpenAI Batch file.

`export_requests` writes one line per chunk in the OpenAI Batch input format, which
`vllm run-batch` also reads: custom_id "<article id>::<chunk index>", and a body with the very
messages, JSON schema and parameters a live `llm` run sends (instructor's JSON_SCHEMA mode puts
`{"type": "json_schema", "json_schema": {"name", "schema"}}` in `response_format`: see
instructor/v2/providers/openai/handlers.py, OpenAIJSONSchemaHandler.prepare_request).
The answers come back through batch_import.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from summarizer.batch.inputs import DEFAULT_MAX_ARTICLE_BYTES, list_inputs, load_document
from summarizer.errors import InputError, SummarizerError
from summarizer.extract.wire import wire_for
from summarizer.models import ChunkExtraction
from summarizer.pipeline.chunk import DEFAULT_CHUNK_TOKENS, make_chunks

BATCH_URL = "/v1/chat/completions"
SEP = "::"


def custom_id(article_id: str, chunk: int) -> str:
    return f"{article_id}{SEP}{chunk}"


def split_custom_id(cid: str) -> tuple[str, int] | None:
    aid, sep, idx = cid.rpartition(SEP)
    return (aid, int(idx)) if sep and idx.isdigit() else None


def response_format(model: type[BaseModel] = ChunkExtraction) -> dict:
    """What instructor's Mode.JSON_SCHEMA sends for `model` (v2 OpenAIJSONSchemaHandler)."""
    return {"type": "json_schema", "json_schema": {"name": model.__name__, "schema": model.model_json_schema()}}


@dataclass
class ExportReport:
    articles: int
    requests: int
    failed: list[tuple[str, str]]  # (article id, reason)


def export_requests(input_path: str | Path, out: str | Path, *, model: str, chunk_tokens: int = DEFAULT_CHUNK_TOKENS,
                    temperature: float = 0.0, max_tokens: int = 2048, mode: str = "json_schema",
                    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES, check_language: bool = True,
                    on_error=None, strategy: str = "llm") -> ExportReport:
    """Write OpenAI-Batch request lines for every request of every usable article (atomically):
    one per chunk for `llm`, one per chunk with candidates for `judge`."""
    wire = wire_for(strategy)
    if mode != "json_schema":
        raise InputError(f"export writes json_schema requests only (--mode {mode} is for live runs)")
    if not model:
        raise InputError("export needs the model name the requests are for: pass --model or set SUMMARIZER_MODEL")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    fmt = response_format(wire.response_model)
    n_articles = n_requests = 0
    failed: list[tuple[str, str]] = []
    with open(tmp, "w", encoding="utf-8") as f:
        for article in list_inputs(input_path):
            try:
                doc = load_document(article, max_article_bytes, check_language)
                chunks = make_chunks(doc, chunk_tokens)
            except SummarizerError as e:
                failed.append((article.id, str(e)))
                if on_error:
                    on_error(article.id, str(e))
                continue
            n_articles += 1
            for index, messages in wire.requests(doc, chunks):
                body = {"model": model, "messages": messages, "response_format": fmt,
                        "temperature": temperature, "max_tokens": max_tokens}
                line = {"custom_id": custom_id(article.id, index), "method": "POST", "url": BATCH_URL,
                        "body": body}
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
                n_requests += 1
    tmp.replace(out)
    return ExportReport(n_articles, n_requests, failed)



def read_request_digests(path: str | Path) -> dict[str, str]:
    """custom_id → digest of the exported messages, to check that import rebuilt the same chunks."""
    out: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for raw in f:
            if raw.strip():
                obj = json.loads(raw)
                out[str(obj["custom_id"])] = messages_digest(obj["body"]["messages"])
    return out


def messages_digest(messages: list[dict]) -> str:
    return hashlib.sha256(json.dumps(messages, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
