"""`rules` strategy: deterministic extraction from Vietnamese report conventions, no model.

The floor every other strategy must beat, and the fallback when no model answers. It relies
only on how such reports are generally written, never on one article's wording:
- structure: paragraph → sentence → clause at ";", "…" and list colons (the lead-in before a
  list colon is context, not an item);
- a section tracker on cue phrases: the reviewed period ("Trong quý I", "9 tháng đầu năm") opens
  results, "Tuy nhiên / hạn chế / tồn tại" opens shortcomings, "thời gian tới / nhiệm vụ trọng
  tâm / the next period / đề nghị / kết luận / yêu cầu" opens tasks;
- clause cues override the section: "chưa", "còn chậm", "hạn chế" mark a shortcoming; "đã"
  marks a result outside a task section;
- "Đối với <đơn vị>" headings and a leading subject give a task's owner; "trong tháng 5/2022",
  "trước ngày …" give its deadline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from summarizer.extract.base import Candidate, ExtractionResult, StrategyContext
from summarizer.extract.clauses import (
    ACTION_VERBS,
    NEXT_STEP,
    SplitDecider,
    clauses,
    item_text,
    names_only,
    owned,
    phrase_only,
)
from summarizer.extract.cues import cue, heading_category, lead_in_category
from summarizer.extract.fields import field_shortcomings
from summarizer.extract.periods import Reviewed, figureless
from summarizer.extract.sections import (
    REPORTED_AT,
    RESULT_SECTION,
    SHORT_CUE,
    TASK_SECTION,
    category_of,
    opens_period,
    section_of,
    still_to_do,
)
from summarizer.extract.weights import THIRDS, active, features
from summarizer.models import Category, ExtractedMeta, Meta
from summarizer.pipeline.chunk import Chunk
from summarizer.pipeline.ingest import Document
from summarizer.pipeline.lines import heads_list, is_list_item
from summarizer.pipeline.meta import rules_meta
from summarizer.text import UPPER, strip_list_marker

MIN_WORDS = 5

_CONTEXT = cue("context")
_TARGET_LIST = cue("target_list")
_BREAKDOWN = cue("target_breakdown")
_PROBLEM_LIST, _PROBLEM_NAMED = cue("problem_list"), cue("problem_named")
_DOCUMENT_LIST = cue("document_list")
_PRAISE = cue("praise")
_HEADING = cue("topic_heading")
_FRAMING = cue("framing")
_OWNER_HEADING = cue("owner_heading")
_DEADLINE = cue("deadline")
_ANNOUNCE = cue("announcement")
_MEETING = cue("meeting")
_DATED = cue("dated")
_ELABORATES = cue("elaboration")
_LEAD_IN = re.compile(r"^(?:\S+\s+){0,24}\S+(?<![.!?…;:])$")  # one short unpunctuated line
_DETAILS = re.compile(r"(?:theo đó|cụ thể)\s*,", re.IGNORECASE)  # "Theo đó, …" details the report just named
# The meeting named only as where something was said or reported ("Theo thông tin tại Hội nghị Quận ủy … sơ kết …
# quý 3 …, quận X trong quý 4 sẽ …", "Sáng 7-10, báo cáo tại hội nghị Ban Chấp hành …, Quận ủy X xác định …"):
# the sentence is what was said, not the announcement, when a subject and its verb follow the meeting's name.
# … or the speaker who reported there ("Tại buổi làm việc, Đại tá X, Phó Giám đốc Công an TP cho biết, …")
_SAID_AT = re.compile(r"^(?:[^,;]{0,30},\s*)?(?:(?:theo\s+(?:thông tin|báo cáo)\s+|báo cáo\s+|phát biểu\s+)(?:tại|trong)\s+"
                      r"(?:hội nghị|kỳ họp|phiên họp|cuộc họp)\b|" + REPORTED_AT + ")", re.IGNORECASE)
_AFTER_SAID = re.compile(r",\s*(?:\S+\s+){1,6}?(?:sẽ|xác định|cho biết|đã|tiếp tục|tập trung|đề ra|(?:ước )?đạt|tăng|giảm)\s")  # a subject
# and its verb (or its figure: "…, doanh thu bán lẻ toàn quận đạt hơn 16.000 tỷ đồng") after the name
_TARGETS_SET = cue("targets_set")
_LISTS_AFTER = re.compile(r"\b(?:như|sau|gồm|cụ thể(?: là)?)\s*$", re.IGNORECASE)  # a lead-in that ends where its list begins
_AWARD = cue("award")
_DETAIL_NEXT = cue("detail_next")
LEAD_PARAGRAPHS, LEAD_SENTENCES = 2, 3  # where a report announces its meeting (the title is not a sentence)


# "… yêu cầu <addressee> (cần) <action> …": the addressee ends where a directive's verb begins.
# "đề nghị trao tặng huy hiệu …", "đề nghị công nhận …" request an award or a title: a result, no addressee.
# A sentence's first part that only states what the rest serves ("Để sớm hoàn thành các chỉ tiêu đề ra, …",
# "Nhằm nâng cao chất lượng …, …"): the purpose of the item after it, no item of its own.
_PURPOSE_ONLY = re.compile(r"(?:để|nhằm)\s(?![^,]*,.*\b(?:đã|cần|phải|sẽ|đạt|được|có)\b)", re.IGNORECASE)

_AWARDING = r"trao|tặng|truy tặng|xét tặng|khen thưởng"  # handing out awards: procedure of the meeting, no direction
_DIRECTIVE = re.compile(r"^[^;:]{0,200}?" + cue("directive").pattern + r"(?!(?:và|hoặc|xét|công nhận|kỷ luật|" + _AWARDING + r")\s)(?P<who>(?:(?:trong|từ|sau|nhất là|đặc biệt là)\s[^,;:]{1,40},\s*){0,2}[^;:]{1,60}?(?:\s+(?:trong|từ|sau)\s[^,;:]{1,30}?,)?)\s+(?!(?-i:" + UPPER + r"))"
                        rf"(?:(?:cần|phải|nên)\s+(?!(?:{_AWARDING})\b)(?=\w)|(?!(?:{_AWARDING})\b)(?=(?:{ACTION_VERBS}|làm tốt|quan tâm|bám sát|sớm"
                        r"|thường xuyên|chủ động|khẩn trương|tích cực|kịp thời|nghiêm túc)\b))", re.IGNORECASE)
# ("… đề nghị UBND tỉnh tặng cờ thi đua cho …": an award proposed at the meeting is procedure, not a direction)
# ("… yêu cầu các tổ đại biểu cần bám sát các văn bản … và sớm hoàn thiện báo cáo": the standard openers of a direction;
# "cần/phải" ends the addressee whatever verb follows: "Đề nghị trong thời gian tới, Công an tỉnh cần phân tích rõ …";
# so does an adverb of manner: "đề nghị UBND huyện thường xuyên kiểm tra …"; a capitalised word is still the
# addressee's name, never its verb: "yêu cầu HĐND thành phố Cần Thơ cần …", "các thành viên Ban Chỉ đạo nâng cao …")
# "… yêu cầu, UBND huyện và các phòng, ban … có kế hoạch triển khai …": after the comma, a long
# addressee with the task; the task is all that follows the comma.
_ADDRESSED = re.compile(r"^[^;:]{0,200}?\b(?:yêu cầu|đề nghị),\s+(?P<who>)(?=(?:các|mỗi|ubnd|hđnd|ủy ban|uỷ ban|ban|phòng"
                        r"|sở|công an|lực lượng|đảng ủy|đảng uỷ|chi bộ|cấp ủy|cấp uỷ)\s)", re.IGNORECASE)
_GOAL = re.compile(r"phấn đấu\b", re.IGNORECASE)  # a sentence that opens with the goal it sets
# "Chủ trì Hội nghị, Tổng Thanh tra … nhấn mạnh: Thời gian tới, …": what a speaker says after the colon is
# read for itself, not by the chair line before it.
_SPOKEN = re.compile(r"(?:nhấn mạnh|kết luận|chỉ đạo|đề nghị|yêu cầu|lưu ý|phát biểu)\s*$", re.IGNORECASE)
_WHEN = re.compile(r"^(?:(?:(?:trong|từ nay đến|nhất là|đặc biệt là)\s+)?(?:năm|quý|quí|tháng|\d+\s+tháng|thời gian)\b[^,]{0,30},\s*)+",
                   re.IGNORECASE)  # "trong thời gian tới, nhất là 6 tháng cuối năm, ngành …": each time phrase goes
_WHOLE_SYSTEM = re.compile(r"(?i)hệ thống chính trị|^(?:toàn|cả|các cấp)\b")  # no owner (labelling.md)

# A photo caption on a line of its own names this meeting with its body as the subject ("Hội Cựu TNXP tỉnh tổ chức Hội
# nghị sơ kết …"): short, no lead-in before the body, unlike a list item, a heading ("Tổ chức hội nghị …") or results.
_CAPTION_MEETING = re.compile(r"^(?P<who>" + UPPER + r"[^,;:()\n]*?\S)\s+(?:đã\s+|vừa\s+)?(?:tổ chức|tiến hành)\s+"
                              r"(?i:hội nghị|kỳ họp|phiên họp|cuộc họp|buổi giao ban|họp|sơ kết|tổng kết|giao ban)\b[^;]*$")


def _captions_meeting(text: str) -> bool:
    m = _CAPTION_MEETING.match(text.strip())
    return bool(m and len(m.group("who").split()) >= 2 and len(text.split()) <= 30)


@dataclass
class Proposal:
    candidate: Candidate  # category: the rules' verdict (or the section, for a clause they drop)
    kept: bool  # False: the rules do not take it for an item (context, heading, too short)
    settled: bool = False  # the article's structure decided it (a field list): the weights leave it be
    how: str = ""  # why the rules filed it so: the section in force, a target list, a directive (a feature)
    at: int = -1  # which third of the article it stands in (a feature: results come first, directions last)
    opener: str = ""  # how the paragraph opens, for a sentence after its first ("Tuy nhiên, …. B.": B is read with it)
    start: str = ""  # how the sentence opens, for a clause after its first ("Phấn đấu năm 2024, …, thu ngân sách …")


def features_of(p: Proposal) -> list[str]:
    """What the weights read of a proposal (extract/weights.py): one place for deciding and for training."""
    c = p.candidate
    return features(c.category, p.kept, c.text, c.quote, p.how, p.at, p.opener, p.start)


# The clauses whose category the article's structure gives (a speaker's directive to an addressee, a
# target list): the weights only keep or drop them. A directive's clause reads like a result often
# enough ("UBND các xã … có kế hoạch triển khai …") that words alone would refile it.
_STRUCTURAL = ("directive", "targets")
_STEP = re.compile(NEXT_STEP, re.IGNORECASE)  # a plan's next step, cut off its plan (extract/clauses.py): part of it


def reweigh(proposals: list[Proposal]) -> list[Proposal]:
    """Each clause kept or dropped, and filed, by the learned weights (extract/weights.py) where
    they are in use; the rules' verdict is one of the features they weigh."""
    weights = active()
    if weights is None or not weights.table:  # none, or cut weights alone (training the clause weights)
        return proposals
    for before, p in zip([None, *proposals], proposals, strict=False):  # `before` is decided already
        c = p.candidate
        if p.settled:
            continue
        if p.how == "step" and before is not None:  # a plan's next step stands or falls with the plan it goes on from
            p.kept, c.category = before.kept, before.candidate.category
            continue
        verdict = weights.decide(features_of(p))
        p.kept = verdict != "none"
        if p.kept and p.how not in _STRUCTURAL:  # a directive's or a target list's clause is a task: kept or dropped
            c.category = verdict
    return proposals


