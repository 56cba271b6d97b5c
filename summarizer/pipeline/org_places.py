"""Where a body's name stops short of its place and where the article gives it: the level and place written
after the name elsewhere ("Chi cục Thuế" → "Chi cục Thuế huyện Sơn Hòa"), the place a headline opens with,
the place the lead names at the body's level, the place written straight after the body ("Công an Cao Bằng"), the
level a headline leaves out ("Hội liên hiệp phụ nữ Nghi Thu" → "… phường Nghi Thu", `with_level`), and the remit
a generic head is written with ("Ban Chỉ đạo" → "Ban Chỉ đạo công tác Thông tin đối ngoại tỉnh", `remit_end`), and the
place a headline's short name gives the lead's full one (`with_headline_place`).

May import: `pipeline.bodies`, `pipeline.ingest`, `pipeline.lead`, `pipeline.lines`, `pipeline.places`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from summarizer.pipeline.bodies import (
    BODY_HEAD,
    BRACKETED,
    PARTY_COMMITTEE,
    capitalised,
    stands_for,
    titled_person,
)
from summarizer.pipeline.ingest import Document
from summarizer.pipeline.lead import capitalised_run, lead_text
from summarizer.pipeline.lines import breaks_between
from summarizer.pipeline.places import (
    HIGHLAND_SURNAMES,
    LEVEL_NAMES,
    LEVEL_WORD,
    LEVELS,
    LOCAL_LEVELS,
    SHORT_LEVEL,
    SURNAMES,
    ends_at_level,
    full_name,
    numbered,
    place_after,
    sole_place,
)
from summarizer.text import LOWER, UPPER

_ORG_HEAD = (r"(?:Ban Thường vụ |Thường trực |Ban Chấp hành )?(?:Thành ủy|Thành uỷ|Thị ủy|Thị uỷ|Huyện ủy|Huyện uỷ"
             r"|Tỉnh ủy|Tỉnh uỷ|Quận ủy|Quận uỷ|Đảng ủy|Đảng uỷ|Đảng bộ|UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)"
             r"(?:\s+(?:xã|phường|thị trấn|thị xã|thành phố|huyện|tỉnh|quận))?")
ORG = re.compile(_ORG_HEAD, re.IGNORECASE)


def with_place(doc: Document, org: str) -> str | None:
    """"Thị ủy" alone → "Thị ủy Mỹ Hào" when the article names it so elsewhere (byline, captions)."""
    if not ends_at_level(org) and any(w[0].isupper() or w[0].isdigit() for w in org.split()[1:]
                                      if w.lower() not in LEVELS):
        return org  # already has a place name, or a number ("Khối thi đua 13", "Sư đoàn 7")
    if re.search(r"\bcác\b", org):
        return org  # bodies of a kind ("Khối thi đua các sở, ngành kinh tế"): "… kinh tế Phát động …" is no place
    texts = [doc.text_of(doc.title) if doc.title else "", "\n".join(doc.text_of(p) for p in doc.paragraphs),
             "\n".join(doc.text_of(r) for r in doc.removed if r.reason != "related")]  # not other articles' places
    for text in texts:
        if place := named_after(text, org, lambda rest: place_after(rest) or numbered(org, rest) or level_place(rest)):
            return " ".join([org, *place])
    banner = _BANNER.match(doc.text_of(doc.title)) if doc.title and doc.text_of(doc.title).isupper() else None
    if banner and banner.group("org").lower() == org.lower():  # "HĐND XÃ SƠN VIÊN TỔ CHỨC KÌ HỌP THỨ 6"
        return f"{org} {banner.group('place').title()}"
    return org if len(org.split()) >= 2 else None


def named_after(text: str, org: str, find: Callable[[str], list[str]]) -> list[str]:
    return next(places_after(text, org, find), [])  # the first place after any mention ([] if none)


def places_after(text: str, org: str, find: Callable[[str], list[str]], flags: int = 0) -> Iterator[list[str]]:
    """Each place `find` reads after a mention of `org` in `text`, in order, on the mention's line."""
    return (p for m in re.finditer(re.escape(org) + r"\s+", text, flags)
            if not breaks_between(text, m.start(), m.end()) and (p := find(text[m.end():])))


