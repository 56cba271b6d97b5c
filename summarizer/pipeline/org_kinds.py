"""Who holds a meeting by the genre's convention for its kind: the Government's monthly session is the Government's;
where the lead names no holder, a press, speakers' or public-opinion briefing is the propaganda board's; a place's
council session is its council's; a bloc that lists its members holds its review, not they, and so does a cluster
its members report in or a convener names after the review; an association's board meets as the association; a
territorial trade union is its labour federation; a headline's congress is its body's; a placeless movement reported at
every level is named so.

May import: `pipeline.bodies`, `pipeline.ingest`, `pipeline.places`, `text`.
"""

from __future__ import annotations

import re

from summarizer.pipeline.bodies import BODY_HEAD, COMMITTEE_LEVELS, NAME_CHAR, capitalised
from summarizer.pipeline.ingest import Document
from summarizer.pipeline.places import LEVEL_NAMES, drop_person
from summarizer.text import UPPER, either_case_start

# A headline that names a body's congress ("Đại hội Hiệp hội Vận tải ô tô Thái Nguyên lần thứ III") names who holds it.
# A parent the lead names may host it ("Bộ đội Biên phòng tỉnh tổ chức Đại hội đại biểu Đoàn Thanh niên …" under the
# headline "Đại hội đại biểu Đoàn Thanh niên Bộ đội Biên phòng tỉnh"): the congress is its union's, as the headline names it.
CONGRESS = re.compile(
    r"^(?i:đại hội)(?: (?i:đại biểu))?\s+(?P<org>" + BODY_HEAD + NAME_CHAR + r"{0,60}?)(?:\s+(?i:lần thứ|nhiệm kỳ|khóa|khoá)\b|\s*$)")

# The Party's propaganda board convenes the province's press briefing ("giao ban báo chí"), its speakers'
# ("hội nghị báo cáo viên") and its public-opinion correspondents' ("cộng tác viên dư luận xã hội") meetings; an
# article that names such a meeting but no holder reports the board its text names ("lãnh đạo Ban Tuyên giáo Tỉnh
# ủy phát biểu …"), not the council or committee its topics mention ("kết quả Kỳ họp chuyên đề HĐND tỉnh").
_PROPAGANDA_MEETING = re.compile(r"\b(?:giao ban|hội nghị|họp)\s+(?:công tác\s+)?(?:báo chí|báo cáo viên|(?:mạng lưới\s+)?(?:cộng tác viên|CTV)\s+"
                                 r"dư luận xã hội|dư luận xã hội)\b", re.IGNORECASE)
_PROPAGANDA_BOARD = re.compile(r"\b(?i:ban) [Tt]uyên giáo(?: và [Dd]ân vận)? (?:(?:" + "|".join(COMMITTEE_LEVELS)
                               + r") ?(?:ủy|uỷ)|Trung ương)(?:\s+" + UPPER + r"\w*){0,3}")


def propaganda_board(doc: Document, texts: list[str]) -> str | None:
    if not any(_PROPAGANDA_MEETING.search(t) for t in texts):
        return None
    board = _PROPAGANDA_BOARD.search(doc.source)
    return capitalised(drop_person(board.group(0))) if board else None  # "Trưởng ban Tuyên giáo Tỉnh ủy" heads it


# The Government's monthly session ("Chính phủ họp phiên thường kỳ tháng 8", "phiên họp Chính phủ thường kỳ tháng 12",
# "chủ trì phiên họp Chính phủ tháng 7"): the Government holds it, not the office or the Prime Minister who chairs it.
GOVERNMENT = re.compile(r"(?:\b(?i:phiên họp)\s+(?:thường kỳ\s+)?(?:của\s+)?|(?:^|[,.:]\s*)(?=Chính phủ\s+(?:đã\s+)?họp\b))(?P<org>Chính phủ)\b")


# A commune or district that "holds the session of the HĐND" ("Xã Vi Hương tổ chức kỳ họp thứ 11 HĐND khoá XVIII") is named
# for its council: a session is the council's own meeting, whoever the headline makes the subject.
_PLACE_ONLY = re.compile(r"(?P<level>(?i:" + LEVEL_NAMES + r"))\s+(?P<name>" + UPPER + r"\w*(?:\s+" + UPPER + r"\w*){0,3})")


def council_session(doc: Document, holder: str) -> str:
    place = _PLACE_ONLY.fullmatch(holder)
    session = place and re.search(r"(?<!\w)" + re.escape(holder) + r"\s+(?:đã\s+|vừa\s+)?tổ chức\s+(?i:kỳ họp|phiên họp)\b"
                                  r"[^.;:\n]{0,40}?\b(?P<council>HĐND|Hội đồng nhân dân)\b", doc.source)
    return f"{session.group('council')} {place.group('level').lower()} {place.group('name')}" if session else holder


