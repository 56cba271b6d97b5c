"""Where a body's name ends when the article cuts it after a capitalised syllable: never inside a word. Standard
names capitalise only the first syllable of each word ("Tổng cục Dạy nghề", "Chi nhánh Ngân hàng Chính sách xã
hội"), so a name read as a run of capitals can stop mid-word; the word segmenter and the article's other uses of the
syllable say where the word ends.

May import: `pipeline.bodies`, `pipeline.ingest`, `pipeline.lead`, `pipeline.places`, `pipeline.words`, `text`.
"""

from __future__ import annotations

import re

from summarizer.pipeline.bodies import COMMITTEE_LEVELS, titled_person
from summarizer.pipeline.ingest import Document
from summarizer.pipeline.lead import capitalised_run
from summarizer.pipeline.places import LEVEL_NAMES, LEVELS, SHORT_LEVELS, full_name, numbered
from summarizer.pipeline.words import tagged
from summarizer.pipeline.words import words as segment
from summarizer.text import LOWER, UPPER, either_case_start

# "Ban Quản lý Khu di tích Ngã ba Đồng Lộc", "Ban quản lý Khu kinh tế mở Chu Lai": a zone's kind in lower case, then its
# place's name (which may hold one lower-case word: "Ngã ba Đồng Lộc").
_ZONE = r")((?:[ \t]+" + LOWER + r"+){1,3}(?:[ \t]+" + UPPER + r"\w*)+(?:[ \t]+" + LOWER + r"+(?:[ \t]+" + UPPER + r"\w*)+)?)"
_HEADS = ("Trường", "Sở", "Cục", "Viện", "Phòng", "Ban")  # a head, then its name's first syllable: "Trường Chính" + "trị"


def _initials(word: str) -> bool:
    return len(word) > 1 and word.isupper()  # "ATGT"; a one-letter word ("Hội Y" + "học") may go on


def _ends_a_place(words: list[str]) -> bool:
    """Whether a name's last capitalised syllable ends a place: after a level ("huyện Ninh Phước tổ chức"), or after
    another capitalised word of a longer name ("Ban Đại" + "diện" is a head's). After a lower-case word, initials
    ("Ủy ban ATGT Quốc" + "gia", not a level's "TP") or a head ("Đảng bộ Trường Chính" + "trị") a word may go on."""
    before = words[-2]
    goes_on = before[:1].islower() or _initials(before) and before.lower() not in SHORT_LEVELS or before in _HEADS
    return before in LEVELS or (len(words) > 2 or words[0].lower() in LEVELS) and not goes_on


def compound_end(doc: Document, org: str) -> str:
    """A name cut after one capitalised syllable that the article writes, every time and at least twice, with the
    same lower-case syllable after it ("Tổng cục An" + "ninh", "Cục Hàng" + "hải"): standard names are compounds
    with only their first syllable capitalised, and a verb after a name would vary. The syllable is the name's."""
    words = org.split()
    if len(words) >= 2 and words[-1] in COMMITTEE_LEVELS and re.search(
            r"(?<!\w)" + re.escape(org) + r"[ \t]+(?:ủy|uỷ)\b", doc.source):
        return f"{org} ủy"  # "Ban Dân vận Huyện" + "ủy": the level's Party committee, named so in every province
    if len(words) >= 3 and words[-1][:1].islower():
        return lower_run_end(doc, org)  # "Ban Quản lý" + "rừng phòng hộ huyện Mường Lát"
    if len(words) < 2 or not words[-1][:1].isupper() or _initials(words[-1]) or _ends_a_place(words):
        return org
    if words[-1] == "Khu" and (zone := re.search(r"(?<!\w)(?i:" + re.escape(org) + _ZONE, doc.source)):
        return org + " " + " ".join(zone.group(1).split())  # a zone is named by its kind and place, never "Khu" alone
    if (whole := whole_word(doc, org)) != org:
        return whole  # the segmenter's word, and the capitalised words after it ("Viện Cây" + "lương thực và Cây …")
    after = [m.group(1) for m in re.finditer(r"(?<!\w)" + re.escape(org) + r"(?!\w)[ \t]*(\w*)", doc.source)]
    if len(after) < 2:  # once as the name: the pair in any letter case, when the article writes it as a common noun too
        pairs = list(re.finditer(r"(?<!\w)(?i:" + re.escape(words[-1]) + r")(?!\w)[ \t]*(\w*)", doc.source))
        if any(m.group(0).islower() for m in pairs):  # "cơ sở dạy nghề", "Tổng cục Dạy nghề"
            after = [m.group(1) for m in pairs]
    if len(after) >= 2 and len(set(after)) == 1 and after[0][:1].islower() and after[0] not in LEVELS:
        return f"{org} {after[0]}"
    return org


def whole_word(doc: Document, org: str) -> str:
    """A name never ends inside a word: "Chi nhánh Ngân" + "hàng Chính sách xã hội tỉnh" is "Chi nhánh Ngân hàng
    Chính sách xã hội tỉnh", "Tổng Công ty Đường" + "sắt Việt Nam" is "Tổng Công ty Đường sắt Việt Nam". A standard
    name capitalises only the first syllable of each word, so a name cut after a capital can end mid-word; the
    word segmenter (`pipeline.words`) says where the word ends, also in a name begun in lower case, and the name goes
    on over its next capitalised words, a dash, a level and a district's number ("phòng Giáo dục - Đào tạo Quận 11").
    Where the segmenter reads the name's places apart, the shortest word wins: a headline's "Tập đoàn kết nạp" is
    a verb glued on by the segmenter, which the lead's "Tập đoàn đã …" sets right."""
    last = org.split()[-1] if org.split() else ""
    if not last[:1].isupper() or _initials(last):
        return org
    rests: dict[str, re.Match[str]] = {}  # each different clause after the name, read by the segmenter once
    for found in re.finditer(either_case_start(org) + r"(?=[ \t]+" + LOWER + r")", doc.source):
        rests.setdefault(_clause_after(doc, found), found)
    read = [(m, segment(last + rest)) for rest, m in rests.items()]
    m, words = min(read, key=lambda r: len(r[1][0]) if r[1] else 0, default=(None, []))
    if not words or words[0] == last:
        return org  # the name ends with its word: what follows is not its
    return org[: -len(last)] + " ".join(_read_on(words, doc.source[: m.start()]))


