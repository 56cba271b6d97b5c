"""Place names after a body's keyword: where a body's name ends and a place, a unit or a person's
name begins ("Huyện ủy Châu Thành", "Đảng ủy Quân sự tỉnh", "Chủ tịch UBND huyện Nguyễn Văn A").

May import: `pipeline.lead`, `pipeline.lines`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from summarizer.pipeline.lead import capitalised_run
from summarizer.pipeline.lines import breaks_between
from summarizer.text import LEVEL_NAMES, LOWER, UPPER

# The commonest Vietnamese family names: in "Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn chủ trì" the
# place ends where the chair's name begins.
SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Đinh", "Lương", "Trương", "Đào", "Mai", "Tạ", "Hà", "Lưu", "Cao", "Chu",
            "Tô", "Tăng", "Phùng", "Vương", "Quách", "Kiều", "Lại", "Doãn", "Khổng", "Trịnh",
            "Tống", "Thân", "Khúc", "Nghiêm", "Mạc", "Lã", "Hứa", "Diệp",
            # the commonest family names of the northern and highland peoples (Tày, Nùng, Thái, Hmông, Dao); not those
            # that are also a syllable of a place ("Nông" of Tam Nông, "Sầm" of Sầm Sơn, "Lục" of Lục Nam, "Tôn" of Tri Tôn)
            "Ma", "Lò", "Lường", "Quàng", "Bế", "Đàm", "Giàng", "Thào", "Sùng", "Vàng", "Mùa", "Lầu", "Cầm", "Tòng",
            "Hầu", "Triệu", "Lữ"}
# The Central Highlands' peoples' family names (Jrai, Bahnar): no place's syllable, and a name of two words is common
# ("Chủ tịch Hội CCB tỉnh Nay Hứ đề nghị …", "Đồng chí Siu Luynh"), so two words after one are a person's name too.
HIGHLAND_SURNAMES = {"Nay", "Ksor", "Siu", "Kpă", "Rahlan", "Puih", "Rơ"}
SURNAMES |= HIGHLAND_SURNAMES


def drop_person(org: str, titled: bool = True) -> str:
    """Cut a trailing person's name (3-4 capitalised words from a family name) off a body's name; two
    such words are a place more often than a name ("Huyện đoàn Cao Phong"). Unless the body was named
    with a title before it (`titled`: "Chủ tịch UBND huyện Nguyễn Văn A chủ trì"), a name right after
    its level is a place named after a person ("Ủy ban MTTQ Việt Nam huyện Trần Văn Thời tổ chức")."""
    words = org.split()
    if titled and (nation := _nation_end(words, 1, len(words) - 2)):  # "Chủ tịch Hội CCB Việt Nam Trần Hanh chủ trì"
        return " ".join(words[:nation])
    for i in range(2, len(words) - 1):
        tail = words[i:]
        if not titled and words[i - 1].rstrip(".").lower() in LEVELS | SHORT_LEVELS \
                and words[i] not in HIGHLAND_SURNAMES:  # "TP. Hồ Chí Minh"; no place is named after a Jrai's name
            continue
        if _SCHOOL.search(" ".join(words[:i])):  # "Trường THCS Lê Khắc Cẩn": schools are named after people
            continue
        run = next((tail[:k] for k, w in enumerate(tail) if not w[0].isupper()), tail)  # the name, up to a small word
        if words[i] in SURNAMES and full_name(run) and len(run) <= 4 and " ".join(run[:3]) not in _NAMED_PLACES:
            return " ".join(words[:i])  # "… Thành ủy Nguyễn Văn Quảng phát biểu chỉ đạo": the name, then what they did
    return org


# A school's grade after "Trường": the name that follows is the school's, most often a person's ("Trường THCS Lê Lợi").
SCHOOL_GRADE = (r"(?:TH|THCS|THPT|TH\s*&\s*THCS|THCS\s*&\s*THPT|PTDTBT(?:\s+\S+)?|PTDTNT(?:\s+\S+)?|MN|Mầm non|"
                r"Tiểu học|Trung học cơ sở|Trung học phổ thông)")
_SCHOOL = re.compile(r"\b[Tt]rường\s+" + SCHOOL_GRADE + "$")
_NAMED_PLACES = {"Hồ Chí Minh", "Trần Văn Thời"}  # places named after a person: three capitalised words from a family name
_PLACE_SURNAMES = {"Thái", "Nông", "Sầm", "Lục", "Tôn"}  # family names kept out of SURNAMES as they open places too
# What a titled person does at a meeting, right after their name or their body's ("… Thái Thanh Quý đánh giá").
SAYS = r"(?:chỉ đạo|đánh giá|phát biểu|chủ trì|kết luận|cho biết|nhấn mạnh|khẳng định|nêu rõ|yêu cầu|đề nghị)\b"
_SPEAKS = re.compile(r"\s+" + SAYS)


# A bloc named by its one-word parts joined with dashes ("Đảng ủy Khối Dân - Chính - Đảng TPHCM").
_DASHED = re.compile(r"^\s*[-–]\s*" + UPPER + r"\w*(?=[\s,.;:]|$)")


# The police's branches by their line of work ("Phòng Cảnh sát đường thủy", "Cảnh sát PCCC và CNCH"), named so in every province.
_FIRE = r"[Pp]hòng cháy,?(?: và)? chữa cháy"  # fire prevention and fighting, however a page joins its two halves
_POLICE_BRANCH = (r"Cảnh sát (?:giao thông(?: đường thủy)?|đường thủy|hình sự|kinh tế|điều tra|cơ động|môi trường|quản lý hành chính"
                  r"|" + _FIRE + r"(?: và cứu nạn,? cứu hộ)?|PCCC(?: và CNCH)?)")
# Standard unit names written, as Vietnamese writes compounds, with only their first syllable capitalised
# ("Đảng ủy Quân sự tỉnh", "Công ty Điện lực Tuyên Quang", "Ban Chỉ huy Biên phòng"): the same in every
# province, and a lower-case syllable would otherwise end the name at "Quân" ("Đảng ủy Lữ đoàn", not "Đảng ủy Lữ").
UNIT = (r"(?:Quân sự|Biên phòng|Điện lực|Kinh tế|Cảnh sát biển|" + _POLICE_BRANCH + r"|Cảnh sát|Hải quan|Dân vận|Tuyên giáo|Nội chính|Kiểm tra"
         r"|Công an|" + _FIRE + r"|Thi hành án dân sự|An toàn giao thông|Thi đua|Cấp nước|Môi trường|Công nghiệp|Hậu cần|Kỹ thuật|Tham mưu|Chính trị"
         r"|Tư pháp|Tư lệnh|Văn h(?:óa|oá)|Văn học|Khoa học|[Nn]ạn nhân (?i:chất độc da cam)(?:\s*/\s*(?i:dioxin)| (?i:dioxin))?|[Bb]ảo trợ (?i:người khuyết tật)(?: và (?i:trẻ mồ côi))?|[Ll]àm vườn(?: và (?i:sinh vật cảnh|trang trại))?|ngành (?i:giáo dục|y tế)|Tổ quốc|Y tế|Nội vụ|Tài chính|Xây dựng|Công [Tt]hương|Ngoại vụ"
         r"|Quốc phòng|Quốc hội|Chính phủ|Dân tộc|Đối ngoại|Ngoại giao|Nhà nước|Mặt trận Tổ quốc|Tối cao|Cổ phần|Cao su"
         r"|Vùng (?:Cảnh sát biển|CSB|Hải quân) \d{1,2}|Vùng \d{1,2} Hải quân"
         r"|Bộ đội(?: [Bb]iên phòng)?|Lữ đoàn|Sư đoàn|Trung đoàn|Tiểu đoàn|Hải đoàn|Quân đoàn|(?:Bộ|Ban) Chỉ huy"
         r"|Khối (?:các )?(?:doanh nghiệp|cơ quan(?: và doanh nghiệp| Đảng)?|dân chính Đảng))(?=[\s,.;:]|$)")
# ("Văn học", "Khoa học" as in the associations' "Hội Văn học Nghệ thuật", "Liên hiệp các Hội Khoa học và Kỹ thuật")
# The national mass associations every province has, their names written in lower case after the first word as often as
# not: the Agent Orange victims' ("Hội Nạn nhân chất độc da cam/dioxin"), the disabled's patrons' ("Hội Bảo trợ người
# khuyết tật và trẻ mồ côi"), the gardeners' ("Hội Làm vườn và Sinh vật cảnh"); a sector's trade union ("Công đoàn ngành
# Giáo dục", "Công đoàn ngành Y tế").
# (a Party bloc's committee is named by its bloc in lower case: "Đảng bộ Khối doanh nghiệp tỉnh", "Đảng ủy Khối các cơ quan tỉnh")
# … and so are the departments' and fronts' ("Sở Tư pháp", "Bộ Tư lệnh", "Mặt trận Tổ quốc"), not "Sở" of a place "Tư";
# the trade ministry writes both syllables capitalised ("Sở Công Thương Hà Nội"), its place after them
_UNIT_START = re.compile(UNIT)
_LEVEL = r"\s+(tỉnh|thành phố|huyện|quận|thị xã)"
_REGION = re.compile(r"\s+(miền (?:Bắc|Trung|Nam))(?!\w)")
SHORT_LEVEL = re.compile(r"(Q|H|TP|TX|Tp)\.\s*(?=" + UPPER + r")")  # a level abbreviated in headlines and leads  # the level between a unit's or bloc's name and its place


def full_name(words: list[str]) -> bool:
    """Three capitalised words or more that open with a family name, or hold the middle name "Văn" or "Thị", or two
    that open with a highland family name ("Nay Hứ"), are a
    person ("Nguyễn Văn Hai", "Đoàn Duy Tân", "Tân Văn Ngữ"), not a place. "Đoàn" is kept out of SURNAMES, as it
    also heads a body ("T.Ư Đoàn", "Đoàn TNCS Hồ Chí Minh")."""
    return len(words) >= 2 and words[0] in HIGHLAND_SURNAMES or \
        len(words) >= 3 and (words[0] in SURNAMES or words[0] == "Đoàn" and not words[1].isupper()
                             or words[1] in ("Văn", "Thị", "A"))  # the middle names of most men and women (Hmông men: "Hầu A Lềnh")


def _nation_end(words: list[str], start: int, stop: int) -> int | None:
    """Where the nation ends when a capitalised word that is no level follows it (from `start` to `stop`): nothing
    follows the nation in a body's name but a person ("Hội CCB Việt Nam Trần Hanh"; "MTTQ Việt Nam tỉnh X" goes on)."""
    return next((i + 2 for i in range(start, stop) if words[i:i + 2] == ["Việt", "Nam"] and len(words) > i + 2
                 and words[i + 2][0].isupper() and words[i + 2].rstrip(".").lower() not in LEVELS | SHORT_LEVELS), None)


