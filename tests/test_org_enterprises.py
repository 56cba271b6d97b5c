"""A bank's transaction office is named with its bank; a movement reviewed at every level is named so ("Mặt trận Tổ
quốc các cấp"); a sector's review is named for the sector where the article gives its place, its ministry's where not;
and state enterprises hold year-end reviews as any public body does, the genre writing their heads short as often as
not: a "Tổng Cty"/"Cty" (company) and a "Xí nghiệp" (works) are bodies. Articles written for these tests."""

from __future__ import annotations

import pytest

from summarizer.pipeline.ingest import parse
from summarizer.pipeline.meta import find_organization


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Miền Nam đạt 30 tỷ kWh điện thương phẩm\n\nTổng giám đốc Tổng Cty Điện lực miền Nam ngày 10-1 cho biết, "
                 "năm 2026 tổng công ty đã hoàn thành kế hoạch, tỷ lệ tổn thất điện năng còn 3,9%.",
                 "Tổng Cty Điện lực miền Nam", id="a_corporation_written_short_is_a_body"),
    pytest.param("Xí nghiệp Thủy nông huyện Đông Sơn hoàn thành kế hoạch năm\n\nĐến hết ngày 15.12, Xí nghiệp Thủy nông "
                 "huyện Đông Sơn đã nạo vét 6,2 km kênh tưới, vượt 12% kế hoạch năm 2026.",
                 "Xí nghiệp Thủy nông huyện Đông Sơn", id="a_works_is_a_body"),
    pytest.param("Phát triển công nghiệp chế biến\n\n(CT)- Đó là chỉ đạo của Phó Chủ tịch UBND tỉnh Nguyễn Văn Nam tại Hội nghị "
                 "tổng kết ngành Công thương tỉnh Hậu Giang năm 2026. Năm qua, giá trị sản xuất công nghiệp tăng 9,1%.",
                 "Ngành Công thương tỉnh Hậu Giang", id="a_sector_named_with_its_place_holds_its_review"),
    pytest.param("Phát triển nhà ở xã hội\n\nĐó là ý kiến của Bộ trưởng Bộ Xây dựng Nguyễn Văn Nam tại Hội nghị tổng kết ngành "
                 "xây dựng sáng qua. Năm 2026, cả nước hoàn thành 42.000 căn nhà ở xã hội.",
                 "Bộ Xây dựng", id="a_sector_without_a_place_is_its_ministrys"),
    pytest.param("Năm 2026, dù điều kiện kinh tế còn khó khăn, Mặt trận Tổ quốc các cấp đã huy động 12 tỷ đồng hỗ trợ hộ nghèo. "
                 "Hội nghị đánh giá cao kết quả của Mặt trận Tổ quốc các cấp.",
                 "Mặt trận Tổ quốc các cấp", id="a_movement_reviewed_at_every_level"),
    pytest.param("Năm học 2025 - 2026, phong trào tình nguyện được Đoàn Thanh niên các cấp trong tỉnh triển khai sâu rộng, thu hút "
                 "12.000 đoàn viên tham gia.",
                 "Đoàn Thanh niên các cấp trong tỉnh", id="every_level_within_the_province"),
    pytest.param("Sáng 12-1, Mặt trận Tổ quốc tỉnh Hà Nam tổ chức hội nghị tổng kết năm 2026. Năm qua, Mặt trận Tổ quốc các cấp "
                 "đã huy động 12 tỷ đồng hỗ trợ hộ nghèo.",
                 "Mặt trận Tổ quốc tỉnh Hà Nam", id="a_body_named_with_its_place_is_not_every_level"),
    pytest.param("Yên Thế có dư nợ trên 500 tỷ đồng\n\nTrong năm 2026, Phòng giao dịch Ngân hàng chính sách xã hội huyện Yên Thế đạt "
                 "tổng dư nợ 510,1 tỷ đồng, tăng 14% so với năm 2025.",
                 "Phòng giao dịch Ngân hàng chính sách xã hội huyện Yên Thế", id="a_banks_transaction_office_is_named_with_its_bank"),
])
def test_an_enterprise_a_sector_or_a_movement(text: str, expected: str) -> None:
    assert find_organization(parse(text)) == expected
