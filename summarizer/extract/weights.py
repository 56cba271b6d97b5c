"""The rules' second opinion, learned from the labelled dev split: a linear model over a clause's
words and the rules' own verdict, which keeps or drops each proposed clause and gives it its
category; and a second one over the words around each comma and "và", which adds the cuts between
two facts that the rules miss (extract/cuts.py).

Why: hand cues are written against the articles their author has read, and on articles they never
saw the rules' verdicts get markedly worse (evals/README.md, "The learned weights"); weights fitted on
every dev article at once generalise better than any single cue. The rules still cut the clauses,
write their text and find owners and deadlines; the weights only re-decide `kept` and `category`,
and add cuts (never remove one of the rules').

Data, not code: `weights.json` beside this file holds the features and their weights, written by
`summarizer eval train` (summarizer/learn/train.py) from the dev labels only — never the test split.
`$SUMMARIZER_WEIGHTS` names another file to read and to train into, so that an office fitting its own
labels never writes into the installed package.
A feature is kept only when it occurs in several articles, so no weight belongs to one article's
wording. Scoring is a sum of weights per class (no numpy at run time).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from summarizer.errors import InputError
from summarizer.extract.cues import cue

CLASSES = ("none", "achievements", "shortcomings", "tasks")
PATH = Path(__file__).with_name("weights.json")
_WORD = re.compile(r"\w+")
THIRDS = 3  # the parts of an article a clause's place is told in


def features(category: str, kept: bool, text: str, quote: str, how: str = "", at: int = -1,
             opener: str = "", start: str = "") -> list[str]:
    """What the weights look at: the rules' verdict and why they gave it (the section in force, a
    target list, a directive: the article's structure, which words alone do not show), the words and
    word pairs of the item's text, its first words (where the genre puts its verbs and section cues),
    its length and figures, the cue families it matches (`_CUE_FAMILIES`), and which third of the article it stands in (`at`, 0 to THIRDS - 1): a
    report gives results first and directions last, and a clause the rules file as a result near the
    end is often a direction. Thirds were the best of halves to fifths by cross-validation on dev
    (evals/README.md, "The learned weights"). For a sentence after its paragraph's first, the paragraph's
    first two words (`opener`): the genre opens a paragraph with what it holds ("Tuy nhiên", "Thời gian
    tới", "Phát biểu chỉ đạo"), and the sentences after the first go on in that vein. For a clause after its
    sentence's first, the sentence's first two words (`start`): "Phấn đấu năm 2027, …, thu ngân sách đạt …" frames
    every clause after it."""
    words = _WORD.findall(unicodedata.normalize("NFC", text.lower()))
    out = ["bias", f"rules={category[:4]}|{kept}", f"len={min(len(words) // 5, 8)}"]
    if how:
        out += [f"how={how}", f"how={how}|{category[:4]}|{kept}"]
    if at >= 0:
        out += [f"at={at}", f"at={at}|{category[:4]}"]
    out += sorted({f"w={w}" for w in words} | {f"b={a}_{b}" for a, b in zip(words, words[1:], strict=False)})
    out += [f"h{k}={w}" for k, w in enumerate(words[:3])]
    if len(words) > 1:
        out.append(f"hb={words[0]}_{words[1]}")
    if any(ch.isdigit() for ch in text):
        out.append("digit")
    if "%" in text:
        out.append("pct")
    out += _opening("p", opener) + _opening("s", start)  # how the paragraph, and the sentence, open
    if text != quote:
        out.append("trimmed")  # the rules cut a lead-in or an addressee off the quote
    out += [f"cue={name}" for name in _CUE_FAMILIES if cue(name).search(text)]
    return out


def _opening(kind: str, text: str) -> list[str]:
    """The first word and the first two words of an opening (`kind` "p": the paragraph's, "s": the sentence's)."""
    first = _WORD.findall(unicodedata.normalize("NFC", text.lower()))[:2]
    return [f"{kind}0={first[0]}", f"{kind}b={'_'.join(first)}"] if first else []


# The cue families whose hit the weights see as one feature each: a family is the genre's convention
# in many wordings ("còn hạn chế", "chưa", "đạt thấp"), which a word or a word pair shows only in part.
_CUE_FAMILIES = ("shortcoming", "hardship", "curb", "target_phrase", "past", "task_marker", "deadline", "directive",
                 "framing", "award", "meeting", "circumstance", "concession", "result_clause", "incident_toll",
                 "praise", "purpose", "task_section", "shortcoming_section", "result_section")


@dataclass(frozen=True)
class Weights:
    table: dict[str, list[float]]  # feature -> one weight per class in CLASSES
    info: dict  # how they were trained: split, articles, clauses, l2, min_articles, none_scale, cut_*
    cuts: dict[str, float] = field(default_factory=dict)  # cut feature -> weight of "cut here"

    @cached_property
    def version(self) -> str:  # hashed once: every summary records it
        blob = json.dumps([self.table, self.cuts] if self.cuts else self.table, sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:12]

    def cut(self, feats: list[str]) -> bool:
        """Whether to cut at a joint (extract/cuts.py): P(cut) above the fit's `cut_threshold`."""
        if not self.cuts:
            return False
        z = sum(self.cuts.get(f, 0.0) for f in feats)
        return 1 / (1 + math.exp(-max(-50.0, min(50.0, z)))) > self.info.get("cut_threshold", 0.5)

    def probabilities(self, feats: list[str]) -> list[float]:
        z = [0.0] * len(CLASSES)
        for f in feats:
            for k, w in enumerate(self.table.get(f, ())):
                z[k] += w
        top = max(z)
        e = [math.exp(v - top) for v in z]
        return [v / sum(e) for v in e]

    def decide(self, feats: list[str]) -> str:
        """The likeliest class, with `none` scaled by the fit's `none_scale`: an item missed costs F1
        as much as one too many, so dropping a clause needs more than a bare majority."""
        p = self.probabilities(feats)
        p[0] *= self.info.get("none_scale", 1.0)
        return CLASSES[max(range(len(p)), key=p.__getitem__)]

    def to_json(self) -> str:
        table = {f: [round(w, 4) for w in ws] for f, ws in sorted(self.table.items())}
        cuts = {f: round(w, 4) for f, w in sorted(self.cuts.items())}
        return json.dumps({"classes": list(CLASSES), "info": self.info, "weights": table, "cuts": cuts},
                          ensure_ascii=False, indent=0) + "\n"

    @classmethod
    def read(cls, path: Path) -> Weights:
        return cls.read_text(path.read_text(encoding="utf-8"), str(path))

    @classmethod
    def read_text(cls, text: str, where: str = "weights") -> Weights:
        data = json.loads(text)
        if tuple(data["classes"]) != CLASSES:
            raise ValueError(f"{where}: classes {data['classes']} are not {list(CLASSES)}")
        return cls(data["weights"], data.get("info", {}), data.get("cuts", {}))


_override: list[Weights | None] = []


def path() -> Path:
    """The weights file: `$SUMMARIZER_WEIGHTS`, else the one shipped beside this module."""
    named = os.environ.get("SUMMARIZER_WEIGHTS")
    return Path(named) if named else PATH


@cache
def _file(where: Path) -> Weights | None:
    """The weights file at `where`, read once (the clauses ask for it sentence by sentence)."""
    if not where.exists():
        if where != PATH:  # a file the user named and that is not there is an error, not the rules alone
            raise InputError(f"SUMMARIZER_WEIGHTS={where}: no such weights file (write one with `summarizer eval train`)")
        return None
    return Weights.read(where)


def active() -> Weights | None:
    """The weights in use: the file (`path()`), unless `using` lends others (cross-validation)."""
    return _override[-1] if _override else _file(path())


def version() -> str | None:
    """The version of the weights in use (recorded in every summary's provenance), or None."""
    w = active()
    return w.version if w else None


@contextmanager
def using(weights: Weights | None) -> Iterator[None]:
    """Run with other weights (or none: the rules alone) — for training and its cross-validation."""
    _override.append(weights)
    try:
        yield
    finally:
        _override.pop()
