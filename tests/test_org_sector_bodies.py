"""Bodies of a sector named by what they do, not by a head word the rules knew: market-management teams and
sub-departments ("Đội Quản lý thị trường số 2", "Chi cục Quản lý thị trường tỉnh"), and the inspectorate of a town or
an urban district ("Thanh tra thị xã Quảng Yên"), every level having one. Sentences written for these tests."""

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
