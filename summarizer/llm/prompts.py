"""Prompts are data: versioned TOML files in `prompts/`, rendered into chat messages here."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from summarizer.files import data_dir


@dataclass(frozen=True)
class Prompt:
    name: str
    version: str
    system: str
    user: str
    examples: tuple[dict, ...]

    def messages(self, **fields: str) -> list[dict]:
        """System prompt, few-shot turns, then the user turn with `fields` filled in."""
        msgs = [{"role": "system", "content": self.system}]
        for ex in self.examples:
            msgs.append({"role": "user", "content": self.user.format(**{k: v for k, v in ex.items() if k != "answer"})})
            answer = ex["answer"]
            msgs.append({"role": "assistant", "content": json.dumps(json.loads(answer), ensure_ascii=False)})
        msgs.append({"role": "user", "content": self.user.format(**fields)})
        return msgs


@cache
def load_prompt(name: str, directory: str | None = None) -> Prompt:
    path = Path(directory or data_dir("prompts")) / f"{name}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return Prompt(name, data["version"], data.get("system", ""), data.get("user", "{text}"),
                  tuple(data.get("examples", ())))
