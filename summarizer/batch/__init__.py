"""Batch runs: many articles, resumable, concurrent, cached, with progress and usage accounting.

    from summarizer.batch import run_batch, BatchSettings
    report = run_batch("articles/", "out.jsonl", Options(base_url=..., model=...), BatchSettings(concurrency=8))

- `run_batch` (`runner`): live run; OUT gets one JSON line per finished article, failures go
  to OUT.errors.jsonl, figures to OUT.summary.json; rerunning skips what is done.
- `export_requests` / `import_responses` (`export`, `importer`): the same model requests as an OpenAI
  Batch file (for the OpenAI Batch API or `vllm run-batch`), and their answers back as summaries.
- `inputs`: a folder of .txt/.html articles or a JSONL of {"id", "text"}.
- `output`: the durable JSONL writer, resume scan, summary JSON and usage table.
"""

from __future__ import annotations

from summarizer.batch.export import export_requests, response_format
from summarizer.batch.importer import import_responses
from summarizer.batch.inputs import ArticleInput, list_inputs, load_document
from summarizer.batch.output import errors_path, recover_jsonl, summary_path
from summarizer.batch.runner import BatchReport, BatchSettings, Reporter, run_batch

__all__ = [
    "ArticleInput", "BatchReport", "BatchSettings", "Reporter", "errors_path", "export_requests",
    "import_responses", "list_inputs", "load_document", "recover_jsonl", "response_format", "run_batch",
    "summary_path",
]