# A council meets in its "kỳ họp"; its standing committee (Thường trực HĐND) holds the monthly "phiên họp" between
# them: a council named as the holder of a "phiên họp thường kỳ", where the article names its standing committee
# ("Chủ tịch HĐND tỉnh chủ trì phiên họp thường kỳ …; các Ủy viên Thường trực HĐND tỉnh"), is that committee.
_COUNCIL = re.compile(r"(?:HĐND|Hội đồng nhân dân)\b", re.IGNORECASE)
_SESSION = re.compile(r"\bphiên họp\b", re.IGNORECASE)
_STANDING = re.compile(r"\bThường trực\b(?!\s+(?:Tỉnh|Huyện|Thành|Thị|Đảng|Quận)\s*(?:ủy|uỷ)\b)")  # not a party committee's


def standing_session(holder: str, lead: str, source: str) -> str:
    return "Thường trực " + holder if _COUNCIL.match(holder) and _SESSION.search(lead) and _STANDING.search(source) else holder


# An emulation bloc or cluster names its members before its verb ("Khối Thi đua Mặt trận-Đoàn thể gồm các cơ quan: Ủy ban
# MTTQ tỉnh, Hội Nông dân, …, Tỉnh đoàn và LĐLĐ tỉnh tổ chức Hội nghị sơ kết"): the bloc holds the review, so the
# list after "gồm …:" is read past (with the parent it belongs to, ", thuộc Sở …"), never taken for a joint holder.
_MEMBER_LIST = re.compile(r"(?:,?\s+thuộc\s+[^,.;:()\n]{1,60}?)?,?\s+gồm(?: có)?(?: các| \d+)?(?: cơ quan| đơn vị| thành viên| sở| hội| tỉnh| huyện)?\s*:"
                          r"[^.;\n]{1,300}?(?=\s+(?:đã\s+|vừa\s+)?tổ chức\b)")


# Those whose consent a meeting was held with are named before its holder ("được sự đồng ý của Đảng ủy, BGĐ, BCH Công đoàn
# cơ sở, Trung tâm Y tế huyện X tổ chức …", "được sự thống nhất của TT. Đảng ủy xã, UBND xã Y tiến hành tổ chức …"): the
# holder is the name after the last comma, the rest read past.
_APPROVERS = re.compile(r"\b[Đđ]ược sự (?:đồng ý|thống nhất|nhất trí) của\s+(?:TT\.\s*)?[^.;:\n]*,\s*"
                        r"(?=[^,.;:\n]*?\s(?:đã\s+|vừa\s+)?(?:tiến hành\s+)?tổ chức\b)")


def drop_members(text: str) -> str:
    return _APPROVERS.sub("", _MEMBER_LIST.sub("", text))


# The member that leads an emulation cluster hosts the cluster's review ("UBND huyện Mê Linh - Cụm trưởng Cụm Thi đua số
# 9 (gồm …) đã chủ trì tổ chức sơ kết", "Ủy ban MTTQ huyện Cẩm Mỹ - Cụm trưởng cụm thi đua số II chủ trì hội nghị"):
# the cluster holds it, the leader only hosts, as in "Hội CCB huyện X - đơn vị Cụm trưởng Cụm thi đua phía Bắc".
HOSTED_CLUSTER = re.compile(r"\s[-–]\s+(?:đơn vị\s+)?(?:[Cc]ụm|[Kk]hối) trưởng\s+(?P<org>(?:[Cc]ụm|[Kk]hối)(?: (?i:thi đua))?\s+"
                            r"[^,.;:()\n]{1,60}?)(?=\s*\(|\s+(?:đã\s+|vừa\s+)?(?:chủ trì|tổ chức)\b)")


# A headline "Họp Hội đồng nghĩa vụ quân sự thành phố Bắc Kạn", "Họp Ban chỉ đạo …" names the body whose meeting it
# reports: the genre's headline for a board's or council's routine meeting.
HELD_HEADLINE = re.compile(r"^(?i:họp)\s+(?P<org>" + BODY_HEAD + NAME_CHAR + r"{0,100}?)(?=\s+(?:năm|quý|tháng|lần|kỳ|về|để)\b|\s*$)")


# A review held by a convener or a host for an emulation cluster or bloc, named after the review: the
# cluster's own meeting ("… tổ chức Hội nghị sơ kết 6 tháng đầu năm Cụm thi đua 5 thành phố trực thuộc Trung ương").
REVIEWED_CLUSTER = re.compile(r"\btổ chức\s+(?i:hội nghị)\s+(?i:sơ kết|tổng kết|đánh giá|giao ban)[^.:()\n]{0,150}?\s(?P<org>(?:Cụm|Khối) thi đua\s"
                               + NAME_CHAR + r"{1,90})")


