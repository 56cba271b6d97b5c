"""Evaluation checks beside item matching: JSON-schema validity, metadata accuracy, cost."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from summarizer.evals.text import tokens
from summarizer.files import data_dir
from summarizer.text import LEVEL_NAMES, QUARTER, UPPER, normalize, quarter_number

META_FIELDS: tuple[str, ...] = ("organization", "meeting_date", "period", "chair")
DEFAULT_SCHEMA_PATH = data_dir("schemas") / "summary.schema.json"


def load_schema(path: str | Path | None = None) -> dict:
    """The Summary JSON schema: from `path`, else schemas/summary.schema.json, else from the model."""
    p = Path(path) if path else DEFAULT_SCHEMA_PATH
    if p.exists():
        return json.loads(p.read_text(encoding="utf-8"))
    if path:
        raise FileNotFoundError(p)
    from summarizer.models import Summary

    return Summary.model_json_schema()


def schema_errors(pred: Any, schema: dict | None = None, limit: int = 5) -> list[str]:
    """Validation messages (at most `limit`) of `pred` against the schema; [] means valid."""
    import jsonschema

    schema = schema if schema is not None else load_schema()
    validator = jsonschema.validators.validator_for(schema)(schema)
    errs = sorted(validator.iter_errors(pred), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"[:300] for e in errs[:limit]]


def _name(s: Any) -> str:
    return " ".join(tokens(s)) if isinstance(s, str) else ""


# The standard abbreviations of Vietnamese public bodies: "HĐND huyện X" and "Hội đồng nhân dân
# huyện X" name the same organisation.
_ABBREVIATIONS = {"ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "mttq": "mặt trận tổ quốc",
                  "ubmttq": "mặt trận tổ quốc", "mttqvn": "mặt trận tổ quốc", "hnd": "hội nông dân",
                  "hccb": "hội cựu chiến binh", "hlhpn": "hội liên hiệp phụ nữ",
                  "ủy ban mặt trận tổ quốc": "mặt trận tổ quốc", "btv": "ban thường vụ",
                  "bch": "ban chấp hành", "lhpn": "liên hiệp phụ nữ", "cchq": "ban chỉ huy quân sự", "bchqs": "ban chỉ huy quân sự",
                  "chqs": "chỉ huy quân sự", "ccq": "các cơ quan", "ccb": "cựu chiến binh", "tnxp": "thanh niên xung phong",
                  "lđlđ": "liên đoàn lao động", "tp": "thành phố", "tx": "thị xã", "tand": "tòa án nhân dân",
                  "vksnd": "viện kiểm sát nhân dân", "bhxh": "bảo hiểm xã hội", "nhcsxh": "ngân hàng chính sách xã hội", "thads": "thi hành án dân sự",
                  "pccc": "phòng cháy chữa cháy", "khkt": "khoa học và kỹ thuật", "vhnt": "văn học nghệ thuật",
                  "ubmttqvn": "mặt trận tổ quốc", "mặt trận tổ quốc việt nam": "mặt trận tổ quốc",  # the Front, with or without "Việt Nam"
                  "ntkc": "người tù kháng chiến", "htx": "hợp tác xã", "ubkt": "ủy ban kiểm tra", "bđbp": "bộ đội biên phòng",
                  # departments' initials, written with "&" or "và" ("Sở GD&ĐT" = "Sở Giáo dục và Đào tạo")
                  "gd đt": "giáo dục và đào tạo", "nn ptnt": "nông nghiệp và phát triển nông thôn",
                  "lđtb xh": "lao động thương binh và xã hội", "tn mt": "tài nguyên và môi trường",
                  "kh đt": "kế hoạch và đầu tư", "vh tt dl": "văn hóa thể thao và du lịch",
                  "vhttdl": "văn hóa thể thao và du lịch", "gtvt": "giao thông vận tải", "khcn": "khoa học và công nghệ",
                  "kh cn": "khoa học và công nghệ", "kh kt": "khoa học và kỹ thuật", "tt tt": "thông tin và truyền thông",
                  "csxh": "chính sách xã hội",
                  # a radio and television station, its two halves joined by "và", a dash or nothing ("PT-TH", "PTTH")
                  "ptth": "phát thanh truyền hình", "pt th": "phát thanh truyền hình",
                  "phát thanh và truyền hình": "phát thanh truyền hình",
                  # fire prevention and fighting with or without "và"; entry and exit; the dioxin victims' associations
                  "phòng cháy và chữa cháy": "phòng cháy chữa cháy", "xnc": "xuất nhập cảnh",
                  "nncđdc": "nạn nhân chất độc da cam", "cđdc": "chất độc da cam",
                  # the folk-arts associations ("Hội VNDG Quảng Ninh")
                  "vndg": "văn nghệ dân gian",
                  # a province's union of literature and arts (or science and technology) associations goes by its
                  # members' name ("Hội VHNT tỉnh X" is "Liên hiệp các Hội Văn học Nghệ thuật tỉnh X")
                  "(?:liên hiệp các hội|hội liên hiệp) (văn học nghệ thuật|khoa học và kỹ thuật)": r"hội \1",
                  # the Front's committee written short ("Ủy ban Mặt trận xã X", "Mặt trận phường Y"): the genre's only "Mặt trận"
                  "(?:ủy ban )?mặt trận(?! tổ quốc)": "mặt trận tổ quốc"}

# The Party's charter calls a Party organisation's executive committee ("Ban Chấp hành Đảng bộ tỉnh X") its "Tỉnh ủy X"
# ("Huyện ủy", "Thành ủy", "Thị ủy", "Quận ủy"; "Đảng ủy" below the district): both names key to "đảng ủy <level> X".
_EXECUTIVE = {"ban chấp hành đảng bộ": "đảng ủy", "tỉnh ủy": "đảng ủy tỉnh", "huyện ủy": "đảng ủy huyện",
              "thành ủy": "đảng ủy thành phố", "thị ủy": "đảng ủy thị xã", "quận ủy": "đảng ủy quận"}


_YEAR = re.compile(r"(?:19|20)\d\d")


# A count of months spelt out at the head of a sentence ("Sáu tháng đầu năm 2019") is the one written in figures.
_COUNTS = {"hai": "2", "ba": "3", "bốn": "4", "sáu": "6", "bảy": "7", "tám": "8", "chín": "9", "mười": "10"}


_SEASONS = {"lúa", "đông", "hè", "thu", "mùa", "chiêm"}  # the first word of a crop season ("đông xuân", "hè thu", "vụ mùa")


def period_key(period: str | None) -> str:
    """A period's comparison key: the same period however it is spelt ("Quý I/2024" = "quý 1 năm 2024",
    "tháng 2/2025" = "tháng 2 năm 2025", "9 tháng năm 2024" = "9 tháng đầu năm 2024" = "9 tháng của năm 2024")."""
    parts: list[str] = []
    spelt = QUARTER.sub(lambda m: f"quý {quarter_number(m)}", period) if isinstance(period, str) else None
    for t in tokens(spelt):
        m = re.fullmatch(r"(\w+)/((?:19|20)\d\d)", t)
        parts += [m.group(1), m.group(2)] if m else [t]
    parts = [str(int(t)) if t.isdigit() and len(t) <= 2 else t for t in parts]  # "09 tháng" is "9 tháng"
    parts = [_COUNTS.get(t, t) if parts[i + 1:i + 2] == ["tháng"] and (i == 0 or parts[i - 1] not in _COUNTS) else t
             for i, t in enumerate(parts)]  # "Sáu tháng" is "6 tháng"; "mười hai tháng" stays words
    key: list[str] = []
    for i, t in enumerate(parts):
        if t == "năm" and i + 1 < len(parts) and _YEAR.fullmatch(parts[i + 1]):
            continue  # "năm 2024" and "/2024" both name the year
        if t in ("đầu", "của") and i >= 2 and parts[i - 1] == "tháng" and parts[i - 2].isdigit():
            continue  # "9 tháng năm" is the first nine months, written "9 tháng đầu năm" or "9 tháng của năm" too
        if t in ("vụ", "lúa") and parts[i + 1:i + 2] and parts[i + 1] in _SEASONS:
            continue  # a crop season is one with or without "vụ" and its crop ("vụ lúa hè thu 2006" is "hè thu 2006")
        key.append(t)
    return " ".join(key)


# Old and new tone placement spell one word two ways ("hoà"/"hòa", "thuỷ"/"thủy"): the new one is the key.
_OLD_TONE = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe", "oẻ": "ỏe",
             "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}


# A body's initials or short name glossed in brackets after its name ("Tổng Công ty Cấp nước Sài Gòn (SAWACO)",
# "Bảo hiểm xã hội (BHXH)") add nothing to it: one bracketed word of two capitals or more. A bracket of several words
# ("Cụm thi đua số 1 (Bộ Công an)", "(khối 1)") may say which body it is, and stays.
_GLOSS = re.compile(r"\s*\((?=[^()\s]*[A-ZĐ][^()\s]*[A-ZĐ])[^()\s]+\)")


# A placed body's parent address in brackets after its name ("UBND xã An Phú (huyện Hòa Vang, TP Đà Nẵng)", "Viện
# Kiểm sát nhân dân thị xã Ba Đồn (tỉnh Quảng Bình)") says where its place lies, not which body it is; a place in
# brackets after a name without one ("Tòa án nhân dân (Huế)") does say which.
_ADDRESS = re.compile(r"\s*\((?:" + LEVEL_NAMES + r"|TP\b)[^()]*\)\s*$", re.IGNORECASE)
_PLACED = re.compile(r"\b(?:" + LEVEL_NAMES + r"|TP)\.?\s*\w", re.IGNORECASE)
# A council's or committee's term ("HĐND huyện X khóa XIX", "… nhiệm kỳ 2021 - 2026") is the same body; a mass
# organisation's national name carried into its local chapter ("Hội Chữ thập đỏ Việt Nam tỉnh X") is the chapter's,
# and a body "of" its level ("Ban Chỉ đạo … của tỉnh") is the level's body.
_TERM = re.compile(r"\s+(?:khóa\s+[ivxlc\d]+|nhiệm kỳ\s+\d{4}\s+\d{4})$")
# "Lực lượng Kiểm lâm X" is the forest rangers of X, "Kiểm lâm X"; "Ngành Thanh tra tỉnh X", the sector a body gives its
# name to, is that body's ("Thanh tra tỉnh X", "Ngành BHXH Nghệ An" = "BHXH Nghệ An")
_FORCE = re.compile(r"^(?:lực lượng|ngành)\s+(?=\w)")
_OF_LEVEL = re.compile(r"\b(?:việt nam|của)\s+(?=(?:" + LEVEL_NAMES + r"|tp)\b)")


def org_key(name: str | None) -> str:
    """An organisation's comparison key: normalised, one tone placement, a number without its leading zeros,
    abbreviations expanded, a Party executive committee named one way, a bracketed gloss of initials, a placed
    body's bracketed address and a term dropped."""
    name = _GLOSS.sub("", name) if isinstance(name, str) else name
    if isinstance(name, str) and (address := _ADDRESS.search(name)) and _PLACED.search(name[:address.start()]):
        name = name[:address.start()]
    # "&" standing between words is "và" ("Sở Văn hóa, Thể thao & Du lịch"); inside initials it joins them ("KH&CN")
    key = " ".join(re.findall(r"\w+", re.sub(r"\s&\s", " và ", normalize(name))))
    key = re.sub(r"\b0+(?=\d)", "", key)  # "Cụm thi đua số 03" is "Cụm thi đua số 3"
    key = re.sub(r"(?<![qg])(?:" + "|".join(_OLD_TONE) + r")\b", lambda m: _OLD_TONE[m.group(0)], key)
    for short, full in (*_ABBREVIATIONS.items(), *_EXECUTIVE.items()):
        key = re.sub(rf"(?<!\w){short}(?!\w)", full, key)
    return _FORCE.sub("", _OF_LEVEL.sub("", _TERM.sub("", key)))


