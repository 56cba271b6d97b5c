"""Where a news article states its meeting: the lead (title and first paragraphs) and the
capitalised runs that are names, and who came as a guest. Shared by the metadata finders (`meta`, `organization`).

May import: `pipeline.ingest` only.
"""

from __future__ import annotations

import re

from summarizer.pipeline.ingest import Document

# Capitalised words that start a title, not a name: "Lương Thị Thanh Phó bí thư" → "Lương Thị Thanh".
_TITLE_WORDS = {"Phó", "Bí", "Chủ", "Ủy", "Uỷ", "UV", "Trưởng", "Giám", "Chánh", "Tổng", "Ban",
                "TUV", "UVBTV", "BTV", "BCH", "Đ/c", "Đ/C"}  # a title or a board, no place
# What a steering committee is for, capitalised, never a part of its name's place ("Ban chỉ đạo Chương trình mục tiêu
# quốc gia … huyện Ninh Hải").
PURPOSE = r"(?:Chương trình|Nghị quyết|Kế hoạch|Đề án|Chỉ thị|Cuộc vận động|Phong trào)\b"
# A council's term or session after its place ("HĐND tỉnh Khóa XV", "Kỳ họp thứ 2"), or the time of day a lead opens
# with on the next line ("… Công an tỉnh" / "Sáng ngày 5/8, …"), or a headline's verb of meeting: never part of a
# name ("Kỳ Anh" is a place).
_TERM = re.compile(r"(?:Khóa|Khoá)\s+(?:[IVXLC]+|\d+)\b|(?:Kỳ|Kì)\s+họp\b|Nhiệm\s+kỳ\b|Lần\s+thứ\b"
                   r"|(?:Sáng|Chiều|Trưa|Tối|Đêm)\s+(?:ngày|nay|qua|hôm|mai|\d)"
                   r"|(?:Họp|Sơ kết|Tổng kết|Giao ban|Triển khai|Đánh giá|Khai mạc|Bế mạc)\b"  # a headline's verb, capitalised: "Thành phố X Họp thành viên UBND"
                   r"|(?:Năm|Quý|Quí|Tháng|Ngày)\s+(?:\d|[IVX]+\b)"  # the period or date after a name ("… tỉnh Quí I", "… tỉnh" / "Năm 2020, …")
                   r"|" + PURPOSE)


# Capitalised first syllables that, with the lower-case ones after them, are no place: a level ("HĐND Thị trấn Mái Dầm",
# "Thành phố …"), a body's standing board ("Ban Thường vụ Tỉnh ủy"), the honorific opening a caption glued to a
# headline ("Hội nghị lần thứ 11, Ủy ban Mặt trận Tổ quốc tỉnh Đồng chí Nguyễn Tiến Thành …"), a resolution's title
# after its issuer ("Nghị quyết số 10/2016/NQ-HĐND của HĐND tỉnh Quy định khoảng cách …"), a congress ("Đại hội"), and
# the verbs a headline opens its news with after the place, as often capitalised ("Thành phố Thái Bình Thành lập 355 chi
# hội …", "… Tổ chức", "Triển khai", "Tổng kết", "Sơ kết", "Phát động", "Hoàn thành").
_NO_PLACE = {"Thị": "trấn|xã|phố", "Thành": "trấn|xã|phố|lập", "Thường": "vụ|trực", "Đồng": "chí", "Quy": "định|chế",
             "Hướng": "dẫn", "Ban": "hành", "Đại": "hội", "Tổ": "chức", "Triển": "khai", "Tổng": "kết", "Sơ": "kết",
             "Phát": "động", "Hoàn": "thành"}
# … and those that make one term with them, ending the name: the central and supreme levels ("Công an Trung ương",
# "Văn phòng Trung ương Đảng": the Party's centre; "TAND Tối cao").
_ONE_TERM = {"Trung": r"ương(?:\s+Đảng)?", "Tối": "cao"}


def capitalised_run(text: str, limit: int) -> list[str]:
    """Leading words of `text` that start with a capital letter (a proper name), up to `limit`."""
    words: list[str] = []
    end = 0
    for at in re.finditer(r"\S+", text):
        w = at.group()
        if _TERM.match(text, at.start()) or (words and "\n" in text[end:at.start()]):
            break  # a name never runs on to the next line ("… MTTQ xã Phan" / "Những tin mới hơn")
        end = at.end()
        if w[0] in ".;:!?" and len(w) > 1:
            break  # "đảng bộ .Đại hội đã …": a stop typed before its space ends the sentence, and the name with it
        core = w.strip(",.;:()\"“”/!?…-–")  # "Tuy Phong./.", "Phạm Văn Cư- Chủ tịch": no part of a name
        if not core or not core[0].isupper() or core in _TITLE_WORDS or len(words) >= limit or w[0] == "(":
            break  # "Tân Mỹ (Trà Ôn)": the parenthesis is another place
        after = text[at.end():]
        if (syllables := _NO_PLACE.get(core)) and re.match(rf"\s+(?:{syllables})\b", after):
            break  # a level, a board or a term written with a capital, never a place "Thị", "Thường"
        words.append(core)
        if core != w:  # punctuation ends the name
            break
        if (syllables := _ONE_TERM.get(core)) and (term := re.match(rf"\s+(?:{syllables})\b", after)):
            first, *more = term.group().split()
            words[-1:] = [f"{core} {first}", *more]  # "Trung ương", "Trung ương Đảng", "Tối cao": one term, then the name ends
            break
    return words


def lead_text(doc: Document, paragraphs: int = 3) -> str:
    parts = [doc.text_of(doc.title)] if doc.title else []
    parts += [doc.text_of(p) for p in doc.paragraphs[:paragraphs]]
    return "\n".join(parts)


# A line naming a meeting's guests ("Tới dự có đồng chí …", "Đồng chí …, Phó Chủ tịch UBND tỉnh dự kỳ họp.") tells
# who came, not what the meeting reviewed.
_GUESTS_OPEN = r"(?:Tới dự|Đến dự|Cùng dự|Tham dự|Dự (?:hội nghị|kỳ họp|buổi)|Về dự)\b"
GUESTS = re.compile(_GUESTS_OPEN + r"(?:[^.]|\.(?=\S)){0,300}\.?\s*$"
                    r"|(?:Đồng chí|Ông|Bà)\s(?:[^.]|\.(?=\S)){0,200}\b(?:dự|tham dự)(?: và chỉ đạo)?(?: hội nghị| kỳ họp| buổi \w+)?\.?\s*$")


def host_paragraphs(doc: Document) -> list[str]:
    """The paragraphs' texts, less the lines of guests: what the meeting's holder and period are read from."""
    return [t for t in map(doc.text_of, doc.paragraphs) if not GUESTS.match(t)]


def guest(text: str, person: str) -> bool:
    """Whether `person` is named among a meeting's guests ("Dự hội nghị có đồng chí X, Chủ tịch Ủy ban MTTQ xã"): a guest
    who speaks at the meeting heads another body, not the one that held it."""
    person = person.strip()
    return bool(person) and re.search(_GUESTS_OPEN + r"(?:[^.\n]|\.(?=\S)){0,300}?" + re.escape(person), text) is not None