# Members that report as a cluster hold its review ("6 Đài Phát thanh – Truyền hình thuộc Cụm thi đua số 8, khu vực Bắc sông
# Hậu tổ chức Hội nghị tổng kết"): the cluster, by its number and region, holds it.
_NUMBERED_CLUSTER = r"(?:[Cc]ụm|[Kk]hối)\s+(?i:thi\s+đua)(?:\s+số)?\s+[\dIVX]+"
OF_CLUSTER = re.compile(r"\s(?:thuộc|trong)\s+(?P<org>" + _NUMBERED_CLUSTER + r"(?:,?\s+(?:khu\s+vực\s+)?"
                        + UPPER + r"\w*(?:\s+(?:" + UPPER + r"\w*|sông))*)?)\s+(?:đã\s+|vừa\s+)?(?:tổ chức|sơ kết|tổng kết|giao ban)\b")


# A numbered cluster's review tells its members' year ("các đơn vị trong Cụm thi đua số 7 đã bám sát …", "Công an các
# tỉnh thuộc Cụm thi đua số III đã đề ra …"): where the lead names no holder, the cluster is the body reviewed.
MEMBERS_CLUSTER = re.compile(r"\s(?:thuộc|trong)\s+(?P<org>" + _NUMBERED_CLUSTER + r")(?!\w)")


def first_cluster(pattern: re.Pattern[str], texts: list[str]) -> re.Match[str] | None:
    """Where the first of `texts` (title, then lead) names a cluster by one of the patterns above."""
    return next((m for text in texts if (m := pattern.search(text))), None)


# An association's or union's executive board meets as the association: "Ban Chấp hành Hội Chữ thập đỏ tỉnh họp …"
# reviews the Hội's year ("Ban Chấp hành Công đoàn …", "… Liên đoàn Lao động …", "… Thành Đoàn …" alike; so do its
# standing board, secretariat and standing members: "Ban Thường vụ Hội Nông dân tỉnh", "Thường trực T.Ư Hội CCB"), and the
# corpus labels it the Hội (a Party committee's board, "Ban Chấp hành Đảng bộ huyện", is labelled as the board: its
# plenum is the body that meets).
ASSOCIATION_BOARD = re.compile(r"^(?:Ban [Cc]hấp hành|BCH|Ban [Tt]hường vụ|BTV|Ban [Tt]hư ký|Thường trực)\s+(?=(?:(?:T\.Ư|TƯ|Trung ương) )?(?:Hội(?! [Đđ]ồng)|Hiệp hội|Công đoàn|Liên đoàn|Liên hiệp|(?:[Tt]rung ương |[Tt]hành |[Tt]ỉnh |[Hh]uyện |[Qq]uận |[Xx]ã )?[Đđ]oàn)\s)"
                               r"|^Ban Giám hiệu\s+(?=[Tt]rường\s)")  # a school's board of principals meets as the school


# A province's or district's trade union is its labour federation: "Công đoàn tỉnh" is how a reporter names the
# movement, "Liên đoàn Lao động tỉnh" (LĐLĐ) the body that meets, and an article that names both means the one body.
_TERRITORIAL_UNION = re.compile(r"Công đoàn\s+(?=(?:" + LEVEL_NAMES + r")(?!\w))")


def federation(doc: Document, org: str) -> str:
    """"Công đoàn quận Cẩm Lệ" is "Liên đoàn Lao động quận Cẩm Lệ" where the article names the level's federation."""
    m = _TERRITORIAL_UNION.match(org)
    level = org[m.end():].split()[0] if m else ""
    if m and re.search(r"(?:Liên đoàn Lao động|LĐLĐ)(?:\s*\(LĐLĐ\))?\s+" + level + r"(?!\w)", doc.source):
        return "Liên đoàn Lao động " + org[m.end():]
    return org


# A mass organisation named without a place that the article reports as a whole system ("Mặt trận Tổ quốc các cấp đã
# huy động …", "hội sinh viên các cấp trong tỉnh") or the courts of both levels ("Tòa án nhân dân hai cấp trong tỉnh"): a
# review of the system at every level, named so by the genre.
_ALL_LEVELS = r"\s+(?:các|hai|2|ba|3) cấp(?:\s+trong\s+(?:toàn\s+)?(?:" + LEVEL_NAMES + r"))?(?!\w)"


def all_levels(doc: Document, org: str) -> str:
    """"Mặt trận Tổ quốc" is "Mặt trận Tổ quốc các cấp" where the article writes the placeless name so."""
    m = re.search(either_case_start(org) + _ALL_LEVELS, doc.source)
    return capitalised(m.group(0)) if m else org