def level_place(text: str) -> list[str]:
    """A body's level and place after its name, as the article writes them elsewhere: "Chi cục Thuế" is
    "Chi cục Thuế huyện Sơn Hòa" where a byline or a speaker's title names it so."""
    m = re.match(r"(" + LEVEL_NAMES + r")\s+(?=" + UPPER + ")", text)
    place = capitalised_run(text[m.end():], 3) if m else []
    return [m.group(1), *place] if place and not full_name(place) else []  # "tỉnh Hà Giang", not "tỉnh Hà Văn Thạch"


_LEVEL_AT = re.compile(r"\b(?=(?:" + LEVEL_NAMES + r")\s)")
_NAMES_LEVEL = re.compile(r"(?<!\w)(?:" + LEVEL_NAMES + r")(?!\w)(?!(?<=xã) hội)")  # "xã hội" is society, no commune


def first_level_place(text: str) -> list[str]:
    """The first level and place `text` names ("HĐND xã Hội An đã tổ chức giám sát" → xã Hội An)."""
    return next((p for m in _LEVEL_AT.finditer(text) if (p := level_place(text[m.start():]))), [])


# An all-caps headline "<CƠ QUAN> <CẤP> <ĐỊA DANH> <TỔ CHỨC|HỌP|…>": the place ends where the verb begins.
_BANNER = re.compile(r"^(?P<org>\S+(?:\s+\S+)?\s+(?:XÃ|PHƯỜNG|THỊ TRẤN|HUYỆN|TỈNH|QUẬN|THỊ XÃ|THÀNH PHỐ))\s+"
                     r"(?P<place>\S+(?:\s+\S+){0,2}?)\s+(?:TỔ CHỨC|HỌP|SƠ KẾT|TỔNG KẾT|GIAO BAN|TRIỂN KHAI)\b")

_HEADLINE_PLACE = re.compile(r"^(?:(?:H|TP|TX|Q|T)\.\s*|(?:TP|TX)\s+|(?:Huyện|Thị xã|Thành phố|Quận|Tỉnh|Xã|Phường)\s+)?"
                             r"(?P<place>" + UPPER + r"[\w]*(?:\s+" + UPPER + r"[\w]*){0,3})\s*(?:,[^:,]{1,30}){0,2}:(?!\d)")  # "Xã Ngũ Hiệp, Thanh Trì, Hà Nội: …", not "THỨ TƯ, 08/01/2020 16:43"

# A headline whose subject is a place: "6 tháng đầu năm 2018, Thạnh Phú thực hiện đạt …" (two
# capitalised syllables, the usual length of a place name, before a lower-case predicate).
_HEADLINE_SUBJECT = re.compile(r"^(?:[^,:]{0,40},\s*)?(?P<place>" + UPPER + r"\w+\s+" + UPPER + r"\w+)\s+" + LOWER)
_BODY_START = re.compile(BODY_HEAD)
_CREDITS = {"Theo", "Nguồn", "Ảnh", "Tin", "Bài", "Video", "Ngày", "Cập"}  # "Theo: Khắc Giang", "Ảnh: TL", "Ngày: 04/08/2022": a byline, a credit or a page date, no place
_NOT_PLACES = {"Khối", "Cụm", "Ngành", "Lực", "Đoàn", "Hội", "Ban", "Chi", "Đảng", "Họp",  # "Khối Nội chính tỉnh tổng kết …", "Họp Hội đồng …"
               "Toàn", "Cả", "Dự"}  # "Toàn Đảng bộ Khối … kết nạp …": the whole body; "Dự Hội nghị có …": the guests


def _headline_place(doc: Document) -> str | None:
    """The place a headline opens with ("Đakrông" in "H. Đakrông, Quảng Trị: …", "Thạnh Phú" in
    "6 tháng đầu năm 2018, Thạnh Phú thực hiện …"), if any."""
    lines = [doc.text_of(doc.title)] if doc.title else []
    lines += [line.strip() for line in doc.source.splitlines()[:3] if line.strip()]
    for line in lines:
        m = _HEADLINE_PLACE.match(line)
        if m and not ORG.match(m.group("place")) and m.group("place") not in _CREDITS:
            return m.group("place")
    title = doc.text_of(doc.title) if doc.title else ""
    m = _HEADLINE_SUBJECT.match(title)
    if m and not _BODY_START.match(title[m.start("place"):]) and m.group("place").split()[0] not in SURNAMES | _NOT_PLACES:
        return m.group("place")
    return None


