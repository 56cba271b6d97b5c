"""Where a clause may be cut besides the rules' own cuts: every comma and every "và" between two
parts of two words or more, each described by the features the learned cut weights read.

Why: labellers split a clause into one item per fact (labelling.md: "one item = one fact or one
task"), and the rules' comma cuts (an action verb, a figure, a status after the comma) miss most
of them: "Công nghiệp đã phục hồi và tăng mạnh …", "Lĩnh vực kinh tế ổn định, có bước phát triển".
A learned cut (extract/weights.py, fitted by learn/cuts.py on the dev labels) may add a cut where
the rules see none; it never removes one of theirs.

This module holds the candidates and their features only; clauses.py decides. It imports nothing
from the package but the text helpers and the part-of-speech tagger (`pipeline.words`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from summarizer.pipeline.words import tagged
from summarizer.text import enclosed, figure_series, joins_fixed_pair

JOINT = re.compile(r",\s+|\s+và\s+")
_WORD = re.compile(r"\w+")
# Words whose presence on either side tells a clause from a noun phrase: predicates of results,
# of shortcomings and of the passive voice the genre reports in.
_MARKS = ("đã", "được", "còn", "chưa", "đạt", "tăng", "giảm", "có", "là")


@dataclass
class Cut:
    at: int  # where the joint starts in the clause's text
    end: int  # where the part after it starts
    rules: str  # the rules' verdict at this joint: "cut", or why not ("nosignal", "vseries", …; "và")
    feats: list[str]


# The rules' verdicts that a comma sits inside one result ("đạt 35% dự toán huyện giao, 15% dự toán HĐND xã giao":
# more figures of it, no predicate of their own): no learned cut there, as none between a series of figures.
_ONE_RESULT = ("morefig", "series")


def _blocked(text: str, m: re.Match[str], left: str, right: str) -> bool:
    """Never a cut: a part of one word, inside parentheses, inside "xã, thị trấn", between figures."""
    if len(left.split()) < 2 or len(right.split()) < 2:
        return True
    if joins_fixed_pair(text, m.start(), m.end()):
        return True
    return enclosed(text[: m.start()]) or figure_series(left, right)


def candidates(text: str, verdicts: dict[int, str], signals) -> list[Cut]:
    """The joints of a clause's text that may be cut, with their features (every cut of the rules'
    among them). `verdicts`: the rules' verdict at each comma (by position); `signals(left, right)`:
    the rules' structural signals there."""
    joints = list(JOINT.finditer(text))
    open_ = []
    for i, m in enumerate(joints):
        a = joints[i - 1].end() if i else 0
        b = joints[i + 1].start() if i + 1 < len(joints) else len(text)
        verdict = verdicts.get(m.start())
        if verdict == "cut" or verdict not in _ONE_RESULT and not _blocked(text, m, text[a : m.start()], text[m.end() : b]):
            open_.append(m)
    out = []
    words = [w for w in tagged(text) if w[2] != "CH"] if open_ else []
    for i, m in enumerate(open_):
        a = open_[i - 1].end() if i else 0
        b = open_[i + 1].start() if i + 1 < len(open_) else len(text)
        verdict = verdicts.get(m.start(), "nosignal") if "," in m.group() else "và"
        left, right = text[a : m.start()], text[m.end() : b]
        feats = features(left, right, text[m.end() :], verdict, signals, len(open_))
        out.append(Cut(m.start(), m.end(), verdict, feats + _parts_of_speech(words, m.start(), m.end(), verdict)))
    return out


def _parts_of_speech(words: list[tuple[int, int, str]], at: int, end: int, verdict: str) -> list[str]:
    """The tags of the words either side of a joint: a verb after a comma opens a new action or result ("Duy
    trì thuần phong mỹ tục, giữ gìn bản sắc …"), a noun goes on the list before it ("văn hóa, thể thao")."""
    before = next((w[2] for w in reversed(words) if w[1] <= at), "")
    after = [w[2] for w in words if w[0] >= end][:2]
    first = after[0] if after else ""
    return [f"lpos={before}", f"rpos={first}", f"rpos2={'_'.join(after)}", f"rc={verdict}|rpos={first}",
            f"pos={before}|{first}"]


def features(left: str, right: str, rest: str, verdict: str, signals, joints: int) -> list[str]:
    """The rules' verdict and signals, the joint, the words either side of it, the parts' lengths,
    figures and predicates, and the series it stands in (`joints`: the clause's open joints): what
    tells two facts from one fact's parts."""
    lw = _WORD.findall(unicodedata.normalize("NFC", left.lower()))
    rw = _WORD.findall(unicodedata.normalize("NFC", right.lower()))
    joint = "và" if verdict == "và" else "comma"
    ld, rd = any(c.isdigit() for c in left), any(c.isdigit() for c in right)
    lp, rp = any(w in lw for w in _MARKS), any(w in rw for w in _MARKS)
    out = ["bias", f"rc={verdict}", f"rc={verdict}|{joint}", f"j={joint}",
           f"ll={min(len(lw) // 3, 6)}", f"rl={min(len(rw) // 3, 6)}",
           f"r1={rw[0] if rw else ''}", f"r2={'_'.join(rw[:2])}", f"l1={lw[-1] if lw else ''}", f"l2={'_'.join(lw[-2:])}",
           f"rd={rd}", f"ld={ld}",
           f"rcap={right[:1].isupper()}"]
    out += [f"rw={w}" for w in _MARKS if w in rw] + [f"lw={w}" for w in _MARKS if w in lw]
    # Two facts each with its own figure, or each with its own predicate ("… chiếm 26,31%, hộ cận nghèo
    # chiếm 14,71%"): what either side shows alone does not say, the pair does.
    out += [f"dd={ld}|{rd}|{joint}", f"pp={lp}|{rp}|{joint}"]
    # A series of three parts or more is an enumeration ("Xây nhà tình thương, trao học bổng, hỗ trợ sinh
    # kế"), one item each; two parts that open with the same word are parallel ("xây dựng …, xây dựng …").
    out += [f"nj={min(joints, 4)}|{joint}", f"same={bool(lw and rw and lw[0] == rw[0])}"]
    # The right part's first word read with the rules' verdict: "đạt" after a comma the rules saw no signal
    # at is a result's status ("…, đạt 100% kế hoạch"), after a joint they cut at a new fact.
    out += [f"rc={verdict}|r1={rw[0] if rw else ''}", f"rc={verdict}|l1={lw[-1] if lw else ''}"]
    return out + [f"s={s}" for s in signals(left, rest)]


_everywhere: list[list[dict]] = []


@contextmanager
def everywhere() -> Iterator[list[dict]]:
    """Cut at every candidate and record each clause's parts and cut features (for training):
    yields a list that fills with {"atoms": [(start, end), …], "feats": [[…], …]} per clause."""
    records: list[dict] = []
    _everywhere.append(records)
    try:
        yield records
    finally:
        _everywhere.pop()


def recording() -> list[dict] | None:
    """The list `everywhere` fills, while it is in use."""
    return _everywhere[-1] if _everywhere else None
