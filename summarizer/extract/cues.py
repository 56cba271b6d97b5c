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
    alternation: str  # the entries as one group, for a pattern that reads them in another place


@cache
def lexicon() -> dict[str, Family]:
    data = tomllib.loads((files("summarizer.extract") / "cues.toml").read_text(encoding="utf-8"))
    out = {}
    for name, fam in data.items():
        alternation = "(?:" + "|".join(f"(?:{e['pattern']})" for e in fam["entries"]) + ")"
        out[name] = Family(name, re.compile(fam["template"].format(alternation), re.IGNORECASE),
                           tuple(fam["entries"]), alternation)
    return out


def cue(name: str) -> re.Pattern[str]:
    return lexicon()[name].pattern


@cache
def _heading_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    fam = lexicon()["list_heading"]
    template = tomllib.loads((files("summarizer.extract") / "cues.toml").read_text(encoding="utf-8"))[
        "list_heading"]["template"]
    return tuple((re.compile(template.format(e["pattern"]), re.IGNORECASE), e["category"]) for e in fam.entries)


# A section heading written as a line of its own without the colon ("Nhiệm vụ trọng tâm 2020",
# "Tồn tại, hạn chế"): short, no closing punctuation, no predicate, no figure but a year or a count of
# months ("NHIỆM VỤ 6 THÁNG CUỐI NĂM").
_BARE_HEADING = re.compile(r"^(?!.*\b(?:đã|còn|chưa|cần|phải|sẽ|được giao)\b)(?!.*(?<![\d/])\d(?!\d{3}\b|\s+tháng\b))(?:\S+\s+){0,7}\S+$",
                           re.IGNORECASE)


def heading_category(line: str, bare: bool = False) -> str | None:
    """The category a list heading names ("Kết quả đạt được:" → achievements), or None. `bare`: the
    line stands alone as its paragraph, so a short heading without its colon counts too."""
    line = line.strip()
    if bare and not line.endswith(":") and _BARE_HEADING.match(line) and not re.search(r"[.;!?…]$", line):
        line += ":"
    for pattern, category in _heading_patterns():
        if pattern.match(line):
            return category
    return None


def lead_in_category(line: str) -> str | None:
    """The category of the list a lead-in opens, by the kind it names last ("Bên cạnh đó vẫn còn một
    số hạn chế" → shortcomings; "Để khắc phục hạn chế, cần thực hiện các giải pháp sau" → tasks)."""
    found = [(m.end(), e["category"]) for e in lexicon()["list_heading"].entries
             for m in re.finditer(rf"\b(?:{e['pattern']})\b", line, re.IGNORECASE)]
    return max(found)[1] if found else None