_PLACELESS_ENDS = LEVELS | {"ủy", "uỷ", "TP"}  # "… huyện", "Huyện ủy", "HND TP": the name stops before its place


def complete(doc: Document, org: str) -> str:
    """A body named without its place ("Thường trực HĐND huyện") takes the headline's place."""
    words = org.split()
    if (len(words) == 1 or words[-1] in _PLACELESS_ENDS) and words[-2:-1] not in (["các"], ["những"]):  # lower case:
        # "Huyện ủy Châu Thành" ends in a name; "Cụm thi đua các quận" names several places, none to complete
        level = words[-1].lower()
        committee = level in ("ủy", "uỷ")  # "Huyện ủy", "Ban Dân vận Thành ủy"
        whole = " ".join(words[-2:]).lower() if words[-2:-1] and words[-2].lower() in ("thị", "thành") else level
        place = _headline_place(doc) or (_lead_place(doc, level) or sole_place(lead_text(doc, len(doc.paragraphs)), whole)
                                         if level in LEVELS else None) \
            or (_place_after_name(doc, r"(?<!\w)" + re.escape(org) + r"[ \t]+") if committee else None) \
            or (_bare_place(doc, words[:-1]) if len(words) > 2 or not committee else None) \
            or (sole_place(lead_text(doc, len(doc.paragraphs)), _COMMITTEE_LEVEL.get(words[-2].lower(), "-"))
                if committee and len(words) == 2 else None) \
            or (_place_after_name(doc, r"(?i:(?<!\w)" + re.escape(org) + r")[ \t]+") if len(words) > 2 else None)
        # "Huyện ủy" of the one "huyện Đô Lương" the article names ("Ban Dân vận Thành ủy" named with its place in the
        # chair's title; "Thành ủy" alone: "Thành" is no body's head); last, the name in other letter case with its
        # place ("Hội sinh vật cảnh huyện Lục Ngạn" in a caption)
        if place:  # "Công an TP" + "TP.HCM" is "Công an TP.HCM": the level written once
            return f"{' '.join(words[:-1]) if place.startswith(words[-1] + '.') else org} {place}"
    return org


def sector_place(doc: Document, org: str) -> str:
    """A department named without its place ("Sở Y tế") takes the place its sector is named with ("ngành Y tế
    Bạc Liêu"): a Sở heads its province's ngành of the same name, and reporters name the sector by its province."""
    m = re.match(r"Sở\s+(\S.*)$", org)
    if not m or any(w.lower() in LEVELS for w in org.split()[1:]):
        return org
    sector = r"(?i:\bngành\s+" + re.escape(m.group(1)) + r")[ \t]+(?=\S)"
    place = _place_after_name(doc, sector) or next(  # "ngành Xây dựng tỉnh Kon Tum": its level too
        (" ".join(p) for s in re.finditer(sector, doc.source) if (p := level_place(doc.source[s.end():]))), None)
    return f"{org} {place}" if place else org


def _bare_place(doc: Document, head: list[str]) -> str | None:
    """"Công an tỉnh" is "Công an tỉnh Cao Bằng" where the article writes "(lực lượng) công an Cao Bằng": reporters shorten so."""
    return _place_after_name(doc, r"(?i:(?<!\w)" + re.escape(" ".join(head)) + r")\s+") if head else None


def _place_after_name(doc: Document, name: str) -> str | None:
    """The place name written right after the first mention matching the pattern `name` that has one, on its line
    (never a person's name, a title holder's, a level or another body, nor the word after a caption's end, nor in
    an all-capitals banner, which does not show where a place would end)."""
    for m in re.finditer(name, doc.source):
        if "\n" in m.group(0) or doc.source[m.end():m.end() + 1] in ("\n", "\r") or m.group(0).isupper():
            continue
        run = capitalised_run(doc.source[m.end():], 3)
        if run and not full_name(run) and not titled_person(run, doc.source[:m.start()]) \
                and run[0].lower() not in LEVELS and not _BODY_START.match(run[0]) \
                and not re.match(r"(?i)(?:việt\s+nam|trung\s+ương)\b", doc.source[m.end():]):  # "Việt nam" too
            return " ".join(run)
    return None


