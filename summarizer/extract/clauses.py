"""Clauses: where a report's sentence splits into items, and an item's text as a reader writes it.

A sentence is cut at ';', '…' and list colons; a comma is cut only where a new action, figure,
status or shortcoming begins (labelling.md: separate actions or results with their own verb are
separate items), never inside a verb series or after a purpose word. The cues come from
`cues.toml`; this module imports only the cue loader, the text helpers and the document types.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from summarizer.extract.base import Candidate
from summarizer.extract.cues import cue, lexicon
from summarizer.extract.cuts import candidates, recording
from summarizer.extract.weights import active
from summarizer.pipeline.chunk import Sentence
from summarizer.pipeline.ingest import Document
from summarizer.text import enclosed, figure_series, joins_fixed_pair, strip_list_marker

_SHORT_CUE = cue("shortcoming")
_CIRCUMSTANCE = cue("circumstance")
_PURPOSE_LEAD = cue("purpose_lead")
_CONCESSION = cue("concession")
# … after the goal: a subject, then what it is to do or what a speaker asks of it
_SUBJECT_ACTS = re.compile(r"^[^,]*?\S\s+(?:cần|phải|sẽ|tiếp tục|tập trung|tổ chức|triển khai|đề nghị|yêu cầu)\b", re.IGNORECASE)
_DID = r"đã|đều|tiếp tục|đạt|được"  # what a subject is reported doing
_SUBJECT_DID = re.compile(rf"^[^,]*?\b(?:{_DID})\b", re.IGNORECASE)  # the subject after the credit
_PREDICATE = re.compile(rf"\b(?:{_DID}|vẫn)\b", re.IGNORECASE)  # … anywhere after a concession's "nhưng"
_BUT = re.compile(r",?\s+(?:nhưng|song)\s+")
_FILLER = cue("filler")
_OWNER_SUBJECT = cue("owner_subject")

NEXT_STEP = "(?:hướng tới|tiến tới)(?!\\s+(?:sẽ\\s+)?(?-i:[A-ZĐÐ]))"  # a plan's next step, not "tiến tới Đại hội …"
# A comma followed by one of these opens a new fact ("…; kết nạp 14 đảng viên, trao tặng Huy hiệu…").
# Common verbs of Vietnamese administrative reports; "góp phần/nhằm/để" (purpose) never split.
ACTION_VERBS = (
    "tổ chức|thực hiện|triển khai|tăng cường|đẩy mạnh|nâng cao|chú trọng|phát triển|kết nạp|đề nghị|trao tặng"
    "|giải quyết|hoàn thành|huy động|tiếp tục|bảo đảm|đảm bảo|chỉ đạo|tập trung|phối hợp|quan tâm|đổi mới"
    "|tuyên truyền|vận động|rà soát|kiện toàn|ban hành|duy trì|khắc phục|tháo gỡ|đôn đốc|thành lập|chuẩn bị"
    "|giữ vững|thu hút|khuyến khích|phát động|nhân rộng|không để|đấu giá|giải quyết|tích cực|chủ động|xử lý"
    "|phát hiện|điều tra|triệt phá|bắt giữ|khởi tố|thu giữ|mở|tặng"  # police and social-work results
    "|yêu cầu(?!,?\\s+(?:đặt ra|đề ra|nhiệm vụ|ngày càng)\\b)"  # "…, yêu cầu báo cáo …": a directive after a comma is its
    # own item; "…, yêu cầu đặt ra trong tình hình mới" names the demands, a noun
    "|phát huy|tranh thủ|kêu gọi|thu hồi|củng cố|mở rộng"  # "…, phát huy sức mạnh …", "…, củng cố quốc phòng …"
    "|làm tốt|nắm chắc"  # the standard openers of directions ("làm tốt công tác …, nắm chắc tình hình …")
    "|đẩy nhanh|" + NEXT_STEP  # "…, đẩy nhanh tiến độ …", "…, hướng tới nâng cấp …, tiến tới thành lập …"
)
_COMMA = re.compile(r",\s+")
# "…, an ninh chính trị ổn định, quốc phòng được giữ vững, công tác giáo dục được quan tâm": a new
# subject with its own passive or status predicate, after a clause that has one, is a new result. A count
# after "được" is what a verb achieved ("646 vụ phạm pháp hình sự, giảm được 139 vụ so với năm 2014"), no passive.
_STATUS_CLAUSE = re.compile(r"(?!(?:và|hoặc|nhất là|đặc biệt|trong đó|góp phần|nhằm|để)\b)[^\W\d][^,;.()]{2,50}?\s"
                            r"(?:được|đã được|luôn được|tiếp tục được)\s+(?!\d)\w+", re.IGNORECASE)
_STATUS_DONE = re.compile(r"\b(?:được|ổn định|giữ vững|đảm bảo|bảo đảm|\d)", re.IGNORECASE)
_OPENS = re.compile(rf"(?:đồng thời,?\s+)?(?:{ACTION_VERBS})\b|\d|trong đó\b[^.;]*\d", re.IGNORECASE)
# "Thu thuế đạt 102%, thuế nhà đất đạt 120%": after a figure, a new subject with its own figure is a new
# result; a comma before a predicate of the same subject ("…, đạt 52% kế hoạch") is not. So is a new
# action with its own count ("…743 giấy chứng nhận, trồng mới 3.128 cây xanh, bê tông hóa 1.100m đường"),
# but not a term, a date or a year ("nhiệm kỳ 2021 - 2026", "ngày 12/5/2022") nor a purpose ("để …"), nor a
# beneficiary ("…, cho 238 nạn nhân vay vốn"; "cho vay 120 hộ" is an action of its own), nor an ordinal ("…, Đại
# hội Đảng bộ tỉnh lần thứ 17" names a congress).
_FIGURE_CLAUSE = re.compile(r"(?!(?:đạt|tăng|giảm|bằng|chiếm|vượt|so|với|nâng|góp|trong|đến|từ|và|hoặc|tỷ(?!\s+lệ)|triệu|nghìn|ngàn"
                            r"|người|lượt|hộ|cùng|riêng|nhất là|đặc biệt|ước|dự kiến|khoảng|gần|hơn|trên|cho(?! vay))\b)(?:[^\W\d][^,;.()]{0,50}?\s"
                            r"(?:đạt|tăng|giảm|hơn|gần|khoảng|trên|ước|là|có|được)\s+(?:\S+\s+)?\d"
                            r"|(?!(?:nhiệm kỳ|ngày|năm|tháng|quý|quí|mức|tầm nhìn|giai đoạn|khóa|khoá|lần|đợt|số|thời|giải pháp"
                            r"|nhiệm vụ|gồm|chiếm|xếp|đứng|giữ|tương đương|bình quân|để|nhằm|gắn với|song song|sau khi)\b)"
                            r"[^\W\d][^,;.()\d]{2,40}?\s(?<!\bthứ\s)(?<!\bkhóa\s)(?<!\bkhoá\s)(?!(?:19|20)\d\d\b)\d(?![\d.]*\s*[/-]\s*\d))", re.IGNORECASE)

# A figure that opens its own result has a predicate of its own ("…, 100% xã đạt chuẩn nông thôn mới",
# "…, 6 chi bộ, TDP kết nạp được 11 đảng viên"), before any next figure.
_OWN_PREDICATE = re.compile(r"\d[\d.,/%]*\s*(?:(?![^\s;]*,\s+\d)[^\s;]+\s+){0,6}?(?:đạt|được|có|tăng|giảm|chiếm|hoàn thành|vượt|là|đã|kết nạp"
                            r"|công nhận)\b",
                            re.IGNORECASE)
_VERB_SERIES = cue("verb_series")  # "lãnh đạo, chỉ đạo …": verbs sharing one object, never cut
# … unless the verb names a field ("đẩy mạnh công tác thông tin tuyên truyền, kết nối …"): a noun then
_FIELD_BEFORE = re.compile(r"\w\s+(?:công tác|việc|hoạt động)(?:\s+\w+){0,3}\s*$", re.IGNORECASE)
_SERIES_VERB = re.compile(lexicon()["verb_series"].alternation + r"\b", re.IGNORECASE)  # one opens the next piece
_PURPOSE = cue("purpose")  # "…, góp phần …": what follows elaborates, never cut
_TOLL = cue("incident_toll")  # "…12 vụ, làm chết 3 người, thiệt hại …": the toll stays with its count
MIN_SPLIT_WORDS = 3
LONG_LEAD_IN = 30  # words: a lead-in this long before its list colon carries facts of its own
# "…còn chậm, năng lực của một số chi bộ còn hạn chế": after a shortcoming, a new subject with its
# own "còn/chưa/thiếu" predicate is a new shortcoming ("…, việc ghi sổ sách … thiếu chặt chẽ"); so is the
# same subject's next "chưa" ("Công tác giám sát … chưa bảo đảm quy trình, chưa sát với tình hình thực tế":
# labelling.md, one item per fact).
_SUBJECT = r"[^\W\d][^,;.()]{2,100}?(?<!\bkhi)"  # a shortcoming's subject, before its predicate
_SHORT_CLAUSE = re.compile(r"(?!(?:và|hoặc|nhất là|đặc biệt|trong đó|nhưng|song)\b)"
                           + _SUBJECT + r"\s(?:vẫn còn|còn|chưa|thiếu(?!\s+(?:nhi|niên)\b))\s(?!lại\b)", re.IGNORECASE)
_ADVERBIAL = re.compile(r"(?:theo|trong|qua|từ|với|so với|nhờ|tại|sau|đến|tính|dự ước|ước tính|lũy kế|luỹ kế)\s", re.IGNORECASE)
_CLAUSE_VERB = re.compile(r"\b(?:có|đã|đạt|được|là)\b", re.IGNORECASE)  # "Đến nay có 17/20 xã …" is a clause
ADVERBIAL_WORDS = 12  # syllables


def _strip_filler(piece: str) -> str:
    """`piece` without its leading period phrases, date stamps and attributions."""
    return _drop_filler(piece.strip() + ",").strip(" ,")  # the comma lets a period phrase end


def _only_filler(piece: str) -> bool:
    """A period phrase, date stamp or attribution with nothing after it ("Báo cáo … cho biết trong năm 2018")."""
    return not _strip_filler(piece)


def adverbial(piece: str) -> bool:
    """A short prepositional phrase with no verb of its own ("Theo đánh giá của Công an huyện")."""
    piece = piece.strip()
    return bool(_ADVERBIAL.match(piece)) and len(piece.split()) <= ADVERBIAL_WORDS and not _CLAUSE_VERB.search(piece)


@dataclass
class Clause:
    start: int
    end: int
    sentence: Sentence
    subject: str = ""  # the subject it shares with the clause before ("X chưa A, chưa B": "X" for "chưa B")


SplitDecider = Callable[[str, str, str], bool]  # (clause, left part, right part) -> cut here?


# A statistics line names each figure with a colon ("Trong đó: nông nghiệp tăng: 2,76%, Lâm nghiệp: 6,47%",
# "thu ngân sách đạt: 187,5 tỷ đồng"): a bare figure after the colon, up to the next mark, is the label's value.
_VALUE = re.compile(r"\s*\d[\d.,]*\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+)?)?\s*(?=[,;.]|$)")
_NUMBER_LABEL = re.compile(r"\bsố\s*$", re.IGNORECASE)  # "Nghị định Số: 108/2014/NĐ-CP": a document's number follows


def clauses(doc: Document, sentence: Sentence, decide: SplitDecider | None = None,
            list_at: int | None = None, named: bool = False) -> list[Clause]:
    """Split at ';', '…', list colons and commas that open a new action; a lead-in before a list
    colon is dropped as context.

    A comma cut needs a new action verb or a figure after it (labelling.md: separate actions or
    results with their own verb are separate items), and is never taken inside a verb series
    ("lãnh đạo, chỉ đạo …") or after a purpose word ("…, góp phần …"). `decide` (the hybrid
    strategy's model) may veto each remaining cut; without it the structure decides alone.
    `list_at`: where a lead-in that works as a list colon ends in the sentence ("… đề ra các giải pháp …,
    trong đó", "… khắc phục những hạn chế như"); the lead-in is dropped like one before a colon.
    `named`: the list after `list_at` names problems ("… còn gặp một số khó khăn như A, B, C"), one per comma.
    """
    text = doc.source[sentence.start : sentence.end]
    cuts = [0]
    for m in re.finditer(r";|…|\.\.\.+|:", text):
        if m.group() == ":" and (text[m.end():m.end() + 1].isdigit() or _VALUE.match(text, m.end())
                                 or _NUMBER_LABEL.search(text, 0, m.start())):
            continue  # "10:30", "QĐ:1", "Lâm nghiệp: 6,47%;", "Nghị định Số: 108/2014/NĐ-CP" — a label and its value,
            # not a list colon ("đó là :Việc …" is one)
        if m.group() not in ";:" and re.match(r"\s*(?:chưa|vẫn|đều|được|đã|không)\b", text[m.end():]):
            continue  # "đất công, điện thắp sáng… chưa được thực hiện": the list trails off into its predicate
        cuts.append(m.end())
    cuts = sorted({*cuts, list_at} if list_at else cuts) + [len(text)]
    out = []
    for i in range(len(cuts) - 1):
        a, b = cuts[i], cuts[i + 1]
        piece = text[a:b]
        if b == list_at:
            continue  # lead-in of a list
        intro = piece.rstrip().endswith(":")  # a list colon: the clause that leads into the list is no item,
        # but in a long sentence the clauses before it are ("Năm học qua, chất lượng … được nâng lên, …, và đã
        # xây dựng được các mô hình như: …")
        if intro and len(piece.split()) < LONG_LEAD_IN:
            continue
        lead = len(piece) - len(piece.lstrip(" \t\n,"))
        body = piece[lead:].rstrip().rstrip(";:.… ").rstrip()
        body, marker = strip_list_marker(body)  # "- ", "+ ", "1. ", "a) ": the quote starts after the marker
        if not body:
            continue
        credit = _credit_length(body)  # "Dưới sự lãnh đạo của …, <subject> đã …": the subject's clause
        body = body[credit:]
        s = sentence.start + a + lead + marker + credit
        if marker:  # a list line is the writer's own item: never cut further
            out.append(Clause(s, s + len(body), sentence))
        elif named and a == list_at:
            out += _shared_subjects(doc, [Clause(s + x, s + y, sentence) for x, y in _named_parts(body)])
        elif intro:
            out += _comma_split(doc, s, s + len(body), sentence, decide)[:-1]
        else:
            out += _comma_split(doc, s, s + len(body), sentence, decide)
    return out


def _named_parts(body: str) -> list[tuple[int, int]]:
    """The problems a list names, one per comma (outside parentheses); each part keeps 2+ words."""
    parts, at = [], 0
    for m in _COMMA.finditer(body):
        if len(body[at:m.start()].split()) >= 2 and len(body[m.end():].split()) >= 2 and not enclosed(body[:m.start()]):
            parts.append((at, m.start()))
            at = m.end()
    return parts + [(at, len(body))]


def _credit_length(body: str) -> int:
    """How many characters of `body` credit the leadership before the subject ("Dưới sự lãnh đạo
    của Huyện ủy, sự điều hành của UBND, "), state the goal before it ("Để thực hiện thắng lợi nhiệm vụ
    năm 2026, ") or concede a hardship ("Mặc dù chịu ảnh hưởng của dịch bệnh nhưng "); 0 when it has no
    such opening or no subject follows."""
    if credit := _CIRCUMSTANCE.match(body):
        opening, joint, subject = credit, r",\s+|\s+nên\s+", _SUBJECT_DID
    elif goal := _PURPOSE_LEAD.match(body):  # "Để thực hiện …, <subject> cần …": likewise
        opening, joint, subject = goal, r",\s+", _SUBJECT_ACTS
    elif despite := _CONCESSION.match(body):  # "Mặc dù …, nhưng <subject> đã …": likewise, the subject
        but = _BUT.search(body, despite.end())  # after "nhưng", whatever its commas
        if but:
            return but.end() if _PREDICATE.search(body, but.end()) else 0
        opening, joint, subject = despite, r",\s+", _SUBJECT_DID
    else:
        return 0
    for m in re.finditer(joint, body):
        if m.start() >= opening.end() and subject.match(body[m.end():]):
            return m.end()
    return 0


def _comma_split(doc: Document, start: int, end: int, sentence: Sentence,
                 decide: SplitDecider | None) -> list[Clause]:
    """Cut a clause where the rules see a new action, figure, status or shortcoming after a comma
    (`_verdicts`), or where the learned cut weights (extract/cuts.py) see a new fact after a comma or
    "và"; `decide` (when given) may veto each cut."""
    text = doc.source[start:end]
    weights = active()
    cuts = candidates(text, _verdicts(text), _signals)
    records = recording()
    if records is not None:  # training: cut everywhere, and keep the parts and the features
        bounds = [0, *(x for c in cuts for x in (c.at, c.end)), len(text)]
        records.append({"atoms": [(start + bounds[i], start + bounds[i + 1]) for i in range(0, len(bounds), 2)],
                        "feats": [c.feats for c in cuts]})
    pieces, prev = [], 0
    for c in cuts:
        cut = records is not None or c.rules == "cut" or (weights is not None and weights.cut(c.feats))
        if cut and (decide is None or decide(text, text[prev : c.at], text[c.end :])):
            pieces.append((prev, c.at))
            prev = c.end
    pieces.append((prev, len(text)))
    return _shared_subjects(doc, [Clause(start + a, start + b, sentence) for a, b in pieces])


def _shared_subjects(doc: Document, parts: list[Clause]) -> list[Clause]:
    """Each part that opens on "chưa" takes the subject of the part before ("…, chưa sát với tình hình thực tế")."""
    for before, part in zip(parts, parts[1:], strict=False):
        if _SAME_SUBJECT.match(doc.source[part.start:part.end]):
            part.subject = before.subject or _said_subject(doc.source[before.start:before.end])
    return parts


# "Công tác giám sát … chưa bảo đảm quy trình, chưa sát với tình hình thực tế": the second shortcoming is
# the same subject's (labelling.md writes each item whole, its subject repeated). A short predicate
# ("còn chưa kịp thời, chưa nghiêm túc") qualifies the first one: no item of its own.
_SAME_SUBJECT = re.compile(r"(?:vẫn\s+)?chưa\s", re.IGNORECASE)
_SUBJECT_SAID = re.compile(r"(?:[^,;.()]*?\s(?:như|là)\s+)?(" + _SUBJECT + r")\s(?:vẫn còn|còn|chưa)\s",
                           re.IGNORECASE)  # "… chỉ ra một số yếu kém như <chủ thể> còn …": the subject after the lead-in
SAME_SUBJECT_WORDS = 4  # the least a predicate of the same subject needs to be an item of its own


def _same_subject(text: str, m: re.Match[str]) -> bool:
    """After the comma `m`, the next shortcoming of the subject the clause opened with ("…, chưa sát với
    tình hình thực tế")."""
    piece = text[m.end():].split(",")[0]
    return bool(_SAME_SUBJECT.match(piece)) and len(piece.split()) >= SAME_SUBJECT_WORDS \
        and bool(_said_subject(text[: m.start()]))


def _said_subject(text: str) -> str:
    """The subject a shortcoming clause opens with, its filler dropped ("" when none)."""
    said = _SUBJECT_SAID.match(_drop_filler(text))
    return said.group(1) if said else ""


def _verdicts(text: str) -> dict[int, str]:
    """The rules' verdict at each comma of a clause's text (by position): "cut" where a new action or
    figure begins and the structure allows it, else the reason it is not cut."""
    out, prev = {}, 0
    for m in _COMMA.finditer(text):
        out[m.start()] = verdict = _verdict(text, text[prev : m.start()], text[m.end() :], m)
        if verdict == "cut":
            prev = m.end()
    return out


def _verdict(text: str, left: str, right: str, m: re.Match[str]) -> str:
    if not (_OPENS.match(right) or _parallel(left, right) or (_FIGURE_CLAUSE.match(right) and re.search(r"\d", _strip_filler(left)))
            or (_STATUS_CLAUSE.match(right) and _STATUS_DONE.search(_strip_filler(left)))
            or (_SHORT_CLAUSE.match(right) and _SHORT_CUE.search(left)) or _same_subject(text, m)):
        return "nosignal"
    if len(left.split()) < MIN_SPLIT_WORDS or len(right.split()) < MIN_SPLIT_WORDS:
        return "short"
    if _verb_series(left, right):
        return "vseries"
    if _short_series(left, right):
        return "nseries"
    if _PURPOSE.search(left):
        return "purpose"
    if _TOLL.match(right):
        return "toll"
    if all(adverbial(part) or _only_filler(part) for part in left.split(",")):
        return "adverbial"  # "Theo đánh giá của X, …", "Trong quý I, …": adverbial lead-ins, not a clause
    if figure_series(left, right):
        return "series"  # a series of figures ("Huy hiệu 40, 30 năm tuổi Đảng") is one object
    if right[:1].isdigit() and re.search(r"\d", left) and not _OWN_PREDICATE.match(right):
        return "morefig"  # "đạt 35% dự toán Thành phố giao, 15% dự toán HĐND huyện giao": more figures of one result
    if joins_fixed_pair(text, m.start(), m.end()):
        return "pair"  # "Khối thi đua 13 xã, thị trấn đã …": the genre's fixed pair of levels is one name
    if enclosed(text[: m.start()]):
        return "enclosed"  # "(thu nội địa đạt 65%, 10.420 tỷ đồng)": one aside
    return "cut"


def _short_series(left: str, right: str) -> bool:
    """"… vững mạnh về chính trị, tư tưởng, tổ chức và đạo đức": short parts in a row are one list's elements,
    even where one reads as a verb ("tổ chức"); a new action takes an object ("…, tổ chức 12 lớp tập huấn")."""
    last = left.rsplit(",", 1)[-1].split()
    first = re.split(r",|\s+và\s+", right, maxsplit=1)[0].split()
    return "," in left and len(last) <= 2 and len(first) <= 2


def _signals(left: str, right: str) -> list[str]:
    """The rules' structural signals at a joint, each a feature of the learned cut."""
    tests = {"opens": _OPENS.match(right), "parallel": _parallel(left, right), "figclause": _FIGURE_CLAUSE.match(right),
             "status": _STATUS_CLAUSE.match(right), "shortcl": _SHORT_CLAUSE.match(right), "leftshort": _SHORT_CUE.search(left),
             "samesubj": _SAME_SUBJECT.match(right) and _said_subject(left),
             "vseries": _verb_series(left, right), "purpose": _PURPOSE.search(left), "toll": _TOLL.match(right),
             "adverbial": adverbial(left) or _only_filler(left)}
    return [name for name, hit in tests.items() if hit]


def _verb_series(left: str, right: str) -> bool:
    """The piece before a comma ends with a bare verb that shares its object with the next one; not a
    field's name before another kind of action ("công tác tuyên truyền, kết nối …"; "công tác tuyên
    truyền, vận động …" is one field)."""
    m = _VERB_SERIES.search(left)
    return bool(m) and not (_FIELD_BEFORE.search(left[: m.start()]) and not _SERIES_VERB.match(right))


# Heads of noun phrases, not verbs: "công tác tuyên truyền, công tác vận động" is one list of fields.
# So are documents and events ("Nghị quyết Đại hội Đảng toàn quốc lần thứ XI, Đại hội Đảng bộ tỉnh lần thứ 17").
_NOUN_HEAD = re.compile(r"(?:công tác|mô hình|tội phạm|tình hình|hoạt động|phong trào|chương trình|lĩnh vực|các|những"
                        r"|đại hội|nghị quyết|chỉ thị|kết luận|quyết định|hội nghị)\b")


def _parallel(left: str, right: str) -> bool:
    """A comma before the verb that opened the previous piece or opens the next one: a series of
    parallel actions ("thăm hỏi gia đình …, thăm hỏi hội viên ốm đau"). Only a verb that opens its
    piece counts; one after a subject is too often a noun repeated in a list of fields."""
    head = " ".join(right.split()[:2]).lower()
    if len(head.split()) < 2 or not head.replace(" ", "").isalpha() or _NOUN_HEAD.match(head):
        return False
    prev = _strip_filler(left.split(",")[-1]).lower()
    nxt = right.split(",")[1].strip().lower() if "," in right else ""
    return prev.startswith(head + " ") or nxt.startswith(head + " ")


def names_only(text: str) -> bool:
    """A bare enumeration of proper names ("Ninh Bình, Bắc Ninh, Hà Nam và Hưng Yên"): the members or
    places a sentence lists, with no predicate of their own, so never an item."""
    parts = [p for p in re.split(r",|\s+và\s+", text.strip(" .;:…")) if p.strip()]
    return len(parts) >= 2 and all(w[0].isupper() for p in parts for w in p.split())


def phrase_only(body: str) -> bool:
    """A prepositional phrase left alone by a cut ("Theo quy định của pháp luật"): one phrase, no verb,
    no figure; a fact or a task needs a predicate."""
    text = item_text(body)
    return "," not in text and not re.search(r"\d", text) and not re.match(r"theo dõi|tính toán|từ chối", text, re.IGNORECASE) \
        and adverbial(text)

def _drop_filler(text: str) -> str:
    """`text` without its leading filler, one layer at a time ("date 2022-08 (QNO) - Trong tháng 7.2022, …")."""
    for _ in range(4):
        shorter = _FILLER.sub("", text).strip()
        if shorter == text:
            break
        text = shorter
    return text


# A speaker's words quoted, then attributed ("“Không bỏ lọt tội phạm …” - Thủ tướng nói", "…”, Bí thư Tỉnh ủy nhấn
# mạnh"): the item is what was said, without the quotation marks or who said it.
_ATTRIBUTED = re.compile(r"[\"”]\s*(?:[-–,]\s*)?[^\"“”.;:]{0,80}?\b(?:nhấn mạnh|khẳng định|nêu rõ|chỉ rõ|nói|lưu ý|yêu cầu|"
                         r"đề nghị|phát biểu|chia sẻ|cho biết)\s*\.?$")


def item_text(quote: str) -> str:
    """The item as a reader writes it: filler dropped, a hard-wrapped quote's line breaks made spaces, a quotation's
    marks and attribution left out."""
    text = re.sub(r"\s*\n\s*", " ", _drop_filler(quote) or quote)
    said = _ATTRIBUTED.search(text)
    if said and said.start() > 0:
        text = text[:said.start()].lstrip("“\" ") or text
    return text[0].upper() + text[1:]


def owned(candidate: Candidate) -> Candidate:
    """A task that opens with the body that is to do it ("Công an huyện tiếp tục …", "UBND xã cần …")
    names its owner: the body becomes `owner` and the task reads from its verb, as labelling.md writes
    tasks; applied once a clause is finally filed as a task (the learned weights may file it so)."""
    m = _OWNER_SUBJECT.match(candidate.text) if candidate.category == "tasks" else None
    if m and len(candidate.text[m.end():].split()) >= MIN_SPLIT_WORDS:
        candidate.owner, candidate.text = m.group(1), item_text(candidate.text[m.end():])
    return candidate
