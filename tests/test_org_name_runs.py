"""A standard body's name capitalises only the first syllable of its function ("Trung tâm Dự báo khí tượng thủy văn",
"Xí nghiệp Khai thác công trình thủy lợi"), so its lower-case words go on the name up to the place that closes it:
a level, a place's name or "trung ương". Where no place closes them, or a verb or a time word follows, the name ends
at its capitals. A name written in initials ("VKSND TP.HCM") is a name, not an all-caps banner. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from summarizer.pipeline.ingest import parse
from summarizer.pipeline.meta import find_organization


@pytest.mark.parametrize("text, expected", [
    pytest.param("Trong tháng 5, Chi cục Kiểm lâm vùng cao tỉnh đã tuần tra 40 lượt rừng, phát hiện 6 vụ vi phạm.",
                 "Chi cục Kiểm lâm vùng cao tỉnh", id="closed_by_a_level"),
    pytest.param("Năm 2026, Hiệp hội Chế biến gỗ Bình Phước đã kết nạp 12 hội viên mới, tổ chức 3 đoàn xúc tiến thương mại.",
                 "Hiệp hội Chế biến gỗ Bình Phước", id="closed_by_a_place_name"),
    pytest.param("Đây là kết quả được nêu tại hội nghị tổng kết năm của Trung tâm Quan trắc môi trường trung ương tổ chức "
                 "sáng 20-12. Năm 2026, đơn vị đã lắp đặt 15 trạm quan trắc tự động.",
                 "Trung tâm Quan trắc môi trường trung ương", id="closed_by_the_centre"),
    pytest.param("Năm 2026, Ban Quản lý rừng phòng hộ huyện Mường Lát đã trồng 200 ha rừng, đạt 100% kế hoạch.",
                 "Ban Quản lý rừng phòng hộ huyện Mường Lát", id="a_level_then_its_place"),
    pytest.param("Năm 2026, Ban Quản lý dự án đầu tư xây dựng huyện Gia Lâm đã giải ngân 320 tỷ đồng, đạt 91% kế hoạch.",
                 "Ban Quản lý dự án đầu tư xây dựng huyện Gia Lâm", id="verbs_used_as_nouns_in_the_name"),
])
def test_lower_case_words_go_on_to_the_place(text, expected):
    assert find_organization(parse(text)) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Năm 2026, Sở Xây dựng tổ chức hội nghị tại huyện Gia Lâm, đã cấp 320 giấy phép xây dựng.",
                 "Sở Xây dựng", id="a_verb_ends_it"),
    pytest.param("Tháng 6, Trung tâm Khuyến nông năm nay đã mở 20 lớp tập huấn cho 900 lượt nông dân ở tỉnh Lào Cai.",
                 "Trung tâm Khuyến nông", id="a_time_word_is_no_part_of_it"),
    pytest.param("Ngày 12/3, Đảng bộ Công an Trung ương lần thứ VII tổng kết công tác năm 2026, kết nạp 40 đảng viên.",
                 "Đảng bộ Công an Trung ương", id="a_congress_count_is_no_part_of_it"),
])
def test_a_name_ends_at_its_capitals_where_no_place_closes_it(text, expected):
    assert find_organization(parse(text)) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ngày 5-1, VKSND TP.HCM tổ chức hội nghị triển khai công tác kiểm sát năm 2027. Hội nghị có sự tham dự của "
                 "ông Trần Văn Bình (Bí thư Thành ủy TP.HCM). Năm 2026, VKSND TP.HCM đã thụ lý 2.100 vụ án.",
                 "VKSND TP.HCM", id="a_procuracy_and_its_city_in_initials"),
    pytest.param("Ngày 8-1, UBND TP HCM tổ chức hội nghị tổng kết năm 2026. Năm 2026, thành phố đã thu ngân sách 480.000 tỷ đồng.",
                 "UBND TP HCM", id="a_committee_and_its_city_in_initials"),
])
def test_a_name_written_in_initials_is_no_banner(text, expected):
    """Initials carry no tone or vowel mark, an all-caps banner's syllables do: "VKSND TP.HCM" is a name."""
    assert find_organization(parse(text)) == expected


def test_a_party_cell_written_in_lower_case_holds_its_review():
    """The genre often writes a Party cell in lower case before its capitalised name ("chi bộ Trường …")."""
    text = ("Thực hiện kế hoạch năm của chi bộ và theo chỉ đạo của Đảng ủy khối cơ quan tỉnh, ngày 10/1/2027 chi bộ Trường "
            "Trung cấp Nghề Bình Minh tổ chức hội nghị tổng kết công tác năm 2026. Năm 2026, chi bộ đã kết nạp 3 đảng viên.")
    assert find_organization(parse(text)) == "Chi bộ Trường Trung cấp Nghề Bình Minh"


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ngày 20/1/2027 Trung tâm Y tế huyện Củ Chi Tổ chức Tổng kết công tác năm 2026. Năm 2026, đơn vị đã khám "
                 "bệnh cho 250.000 lượt người.", "Trung tâm Y tế huyện Củ Chi", id="the_verb_written_with_a_capital"),
    pytest.param("Đoàn khối các cơ quan tỉnh – Tổ chức Hội nghị BCH sơ kết 6 tháng đầu năm 2026\n\nSáu tháng đầu năm 2026, "
                 "Đoàn khối đã kết nạp 120 đoàn viên.", "Đoàn khối các cơ quan tỉnh", id="a_headlines_dash_before_it"),
])
def test_a_capitalised_tổ_chức_is_the_verb_after_a_name(text, expected):
    """Pages capitalise the verb ("… huyện Củ Chi Tổ chức Tổng kết hè"): it holds the meeting, it is no place's word."""
    assert find_organization(parse(text)) == expected
