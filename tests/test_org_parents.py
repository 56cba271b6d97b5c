"""A body named with its parent, its branch or its central committee: the parent after ", trực thuộc" is no part of
its name, a branch is named by its place, a national mass organisation by its Central Committee; and what a body
does routinely, a caption's honorific glued to a headline or a resolution's title after its issuer is no part of
its name. Articles written for these tests."""

from __future__ import annotations

import pytest

from summarizer.pipeline.ingest import parse
from summarizer.pipeline.meta import find_organization


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ngày 12-6, Đảng bộ Công ty Điện lực Sóc Sơn, trực thuộc Tổng Công ty Điện lực TP Hà Nội (EVNHANOI) tổ chức "
                 "Đại hội Đảng bộ lần thứ IV, nhiệm kỳ 2025-2030. Nhiệm kỳ qua, công ty sản xuất 3,2 tỷ kWh điện.",
                 "Đảng bộ Công ty Điện lực Sóc Sơn", id="the_parent_after_truc_thuoc_is_no_part_of_the_name"),
    pytest.param("Thời gian tới, Ngân hàng Nhà nước chi nhánh Hà Tĩnh tiếp tục chỉ đạo các tổ chức tín dụng giảm lãi suất. "
                 "Năm 2026, dư nợ cho vay trên địa bàn tăng 11,2%.",
                 "Ngân hàng Nhà nước chi nhánh Hà Tĩnh", id="a_branch_is_named_by_its_place"),
    pytest.param("(PV) - Trung ương Hội Nông dân Việt Nam vừa tổ chức Hội nghị sơ kết 6 tháng đầu năm 2026. 6 tháng qua, "
                 "các cấp Hội đã vận động nông dân đóng góp 120 tỷ đồng xây dựng nông thôn mới.",
                 "Trung ương Hội Nông dân Việt Nam", id="a_national_mass_organisation_is_named_by_its_central_committee"),
    pytest.param("Năm 2026, Ban Thư ký Hội LHTN Việt Nam tỉnh thường xuyên tổ chức các chương trình tình nguyện. Toàn tỉnh "
                 "kết nạp mới 8.120 hội viên.",
                 "Ban Thư ký Hội LHTN Việt Nam tỉnh", id="what_a_body_does_routinely_is_no_part_of_its_name"),
    pytest.param("Tại phiên làm việc, Đoàn trường và Hội Sinh viên trường đã báo cáo tổng kết công tác năm học 2025 - 2026. "
                 "Năm học qua, 1.200 sinh viên tham gia tình nguyện.",
                 "Đoàn trường và Hội Sinh viên trường", id="bodies_that_report_their_review_together_are_its_holder"),
    pytest.param("Hội nghị lần thứ 9, Ủy ban Mặt trận Tổ quốc tỉnh\nĐồng chí Trần Văn Minh, Phó Chủ tịch Ủy ban MTTQ tỉnh "
                 "phát biểu tại hội nghị. 6 tháng đầu năm, MTTQ các cấp vận động 12 tỷ đồng Quỹ Vì người nghèo.",
                 "Ủy ban Mặt trận Tổ quốc tỉnh", id="the_honorific_opening_a_caption_after_a_headline_is_no_place"),
    pytest.param("Hội nghị lần thứ 9, Ủy ban Mặt trận Tổ quốc tỉnh Đồng chí Trần Văn Minh, Phó Chủ tịch Ủy ban MTTQ tỉnh "
                 "phát biểu tại hội nghị. 6 tháng đầu năm, MTTQ các cấp vận động 12 tỷ đồng Quỹ Vì người nghèo.",
                 "Ủy ban Mặt trận Tổ quốc tỉnh", id="the_honorific_of_a_caption_glued_to_a_headline_is_no_part_of_its_name"),
    pytest.param("(PV)- Sáng 9-1, đồng chí Lê Văn Hòa-Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy cùng các đồng "
                 "chí lãnh đạo Ban Dân vận Tỉnh ủy chủ trì hội nghị tổng kết công tác dân vận năm 2026. Đồng chí Trần Minh-Ủy "
                 "viên dự khuyết Ban Chấp hành Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội "
                 "tỉnh dự và chỉ đạo hội nghị.\n\nĐồng chí Trần Minh-Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Phó Bí "
                 "thư Thường trực Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh phát biểu chỉ đạo tại hội nghị. Ảnh: T.L |",
                 "Ban Dân vận Tỉnh ủy", id="the_body_whose_leaders_chair_holds_it_not_a_guests"),
    pytest.param("Giám sát việc thực hiện chính sách hỗ trợ học sinh\n\nNgày 12/6, Ban Văn hóa - Xã hội HĐND tỉnh giám sát việc "
                 "thực hiện Nghị quyết số 10/2026/NQ-HĐND của HĐND tỉnh Quy định khoảng cách và địa bàn làm căn cứ xác định học "
                 "sinh không thể đi đến trường. Năm học 2025-2026, toàn tỉnh có 1.200 học sinh được hỗ trợ.",
                 "Ban Văn hóa - Xã hội HĐND tỉnh", id="a_resolutions_title_after_its_issuer_is_no_place"),
])
def test_parents_branches_and_central_committees(text, expected):
    assert find_organization(parse(text)) == expected
