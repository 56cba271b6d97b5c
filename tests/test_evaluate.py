"""Metrics: hand-computed cases on small Vietnamese texts written for these tests."""

from __future__ import annotations

import unicodedata

import pytest

from summarizer.evals import metrics as ev
from summarizer.evals.checks import period_key
from summarizer.evals.metrics import (
    MATCH_THRESHOLD,
    aggregate,
    category_scores,
    extract_figures,
    headline,
    match_items,
    meta_accuracy,
    normalize,
    schema_errors,
    score_article,
    similarity,
    tokens,
)
from summarizer.models import Summary

SOURCE = (
    "Ngày 10/7/2025, Đảng ủy xã An Bình tổ chức hội nghị sơ kết 6 tháng đầu năm 2025. "
    "Đồng chí Nguyễn Văn An, Bí thư Đảng ủy xã chủ trì hội nghị. "
    "Thu ngân sách đạt 62,5% dự toán; tỷ lệ bao phủ bảo hiểm y tế đạt 94,7%; "
    "trồng mới 7.396,54ha rừng; kết nạp 03 đảng viên mới. "
    "Tuy nhiên, tiến độ giải phóng mặt bằng còn chậm. "
    "Thời gian tới, UBND xã hoàn thành thu ngân sách trước 31/12/2025."
)

GOLD = {
    "article": "900_an_binh.txt",
    "meta": {
        "organization": "Đảng ủy xã An Bình",
        "meeting_date": "2025-07-10",
        "period": "6 tháng đầu năm 2025",
        "chair": ["Nguyễn Văn An"],
    },
    "achievements": [
        "Thu ngân sách đạt 62,5% dự toán",
        "Tỷ lệ bao phủ bảo hiểm y tế đạt 94,7%",
        "Trồng mới 7.396,54ha rừng",
        "Kết nạp 03 đảng viên mới",
    ],
    "shortcomings": ["Tiến độ giải phóng mặt bằng còn chậm"],
    "tasks": ["Hoàn thành thu ngân sách trước 31/12/2025 (UBND xã chủ trì)"],
}


def item(text: str, quote: str, source: str = SOURCE, shift: int = 0) -> dict:
    start = source.index(quote) + shift
    return {"text": text, "quote": quote, "start": start, "end": start + len(quote)}


def summary(achievements=(), shortcomings=(), tasks=(), meta=None, **prov) -> dict:
    prov = {"tool_version": "0.1.0", "model": "m", "strategy": "single", "prompt_version": "p1", **prov}
    return Summary.model_validate(
        {
            "article": "900_an_binh.txt",
            "meta": meta or {},
            "achievements": list(achievements),
            "shortcomings": list(shortcomings),
            "tasks": list(tasks),
            "provenance": prov,
        }
    ).model_dump()


def perfect() -> dict:
    return summary(
        achievements=[
            item("Thu ngân sách đạt 62,5% dự toán", "Thu ngân sách đạt 62,5% dự toán"),
            item("Tỷ lệ bao phủ bảo hiểm y tế đạt 94,7%", "tỷ lệ bao phủ bảo hiểm y tế đạt 94,7%"),
            item("Trồng mới 7.396,54ha rừng", "trồng mới 7.396,54ha rừng"),
            item("Kết nạp 03 đảng viên mới", "kết nạp 03 đảng viên mới"),
        ],
        shortcomings=[item("Tiến độ giải phóng mặt bằng còn chậm", "tiến độ giải phóng mặt bằng còn chậm")],
        tasks=[
            {
                **item(
                    "Hoàn thành thu ngân sách trước 31/12/2025",
                    "UBND xã hoàn thành thu ngân sách trước 31/12/2025",
                ),
                "owner": "UBND xã chủ trì",
            }
        ],
        meta=GOLD["meta"],
    )


@pytest.fixture(scope="module")
def schema() -> dict:
    return Summary.model_json_schema()


