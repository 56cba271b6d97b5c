"""Who chaired the meeting: the names a "chủ trì"/"chủ tọa" sentence of the first paragraphs gives, else a photo
caption's; and a chair's name cut off a body's name read on into it. Apart from meta.py (period and dates), which
re-exports `find_chair` for the meeting's metadata.

May import: `pipeline.bodies`, `pipeline.ingest`, `pipeline.lead`, `pipeline.places`, `text`.
"""

from __future__ import annotations

import re

from summarizer.pipeline.bodies import HEAD_TITLES
from summarizer.pipeline.ingest import Document
from summarizer.pipeline.lead import capitalised_run
from summarizer.pipeline.places import LEVEL_NAMES, SURNAMES
from summarizer.text import UPPER

# Who chaired is named with the genre's honorifics ("đồng chí", "đ/c", "ông", "bà", a military rank), or
# by the title and body before the name ("Chủ tịch UBND tỉnh Lê Trí Thanh chủ trì", "… thị xã X - Nguyễn
# Văn Vũ chủ trì"). A capitalised "Ông"/"Bà" is an honorific only where a clause starts ("tỉnh Bà Rịa" is a place).
_HONORIFIC = re.compile(r"(?:\b(?i:đồng chí|đ/c)|\b(?P<kin>(?i:ông|bà|anh|chị))|\b(?:Thiếu|Trung|Thượng|Đại)\s+(?:tướng|tá|úy|uý))\s*:?\s+")
_NAME_BEFORE = re.compile(r"(?P<name>(?:" + UPPER + r"\w*\s+){1,5}" + UPPER + r"\w*)\s*(?:[,–-]\s*)?(?:đã\s+)?"
                          r"(?:chủ trì|chủ tọa|chủ toạ)\b")
_CHAIRED = re.compile(r"chủ trì|chủ tọa|chủ toạ", re.IGNORECASE)
_TITLE_NAME = re.compile(r"\b(?:" + HEAD_TITLES + r"|Thứ trưởng|Tổng Thanh tra|Tư lệnh|Chánh Thanh tra)\b[^,.;:()]{0,50}?\s"
                         r"(?P<name>(?:" + "|".join(sorted(SURNAMES)) + r")(?:\s+" + UPPER + r"\w*){1,3})\b(?!\s+" + UPPER + r")")


def find_chair(doc: Document) -> list[str]:
    """The people named as chairing in the first paragraphs' "chủ trì"/"chủ tọa" sentences (not
    the guests named after "tham dự"), else in a photo caption ("Đồng chí X, Bí thư Tỉnh ủy chủ trì
    hội nghị"): the genre often names the chair only under the meeting's photo."""
    return _chairs([doc.text_of(p) for p in doc.paragraphs[:4]]) \
        or _chairs([doc.text_of(r) for r in doc.removed if r.reason == "caption"])


def _chairs(texts: list[str]) -> list[str]:
    names: list[str] = []
    for text in texts:
        for sentence in re.split(r"(?<=[.;])\s+", text):
            if not _CHAIRED.search(sentence):
                continue
            cut = re.split(r"(?i)\b(?:tham dự|dự hội nghị|cùng dự)\b", sentence)[0]
            found = [capitalised_run(cut[m.end():], 5) for m in _HONORIFIC.finditer(cut) if _honours(cut, m)]
            if not any(found):  # no honorific: the name right after its title
                found = [_titled_name(m.group("name").split()) for m in _NAME_BEFORE.finditer(cut)]
            if not any(found):  # "dưới sự chủ trì của Thứ trưởng Bộ Tư pháp Nguyễn Văn A", "Phó Chủ tịch UBND tỉnh X, …"
                found = [m.group("name").split() for m in _TITLE_NAME.finditer(cut)][:1]
            for words in found:
                name = " ".join(words)
                if len(words) >= 2 and name not in names:
                    names.append(name)
    return names


def _honours(text: str, m: re.Match[str]) -> bool:
    """A capitalised "Ông"/"Bà"/"Anh"/"Chị" is an honorific only where a clause starts ("tỉnh Bà Rịa" is a place)."""
    kin, before = m.group("kin"), text[:m.start()].rstrip()
    return not (kin and kin[0].isupper()) or not before or before[-1] in ",:;(–-"


def _titled_name(words: list[str]) -> list[str]:
    """The person at the end of a capitalised run before "chủ trì": two to four words from a family
    name ("Lê Trí Thanh", "Nguyễn Sáng"; "Long Điền Lê Văn Hồng" keeps its end). Without one the run is
    a body or a place ("tỉnh Bà Rịa Vũng Tàu chủ trì"), not a person."""
    for k in range(max(0, len(words) - 4), len(words) - 1):
        if words[k] in SURNAMES:
            return words[k:]
    return []


def without_chair(doc: Document, org: str) -> str:
    """A body's name read on into its chair's ("Trưởng ban Dân vận Thành ủy Phạm Quý chủ trì"): whoever chairs the
    meeting is never part of the body's name, though a two-word name (family and given name) reads like a place. A
    name the article also writes after a level ("huyện Hà Quảng") is the place, read as a chair by mistake."""
    for name in find_chair(doc):
        if (len(name.split()) >= 2 and org.endswith(" " + name) and len(org) > len(name) + 1
                and not re.search(r"(?i:" + LEVEL_NAMES + r")\s+" + re.escape(name), doc.source)):
            return org[: -len(name) - 1]
    return org