# A place's level word before its name ("Công an tỉnh Trà Vinh", "Hội Luật gia Long An"): the same body is named with
# or without it, so two names that differ only by levels one of them adds are one name; a level changed is another
# body ("Công an thành phố Thái Nguyên" is not "Công an tỉnh Thái Nguyên").
_LEVEL = re.compile(r"\b(" + LEVEL_NAMES + r")\s+(?=\w)")


def same_organization(a: str | None, b: str | None) -> bool:
    """Whether two names name one body: the same `org_key`, or the same but for level words that one of them adds."""
    ka, kb = org_key(a), org_key(b)
    if ka == kb:
        return True
    la, lb = (Counter(m.group(1) for m in _LEVEL.finditer(k)) for k in (ka, kb))
    return _LEVEL.sub("", ka) == _LEVEL.sub("", kb) and (la <= lb or lb <= la)


# A body's place at the end of its name: one or more capitalised words ("Khánh Hòa", "Bà Rịa-Vũng Tàu"), after a level or
# a Party committee ("tỉnh Khánh Hòa", "Thành ủy Đà Nẵng") or straight after the name ("Sở GD-ĐT Quảng Nam"). Initials
# and a body's head ("Cục Thuế") are no place.
_LEVEL_WORD = r"(?:" + LEVEL_NAMES + r"|tp\.?)"
_PLACE_LEVEL = re.compile(r"(?i:\s+" + _LEVEL_WORD + r")$")
_NOT_PLACES = {"Hội", "Ban", "Sở", "Cục", "Bộ", "Công", "Đảng", "Tổng", "Chi", "Phòng", "Trung", "Ủy", "Uỷ", "Viện", "Tòa"}