def _before_person(words: list[str], start: int, stop: int) -> int:
    """Where a full name begins among `words` (from `start`), else `stop`: a place or unit name ends there."""
    at = next((i for i in range(start, stop) if full_name(words[i:])), stop)
    # "quận Tây Hồ Lê Thị Thu Hằng": a place is seldom one word, so a family name second that another family name and a
    # middle name follow ends the place, and the person is the one with the middle name
    return at + 1 if at == 1 and words[2:3] and words[2] in SURNAMES and words[3:4] in (["Văn"], ["Thị"]) else at


_SITE_CODE = re.compile(r"[A-ZĐ][\w.]*\.(?:VN|vn|Vn|com|net)\b")  # a site's dateline code opens a lead, never a place


def place_after(text: str) -> list[str]:
    """The place name a body's keyword is followed by, never a person ("Bí thư Huyện ủy Nguyễn Trúc Sơn");
    a standard unit name comes first when it is there ("Quân sự tỉnh", "Điện lực Tuyên Quang")."""
    if re.match(r"\.(?=" + UPPER + ")", text):  # "Công an TP" read with its level, then ".Hà Nội": the level's dot
        text = text[1:]
    stripped = text.lstrip()
    if _SITE_CODE.match(stripped):
        return []  # "… tỉnh" ending a headline, then the lead's "TTH.VN - Sáng 21/10, …": the publisher's dateline
    short = SHORT_LEVEL.match(stripped)
    if short:  # "HĐND Q. Hải Châu", "UBND H. Củ Chi", "TP. Hồ Chí Minh": the level abbreviated, then the name
        rest = capitalised_run(stripped[short.end():], 3)
        return [short.group(1) + ".", *rest] if rest else []
    unit = _UNIT_START.match(stripped)
    if unit:
        rest = stripped[unit.end():]
        level = re.match(_LEVEL + r"\b", rest)
        if not level and (region := _REGION.match(rest)):  # "Tổng công ty Điện lực miền Bắc": a region is the unit's place
            return [unit.group(), *region.group(1).split()]
        if not level and _UNIT_START.match(rest.lstrip()):  # "Bộ Tư lệnh Bộ đội Biên phòng": units in a row
            return [unit.group(), *place_after(rest)]
        tail = capitalised_run(rest[level.end():] if level else rest, 5)
        if not level:  # "Bộ Xây dựng Trịnh Đình Dũng": a person after the unit (after a level, a place: "huyện Trần Văn Thời")
            tail = tail[:_before_person(tail, 0, len(tail))]
        tail = tail[:_nation_end(tail, 0, 1) or 3]
        return [unit.group(), *([level.group(1)] if level else []), *tail]
    longer = capitalised_run(text, 6)  # "UBND tỉnh Bình Thuận Lương Văn Hải": the place ends where a full name begins
    place = longer[:3]
    if full_name(place) or len(longer) == 3 and longer[0] in _PLACE_SURNAMES and not SURNAMES & set(longer[1:]) \
            and _SPEAKS.match(text, text.find(longer[2]) + len(longer[2])):  # three names from a family name that
        return []  # opens places too, then what they said: "UBND tỉnh Thái Thanh Quý đánh giá"
    place = place[:_before_person(longer, 1, len(place))]
    place = place[:_nation_end(place, 0, 1) or len(place)]
    rest = text[text.find(place[-1]) + len(place[-1]):] if place else ""
    while place and (m := _DASHED.match(rest)) and m.group().strip(" -–") not in SURNAMES:
        place += ["-", m.group().strip(" -–")]
        rest = rest[m.end():]
    if len(place) > 3 and place[-2] == "-":  # the bloc's place after its name ("… Đảng TPHCM", "… Đảng tỉnh X")
        level = re.match(_LEVEL + r"(?=\s+" + UPPER + r")", rest)
        place += [level.group(1), *capitalised_run(rest[level.end():], 3)] if level else capitalised_run(rest, 1)
    return place


