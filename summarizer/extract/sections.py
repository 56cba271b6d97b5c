"""The section tracker of the `rules` strategy: which part of a report a sentence opens (the period's
results, its shortcomings, the next period's tasks) and which category a clause takes within it.

Why apart: rules.py walks the article and builds the proposals; this module holds only the genre's
conventions for sections, each a cue family of the lexicon (cues.toml) or a tense marker. It imports
the cue lexicon, the reviewed period and the text helpers, nothing else of the package.
"""

from __future__ import annotations

import re

from summarizer.extract.cues import cue
from summarizer.extract.periods import Reviewed
from summarizer.models import Category
from summarizer.text import strip_list_marker

SHORT_CUE = cue("shortcoming")
_TASK_SHORT_CUE = cue("task_shortcoming")
_REMEDY = cue("not_shortcoming_start")
_HARDSHIP, _CURB = cue("hardship"), cue("curb")
_SHORT_SECTION = cue("shortcoming_section")
TASK_SECTION = cue("task_section")
RESULT_SECTION = cue("result_section")
_RESULT_ANNOUNCE, _REPORT_PAIR = cue("result_announce"), cue("report_pair")
# "đã thực hiện/hoàn thành các nhiệm vụ trọng tâm" reports work done; "đã thông qua bảy nhiệm vụ trọng tâm" adopts the plan
_SETS = r"(?:thông qua|đề ra|xác định|thống nhất|ban hành|bàn)\b"  # the meeting setting the next period's work
_DONE_BEFORE = re.compile(r"\bđã\s+(?!" + _SETS + r")(?:\S+\s+){0,4}$", re.IGNORECASE)
_SETS_WORK = re.compile(_SETS, re.IGNORECASE)
_PAST = cue("past")
_RESULT_CLAUSE = cue("result_clause")
_TASK_MARKER = cue("task_marker")
_TARGET_PHRASE = cue("target_phrase")  # "… từ 10% trở lên", "xuống dưới 6%": a bound to reach
_ATTRIBUTED = cue("attribution")
_PAST_PERIOD = cue("past_period")
_FUTURE = re.compile(r"\b(?:sẽ|(?<!so với )(?<!so )dự kiến)\b", re.IGNORECASE)  # a plan told in the future tense ("so với dự kiến" compares)
_DONE = re.compile(r"\bđã\b", re.IGNORECASE)  # a clause told in the past tense
_NEED = re.compile(r"(?<!hậu )\bcần\b(?! thiết)")  # "…, cần phối hợp chặt hơn nữa": what is needed is still to do
_DUE = re.compile(r"\btrước\s+(?:ngày\s+|tháng\s+)?\d{1,2}\s*[/.-]\s*\d", re.IGNORECASE)  # a deadline date
# A plan told in the future tense with its time ("Đại hội chi bộ điểm dự kiến tổ chức vào tháng 10/2025", "… sẽ diễn ra
# từ tháng 4"): still to do by the article's own words, wherever it stands (every such gold item on dev is a task).
_PLANNED = re.compile(_FUTURE.pattern + r"[^;]{0,80}?\b(?:tháng|quý|năm)\s*[\dIVX]", re.IGNORECASE)
# The meeting named as where a speaker reported ("Tại hội nghị, …, X cho biết, …"): see rules._SAID_AT.
REPORTED_AT = (r"(?:tại|trong)\s+(?:hội nghị|kỳ họp|phiên họp|cuộc họp|buổi làm việc|buổi giao ban)\b[^.;]{0,160}?\s"
               r"(?:cho biết|báo cáo)\s*(?=,)")
_REPORTED = re.compile(r"^(?:[^,;]{0,30},\s*)?" + REPORTED_AT + r",\s*", re.IGNORECASE)


def opening(text: str) -> str:
    """A sentence's opening as the section tracker reads it."""
    first = strip_list_marker(text)[0]  # "- Cần phát huy …" opens as "Cần phát huy …" does
    # what was reported at the meeting opens by its own words, not the meeting's name before them
    return _REPORTED.sub("", first.strip(), count=1)[:160]