class RulesStrategy:
    name = "rules"
    needs_model = False
    uses_rules = True

    def prompt_version(self) -> None:
        return None

    def run(self, doc: Document, chunks: list[Chunk], ctx: StrategyContext,
            decide: SplitDecider | None = None) -> ExtractionResult:
        meta, proposals = self.propose(doc, chunks, decide)
        result = ExtractionResult()
        result.metas.append(ExtractedMeta(**meta.model_dump()))
        result.candidates = [owned(p.candidate) for p in proposals if p.kept]
        return result

    def propose(self, doc: Document, chunks: list[Chunk], decide: SplitDecider | None = None,
                ) -> tuple[Meta, list[Proposal]]:
        """Every clause of the article with the rules' verdict: its category, or not an item (`kept`
        False: context, a heading, too short). `judge` shows a model all of them; `run` keeps the items."""
        meta = rules_meta(doc)
        reviewed = Reviewed.of(meta.period)
        out: list[Proposal] = []
        section: Category = "achievements"
        owner_heading: str | None = None
        last_para = -1
        lead_end = self._lead_end(doc, chunks)
        # inside a list that a line ending in ":" opened ("Nhiệm vụ quý IV:" or "… tập trung thực hiện:",
        # then "- …" or "1. …" lines): each marked line is an item by the article's own layout
        headed = opened = False
        # what a following "Trong đó …" goes on with: the targets the last sentence set ("Kỳ họp đã thống nhất
        # các chỉ tiêu chủ yếu năm 2026"), else the part the last announcement named last ("… triển khai nhiệm vụ tháng 02")
        carried: Category | Literal["targets"] | None = None
        # a paragraph's closing goal ("…, có 6/6 thôn giữ chuẩn …. Phấn đấu xây dựng xã kiểu mẫu vào năm 2023.") is a
        # target of that paragraph's topic: the next paragraph goes on in the section before it
        goal_from: Category | None = None
        for chunk, sentence in ((c, s) for c in chunks for s in c.sentences):  # sentences split once, at chunking
            text = doc.source[sentence.start : sentence.end]
            if goal_from and sentence.paragraph != last_para:
                section = goal_from
            goal_from, before = None, section
            marked = is_list_item(text.strip())
            headed = (headed or opened) and marked
            opened = text.rstrip().endswith(":")
            went_on = carried if _ELABORATES.match(text.strip()) else None
            if went_on and went_on != "targets":  # "Trong đó tập trung …" details the announced part
                section = went_on
            listed_targets = went_on == "targets"  # "Trong đó, thu nhập bình quân đạt 31 triệu đồng; …"
            carried = "targets" if _TARGETS_SET.search(text) else None
            if sentence.paragraph != last_para:
                last_para = sentence.paragraph
                heading = _OWNER_HEADING.match(strip_list_marker(text.strip())[0])  # "1. Đối với UBND huyện:" too
                if heading:
                    owner_heading, section = heading.group(1).strip(), "tasks"
                    continue
            alone = doc.source[:sentence.start].rstrip(" \t")[-1:] in ("", "\n") \
                and doc.source[sentence.end:].lstrip(" \t")[:1] in ("", "\n")  # the sentence is its own line
            listed = heading_category(text, bare=alone)
            if listed:  # "Kết quả đạt được:", "Tồn tại, hạn chế:", "Nhiệm vụ quý IV:" set their list's category
                section, headed = listed, True
                continue
            if alone and (opened or (_LEAD_IN.match(text.strip()) and not marked)) \
                    and heads_list(doc.source, sentence.end):
                # a list's lead-in, with its colon or without ("Bên cạnh đó vẫn còn một số hạn chế" over "- …"
                # lines): the list is of the kind it names last, and the lead-in is no item
                section, opened = lead_in_category(text) or section_of(text, section, reviewed), True
                continue
            lead_in = re.split(r"[:;]", text, maxsplit=1)[0]  # a list sentence is judged by its lead-in
            in_lead = sentence.start < lead_end
            # who met, who spoke, who attended (and the list after it): context, no change of section
            targets = listed_targets or ":" in text and bool(_TARGET_LIST.search(lead_in.strip()))  # the plan, kept even
            # after a discussion lead-in ("Trên cơ sở thảo luận, HĐND thống nhất nhiệm vụ … với các chỉ tiêu: …")
            problems = ":" in text and bool(_PROBLEM_LIST.search(lead_in.strip()))  # "… những khó khăn: …"
            papers = _DOCUMENT_LIST.search(text)  # "… thông qua một số NQ: …": the agenda's papers follow
            named = _PROBLEM_NAMED.search(text)  # "… khắc phục những hạn chế như <X>, <Y>": X, Y are shortcomings
            breakdown = _BREAKDOWN.search(text)  # "… đề ra các chỉ tiêu …, trong đó, …": the targets follow it
            listed_from = sentence.start + breakdown.end() if breakdown else sentence.end
            colon = text.find(":")  # a target list introduced after earlier items ("…; Nghị quyết … với 20 chỉ tiêu: A; B")
            if colon > 0 and not targets and _TARGET_LIST.search(text[:colon].rsplit(";", 1)[-1].strip()):
                listed_from = min(listed_from, sentence.start + colon + 1)
            # a speaker's directive ("Phát biểu kết luận, đồng chí X yêu cầu các ngành tập trung …") is
            # not procedure: it opens tasks, whatever the speech formula around it
            directed = bool(_DIRECTIVE.match(lead_in) or _ADDRESSED.match(lead_in))
            # a photo caption on a line of its own names the meeting too ("Hội Khuyến học huyện X tổ chức Hội nghị …")
            caption = alone and not headed and _captions_meeting(text)
            lead_context = self._context(lead_in, in_lead) or caption
            overview = figureless(text) and bool(_DETAIL_NEXT.match(doc.source[sentence.end:].lstrip(" .\t\n")))
            # "… nêu lên một số kết quả đã đạt được trong năm như: A, B; C": the results listed after a lead-in
            # that names them are results, however much procedure the lead-in tells first
            results = ":" in text and bool(_LISTS_AFTER.search(lead_in)) and lead_in_category(lead_in) == "achievements"
            context = not targets and not results and not breakdown and not directed and (
                bool(lead_context and not SHORT_CUE.search(text)) or self._ceremony(text))
            # a discussion that names problems after its colon ("các ý kiến thảo luận tập trung vào một số
            # vấn đề, như: việc triển khai một số nhiệm vụ trọng tâm … thiếu quyết liệt; …") is read by its
            # lead-in: the problems' own words do not open the tasks
            discussed = ":" in text and lead_context and not _SPOKEN.search(lead_in)
            announced = self._announces(text, in_lead) or caption  # this meeting's own announcement: never an item, whatever the weights say
            if not context or (TASK_SECTION.search(text) and not _ANNOUNCE.search(text)):
                # a list's lead-in sets the section too, and so does procedure that announces the
                # directions ("Hội nghị đã thảo luận, đề ra nhiệm vụ trọng tâm quý II.")
                section = "tasks" if directed else "achievements" if results \
                    else section_of(lead_in if discussed else text, section, reviewed)
            elif _PRAISE.search(text):  # a speaker praising the period: what follows is the praised results
                section = "achievements"
            else:
                carried = carried or section_of(text, section, reviewed)
            listed_at, fields = field_shortcomings(doc, sentence)
            out += [Proposal(Candidate("shortcomings", t, doc.source[a:b], chunk.index, (a, b)), True, True)
                    for a, b, t in fields]
            covered = (listed_at, sentence.end) if fields else (-1, -1)  # the fields' clauses, then procedure
            list_at = named or breakdown
            # "… vẫn còn tồn tại những bất cập: A, B, C": the problems after the colon are one shortcoming per comma too
            colon_list = problems and not list_at
            parts = clauses(doc, sentence, decide, list_at.end() if list_at else len(lead_in) + 1 if colon_list else None,
                            named=bool(named) or colon_list)
            para = doc.paragraphs[sentence.paragraph]  # how the paragraph opens, for a later sentence in it that opens
            opener = "" if para.start >= sentence.start - 1 or reviewed.later(text) else doc.source[para.start : para.start + 30]  # no later period
            turns = False
            for i, cl in enumerate(parts):
                quote = doc.source[cl.start : cl.end]
                if i > 0 and not context and not targets and not discussed:
                    turned = section_of(quote, section, reviewed)
                    # a sentence that opens with the period under review tells its results to the end: a
                    # later clause that carries out the period's work ("quý III …, các cấp hội tập trung
                    # thực hiện nhiệm vụ trọng tâm …") does not open the tasks; a later period, a directive does
                    if not (turned == "tasks" and not reviewed.later(quote) and opens_period(text, reviewed)):
                        section = turned
                directive = _DIRECTIVE.match(quote) or _ADDRESSED.match(quote)
                body = quote[directive.end():] if directive else quote  # the task after its addressee
                # "Phát biểu …, X biểu dương …; đồng thời nhấn mạnh năm 2016, Công an tỉnh tiếp tục …":
                # a directive after the first clause of a speech turns it to directions
                turns = turns or bool(directive) and context and i > 0  # and the clauses after it with it
                if turns:
                    section = "tasks"
                said = cl.start < covered[1] and cl.end > covered[0]  # the fields said it already
                kept = not ((context and not turns) or len(body.split()) < MIN_WORDS or self._context(body, in_lead)
                            or said or overview  # the overview before its specifics ("Cụ thể, …") is context
                            or (papers and cl.start >= sentence.start + papers.end())
                            or _HEADING.match(quote) or _FRAMING.search(quote) or names_only(body)
                            or phrase_only(body) or (i == 0 and len(parts) > 1 and _PURPOSE_ONLY.match(body)))
                listed = (named and cl.start >= sentence.start + named.end()) \
                    or (problems and cl.start > sentence.start + len(lead_in))
                targeted, directed_here = targets or cl.start >= listed_from, bool(directive and kept)
                cat = "shortcomings" if listed else "tasks" if targeted or directed_here else category_of(quote, section)
                how = "listed" if listed else "targets" if targeted else "directive" if directed_here \
                    else "step" if i > 0 and _STEP.match(quote) else f"section={section[:4]}"  # why the rules filed it so
                cand = Candidate(cat, item_text(f"{cl.subject} {quote[:1].lower()}{quote[1:]}" if cl.subject else quote),
                                 quote, chunk.index, (cl.start, cl.end))
                if cat == "tasks":
                    cand.owner = owner_heading  # a subject's owner is read when the task is final (`owned`)
                    if directive and len(body.split()) >= MIN_WORDS:
                        cand.text = item_text(quote[directive.end():])
                        who = _WHEN.sub("", directive.group("who").strip())  # "trong năm 2022, các cấp Hội"
                        cand.owner = None if not who or _WHOLE_SYSTEM.search(who) else who
                    dl = _DEADLINE.search(quote)
                    cand.deadline = dl.group(1) if dl else None
                # a deadline date or what is needed, outside the tasks part, is still to do by the article's own words
                due = kept and cat == "tasks" and section != "tasks" and still_to_do(quote)
                out.append(Proposal(cand, kept, said or overview or headed or due or (context and not turns and announced), how,
                                    THIRDS * cl.start // max(1, len(doc.source)), opener,
                                    text[:30] if i > 0 else ""))
            if _GOAL.match(text.strip()) and section == "tasks" and before != "tasks" and not opened:
                goal_from = before
        return meta, reweigh(out)

    @staticmethod
    def _lead_end(doc: Document, chunks: list[Chunk]) -> int:
        """Where the lead ends (an offset): LEAD_PARAGRAPHS paragraphs, fewer where one opens the period's results ("Trong tháng
        12 năm 2018, …"), and LEAD_SENTENCES sentences at most: a one-paragraph article goes on to its report after them."""
        firsts: dict[int, str] = {}
        for s in (sentences := [s for c in chunks for s in c.sentences]):
            firsts.setdefault(s.paragraph, doc.source[s.start:s.end])
        paras = sorted(firsts)
        if not paras:
            return 0
        end = next((p for p in paras[1:LEAD_PARAGRAPHS] if RESULT_SECTION.search(firsts[p].strip())),
                   paras[min(LEAD_PARAGRAPHS, len(paras)) - 1] + 1)
        lead = [s for s in sentences if s.paragraph < end]
        return lead[LEAD_SENTENCES].start if len(lead) > LEAD_SENTENCES else next((s.start for s in sentences if s.paragraph >= end), len(doc.source))

    @staticmethod
    def _ceremony(text: str) -> bool:
        """Awards handed out at the meeting: every `;`-part is an award, and the period does not open it."""
        parts = [p for p in text.split(";") if p.strip()]
        return bool(parts) and all(_AWARD.search(p) for p in parts) and not RESULT_SECTION.search(text.strip())

    @staticmethod
    def _context(text: str, in_lead: bool) -> bool:
        """About the meeting, not the period: who chaired, attended or spoke anywhere; the meeting's
        own announcement in the lead or a dated sentence — never one that details the report before it
        ("Theo đó, HĐND xã đã tổ chức thành công kỳ họp thứ 9, thứ 10 …" lists the period's sessions)."""
        text = strip_list_marker(text)[0]  # a list line's cues read it without its "- ", "1. " marker
        return bool(_CONTEXT.search(text) or RulesStrategy._announces(text, in_lead))

    @staticmethod
    def _announces(text: str, in_lead: bool) -> bool:
        """The meeting's own announcement: in the lead, or in a dated sentence ("Trong 2 ngày 3 và 4/11,
        Đoàn công tác … đã tiến hành kiểm tra …"), unless it details the report just named ("Theo đó, …")."""
        said_at = _SAID_AT.match(text.strip())  # "Theo thông tin tại Hội nghị …, quận X sẽ …": what was said there
        if said_at and _AFTER_SAID.search(text.strip()[said_at.end():]):
            return False
        if said_at and "," not in text.strip()[said_at.end():]:
            return True  # the clause is only where it was said ("Sáng 7-10, báo cáo tại hội nghị Ban Chấp hành …")
        dated = _DATED.search(_DEADLINE.sub(" ", text))  # a deadline ("trước ngày 20/12") dates what is due, not the meeting
        return bool(_MEETING.search(text) and (in_lead or dated) and not _DETAILS.match(text.strip()))