# A place after its level is a place whatever its syllables: a head's word ("thành phố Hải Phòng", "xã Tân Hội") or a
# number (Ho Chi Minh City's districts and many towns' wards: "quận 12", "phường 5").
_LEVELLED_PLACE = re.compile(r"(?i:(?<=\s)" + _LEVEL_WORD + r")\s+(?P<place>\d{1,2}|(?-i:" + UPPER + r")\S*"
                             r"(?:\s+(?-i:" + UPPER + r")\S*)*)$")


def _place_start(name: str) -> int | None:
    """Where the place at the end of `name` starts (None where it ends in none)."""
    if m := _LEVELLED_PLACE.search(name):
        return m.start("place")
    words = list(re.finditer(r"\S+", name))
    i = len(words)
    while i > 1 and (w := words[i - 1].group(0)) not in _NOT_PLACES and not _PLACE_LEVEL.search(name[:words[i - 1].end()]) \
            and all(p[:1].isupper() and (len(p) == 1 or not p.isupper()) for p in w.split("-")):
        i -= 1
    return words[i].start() if i < len(words) else None


def _place_left_out(pred: str | None, gold: str | None) -> bool:
    """Whether `pred` is `gold` without the place at its end ("Sở Y tế" for "Sở Y tế tỉnh Khánh Hòa", "UBND huyện" for
    "UBND huyện Ninh Hải"), or without the level that stands for it ("Phòng Tư pháp" for "Phòng Tư pháp thành phố"):
    in one article the body named without its place is the article's own; a place or level the gold
    lacks is not checked so, nor is a head alone ("Đảng bộ") or a place of the prediction's own."""
    if not pred or not gold or _place_start(pred) is not None:
        return False
    start = _place_start(gold)
    if start is None and (level := _PLACE_LEVEL.search(gold)):  # "Phòng Tư pháp thành phố": the level stands for the place
        start = level.start()
    if start is None:
        return False
    if max(len(pred.split()), len(org_key(pred).split())) < 3 and not _PLACE_LEVEL.search(" " + pred):
        return False
    named = gold[:start].rstrip()
    return any(same_organization(pred, g) for g in (named, _PLACE_LEVEL.sub("", named)))