def _clause_after(doc: Document, found: re.Match[str]) -> str:
    """What the article writes after a name, to the end of its clause: the words the segmenter reads the name on over."""
    return re.split(r"[\n,.;:()]", doc.source[found.end():found.end() + 200], maxsplit=1)[0]


def _read_on(words: list[str], before: str) -> list[str]:
    """The name's words from its first (`words[0]`, the word its last syllable begins): on over the next capitalised
    words, a dash or "và" before a capital, a level, a district's number and the lower-case words a place closes
    (`_lower_run`); never into a titled head's name (`before` is the text before the name)."""
    out, i = [words[0]], 1
    while i < len(words):
        word = words[i]
        joins = word in ("và", "-", "–") and words[i + 1 : i + 2] and words[i + 1][:1].isupper()  # "… lương thực và Cây thực phẩm"
        if not (word[:1].isupper() or re.fullmatch(LEVEL_NAMES, word.lower()) or joins or numbered(out[-1], word)):
            if not (lower := _lower_run(words[i:])):
                break
            out, i = out + lower, i + len(lower)  # "Chi cục Quản lý" + "thị trường" + "tỉnh"
            continue
        run = capitalised_run(" ".join(words[i:]), 5)
        if full_name(run) and titled_person(run, before):
            break  # "Tổng cục trưởng Tổng cục Lâm" + "nghiệp Nguyễn Quốc Trị": the titled head's name ends it
        out.append(word)
        i += 1
    return out


# A name's function words in lower case end where its place begins: a level ("Chi cục Quản lý thị trường tỉnh"), a
# place's name ("Hiệp hội Vận tải ô tô Nghệ An") or the centre ("Trung tâm Dự báo khí tượng thủy văn trung ương").
_RUN_ENDS = ("trung ương", "quốc gia")
_NOT_NAME = {"năm", "tháng", "quý", "ngày", "sáng", "chiều", "tối", "hội nghị", "kỳ họp", "công tác", "nhiệm kỳ", "lần", "thứ",
             "khóa", "khoá"}  # a time, a meeting, a term: what a sentence says of the body, not its name


def _lower_run(words: list[str]) -> list[str]:
    """The lower-case words that go on a name after its capitalised word ("Chi cục Quản lý" + "thị trường"): up to
    three, nouns or a verb used as one ("Ban Quản lý dự án đầu tư xây dựng"), never a time or meeting word, and a noun
    first, where a level, a place's name or "trung ương" follows or ends them. A standard name capitalises only the
    first syllable of its function ("Trung tâm Dự báo khí tượng thủy văn"), so its lower-case words are told by what
    they are and by the place that closes the name, never by case."""
    for n in range(1, min(3, len(words)) + 1):
        run, after = words[:n], words[n : n + 1]
        if any(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _NOT_NAME or re.fullmatch(LEVEL_NAMES, w.lower())
               for w in run):
            return []
        if run[-1] in _RUN_ENDS or after and (re.fullmatch(LEVEL_NAMES, after[0].lower())
                                              or after[0][:1].isupper() and not _initials(after[0])):
            text = " ".join(run)
            tags = tagged(text + " " + " ".join(after))
            inside = [t for a, _, t in tags if a < len(text)]
            return run if inside[0] == "N" and all(t in ("N", "Np", "V") for t in inside) else []
    return []


def lower_run_end(doc: Document, org: str) -> str:
    """A name ending in a capitalised word of two syllables ("Ban Quản lý") goes on over the lower-case words the
    article writes after it, to the place that closes them ("Ban Quản lý rừng phòng hộ huyện Mường Lát"): `_lower_run`."""
    pieces = org.split()
    if len(pieces) < 3 or not pieces[-2][:1].isupper() or not pieces[-1][:1].islower() or _initials(pieces[-2]):
        return org
    found = re.search(either_case_start(org) + r"(?=[ \t]+" + LOWER + r")", doc.source)
    if not found:
        return org
    rest = _clause_after(doc, found)
    words = segment(" ".join(pieces[-2:]) + rest)
    if not words or words[0] != " ".join(pieces[-2:]) or not _lower_run(words[1:]):
        return org  # the name's last word is not the two syllables ("Nông dân"), or no place closes what follows
    return " ".join([*pieces[:-2], *_read_on(words, doc.source[: found.start()])])


def supreme_end(doc: Document, org: str) -> str:
    """"Viện Kiểm sát nhân dân" + "tối cao", "Tòa án nhân dân" + "tối cao": the two supreme bodies' names end in
    lower case, and the article that writes them so means the supreme body, not a province's."""
    if re.search(r"nhân dân$", org, re.IGNORECASE) and re.search(r"(?<!\w)" + re.escape(org) + r"[ \t]+tối cao\b", doc.source):
        return f"{org} tối cao"
    return org