LEVELS = {"xã", "phường", "thị", "trấn", "huyện", "tỉnh", "quận", "thành", "phố", "tp"}
LEVEL_WORD = r"(?:" + LEVEL_NAMES + r"|TP\.?)"  # a level word, as written after a name ("Khối thi đua … tỉnh")
LOCAL_LEVELS = r"thị xã|thị trấn|huyện|quận|xã|phường"  # below a province (a province is often in a proper name: "Công ty Điện lực Tuyên Quang")
SHORT_LEVELS = {"tp", "tx", "q", "h"}  # a level written short ("UBND TP", "Q. Hải Châu") is no place


def ends_at_level(name: str) -> bool:
    """Whether a body's name ends in its level with no place after it ("UBND huyện", "ngành VHTT&DL tỉnh")."""
    return name.split()[-1].lower() in LEVELS


def sole_place(text: str, level: str) -> str | None:
    """The one place `text` names at `level` ("huyện" → "Thuận Nam" from "… mà huyện Thuận Nam đạt được"),
    None where it names none or several: a body named at its level alone is the one of the place the
    article is about."""
    found = set()
    for m in re.finditer(rf"(?<!\w)(?<!thị )(?<!thành )(?<!các )(?<!những ){level}\s+", text):  # "các tỉnh A, B": several
        place = [] if breaks_between(text, m.start(), m.end()) else place_after(text[m.end():])
        if place and not (len(place) >= 2 and place[0] in SURNAMES):
            found.add(" ".join(place))
    return found.pop() if len(found) == 1 else None


