"""Vietnamese text helpers used across the package: NFC, comparison keys, figures, period phrases.

Written once here so that ingest, merge, meta, the rules and the evals agree. Diacritics are
never stripped; comparison keys are NFC + casefold + collapsed whitespace. Imports nothing from
the package.
"""

from __future__ import annotations

import re
import unicodedata

# A figure as the grounding checks it: digits with inner . , / : ("7/13", "94,7", "7.396,54").
FIGURE = re.compile(r"\d+(?:[.,/:]\d+)*")

# "quý I", "quí 2", "QUÝ IV": the quarter of a period phrase (group 1: the numeral).
QUARTER = re.compile(r"qu[ýí]\s*(IV|I{1,3}|[1-4])\b", re.IGNORECASE)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def quarter_number(match: re.Match[str]) -> int:
    """The quarter (1-4) a QUARTER match names: "quý III" → 3, "quí 2" → 2."""
    numeral = match.group(1).upper()
    return _ROMAN.get(numeral) or int(numeral)

# A reviewed period as written: "quý I/2024", "quý 1 năm 2022", "9 tháng đầu năm 2020", "sáu tháng cuối năm".
PERIOD = re.compile(
    r"(qu[ýíy]\s*(?:IV|I{1,3}|[1-4])(?:\s*(?:/|năm)\s*\d{4})?|(?:\d{1,2}|sáu|chín)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?)",
    re.IGNORECASE,
)


# The genre's fixed pair of levels inside one name or list ("13 xã, thị trấn", "các xã, phường",
# "13 tỉnh, thành phố", "các tỉnh, thành", "các huyện, thị xã"): the comma between them is not a break.
# So are the lowest levels' pairs ("các thôn, bản", "636 ấp, khóm", "các thôn, tổ dân phố").
_HAMLET = r"ấp|khóm|thôn|bản|xóm|buôn|làng|tổ dân phố|khu phố"
# A lower-case letter, Vietnamese included: the range "[a-zà-ỹ]" also holds capitals ("Ủ", "Ở"). The letters are
# Vietnamese's own (a-z, đ and the vowels with their marks), not every cased letter from U+00C0 up: a class of 700
# letters costs `re` about 1.5 ms to compile wherever a pattern holds it, and the organisation's patterns hold it
# hundreds of times (0.7 s of every start). `nfc` has already made a page's eth ("Ð") the đ it stands for.
_VIETNAMESE = "àáâãèéêìíòóôõùúýăđĩũơư" + "".join(map(chr, range(0x1EA0, 0x1EFA)))
LOWER = "[a-z" + "".join(c for c in _VIETNAMESE if c.islower()) + "]"
UPPER = "[A-Z" + "".join(dict.fromkeys(c.upper() for c in _VIETNAMESE)) + "]"  # "Ủy", "Ứng Hòa", "Ô Môn"


def either_case_start(name: str) -> str:
    """A pattern for `name` as written, or begun in lower case mid-sentence ("hội sinh viên …" for "Hội Sinh viên …")."""
    return r"(?<!\w)(?i:" + re.escape(name[:1]) + ")" + re.escape(name[1:])


LEVEL_NAMES = r"thị xã|thành phố|thị trấn|tỉnh|huyện|quận|xã|phường"  # the levels a place is written after, longest first
LEVEL_PAIR = (r"\b(?:xã|phường),\s+(?=(?:thị trấn|phường|xã)\b)"
              r"|\b(?:tỉnh|huyện|quận|thị xã),\s+(?=(?:thành phố|thị xã|thành(?!\s+(?:lập|công|tích|viên|quả)))\b)"
              r"|\b(?:" + _HAMLET + r"),\s+(?=(?:" + _HAMLET + r"|TDP|khu dân cư)\b)")
# The courts' and enforcement offices' count of "vụ, việc" (cases and matters: "giải quyết 622 vụ, việc") is one noun too.
_FIXED_PAIR = re.compile(LEVEL_PAIR + r"|\bvụ,\s+(?=việc\b)", re.IGNORECASE)


def enclosed(before: str) -> bool:
    """Whether a position after `before` lies inside a parenthesis ("(thu nội địa đạt 65%, 10.420 tỷ đồng)")."""
    return before.count("(") > before.count(")")


def figure_series(left: str, right: str) -> bool:
    """Whether a comma between `left` and `right` sits in a series of figures ("Huy hiệu 40, 30 năm tuổi Đảng")."""
    return right[:1].isdigit() and left.rstrip()[-1:].isdigit()


def joins_fixed_pair(text: str, start: int, end: int) -> bool:
    """Whether the comma text[start:end] joins such a pair, or "vụ, việc" (so it is never a cut between items)."""
    for m in _FIXED_PAIR.finditer(text, max(0, start - 12)):
        if m.end() == end:
            return True
        if m.start() > start:
            return False
    return False


_ETH = str.maketrans("Ðð", "Đđ")  # some pages type the Icelandic eth (U+00D0/U+00F0) for đ: the same letter on screen


def nfc(text: str) -> str:
    """Vietnamese text as one code per letter: NFC, and đ however a page typed it (same length, so offsets hold)."""
    return unicodedata.normalize("NFC", text).translate(_ETH)


def normalize(text: str | None) -> str:
    """Comparison key: NFC + casefold + collapsed whitespace; diacritics are kept."""
    return " ".join(nfc(nfc(text or "").casefold()).split())


def figures(text: str) -> list[str]:
    """Every figure in the text, in order: "đạt 94,7% (7/13 xã)" -> ["94,7", "7/13"]."""
    return FIGURE.findall(text)


# A list item's marker at the start of a line: "- ", "+ ", "• ", "* ", "– ", "1. ", "1) ", "a) ",
# "b. ", "I. ", "IV. ", and what a word processor's bullets become when a report is pasted ("►", "➢",
# "❖", "✓", "■") or how it numbers ("1/ ", "(1) "). A number must be followed by a space or a capital
# ("1.250 triệu" is a figure, "1.Thu ngân sách" an item; "1/ " needs its space: "7/13" is a figure);
# a letter by ")" or "." and a space; a dash or bullet by anything.
LIST_MARKER = re.compile(
    r"^(?:[-+•*–—‒·▪●○◦►▸➢➤❖✓✔■□◆◇]\s*(?=\S)"
    r"|\d{1,2}[.)](?:\s+|(?=[A-ZĐÀ-Ỹ]))|\d{1,2}/\s+|\(\d{1,2}\)\s*(?=\S)"
    r"|[a-zđ][.)]\s+"
    r"|[IVX]{1,4}[.)](?:\s+|(?=[A-ZĐÀ-Ỹ])))"
)


def strip_list_marker(text: str) -> tuple[str, int]:
    """The text without a leading list marker, and how many characters were removed.

    "- Thu ngân sách đạt 58,3%" -> ("Thu ngân sách đạt 58,3%", 2); "1. Về nhiệm vụ" -> ("Về nhiệm vụ", 3);
    text without a marker comes back unchanged with 0. Leading whitespace before the marker counts
    as removed too, so `text[n:]` is the item text whenever a marker was found.
    """
    body = text.lstrip()
    m = LIST_MARKER.match(body)
    if not m or not body[m.end():].strip():
        return text, 0
    n = len(text) - len(body) + m.end()
    return text[n:], n
