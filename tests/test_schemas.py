"""schemas/*.schema.json are generated from the pydantic models; a test fails when they drift."""

from __future__ import annotations

import json

import jsonschema
import pytest
from pydantic import Field, create_model

from summarizer import schema_gen
from summarizer.models import SCHEMA_VERSION, ChunkExtraction, Item, Meta, Provenance, Summary
from summarizer.render import render_json


def test_committed_schemas_match_the_models():
    assert schema_gen.check_schemas() == [], "run `summarizer schemas` and commit schemas/"


def test_a_changed_model_is_detected(monkeypatch):
    changed = create_model("Summary", __base__=Summary, language=(str, Field("vi", description="Ngôn ngữ")))
    monkeypatch.setitem(schema_gen.MODELS, "summary", changed)
    assert schema_gen.check_schemas() == ["summary.schema.json"]


def test_a_changed_file_is_detected(tmp_path):
    written = schema_gen.write_schemas(tmp_path)
    assert sorted(p.name for p in written) == ["chunk_extraction.schema.json", "judge_answer.schema.json", "summary.schema.json"]
    assert schema_gen.check_schemas(tmp_path) == []
    path = tmp_path / "chunk_extraction.schema.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["properties"].pop("tasks")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert schema_gen.check_schemas(tmp_path) == ["chunk_extraction.schema.json"]
    (tmp_path / "summary.schema.json").unlink()
    assert schema_gen.check_schemas(tmp_path) == ["summary.schema.json", "chunk_extraction.schema.json"]


def test_schema_files_are_valid_and_versioned():
    for name in schema_gen.MODELS:
        schema = json.loads((schema_gen.SCHEMAS_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["version"] == SCHEMA_VERSION
        assert schema["$schema"].endswith("2020-12/schema")


def summary(**kw) -> Summary:
    item = Item(text="Có 7/13 xã đạt chuẩn nông thôn mới", quote="Có 7/13 xã đạt chuẩn nông thôn mới", start=10, end=44)
    return Summary(article="bai.txt", meta=Meta(organization="Huyện ủy Tân Phước", meeting_date="2023-10-08"),
                   achievements=[item], provenance=Provenance(tool_version="0.1.0", model="m", strategy="llm",
                                                              prompt_version="extract-v1"), **kw)


def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        json.loads((schema_gen.SCHEMAS_DIR / "summary.schema.json").read_text(encoding="utf-8")))


def test_a_summary_validates_and_a_broken_one_does_not():
    data = summary().model_dump(mode="json")
    validator().validate(data)
    for breakage in (lambda d: d.pop("provenance"),
                     lambda d: d["achievements"][0].pop("quote"),
                     lambda d: d["achievements"][0].update(start=-1),
                     lambda d: d["achievements"][0].update(status="guessed"),
                     lambda d: d.update(unexpected=1)):
        broken = json.loads(json.dumps(data))
        breakage(broken)
        with pytest.raises(jsonschema.ValidationError):
            validator().validate(broken)


def test_chunk_extraction_schema_accepts_a_model_answer():
    schema = json.loads((schema_gen.SCHEMAS_DIR / "chunk_extraction.schema.json").read_text(encoding="utf-8"))
    answer = {"meta": {"organization": None, "meeting_date": None, "period": "quý III/2023", "chair": []},
              "achievements": [{"text": "Có 7/13 xã đạt chuẩn", "quote": "Có 7/13 xã đạt chuẩn"}],
              "shortcomings": [], "tasks": [{"text": "Đẩy nhanh giải ngân", "quote": "đẩy nhanh giải ngân",
                                             "owner": "UBND huyện", "deadline": None}]}
    jsonschema.validate(answer, schema)
    assert ChunkExtraction.model_validate(answer).tasks[0].owner == "UBND huyện"


def test_render_json_refuses_output_that_breaks_the_contract():
    good = summary()
    assert json.loads(render_json(good))["achievements"][0]["start"] == 10
    bad_item = Item.model_construct(text="x", quote="x", start=-5, end=1, status="exact", chunk=None)
    broken = good.model_copy(update={"achievements": [bad_item]})
    with pytest.raises(AssertionError, match="summary.schema.json"):
        render_json(broken)