# ---------------------------------------------------------------- text
def test_normalize_keeps_diacritics_and_nfc():
    nfd = unicodedata.normalize("NFD", "ĐÃ  Hoàn thành")
    assert normalize(nfd) == "đã hoàn thành"
    assert normalize("đã") != normalize("da")


def test_diacritic_only_difference_is_not_equal_words():
    a, b = tokens("đã hoàn thành"), tokens("da hoan thanh")
    assert a == ["đã", "hoàn", "thành"] and b == ["da", "hoan", "thanh"]
    assert not set(a) & set(b)
    assert similarity("đã hoàn thành", "da hoan thanh") < MATCH_THRESHOLD
    assert category_scores(["Đã hoàn thành kế hoạch năm"], ["Da hoan thanh ke hoach nam"])["tp"] == 0
    # the same words in NFD form are equal
    assert similarity(unicodedata.normalize("NFD", "đã hoàn thành"), "Đã hoàn thành") == 1.0


def test_figures_stay_whole():
    text = "Tỷ lệ 94,7%; diện tích 7.396,54ha; 03 đồng chí; 7/13 xã; năm 2020-2025."
    assert extract_figures(text) == ["94,7%", "7.396,54", "03", "7/13", "2020", "2025"]
    assert extract_figures("đạt 94,7 %.") == ["94,7%"]
    assert extract_figures("94.7%") == ["94.7%"] != extract_figures("94,7%")
    assert extract_figures("không có số") == []
    # a figure a page glues to the word before it is the same figure ("tăng trưởng đạt13,04%" states 13,04%)
    assert extract_figures("tốc độ tăng trưởng kinh tế đạt13,04%.") == ["13,04%"] == extract_figures("đạt 13,04%")


def test_similarity_bounds_and_paraphrase():
    assert similarity("Kết nạp 03 đảng viên mới", "kết nạp 03 đảng viên mới.") == 1.0
    assert similarity("", "") == 1.0 and similarity("abc", "") == 0.0
    s = similarity("Tiến độ giải phóng mặt bằng còn chậm", "Công tác giải phóng mặt bằng còn chậm tiến độ")
    assert MATCH_THRESHOLD <= s < 1.0
    assert similarity("Thu ngân sách đạt 62,5% dự toán", "Kết nạp 03 đảng viên mới") < 0.2


# ---------------------------------------------------------------- matching and P/R/F1
def test_perfect_prediction():
    gold = GOLD["achievements"]
    r = category_scores(list(gold), gold)
    assert (r["tp"], r["fp"], r["fn"]) == (4, 0, 0)
    assert r["precision"] == r["recall"] == r["f1"] == 1.0


def test_empty_cases():
    r = category_scores([], [])
    assert (r["tp"], r["fp"], r["fn"], r["precision"], r["recall"], r["f1"]) == (0, 0, 0, 1.0, 1.0, 1.0)
    r = category_scores([], ["Kết nạp 03 đảng viên mới"])
    assert (r["tp"], r["fp"], r["fn"], r["precision"], r["recall"], r["f1"]) == (0, 0, 1, 0.0, 0.0, 0.0)
    r = category_scores(["Kết nạp 03 đảng viên mới"], [])
    assert (r["tp"], r["fp"], r["fn"], r["precision"], r["recall"], r["f1"]) == (0, 1, 0, 0.0, 0.0, 0.0)


def test_partial_overlap():
    pred = [
        "Kết nạp 03 đảng viên mới",
        "Thu ngân sách đạt 62,5% dự toán",
        "Tổ chức lễ hội văn hóa truyền thống",
    ]
    gold = [
        "Thu ngân sách đạt 62,5% dự toán",
        "Hoàn thành 3 công trình giao thông nông thôn",
        "Kết nạp 03 đảng viên mới",
        "Giải ngân vốn đầu tư công đạt 45%",
    ]
    r = category_scores(pred, gold)
    assert (r["tp"], r["fp"], r["fn"]) == (2, 1, 2)
    assert r["precision"] == pytest.approx(2 / 3)
    assert r["recall"] == pytest.approx(1 / 2)
    assert r["f1"] == pytest.approx(4 / 7)
    assert [m[:2] for m in r["matches"]] == [[0, 2], [1, 0]]
    assert r["spurious"] == ["Tổ chức lễ hội văn hóa truyền thống"]
    assert r["missed"] == [gold[1], gold[3]]


