"""Generate schemas/*.schema.json from the pydantic models (`summarizer schemas`).

The files are data others can validate against without Python; a test fails when they drift.
"""

from __future__ import annotations

import json
from pathlib import Path

from summarizer.files import data_dir
from summarizer.models import SCHEMA_VERSION, ChunkExtraction, JudgeAnswer, Summary

SCHEMAS_DIR = data_dir("schemas")
MODELS = {"summary": Summary, "chunk_extraction": ChunkExtraction, "judge_answer": JudgeAnswer}


def render_schema(name: str) -> str:
    schema = MODELS[name].model_json_schema()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": f"summarizer/{name}.schema.json", "version": SCHEMA_VERSION, **schema}
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def write_schemas(directory: Path = SCHEMAS_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    out = []
    for name in MODELS:
        path = directory / f"{name}.schema.json"
        path.write_text(render_schema(name), encoding="utf-8")
        out.append(path)
    return out


def check_schemas(directory: Path = SCHEMAS_DIR) -> list[str]:
    stale = []
    for name in MODELS:
        path = directory / f"{name}.schema.json"
        if not path.exists() or path.read_text(encoding="utf-8") != render_schema(name):
            stale.append(path.name)
    return stale


if __name__ == "__main__":
    for p in write_schemas():
        print(p)