def numbered(org: str, text: str) -> list[str]:
    """A ward or urban district named by its number ("HĐND phường 6", "Công an Quận 3")."""
    m = re.match(r"(\d{1,2})(?![\d/.,-])", text)
    return [m.group(1)] if m and org.split()[-1].lower() in {"phường", "quận"} else []


def names_more(headline: str, lead: str) -> bool:
    """Whether a headline names the lead's body more fully: with more words after it ("… huyện X" for "…", dashes
    alike), or with its place where the lead writes only the level ("Đảng ủy Khối Doanh nghiệp Quảng Nam:" over
    "Đảng ủy Khối doanh nghiệp tỉnh tổ chức …"): the genre's headline names the place."""
    if headline.replace("–", "-").startswith(lead.replace("–", "-") + " "):
        return True
    head, _, level = lead.rpartition(" ")
    rest = headline[len(head):] if head and headline.casefold().startswith(head.casefold() + " ") else ""
    return level.lower() in LEVELS and bool(re.fullmatch(r"\s+" + UPPER + r"[\w-]*(?:\s+" + UPPER + r"[\w-]*){0,3}", rest))


def unmarked(word: str) -> str:
    """A word's letters without tone or vowel marks (in lower case, "đ" as "d"), for telling a slip of the keys from
    another name, and an all-caps banner from initials."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower().replace("đ", "d")) if not unicodedata.combining(c))


def mostly_spelt(text: str, org: str) -> str:
    """A name's closing place spelt as the article spells it most ("Sở Tư pháp Hà Tinh" beside two "Hà Tĩnh"): a
    mark left off is a slip of the keys, and the article's other mentions mend it; another name ("Hà Nội" for "Hạ
    Long") has other letters and is never taken, nor a banner's capitals ("HÀ TĨNH"). A place's last syllable typed
    in lower case after its first ("Công an tỉnh Trà vinh") is the place's where the article writes it capitalised
    elsewhere: a place is seldom one syllable."""
    words = org.split()
    one = len(words) > 1 and words[-1][:1].isupper() and words[-2].lower() in LEVELS
    cut = re.search(r"(?<!\w)" + re.escape(org) + r"[ \t]+(" + LOWER + r"+)(?!\w)", text) if one else None
    if cut and re.search(r"(?<!\w)" + re.escape(f"{words[-1]} {cut.group(1).capitalize()}") + r"(?!\w)", text):
        words.append(cut.group(1).capitalize())
        org = " ".join(words)
    k = next((k for k in range(min(3, len(words) - 1), 0, -1) if all(w[:1].isupper() for w in words[-k:])), 0)
    if not k:
        return org
    place, key = " ".join(words[-k:]), [unmarked(w) for w in words[-k:]]
    seen: Counter[str] = Counter()
    for run in re.finditer(r"\w+(?:[ \t]+\w+)*", text):  # words a line writes with nothing but spaces between
        ws = run.group(0).split()
        keys = [unmarked(w) for w in ws]  # each word's letters once, then every k words of the run
        seen.update(" ".join(ws[i:i + k]) for i in range(len(ws) - k + 1) if keys[i:i + k] == key)
    best, n = seen.most_common(1)[0] if seen else (place, 0)
    return " ".join([*words[:-k], best]) if best != place and best.istitle() and n > seen[place] else org
