"""The cue lexicon (`cues.toml`) compiled: one regular expression per family, entries kept.

The lexicon is data so that a cue can be read, justified and tested on its own; this module
only turns each family into a pattern (case-insensitive) and, for list headings, a category.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class Family:
    name: str
    pattern: re.Pattern[str]
    entries: tuple[dict, ...]


@cache
def lexicon() -> dict[str, Family]:
    data = tomllib.loads((files("summarizer.extract") / "cues.toml").read_text(encoding="utf-8"))
    out = {}
    for name, fam in data.items():
        alternation = "|".join(f"(?:{e['pattern']})" for e in fam["entries"])
        out[name] = Family(name, re.compile(fam["template"].format(alternation), re.IGNORECASE),
                           tuple(fam["entries"]))
    return out


def cue(name: str) -> re.Pattern[str]:
    return lexicon()[name].pattern


@cache
def _heading_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    fam = lexicon()["list_heading"]
    template = tomllib.loads((files("summarizer.extract") / "cues.toml").read_text(encoding="utf-8"))[
        "list_heading"]["template"]
    return tuple((re.compile(template.format(e["pattern"]), re.IGNORECASE), e["category"]) for e in fam.entries)


def heading_category(line: str) -> str | None:
    """The category a list heading names ("Kết quả đạt được:" → achievements), or None."""
    for pattern, category in _heading_patterns():
        if pattern.match(line.strip()):
            return category
    return None