def meta_accuracy(pred_meta: Any, gold_meta: Any) -> dict[str, Any]:
    """Per field True/False (None when the gold lacks the field), plus "accuracy" (mean of scored).

    organization: `same_organization` (normalised, standard abbreviations expanded, a level word added allowed), or the
    gold's name without its place (`_place_left_out`); meeting_date: exact; period: equality of
    `period_key` (the same period however it is spelt); chair: equality of the sets
    of normalised names. A null gold value is matched by a null/empty prediction.
    """
    pm = pred_meta if isinstance(pred_meta, dict) else {}
    gm = gold_meta if isinstance(gold_meta, dict) else {}
    out: dict[str, Any] = {}
    for f in META_FIELDS:
        if f not in gm:
            out[f] = None
            continue
        g, p = gm[f], pm.get(f)
        if f == "organization":
            g, p = g if isinstance(g, str) else None, p if isinstance(p, str) else None
            out[f] = same_organization(g, p) or _place_left_out(p, g)
        elif f == "meeting_date":
            out[f] = (g or "").strip() == (p.strip() if isinstance(p, str) else "")
        elif f == "period":
            out[f] = period_key(g) == period_key(p)
        else:
            gs = {_name(n) for n in (g or [])} - {""}
            ps = {_name(n) for n in (p if isinstance(p, list) else [])} - {""}
            out[f] = gs == ps
    scored = [v for v in out.values() if v is not None]
    out["accuracy"] = sum(scored) / len(scored) if scored else None
    return out


def cost_of(pred: Any) -> dict[str, Any]:
    """Token usage, calls and seconds (timings "total", else "wall") from the provenance."""
    prov = pred.get("provenance") if isinstance(pred, dict) else None
    prov = prov if isinstance(prov, dict) else {}
    usage = prov.get("usage") if isinstance(prov.get("usage"), dict) else {}
    timings = prov.get("timings") if isinstance(prov.get("timings"), dict) else {}
    secs = timings.get("total", timings.get("wall"))
    out = {k: int(usage.get(k) or 0) for k in ("prompt_tokens", "completion_tokens", "calls", "cache_hits")}
    out["seconds"] = float(secs) if isinstance(secs, (int, float)) else None
    return out
