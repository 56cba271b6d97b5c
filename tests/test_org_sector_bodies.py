"""Bodies of a sector named by what they do, not by a head word the rules knew: market-management teams and
sub-departments ("Đội Quản lý thị trường số 2", "Chi cục Quản lý thị trường tỉnh"), and the inspectorate of a town or
an urban district ("Thanh tra thị xã Quảng Yên"), every level having one; the supreme court's appeal courts ("Tòa
Phúc thẩm TAND Tối cao tại …"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from summarizer.pipeline.ingest import parse
from summarizer.pipeline.meta import find_organization


@pytest.mark.parametrize("text, expected", [
    pytest.param("Kiểm tra, xử lý 29 cơ sở kinh doanh\n\nTừ ngày 1/12/2026 đến ngày 8/6/2027, Đội quản lý thị trường số 2 đã "
                 "kiểm tra, xử lý 29 cơ sở kinh doanh, phạt tiền 190 triệu đồng.",
                 "Đội quản lý thị trường số 2", id="a_numbered_market_management_team"),
    pytest.param("Từ đầu năm đến nay, Đội Quản lý thị trường huyện Phú Lương đã chủ động đấu tranh chống buôn lậu. Trong quý I "
                 "năm 2026, đơn vị đã phát hiện, kiểm tra 28 vụ.",
                 "Đội Quản lý thị trường huyện Phú Lương", id="a_district_market_management_team"),
    pytest.param("Chi cục Quản lý thị trường tỉnh cho biết, trong tháng 3, đã kiểm tra 120 vụ, xử lý 98 vụ vi phạm.",
                 "Chi cục Quản lý thị trường tỉnh", id="a_market_management_sub_department_by_its_whole_name"),
    pytest.param("Thanh tra thị xã Quảng Yên cho biết, từ đầu năm đến nay đã hoàn thành 3 cuộc thanh tra kinh tế - xã hội.\n\n"
                 "Qua thanh tra, đã phát hiện gần 800 triệu đồng sai phạm.",
                 "Thanh tra thị xã Quảng Yên", id="a_towns_inspectorate"),
    pytest.param("Năm 2026, Thanh tra quận Hải Châu đã tiến hành 12 cuộc thanh tra hành chính, phát hiện sai phạm 1,2 tỷ đồng.",
                 "Thanh tra quận Hải Châu", id="an_urban_districts_inspectorate"),
])
def test_sector_bodies_named_by_their_work(text, expected):
    assert find_organization(parse(text)) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ngày 29/7, Phân hội Văn học tổ chức Đại hội nhiệm kỳ 2027-2032. Nhiệm kỳ qua, Phân hội đã xuất bản 12 tác phẩm.",
                 "Phân hội Văn học", id="a_sub_association"),
    pytest.param("Ngày 15/8, Nhà Thiếu nhi huyện Cần Giờ tổng kết hoạt động hè năm 2026. Hè năm 2026, Nhà Thiếu nhi đã tổ chức 20 "
                 "lớp năng khiếu.", "Nhà Thiếu nhi huyện Cần Giờ", id="a_childrens_house"),
    pytest.param("5 tháng đầu năm 2026, Văn phòng đăng ký đất đai tỉnh Bình Định đã tiếp nhận 52.000 hồ sơ, trong đó trả đúng hạn "
                 "97%.", "Văn phòng đăng ký đất đai tỉnh Bình Định", id="a_land_registration_office"),
    pytest.param("Ngày 10/1, Trung tâm Văn hóa Thể thao thị xã tổ chức hội nghị viên chức năm 2026. Năm 2025, Trung tâm đã tổ chức "
                 "35 giải thể thao.", "Trung tâm Văn hóa Thể thao thị xã", id="a_culture_and_sport_centre"),
    pytest.param("Ngày 29/3, Tổng cục Phòng, chống thiên tai tổ chức hội nghị tổng kết công tác năm 2026. Năm 2026, thiên tai "
                 "làm 160 người chết.", "Tổng cục Phòng, chống thiên tai", id="a_disaster_prevention_directorate"),
    pytest.param("Tòa Phúc thẩm xét xử đạt 91% số vụ án\n\nNgày 11-2, Tòa Phúc thẩm TAND Tối cao tại Hà Nội tổng kết công tác năm "
                 "2026; triển khai công tác năm 2027. Năm 2026, Tòa đã thụ lý 2.410 vụ án.",
                 "Tòa Phúc thẩm TAND Tối cao tại Hà Nội", id="a_supreme_courts_appeal_court"),
])
def test_service_units_and_sub_associations_are_bodies(text, expected):
    assert find_organization(parse(text)) == expected

