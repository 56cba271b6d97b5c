"""Where a news article states its meeting: the lead (title and first paragraphs) and the
capitalised runs that are names. Shared by the metadata finders (`meta`, `organization`).

May import: `pipeline.ingest` only.
"""

from __future__ import annotations

import re

from summarizer.pipeline.ingest import Document

# Capitalised words that start a title, not a name: "Lương Thị Thanh Phó bí thư" → "Lương Thị Thanh".
_TITLE_WORDS = {"Phó", "Bí", "Chủ", "Ủy", "Uỷ", "UV", "Trưởng", "Giám", "Chánh", "Tổng", "Ban",
                "TUV", "UVBTV", "BTV", "Đ/c", "Đ/C"}
# What a steering committee is for, capitalised, never a part of its name's place ("Ban chỉ đạo Chương trình mục tiêu
# quốc gia … huyện Ninh Hải").
PURPOSE = r"(?:Chương trình|Nghị quyết|Kế hoạch|Đề án|Chỉ thị|Cuộc vận động|Phong trào)\b"
# A council's term or session after its place ("HĐND tỉnh Khóa XV", "Kỳ họp thứ 2"), or the time of day a lead opens
# with on the next line ("… Công an tỉnh" / "Sáng ngày 5/8, …"), or a headline's verb of meeting: never part of a
# name ("Kỳ Anh" is a place).
_TERM = re.compile(r"(?:Khóa|Khoá)\s+(?:[IVXLC]+|\d+)\b|(?:Kỳ|Kì)\s+họp\b|Nhiệm\s+kỳ\b|Lần\s+thứ\b"
                   r"|(?:Sáng|Chiều|Trưa|Tối|Đêm)\s+(?:ngày|nay|qua|hôm|mai|\d)"
                   r"|(?:Họp|Sơ kết|Tổng kết|Giao ban|Triển khai)\b"  # a headline's verb, capitalised: "Thành phố X Họp thành viên UBND"
                   r"|(?:Năm|Quý|Quí|Tháng|Ngày)\s+(?:\d|[IVX]+\b)"  # the period or date after a name ("… tỉnh Quí I", "… tỉnh" / "Năm 2020, …")
                   r"|" + PURPOSE)


def capitalised_run(text: str, limit: int) -> list[str]:
    """Leading words of `text` that start with a capital letter (a proper name), up to `limit`."""
    words: list[str] = []
    end = 0
    for at in re.finditer(r"\S+", text):
        w = at.group()
        if _TERM.match(text, at.start()) or (words and "\n" in text[end:at.start()]):
            break  # a name never runs on to the next line ("… MTTQ xã Phan" / "Những tin mới hơn")
        end = at.end()
        core = w.strip(",.;:()\"“”/!?…-–")  # "Tuy Phong./.", "Phạm Văn Cư- Chủ tịch": no part of a name
        if not core or not core[0].isupper() or core in _TITLE_WORDS or len(words) >= limit or w[0] == "(":
            break  # "Tân Mỹ (Trà Ôn)": the parenthesis is another place
        if core in ("Thị", "Thành") and re.match(r"\s+(?:trấn|xã|phố)\b", text[at.end():]):
            break  # "HĐND Thị trấn Mái Dầm": a level written with a capital, never the place "Thị"
        if core == "Thường" and re.match(r"\s+(?:vụ|trực)\b", text[at.end():]):
            break  # "Ban Thường vụ Tỉnh ủy": a body's standing board, never a place "Thường"
        words.append(core)
        if core != w:  # punctuation ends the name
            break
        if core == "Tối" and re.match(r"\s+cao\b", text[at.end():]):
            words[-1] = "Tối cao"  # "TAND Tối cao", "Viện KSND Tối cao": the supreme level, like the central one
            break
        if core == "Trung" and re.match(r"\s+ương\b", text[at.end():]):
            words[-1] = "Trung ương"  # "Công an Trung ương": the central level, one term in lower case after its capital
            if re.match(r"\s+ương\s+Đảng\b", text[at.end():]):
                words.append("Đảng")  # "Văn phòng Trung ương Đảng", "Ban Chấp hành Trung ương Đảng": the Party's centre
            break
    return words


def lead_text(doc: Document, paragraphs: int = 3) -> str:
    parts = [doc.text_of(doc.title)] if doc.title else []
    parts += [doc.text_of(p) for p in doc.paragraphs[:paragraphs]]
    return "\n".join(parts)