def test_duplicates_in_prediction_are_false_positives():
    a, b = "Kết nạp 03 đảng viên mới", "Tiến độ giải phóng mặt bằng còn chậm"
    r = category_scores([a, a, b], [a, b])
    assert (r["tp"], r["fp"], r["fn"]) == (2, 1, 0)
    assert r["precision"] == pytest.approx(2 / 3) and r["recall"] == 1.0


def test_threshold_is_a_parameter():
    a, b = "Kết nạp 03 đảng viên mới", "Trong quý, đảng bộ kết nạp 03 đảng viên"
    s = similarity(a, b)
    assert len(match_items([a], [b], threshold=s)) == 1
    assert match_items([a], [b], threshold=s + 0.01) == []


def test_matching_maximises_number_of_pairs(monkeypatch):
    table = {("p0", "g0"): 1.0, ("p0", "g1"): 0.3, ("p1", "g0"): 0.3, ("p1", "g1"): 0.0}
    monkeypatch.setattr(ev, "similarity", lambda a, b: table[(a, b)])
    got = match_items(["p0", "p1"], ["g0", "g1"], threshold=0.3)
    assert [(p, g) for p, g, _ in got] == [(0, 1), (1, 0)]


# ---------------------------------------------------------------- metadata, schema
def test_meta_accuracy_fields():
    gold = {
        "organization": "Đảng ủy xã An Bình",
        "meeting_date": "2025-07-10",
        "period": "Quý I/2024",
        "chair": ["Nguyễn Văn An", "Trần Thị Bình"],
    }
    pred = {
        "organization": "đảng ủy  xã AN BÌNH",
        "meeting_date": "2025-07-10",
        "period": "quý I / 2024",
        "chair": ["trần thị  bình", "Nguyễn Văn An"],
    }
    r = meta_accuracy(pred, gold)
    assert r == {"organization": True, "meeting_date": True, "period": True, "chair": True, "accuracy": 1.0}
    pred2 = {
        "organization": "Dang uy xa An Binh",
        "meeting_date": "10/07/2025",
        "period": "Quý II/2024",
        "chair": ["Nguyễn Văn An"],
    }
    r = meta_accuracy(pred2, gold)
    assert r["accuracy"] == 0.0 and not any(r[f] for f in ev.META_FIELDS)
    r = meta_accuracy(
        {"organization": "Đảng ủy xã An Bình"},
        {"organization": "Đảng ủy xã An Bình", "meeting_date": None, "chair": []},
    )
    assert r == {"organization": True, "meeting_date": True, "period": None, "chair": True, "accuracy": 1.0}
    r = meta_accuracy(None, {"organization": "Huyện ủy Mỹ Đức", "meeting_date": "2024-04-02"})
    assert r["accuracy"] == 0.0
    # standard abbreviations name the same body ("Đảng ủy khối CCQ tỉnh" is "… các cơ quan tỉnh"); a place is not one
    assert meta_accuracy({"organization": "Đảng ủy khối CCQ tỉnh"},
                         {"organization": "Đảng ủy khối các cơ quan tỉnh"})["organization"] is True
    assert meta_accuracy({"organization": "Đảng ủy khối tỉnh"},
                         {"organization": "Đảng ủy khối các cơ quan tỉnh"})["organization"] is False
    # mass organisations' standard abbreviations too: HND, HCCB, CCB, TNXP, LĐLĐ, HLHPN, UBMTTQ, MTTQVN; TP
    for short, full in [("HND xã", "Hội nông dân xã"), ("HCCB huyện", "Hội Cựu chiến binh huyện"),
                        ("HLHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"), ("UBMTTQ xã", "Ủy ban MTTQ xã"),
                        ("Uỷ ban MTTQVN xã", "Mặt trận Tổ quốc xã"), ("Hội CCB tỉnh", "Hội Cựu chiến binh tỉnh"),
                        ("Hội cựu TNXP phường", "Hội cựu thanh niên xung phong phường"),
                        ("LĐLĐ huyện", "Liên đoàn Lao động huyện"), ("Công an TP Huế", "Công an thành phố Huế"),
                        ("Ban Chỉ đạo THADS tỉnh", "Ban Chỉ đạo thi hành án dân sự tỉnh"),
                        ("Hội người mù TX Cửa Lò", "Hội người mù thị xã Cửa Lò"), ("TAND huyện Cái Nước", "Tòa án nhân dân huyện Cái Nước"),
                        ("VKSND tỉnh", "Viện kiểm sát nhân dân tỉnh"), ("BHXH TP Hà Nội", "Bảo hiểm xã hội thành phố Hà Nội"),
                        ("NHCSXH huyện", "Ngân hàng Chính sách xã hội huyện"),
                        ("Ngân hàng CSXH huyện Thanh Ba", "Ngân hàng Chính sách xã hội huyện Thanh Ba"),
                        ("Đài PTTH Thanh Hóa", "Đài Phát thanh và Truyền hình Thanh Hóa"),
                        ("Đài PT-TH tỉnh", "Đài Phát thanh – Truyền hình tỉnh"),
                        ("Sở Văn hóa, Thể thao & Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
                        ("UBMTTQVN tỉnh Gia Lai", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai"),
                        ("MTTQ Việt Nam xã Phú Thạnh", "Ủy ban MTTQ xã Phú Thạnh"),
                        ("HTX Dịch vụ nông nghiệp Tân Hòa", "Hợp tác xã Dịch vụ nông nghiệp Tân Hòa"),
                        ("UBKT Huyện ủy Đơn Dương", "Ủy ban Kiểm tra Huyện ủy Đơn Dương"),
                        ("Bộ Chỉ huy BĐBP tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
                        ("Cảnh sát PCCC tỉnh", "Cảnh sát Phòng cháy và chữa cháy tỉnh"),
                        ("Cảnh sát Phòng cháy chữa cháy tỉnh", "Cảnh sát Phòng cháy và chữa cháy tỉnh"),
                        ("Cục Quản lý XNC", "Cục Quản lý xuất nhập cảnh"),
                        ("Hội NNCĐDC/dioxin tỉnh", "Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
                        ("Hội VNDG Quảng Ninh", "Hội Văn nghệ dân gian Quảng Ninh"),
                        # the Front's committee written short: "Ủy ban Mặt trận", "Mặt trận" and its place
                        ("UBMTTQ Việt Nam xã Phú Thạnh", "Ủy ban Mặt trận xã Phú Thạnh"),
                        ("Mặt trận phường Bàn Thạch", "Uỷ ban MTTQ Việt Nam phường Bàn Thạch"),
                        # a bracketed gloss of initials after a name, or inside it
                        ("Tổng Công ty Cấp nước Sài Gòn", "Tổng Công ty Cấp nước Sài Gòn (SAWACO)"),
                        # a placed body's parent address in brackets; a term; the national name in a local chapter's;
                        # a body "of" its level
                        ("UBND xã An Phú", "UBND xã An Phú (huyện Hòa Vang, TP.Đà Nẵng)"),
                        ("Viện Kiểm sát nhân dân thị xã Ba Đồn", "Viện Kiểm sát nhân dân thị xã Ba Đồn (tỉnh Quảng Bình)"),
                        ("HĐND huyện Phú Vang", "HĐND huyện Phú Vang khoá XIX"), ("HĐND huyện", "HĐND huyện nhiệm kỳ 2021 - 2026"),
                        ("Hội Chữ thập đỏ tỉnh", "Hội Chữ thập đỏ Việt Nam tỉnh"),
                        ("Hội LHTN tỉnh Nghệ An", "Hội LHTN Việt Nam tỉnh Nghệ An"),
                        ("Ban Chỉ đạo phòng chống thiên tai của tỉnh", "Ban Chỉ đạo phòng chống thiên tai tỉnh"),
                        ("Lực lượng Kiểm lâm tỉnh Lạng Sơn", "Kiểm lâm tỉnh Lạng Sơn"),  # a force is its service
                        ("Thanh tra tỉnh Quảng Trị", "Ngành Thanh tra tỉnh Quảng Trị"),  # a sector by its body's name
                        ("BHXH Nghệ An", "Ngành BHXH Nghệ An"),
                        # a province's union of associations by its members' name
                        ("Hội Văn học Nghệ thuật tỉnh Kon Tum", "Liên hiệp các Hội Văn học - Nghệ thuật tỉnh Kon Tum"),
                        ("Hội KH&KT tỉnh", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
                        # a place's level word written or left out
                        ("Công an tỉnh Trà Vinh", "Công an Trà Vinh"), ("Hội Luật gia Long An", "Hội Luật gia tỉnh Long An"),
                        ("Chi cục Thống kê huyện Đô Lương", "Chi cục Thống kê Đô Lương"),
                        ("Ban Chỉ đạo Bảo hiểm xã hội, Bảo hiểm y tế tỉnh", "Ban Chỉ đạo Bảo hiểm xã hội (BHXH), Bảo hiểm y tế (BHYT) tỉnh"),
                        # old and new tone placement spell one name
                        ("Thị uỷ Cửa Lò", "Thị ủy Cửa Lò"), ("Toà án nhân dân", "Tòa án nhân dân"), ("Huyện ủy Thuỷ Nguyên", "Huyện ủy Thủy Nguyên")]:
        assert meta_accuracy({"organization": short}, {"organization": full})["organization"] is True
    assert meta_accuracy({"organization": "HND xã"}, {"organization": "HND huyện"})["organization"] is False
    # a number written with its leading zero is the same number, a different number is not
    assert meta_accuracy({"organization": "Cụm thi đua số 03"}, {"organization": "Cụm thi đua số 3"})["organization"] is True
    assert meta_accuracy({"organization": "Cụm thi đua số 03"}, {"organization": "Cụm thi đua số 30"})["organization"] is False
    # departments' initials with "&" ("Sở GD&ĐT"), and a Party organisation's executive committee by either of the
    # charter's names ("Tỉnh ủy X" is "Ban Chấp hành Đảng bộ tỉnh X"); its standing board and the organisation are not it
    for short, full in [("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"), ("Phòng NN&PTNT huyện", "Phòng Nông nghiệp và Phát triển nông thôn huyện"),
                        ("Hội NTKC huyện Châu Thành", "Hội người tù kháng chiến huyện Châu Thành"),
                        ("Tỉnh ủy Đắk Nông", "Ban Chấp hành Đảng bộ tỉnh Đắk Nông"), ("Tỉnh ủy", "BCH Đảng bộ tỉnh"),
                        ("Thị ủy Phú Mỹ", "Ban Chấp hành Đảng bộ TX.Phú Mỹ"), ("Đảng ủy xã Tâm Thắng", "Ban Chấp hành Đảng bộ xã Tâm Thắng"),
                        ("Thành ủy Cần Thơ", "Ban Chấp hành Đảng bộ thành phố Cần Thơ")]:
        assert meta_accuracy({"organization": short}, {"organization": full})["organization"] is True
    for a, b in [("Ban Thường vụ Tỉnh ủy", "Tỉnh ủy"), ("Đảng bộ tỉnh", "Tỉnh ủy"), ("Huyện ủy Đông Hưng", "Tỉnh ủy Đông Hưng"),
                 ("Cụm thi đua số 1", "Cụm thi đua số 1 (Bộ Công an)"), ("Khối thi đua", "Khối thi đua (khối 1)"),
                 ("Tòa án nhân dân", "Tòa án nhân dân (Huế)"), ("Tòa án nhân dân", "Tòa án nhân dân (tỉnh Gia Lai)"),
                 ("Hội Chữ thập đỏ Việt Nam", "Hội Chữ thập đỏ tỉnh"), ("Hội VHNT tỉnh Kon Tum", "Liên hiệp các Hội VHNT tỉnh Gia Lai"), ("HĐND huyện Phú Vang khóa XIX", "HĐND tỉnh Phú Vang khóa XIX"),
                 ("Công an thành phố Thái Nguyên", "Công an tỉnh Thái Nguyên"), ("Hội Nông dân xã An Bình", "Hội Nông dân huyện An Bình"),
                 ("Sở GD&ĐT", "Sở NN&PTNT"), ("Mặt trận xã Phú Thạnh", "Mặt trận phường Phú Thạnh"),
                 ("Sở Y tế Hà Nội", "Ngành Y tế Hà Nội"), ("Ngành Thanh tra tỉnh X", "Thanh tra huyện X")]:
        assert meta_accuracy({"organization": a}, {"organization": b})["organization"] is False
    assert meta_accuracy({"organization": "UBND xã Quỳ Châu"}, {"organization": "UBND xã Qùy Châu"})["organization"] is False


@pytest.mark.parametrize(("pred", "gold", "right"), [
    ("Sở Y tế", "Sở Y tế tỉnh Khánh Hòa", True),  # the article's body, its place left out
    ("Hội Nhà báo tỉnh", "Hội Nhà báo tỉnh Vĩnh Phúc", True),
    ("Ban Dân vận Thành ủy", "Ban Dân vận Thành ủy Đà Nẵng", True),
    ("Sở KH&CN", "Sở Khoa học và Công nghệ tỉnh Thừa Thiên Huế", True),
    ("UBND huyện", "UBND huyện Ninh Hải", True),
    ("Sở TT-TT", "Sở TT-TT Bà Rịa-Vũng Tàu", True),
    ("Hội Cựu chiến binh tỉnh Champasak", "Hội Cựu chiến binh tỉnh", False),  # a place the gold lacks: unverified
    ("UBND huyện Đô", "UBND huyện Đô Lương", False),  # a place of its own, cut short
    ("Sở Nội", "Sở Nội vụ", False),  # more than a place is missing
    ("Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Phát triển nông thôn các tỉnh Nam bộ", False),
    ("Cụm thi đua số 8", "Cụm thi đua số 8 – Bắc sông Hậu", False),
    ("Đảng bộ", "Đảng bộ phường Sa Pa", False),  # a head alone names no body
    ("Ngành Y tế", "Ngành Y tế Hà Nội", True),
    ("Chi cục Thuế", "Cục Thuế tỉnh Bình Định", False),
    # a place after its level is a place, whatever its syllables: a head's word ("Hải Phòng", "Tân Hội") or a number
    # (Ho Chi Minh City's and some towns' districts and wards, "quận 12", "phường 5")
    ("Hội Nhà báo thành phố", "Hội Nhà báo thành phố Hải Phòng", True),
    ("UBND xã", "UBND xã Tân Hội", True),
    ("Phòng Y tế quận", "Phòng Y tế quận 12", True),
    ("Phòng Y tế", "Phòng Y tế quận 12", True),
    ("Phòng Y tế quận", "Phòng Y tế quận 12 và Trung tâm Y tế", False),  # not a place: what follows is a body
    ("Sở Y tế thành phố Hải", "Sở Y tế thành phố Hải Phòng", False),  # a place of its own, cut short
    # a level at the name's end stands for the article's place ("the city's"): the prediction may leave it out too
    ("Phòng Lao động - Thương binh & Xã hội", "Phòng lao động thương binh và xã hội thành phố", True),
    ("Đảng ủy Bộ đội Biên phòng", "Đảng ủy Bộ đội Biên phòng tỉnh", True),
    ("Đảng bộ", "Đảng bộ tỉnh", False),  # a head alone
    ("Hội Nông dân tỉnh", "Hội Nông dân", False),  # a level the gold lacks: unverified
    ("Hội Nông dân huyện", "Hội Nông dân tỉnh", False),  # another level: another body
])
def test_a_prediction_may_leave_out_the_place_the_gold_names(pred, gold, right):
    assert meta_accuracy({"organization": pred}, {"organization": gold})["organization"] is right


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Quý I/2024", "quý 1 năm 2024", True),
    ("tháng 2/2025", "Tháng 2 năm 2025", True),
    ("9 tháng năm 2024", "9 tháng đầu năm 2024", True),
    ("năm 2023", "Năm 2023", True),
    ("quý I/2024", "quý II/2024", False),
    ("6 tháng đầu năm", "6 tháng đầu năm 2022", False),  # a year the article did not give is not the same answer
    ("6 tháng đầu năm 2025", "6 tháng cuối năm 2025", False),
    ("tháng 8/2022", "8 tháng đầu năm 2022", False),
    ("09 tháng đầu năm 2020", "9 tháng đầu năm 2020", True),  # a count written with its leading zero
    ("tháng 09/2020", "tháng 9/2020", True),
    ("9 tháng đầu năm 2020", "10 tháng đầu năm 2020", False),
    ("9 tháng của năm 2020", "9 tháng năm 2020", True),
    ("tháng 9 của năm 2020", "tháng 9/2020", False),  # only a count of months reads "của" as filler
    ("Sáu tháng đầu năm 2019", "6 tháng đầu năm 2019", True),  # a count spelt out at a sentence's head
    ("chín tháng năm 2019", "9 tháng đầu năm 2019", True),
    ("sáu tháng đầu năm 2019", "3 tháng đầu năm 2019", False),
    ("mười hai tháng năm 2019", "2 tháng đầu năm 2019", False),
    ("vụ lúa hè thu 2006", "hè thu 2006", True),  # a crop season with or without "vụ" and its crop
    ("Vụ Đông Xuân 2018 – 2019", "đông xuân 2018 - 2019", True),
    ("vụ hè thu 2019", "vụ đông xuân 2019", False),
    ("vụ mùa 2019", "năm 2019", False),
])
def test_a_period_is_compared_by_what_it_names_not_how_it_is_spelt(a, b, same):
    assert (period_key(a) == period_key(b)) is same
    assert meta_accuracy({"period": a}, {"period": b})["period"] is same


def test_schema_errors(schema):
    assert schema_errors(perfect(), schema) == []
    bad = perfect()
    del bad["provenance"]
    bad["achievements"][0]["start"] = -1
    errs = schema_errors(bad, schema)
    assert len(errs) == 2 and any("provenance" in e for e in errs)
    assert schema_errors({}, schema)


# ---------------------------------------------------------------- a whole article
def test_score_article_perfect(schema):
    r = score_article(perfect(), GOLD, SOURCE, schema=schema)
    for c in ev.CATEGORIES:
        assert r["categories"][c]["f1"] == 1.0
    assert r["overall"] == {"tp": 6, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    f = r["figures"]
    # 62,5% 94,7% 7.396,54 03 31/12/2025 ; gold the same five
    assert (f["pred_total"], f["pred_in_source"], f["gold_total"], f["gold_recovered"]) == (5, 5, 5, 5)
    assert f["number_fidelity"] == f["gold_figure_recall"] == 1.0
    assert r["grounding"] == {"items": 6, "grounded": 6, "quote_found": 6, "grounding_rate": 1.0}
    assert r["schema"]["valid"] and r["meta"]["accuracy"] == 1.0
    assert r["cost"] == {
        "prompt_tokens": 0,
        "completion_tokens": 0,
        "calls": 0,
        "cache_hits": 0,
        "seconds": None,
    }


def test_score_article_figures_and_grounding(schema):
    pred = summary(
        achievements=[
            item("Tỷ lệ bao phủ bảo hiểm y tế đạt 94.7%", "tỷ lệ bao phủ bảo hiểm y tế đạt 94,7%"),
            item("Trồng mới 7.396,54 ha rừng", "trồng mới 7.396,54ha rừng", shift=1),  # wrong offset
        ]
    )
    r = score_article(pred, GOLD, SOURCE, schema=schema)
    f = r["figures"]
    assert (f["pred_total"], f["pred_in_source"]) == (2, 1)
    assert f["number_fidelity"] == 0.5 and f["unsupported"] == ["94.7%"]
    assert (f["gold_total"], f["gold_recovered"]) == (5, 1)
    assert f["gold_figure_recall"] == pytest.approx(0.2)
    assert f["missing"] == sorted(["62,5%", "94,7%", "03", "31/12/2025"])
    assert r["grounding"] == {"items": 2, "grounded": 1, "quote_found": 2, "grounding_rate": 0.5}
    a = r["categories"]["achievements"]
    assert (a["tp"], a["fp"], a["fn"]) == (2, 0, 2)
    assert (r["overall"]["tp"], r["overall"]["fp"], r["overall"]["fn"]) == (2, 0, 4)


def test_score_article_empty_prediction(schema):
    r = score_article({}, GOLD, SOURCE, schema=schema)
    assert r["overall"]["f1"] == 0.0 and r["overall"]["fn"] == 6
    assert r["figures"]["number_fidelity"] is None and r["figures"]["gold_figure_recall"] == 0.0
    assert r["grounding"]["grounding_rate"] is None
    assert not r["schema"]["valid"]


def test_score_article_empty_gold(schema):
    gold = {"article": "x.txt", "achievements": [], "shortcomings": [], "tasks": []}
    r = score_article(summary(), gold, SOURCE, schema=schema)
    assert r["overall"]["f1"] == 1.0 and r["figures"]["gold_figure_recall"] is None
    assert r["meta"]["accuracy"] is None
    r = score_article(perfect(), gold, SOURCE, schema=schema)
    assert r["overall"]["fp"] == 6 and r["overall"]["f1"] == 0.0


def test_aggregate_micro_and_macro(schema):
    good = score_article(perfect(), GOLD, SOURCE, schema=schema)
    good["cost"] = {
        "prompt_tokens": 100,
        "completion_tokens": 10,
        "calls": 2,
        "cache_hits": 0,
        "seconds": 3.0,
    }
    empty = score_article({}, GOLD, SOURCE, schema=schema)
    t = aggregate([good, empty])
    a = t["categories"]["achievements"]
    assert (a["tp"], a["fp"], a["fn"]) == (4, 0, 4)
    assert a["precision"] == 1.0 and a["recall"] == 0.5 and a["f1"] == pytest.approx(2 / 3)
    assert a["macro_f1"] == 0.5 and a["macro_precision"] == 0.5
    assert t["overall"]["f1"] == pytest.approx(2 / 3)
    assert t["figures"]["number_fidelity"] == 1.0  # the empty one has no figures: not in denominator
    assert t["figures"]["gold_figure_recall"] == 0.5
    assert t["grounding"]["grounding_rate"] == 1.0
    assert t["schema_validity"] == 0.5
    assert t["meta"]["accuracy"] == 0.5
    assert t["cost"]["prompt_tokens"] == 100 and t["cost"]["seconds"] == 3.0
    h = headline(t)
    assert list(h) == list(ev.HEADLINE_METRICS)
    assert h["f1_achievements"] == pytest.approx(2 / 3) and h["schema_validity"] == 0.5
    assert aggregate([])["categories"]["tasks"]["f1"] is None


def test_cost_from_provenance():
    pred = summary(
        usage={"prompt_tokens": 1200, "completion_tokens": 300, "calls": 3, "cache_hits": 1},
        timings={"total": 12.5},
    )
    assert ev.cost_of(pred) == {
        "prompt_tokens": 1200,
        "completion_tokens": 300,
        "calls": 3,
        "cache_hits": 1,
        "seconds": 12.5,
    }
    assert ev.cost_of({"provenance": {"timings": {"wall": 2}}})["seconds"] == 2.0