def _lead_place(doc: Document, level: str) -> str | None:
    """The place the title or lead names at the body's level ("… huyện" → "Thường Tín" from "Huyện ủy
    Thường Tín" or "huyện Thường Tín")."""
    lead = lead_text(doc, 2)
    for m in re.finditer(rf"\b{level}(?:\s+(?:ủy|uỷ|(?-i:đoàn)))?\s+", lead, re.IGNORECASE):
        if m.group(0).isupper() or breaks_between(lead, m.start(), m.end()) or re.search(r"\b(?:các|những)\s+$", lead[:m.start()]):
            continue  # an all-caps banner ("HĐND XÃ SƠN VIÊN TỔ CHỨC …") does not show where the name ends; "các tỉnh
            # Hà Giang, Bắc Cạn" lists guests' places
        place = place_after(lead[m.end():])
        if place and not ORG.match(place[0]) and not titled_person(place, re.sub(r"\S+\s*$", "", lead[:m.start()])):
            return " ".join(place)  # not "Phó Chủ tịch UBND tỉnh Nguyễn Dung": a title holder's name
    return None


def headline_place(doc: Document) -> str | None:
    """Last resort: the place a headline opens with, at the level the article writes it ("Vĩnh Thạnh tổng kết
    công tác phòng chống lụt bão" with "huyện Vĩnh Thạnh" in the text): a district's or commune's own review is
    headlined by its name alone, and the place is who held it; a city's or town's level may be written short ("TP.Thủ Dầu Một")."""
    place = _headline_place(doc)
    m = re.search(r"(?:(?i:\b(?:" + LEVEL_NAMES + r"))\s+|\b" + SHORT_LEVEL.pattern + r")" + re.escape(place) + r"\b", doc.source) \
        if place else None
    return capitalised(m.group(0)) if m else None


def small_letter_place(doc: Document, org: str) -> list[str]:
    """The level and place written after the name in other letter case, as reporters also write a body
    mid-sentence ("hội người mù huyện Đô Lương" for "Hội người mù", "Hội văn học Nghệ thuật tỉnh Lạng Sơn" for
    "Hội Văn học Nghệ thuật"), where every such mention gives the same one: "hội đồng đội tỉnh Nghệ An" beside
    "hội đồng đội huyện Nghĩa Đàn" names two bodies, neither for sure."""
    places = {tuple(p) for p in places_after(doc.source, org, level_place, re.IGNORECASE)}
    return list(places.pop()) if len(places) == 1 else []


def with_level(doc: Document, org: str) -> str:
    """A body named without its level in the lead ("Khối thi đua Văn hóa- Xã hội", "Đảng bộ Cục Thuế") that
    the article names with it elsewhere ("Khối thi đua Văn hóa- Xã hội tỉnh gồm 10 đơn vị") is named so, with
    the place too where one follows the level ("Chi cục Thuế huyện Sơn Hòa" in a speaker's title); a department named
    bare takes its sector's place (`sector_place`)."""
    if _NAMES_LEVEL.search(org.partition(" ")[2]):  # lower case: "Văn hóa- Xã hội" names no level; nor do
        return org  # "Chính sách xã hội", "Quản lý thị trường"
    if levelled := _level_before_place(doc, org):
        return levelled
    if place := named_after(doc.source, org, level_place) or small_letter_place(doc, org):
        return " ".join([org, *place])
    m = next((m for m in re.finditer(re.escape(org) + r"\s+(" + LEVEL_WORD + r")\b(?!\s*\d)", doc.source, re.IGNORECASE)
              if not re.match(r"\s*(?-i:" + UPPER + ")", rest := doc.source[m.end():]) or rest.split()[0] in HIGHLAND_SURNAMES),
             None)  # the level alone: no place after it, or a Jrai head's name ("Chủ tịch Hội CCB tỉnh Nay Hứ đề nghị …")
    return f"{org} {m.group(1)}" if m else sector_place(doc, org)


def _level_before_place(doc: Document, org: str) -> str | None:
    """A headline shortens the body's name ("Hội liên hiệp phụ nữ Nghi Thu sơ kết …") that the lead writes whole,
    with its level before the place ("Hội liên hiệp phụ nữ phường Nghi Thu"): the whole name is the body's."""
    words = org.split()
    for k in range(len(words) - 1, 0, -1):
        if not words[k][:1].isupper() or not all(w[:1].isupper() for w in words[k:]):
            break
        head, place = r"\s+".join(map(re.escape, words[:k])), r"\s+".join(map(re.escape, words[k:]))
        m = re.search(rf"(?<!\w){head}\s+({LOCAL_LEVELS})\s+{place}(?!\w)", doc.source, re.IGNORECASE)
        if m:
            return f"{' '.join(words[:k])} {m.group(1).lower()} {' '.join(words[k:])}"
    return None