def opens_period(text: str, reviewed: Reviewed) -> bool:
    """The sentence opens with the period under review and tells what was done in it ("6 tháng đầu
    năm, Đảng ủy đã quán triệt … kết luận …", "Theo đánh giá, quý III …", "6 tháng qua, …")."""
    return _period_head(opening(text), reviewed)


def _period_head(head: str, reviewed: Reviewed) -> bool:
    opener = _ATTRIBUTED.sub("", head.strip())  # "Theo đánh giá, 9 tháng đầu năm …" opens the period all the same
    return bool(RESULT_SECTION.match(opener) and (_DONE.search(head) or opener != head.strip()
                                                   or _PAST_PERIOD.match(opener)) and not reviewed.later(head))


def section_of(text: str, current: Category, reviewed: Reviewed) -> Category:
    """The section a sentence (or a later clause of one) opens, or `current` where it opens none."""
    head = opening(text)
    if _period_head(head, reviewed):
        return "achievements"  # the period's results, whatever directions the sentence names
    # both kinds of opener in one sentence ("… chỉ ra những hạn chế … và đề ra nhiệm vụ …"):
    # the one named last opens what follows
    short = [m.start() for m in _SHORT_SECTION.finditer(_CURB.sub(lambda m: " " * len(m.group()), head))]
    pair = _REPORT_PAIR.search(head)  # "… tình hình 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm": the review's told first
    task = [m.start() for m in TASK_SECTION.finditer(head)  # "Hội đã đề ra một số nhiệm vụ …" sets them, it has not done them
            if (not _DONE_BEFORE.search(head[:m.start()]) or _SETS_WORK.match(m.group())) and not (pair and m.start() >= pair.end())]
    if short or task:
        last_short, last_task = max(short, default=-1), max(task, default=-1)
        done = [m.start() for m in _RESULT_ANNOUNCE.finditer(head)]
        if max(done, default=-1) > max(last_short, last_task):  # "… nhiệm vụ trọng tâm và đạt được nhiều kết quả"
            return "achievements"
        return "shortcomings" if last_short > last_task else "tasks"
    if reviewed.later(head):  # "Quý IV, …", "Trong tháng 5, …", "Năm 2023, …" open the next period's tasks
        return "tasks"
    if _RESULT_ANNOUNCE.search(head) and not _TASK_MARKER.search(head):  # "… đạt nhiều kết quả nổi bật, như: …"
        return "achievements"
    if RESULT_SECTION.search(head.strip()):
        return "achievements"
    return current


def still_to_do(clause: str) -> bool:
    """Still to do by the clause's own words, wherever it stands: a deadline date, what is needed, a plan with its
    time ("… dự kiến tổ chức vào tháng 10/2025"), and nothing told as done."""
    return bool(_DUE.search(clause) or _NEED.search(clause) or _PLANNED.search(clause)) and not _DONE.search(clause)


def category_of(clause: str, section: Category) -> Category:
    """A clause's category in `section`: its own cues override the section."""
    cues = _TASK_SHORT_CUE if section == "tasks" else SHORT_CUE
    if cues.search(_HARDSHIP.sub(" ", _CURB.sub(" ", clause))) and not _REMEDY.match(clause):
        return "shortcomings"
    if section != "tasks" and _PAST.search(clause) and section == "shortcomings":
        return "shortcomings"
    if section == "tasks" and _RESULT_CLAUSE.search(clause) and not (_TASK_MARKER.search(clause) or _TARGET_PHRASE.search(clause)):
        return "achievements"
    if section != "tasks" and (_DUE.search(clause) or _FUTURE.search(clause) or _TARGET_PHRASE.search(clause)
                                   or _NEED.search(clause)) \
            and not _DONE.search(clause):
        return "tasks"  # "đại hội chi bộ hoàn thành trước tháng 2/2020", "đại hội sẽ diễn ra từ tháng 4": still to do
    if section == "tasks" and _DONE.search(clause) and not TASK_SECTION.search(clause):
        return "achievements" if not re.search(r"(?i)đã (?:đề ra|ban hành|được giao)", clause) else "tasks"
    return section
