"""Responders for the fake server: build a schema-valid answer from the chunk the client sent.

They read the chunk between <van_ban> tags in the last user message and quote its sentences
verbatim, so answers ground for real. Deterministic, no model involved.
"""

from __future__ import annotations

import json
import re


def chunk_of(body: dict) -> str:
    """The chunk of the last user turn that carries one (a re-ask turn carries none)."""
    for msg in reversed(body["messages"]):
        m = re.search(r"<van_ban>\n(.*)\n</van_ban>", str(msg.get("content", "")), re.S)
        if msg.get("role") == "user" and m:
            return m.group(1)
    return ""


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.;])\s+", text) if len(s.strip()) > 12]


def extraction(body: dict) -> str:
    """Sentences with 'chưa'/'hạn chế' → shortcomings, 'tiếp tục'/'đề nghị'/'yêu cầu' → tasks, else achievements."""
    out = {"meta": {"organization": None, "meeting_date": None, "period": None, "chair": []},
           "achievements": [], "shortcomings": [], "tasks": []}
    for s in sentences(chunk_of(body)):
        low = s.casefold()
        quote = s.rstrip(".;")
        item = {"text": quote, "quote": quote}
        if "chưa" in low or "hạn chế" in low or "còn chậm" in low:
            out["shortcomings"].append(item)
        elif any(k in low for k in ("tiếp tục", "đề nghị", "yêu cầu", "tập trung", "phấn đấu")):
            out["tasks"].append({**item, "owner": None, "deadline": None})
        else:
            out["achievements"].append(item)
    return json.dumps(out, ensure_ascii=False)


def invented(body: dict) -> str:
    """An answer whose only item quotes something the article never said."""
    return json.dumps({"achievements": [{"text": "Đạt 999 tỷ đồng", "quote": "Thu ngân sách đạt 999 tỷ đồng"}],
                       "shortcomings": [], "tasks": []}, ensure_ascii=False)
