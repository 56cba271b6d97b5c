"""JSON output: the contract, checked against schemas/summary.schema.json before it is written."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import TYPE_CHECKING

from summarizer.files import data_dir
from summarizer.models import Summary

if TYPE_CHECKING:
    import jsonschema

SCHEMAS_DIR = data_dir("schemas")


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    import jsonschema  # ~0.05 s: loaded only when JSON is written, not for md/docx/html

    path = SCHEMAS_DIR / "summary.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8")) if path.exists() else Summary.model_json_schema()
    return jsonschema.Draft202012Validator(schema)


def validate_summary(data: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.path)) or '(root)'}: {e.message}" for e in _validator().iter_errors(data)]


def render_json(summary: Summary) -> str:
    data = summary.model_dump(mode="json")
    errors = validate_summary(data)
    if errors:  # a bug, not a user error: never hand out output that breaks the contract
        raise AssertionError("summary does not match schemas/summary.schema.json: " + errors[0])
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