_BCH = re.compile(r"^(?:Ban Chấp hành|BCH)\s+Đảng bộ\s+(?P<level>huyện|tỉnh|thành phố|thị xã|quận)\s+(?P<name>.+)$", re.I)
_COMMITTEE = {"huyện": "Huyện ủy", "tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "thị xã": "Thị ủy", "quận": "Quận ủy"}
_COMMITTEE_LEVEL = {head.split()[0].lower(): level for level, head in _COMMITTEE.items()}  # "Huyện ủy" → "huyện"

# A committee's name holds its level once: "Huyện ủy huyện Vũ Thư" is the Huyện ủy Vũ Thư ("Quận ủy quận 3" keeps its number's).
_LEVEL_TWICE = re.compile(r"^((?:Ban Thường vụ |Thường trực )?(?P<l>Huyện|Tỉnh|Thị|Thành|Quận) (?:ủy|uỷ)) (?P=l)(?: xã| phố)? (?=" + UPPER + ")", re.I)
_TYPED_TWICE = re.compile(r"(?<!\w)(" + LEVEL_NAMES + r") \1(?!\w)", re.I)  # "HĐND phường phường Đoàn Kết": a slip of the keys


def level_once(org: str, source: str = "") -> str:
    """A committee named with its level twice ("Huyện ủy huyện Vũ Thư"), or a level typed twice ("HĐND phường phường"), once;
    so a place's syllable typed twice ("HĐND xã Dương Dương Phong") where the article writes the place once elsewhere."""
    words = _TYPED_TWICE.sub(r"\1", _LEVEL_TWICE.sub(r"\1 ", org)).split()
    twice = next((i for i in range(1, len(words)) if words[i] == words[i - 1] and words[i][:1].isupper() and re.search(
        r"(?<!\w)(?<!" + re.escape(words[i]) + r" )" + re.escape(" ".join(words[i:])) + r"(?!\w)(?![ \t]+" + re.escape(words[i]) + r"(?!\w))", source)), None)
    return " ".join(words[:twice] + words[twice + 1:] if twice else words)


def committee_name(doc: Document, org: str) -> str:
    """"Ban Chấp hành Đảng bộ huyện X" is the Huyện ủy X: named so when the article names it so."""
    m = _BCH.match(org)
    if not m:
        return org
    head = _COMMITTEE[m.group("level").lower()]
    named = re.compile(rf"{head[:-3]}\s+(?:ủy|uỷ)\s+{re.escape(m.group('name'))}\b", re.IGNORECASE)
    return f"{head} {m.group('name')}" if named.search(doc.source) else org


# Where a name ends: the words a holder's or a body's name takes or leaves at its end.
def placeless(name: str) -> bool:
    """A name with no level that ends in initials or a lower-case word ("Hội Liên hiệp VHNT", "Hội Nông dân"): nothing
    in it is a place, where a capitalised last word may be one ("Đài Phát thanh và Truyền hình Long An")."""
    words = name.split()
    return not any(w in LEVELS for w in words) and (words[-1].isupper() or words[-1].islower())


def place_on_line(text: str, name: str) -> list[str]:
    """The first place written after `name` on the same line: a line break ends the name ("… tại Sở Nông nghiệp và
    phát triển nông thôn\n\nMặc dù …")."""
    return next((p for m in re.finditer(re.escape(name) + r"[ \t]+", text) if (p := place_after(text[m.end():]))), [])


def level_end(org: str) -> str:
    """A level is followed by its place's name, which is capitalised: a lower-case word after it is the sentence's
    ("Hội LHPN huyện gắn tổ chức …" is "Hội LHPN huyện"), unless it makes the level's own body ("xã đoàn", "xã đội")."""
    words = org.split()
    if len(words) > 2 and words[-2] in _LEVEL_BEFORE and words[-1][:1].islower() and words[-1] not in _LEVEL_BODIES:
        return " ".join(words[:-1])
    # the genre's predicates after a body and its place ("Đảng ủy xã Bông Krang tổng kết việc …") and a session's own
    # word after a council's level ("kỳ họp HĐND huyện thường lệ giữa năm") are the sentence's, never the name's
    m = _PREDICATE_AFTER.search(org)
    return org[: m.end("name")] if m else org


_LEVEL_BEFORE = {"tỉnh", "huyện", "quận", "xã", "phường", "phố", "trấn"}
_PREDICATE_AFTER = re.compile(r"(?P<name>\s(?:" + "|".join(sorted(_LEVEL_BEFORE)) + r")(?:\s+(?:" + UPPER + r"|\d)\S*)*)\s+"
                              r"(?:tổng kết|sơ kết|tổ chức|triển khai|khai mạc|thường lệ|họp)\b")
_LEVEL_BODIES = LEVELS | {"đoàn", "đội", "ủy", "uỷ", "hội"}


_INITIALS = r"[ \t]*" + BRACKETED + r"[ \t]+"
_PARTY_COMMITTEE = re.compile(PARTY_COMMITTEE + r"(?!\w)")


def over_initials(doc: Document, org: str) -> str:
    """A name the article first writes with its initials in brackets goes on after them: "Đoàn Thanh niên (ĐTN)
    Công an tỉnh" is "Đoàn Thanh niên Công an tỉnh", "Ủy ban Kiểm tra (UBKT) Tỉnh ủy" the Tỉnh ủy's: reporters
    introduce a short form right after the words it stands for, before the rest of the name."""
    if spelt := next((m for m in re.finditer(r"(?<!\w)" + re.escape(org) + r"((?:[ \t]+" + LOWER + r"+){1,3})[ \t]*(" + BRACKETED + ")", doc.source)
                      if stands_for((org + m.group(1)).split(), m.group(2))), None):  # "Trung tâm Trợ giúp" + " pháp lý (TGPL)"
        org += spelt.group(1)  # the lower-case words its initials spell out are the name's
    m = re.search(r"(?<!\w)" + re.escape(org) + _INITIALS, doc.source)
    if not m:
        return org
    rest = doc.source[m.end():]
    if committee := _PARTY_COMMITTEE.match(rest):
        return " ".join([org, committee.group(0), *place_after(rest[committee.end():])])
    level = re.match(r"(?i:" + LEVEL_NAMES + r")(?![\w.])(?![ \t]+" + UPPER + ")", rest)  # "(TGPL) tỉnh đã …": the level alone
    return " ".join([org, *(level_place(rest) or place_after(rest) or ([level.group(0)] if level else []))])


# A generic head names no one body until its remit or kind follows: "Ban Chỉ đạo" is any of a province's steering
# committees ("Ban Chỉ đạo công tác Thông tin đối ngoại tỉnh"), "Đảng bộ Khối" any of its blocs ("Đảng bộ Khối các
# cơ quan tỉnh"), "Chi bộ" any cell ("Chi bộ xóm Sòng"). Such a name is written in lower-case words up to its level,
# so it is read on to the first level (and the place after it); an association is named by its members before its
# place ("Hội người mù Quảng Nam"). A word of the sentence (a verb, a time, a preposition) ends the search.
_GENERIC = re.compile(r"(?i:Ban chỉ đạo(?: công tác)?|BCĐ|Chi bộ|Đảng (?:bộ|ủy|uỷ)(?: Khối)?|Hội|Trung tâm|(?:Cụm|Khối) thi đua)")
_NOT_NAME = (r"(?!(?:đã|vừa|đang|sẽ|tổ|chức|họp|tổng|sơ|kết|triển|khai|đánh|giá|đạt|có|là|của|cho|với|tại|trong|được"
             r"|nghị|năm|tháng|quý|đến|dự|hiện|gồm|về|nhằm|để|cấp|kịp|tiếp|tục|ban|hành)\b)")
_TO_LEVEL = re.compile(r"((?:[ \t]+(?:" + _NOT_NAME + r"[^\s,.;:()\d]+|" + BRACKETED + r")){0,12}?)[ \t]+(" + LEVEL_NAMES
                       + r"|xóm|(?<!nông )thôn|ấp)(?!\w)")  # "nông thôn" is the countryside, no hamlet
_COMPANY = re.compile(r"(?:Đảng bộ\s+)?(?:Tổng\s+)?[Cc]ông ty\b")  # a company, or its Party committee
_MEMBERS = re.compile(r"((?:[ \t]+" + _NOT_NAME + LOWER + r"+){1,4})[ \t]+(?=" + UPPER + ")")


# A national bank's or agency's branch is named by the parent and the branch's place ("Ngân hàng Nhà nước chi nhánh
# Vĩnh Phúc", "Agribank chi nhánh huyện X"): the branch, not the parent, reviews the province's year.
_BRANCH = re.compile(r"[ \t]*[–-]?[ \t]*(?i:chi nhánh)(?:[ \t]+(?:" + LEVEL_NAMES + r"))?(?=[ \t]+" + UPPER + ")")


def remit_end(doc: Document, org: str) -> str:
    """A generic head alone ("Ban Chỉ đạo", "Đảng bộ Khối", "Hội") read on to the full name the article writes it with;
    so is a company named by its trade and no place yet ("Công ty CP Kinh doanh" + "nước sạch Hải Dương"), and a
    parent whose branch the article names ("Ngân hàng Nhà nước" + "chi nhánh Vĩnh Phúc")."""
    for m in re.finditer(r"(?<!\w)" + re.escape(org) + r"(?!\w)", doc.source):
        if (branch := _BRANCH.match(doc.source, m.end())) and (place := place_after(doc.source[branch.end():])):
            return " ".join([org, *branch.group().split(), *place])
    company = bool(_COMPANY.match(org)) and org.split()[-1][:1].islower()
    if not company and not _GENERIC.fullmatch(org):
        return org
    words = 2 if company else 4 if org.lower() == "hội" else 0  # the lower-case words of a trade or an association's members
    for m in re.finditer(r"(?<!\w)" + re.escape(org) + r"(?!\w)", doc.source, re.IGNORECASE):
        rest = doc.source[m.end():]
        if not company and (run := _TO_LEVEL.match(rest)):
            place = place_after(rest[run.end():])
            if place or not re.match(r"[ \t]+" + UPPER, rest[run.end():]):  # "… huyện Trần Văn Hai": a person, no place
                name = re.sub(r"[ \t]+" + BRACKETED, "", doc.source[m.start():m.end()] + run.group(1))  # its initials
                return " ".join([name, run.group(2), *place])  # ("… nông thôn mới (NTM) huyện …") are no part of it
            continue
        if words and (run := _MEMBERS.match(rest)) and len(run.group(1).split()) <= words and (place := place_after(rest[run.end():])):
            return " ".join([doc.source[m.start():m.end()] + run.group(1), *place])
    return org


_SHORT_LEVEL = {"tp": "thành phố", "tx": "thị xã"}


def with_headline_place(lead: str, headline: str) -> str | None:
    """The lead's full name ending in its level, with the place the headline's short name gives at that level
    ("Mặt trận TP.Hội An sơ kết …" over "Ủy ban MTTQ Việt Nam thành phố tổ chức …")."""
    level = re.search(r"\s(" + LEVEL_WORD + r")$", lead)
    place = re.search(r"(?:^|\s)(" + LEVEL_WORD + r"|TP|TX)\.?\s*(" + UPPER + r"\w*(?:\s+" + UPPER + r"\w*){0,3})$", headline)
    if level and place and _SHORT_LEVEL.get(place.group(1).rstrip(".").lower(), place.group(1).lower()) == level.group(1).lower():
        return f"{lead} {place.group(2)}"
    return None


# A commune's, ward's or township's name ends at its place: the district, town or city written after it is its
# address ("Đảng bộ phường Nghi Tân TX Cửa Lò", "HĐND Thị trấn Hùng Quốc huyện Trà Lĩnh", "Đảng ủy phường Hòa Hưng TPHCM").
_ADDRESSED = re.compile(r"^(?P<org>.*?\b(?i:xã|phường|thị trấn)\s+(?:" + UPPER + r"\w*\s*){1,3}?)\s*[–,-]?\s*"
                        r"\b(?:TX|TP|Tp|H\.|Q\.|(?i:thị xã|thành phố|huyện|quận|tỉnh))\.?\s*(?:" + UPPER + r"\w*\s*)*$")


def without_address(org: str) -> str:
    """The name of a commune-level body without the higher levels its article writes after it."""
    m = _ADDRESSED.match(org)
    return m.group("org").strip() if m else org
