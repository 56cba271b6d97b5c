"""The cue lexicon (summarizer/extract/cues.toml), family by family, on sentences written for
these tests (none taken from an evaluated article)."""

from __future__ import annotations

import pytest

from summarizer.extract.cues import cue, heading_category, lexicon


def test_every_entry_says_why_and_compiles():
    for name, fam in lexicon().items():
        assert fam.entries, name
        for e in fam.entries:
            assert len(e.get("why", "")) >= 10, (name, e)
        if name == "list_heading":
            assert all(e["category"] in ("achievements", "shortcomings", "tasks") for e in fam.entries)


@pytest.mark.parametrize(("family", "hit", "miss"), [
    ("context", "Đồng chí Trần Văn Bình, Bí thư Đảng ủy xã chủ trì hội nghị.",
     "Thu ngân sách đạt 71,2% dự toán năm."),
    ("meeting", "Sáng 5/7, UBND xã Hòa Bình tổ chức họp thường kỳ tháng 7.",
     "Tổ chức 3 lớp tập huấn kỹ thuật cho 240 hội viên."),
    ("dated", "Sáng 5/7, UBND xã Hòa Bình tổ chức họp thường kỳ tháng 7.",
     "Trong tháng 7, UBND xã đã tổ chức 3 hội nghị tuyên truyền pháp luật."),
    ("context", "Nhân dịp này, Hội đã trao giấy khen cho 12 tập thể có thành tích xuất sắc.",
     "Kết nạp 35 hội viên mới, nâng tổng số hội viên lên 1.102 người."),
    ("shortcoming", "Công tác giải phóng mặt bằng còn chậm.", "Giải phóng mặt bằng 4,5ha đúng tiến độ."),
    ("shortcoming", "Tỷ lệ thu gom rác thải chưa đạt kế hoạch.", "Tỷ lệ thu gom rác thải đạt 96%."),
    ("task_shortcoming", "Một số chỉ tiêu chưa đạt", "Quan tâm hỗ trợ hộ khó khăn về nhà ở"),
    ("not_shortcoming_start", "Khắc phục những hạn chế trong công tác cải cách hành chính",
     "Công tác cải cách hành chính còn hạn chế"),
    ("shortcoming_section", "Tuy nhiên, bên cạnh đó vẫn còn một số tồn tại.", "Trong quý III, toàn xã đã hoàn thành 8 tiêu chí."),
    ("task_section", "Trong thời gian tới, Đảng ủy tập trung lãnh đạo các nhiệm vụ sau.", "Quý III đã hoàn thành 5 công trình."),
    ("task_section", "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch đề nghị các ngành bám sát kế hoạch.",
     "Các ngành đã bám sát kế hoạch."),
    ("result_section", "Trong 9 tháng đầu năm, toàn huyện có 14 xã đạt chuẩn.", "Phấn đấu 14 xã đạt chuẩn."),
    ("result_clause", "Tỷ lệ hộ nghèo giảm 1,2%, công tác an sinh được quan tâm", "Tăng cường công tác an sinh xã hội"),
    ("task_marker", "Phấn đấu thu ngân sách đạt 100% dự toán", "Thu ngân sách đạt 100% dự toán"),
    ("framing", "Hội nghị cũng chỉ ra những tồn tại, hạn chế cần khắc phục trong thời gian tới",
     "Công tác thu ngân sách còn nhiều hạn chế"),
    ("task_section", "Hội nghị đã thảo luận, đề ra nhiệm vụ trọng tâm trong quý IV.",
     "Hội nghị đã thảo luận kết quả quý III."),
    ("filler", "(QNO) - Trong tháng 7.2022, Công an tỉnh điều tra 40 vụ", "Công an tỉnh điều tra 40 vụ"),
    ("filler", "Theo báo cáo, toàn huyện thu ngân sách đạt 61%", "Toàn huyện thu ngân sách đạt 61%"),
    ("result_section", "Trong tháng 12 năm 2024, xã đã cấp 120 thẻ bảo hiểm y tế.", "Phấn đấu cấp 120 thẻ bảo hiểm y tế."),
    ("hardship", "Tặng 50 suất quà cho học sinh có hoàn cảnh khó khăn", "Công tác thu ngân sách còn nhiều khó khăn"),
    ("task_section", "Trong 3 tháng còn lại của năm, UBND xã tập trung thu ngân sách.", "Trong 9 tháng, UBND xã thu ngân sách đạt 80%."),
    ("verb_series", "Đảng ủy xã đã tập trung lãnh đạo", "Đảng ủy xã đã kết nạp 12 đảng viên"),
    ("verb_series", "Thường xuyên tuần tra, kiểm soát", "Thường xuyên tuần tra địa bàn"),
    ("purpose", "Mở 4 lớp dạy nghề cho 120 lao động nông thôn, góp phần", "Mở 4 lớp dạy nghề cho 120 lao động"),
    ("announcement", "Đồng chí Chủ tịch UBND xã báo cáo kết quả quý III, nhiệm vụ trọng tâm quý IV.",
     "Hội nghị đã thảo luận, đề ra nhiệm vụ trọng tâm trong quý IV."),
    ("framing", "Để thực hiện thắng lợi nhiệm vụ năm 2025, Hội nghị thống nhất các giải pháp",
     "Thực hiện tốt công tác tuyên truyền"),
    ("past", "đã hoàn thành kế hoạch", "sẽ tổ chức tập huấn cho hội viên"),
    ("filler", "Trong quý I/2024, thu ngân sách đạt 30%", "Thu ngân sách đạt 30% trong quý I"),
    ("topic_heading", "Về công tác xây dựng Đảng", "Về đích sớm 3 chỉ tiêu, đạt 100% kế hoạch năm, vượt 12% so với cùng kỳ năm trước và cao nhất từ trước đến nay"),
    ("owner_heading", "Đối với UBND xã:", "Đối tượng được hỗ trợ là 25 hộ."),
    ("owner_subject", "UBND xã cần tập trung chỉ đạo thu ngân sách", "Cần tập trung chỉ đạo thu ngân sách"),
    ("deadline", "hoàn thành trong tháng 9/2024", "hoàn thành nhiều nhiệm vụ"),
    ("context", "Thứ trưởng biểu dương, ghi nhận những thành tích mà lực lượng công an đã đạt được.",
     "Lực lượng công an đã triệt phá 12 đường dây ma túy."),
    ("task_section", "Đồng chí Thứ trưởng đề nghị Cục Cảnh sát giao thông tiếp tục kéo giảm tai nạn.",
     "Cục Cảnh sát giao thông đã kéo giảm tai nạn 3 năm liền."),
    ("award", "Dịp này, UBND huyện trao giấy khen cho 3 tập thể và 33 cá nhân.", "Kết nạp 12 đảng viên mới."),
    ("directive", "Đồng chí Bí thư yêu cầu các chi bộ tập trung phát triển đảng viên.",
     "Đáp ứng nhu cầu học tập của học sinh."),
    ("shortcoming", "Một số khoản thu ngân sách đạt thấp.", "Thu ngân sách đạt 98% dự toán."),
    ("shortcoming", "Tội phạm trộm cắp tài sản có chiều hướng gia tăng.", "Thu nhập bình quân đầu người gia tăng."),
    ("filler", "Theo đánh giá của Công an huyện, tội phạm giảm 12%", "Tội phạm giảm 12% theo đánh giá"),
    ("meeting", "Ngày 12/6, tại Hà Nội, diễn ra hội nghị giao ban công tác Đoàn 6 tháng đầu năm.",
     "Công tác Đoàn diễn ra sôi nổi ở 12 cơ sở."),
    ("meeting", "Đoàn công tác của Bộ Chỉ huy Quân sự tỉnh đến Ban CHQS xã An Phú kiểm tra công tác quân sự.",
     "Kiểm tra 14 tổ chức đảng và 26 đảng viên."),
    ("task_section", "Trong quý III, Đảng ủy đề nghị các chi bộ rà soát đảng viên.",
     "Trong quý III, xã đã hoàn thiện hồ sơ đề nghị huyện công nhận 2 thôn văn hóa."),
    ("context", "Đồng chí Phó Bí thư Huyện ủy dự và chỉ đạo hội nghị.", "Chỉ đạo 12 chi bộ tổ chức sinh hoạt chuyên đề."),
    ("context", "Trong hội nghị tổng kết, 3 tập thể được nhận giấy khen của UBND huyện.",
     "Trong năm, 3 tập thể được công nhận đạt chuẩn văn hóa."),
    ("context", "Thường trực Đảng ủy, UBND xã báo cáo tình hình kinh tế - xã hội 9 tháng.",
     "Tình hình kinh tế - xã hội 9 tháng tiếp tục ổn định."),
    ("filler", "Trong 3 tháng còn lại của năm 2025, Huyện ủy Tam Nông sẽ tập trung rà soát quy hoạch",
     "Tập trung rà soát quy hoạch cán bộ"),
    ("filler", "Từ những kết quả đạt được, Hội Nông dân xã sẽ tiếp tục vận động hội viên", "Tiếp tục vận động hội viên"),
    ("target_list", "thông qua Nghị quyết về phát triển kinh tế - xã hội năm 2026 với các chỉ tiêu chủ yếu như",
     "Năm 2025, xã hoàn thành 15/16 chỉ tiêu nghị quyết đề ra, cụ thể"),
    ("context", "Dịp này, Ủy ban MTTQ xã hiệp thương cử bổ sung 2 ủy viên.", "Mặt trận xã đã vận động 120 triệu đồng."),
    ("context", "Cũng tại kỳ họp, HĐND xã đã lấy phiếu tín nhiệm đối với 9 chức danh.",
     "HĐND xã đã tổ chức 4 cuộc giám sát chuyên đề."),
    ("context", "Dự chỉ đạo cuộc họp có đồng chí Phó Chủ tịch UBND huyện.", "Chỉ đạo các ngành tổ chức tốt lễ hội."),
    ("task_section", "Từ nay đến cuối năm, UBND xã tập trung hoàn thành các chỉ tiêu.",
     "Từ đầu năm đến nay, UBND xã đã hoàn thành 12 chỉ tiêu."),
    ("filler", "Tính đến hết ngày 31/12/2025, dư nợ đạt 426 tỷ đồng", "Dư nợ đạt 426 tỷ đồng đến ngày 31/12/2025"),
    ("hardship", "thăm hỏi, tặng quà hội viên gặp khó khăn", "Hoạt động của chi hội còn gặp khó khăn"),
    ("task_section", "Về kế hoạch trọng tâm đến cuối năm 2025: Sở tham mưu UBND tỉnh ban hành chỉ thị.",
     "Sở đã tham mưu UBND tỉnh ban hành 3 chỉ thị."),
    ("context", "Tại hội nghị, lãnh đạo Sở đã giải đáp một số kiến nghị của cơ sở về hoạt động bưu điện xã.",
     "Sở đã tiếp nhận 120 hồ sơ đề nghị cấp phép."),
    ("context", "Tại hội nghị, các đại biểu đã được nghe báo cáo kết quả thực hiện nhiệm vụ tháng 8.",
     "Tổ chức cho 120 đảng viên nghiên cứu, học tập nghị quyết."),
    ("context", "Nghe Thường trực HĐND thị trấn thông qua các báo cáo, tờ trình.", "HĐND thị trấn đã thông qua 12 nghị quyết."),
    ("context", "Hội nghị Ban Thường vụ Thành ủy Thái Bình lần thứ 44", "Tổ chức tốt Đại hội Đảng bộ huyện lần thứ XXI"),
    ("context", "Giao ban UBND huyện quý III, năm 2018", "Hội nghị đã thống nhất 12 nhiệm vụ trọng tâm."),
    ("context", "Đ/c Nguyễn Thị Tuyết Mai - PCT UBND xã",
     "Đồng chí Nguyễn Văn An, Bí thư Đảng ủy yêu cầu các chi bộ rà soát đảng viên trước ngày 30/6"),
    ("task_section", "Về nhiệm vụ và giải pháp thực hiện trong năm 2026, xã tiếp tục vận động nông dân chuyển đổi cây trồng.",
     "Năm 2025, xã đã vận động nông dân chuyển đổi 120 ha cây trồng."),
    ("circumstance", "Năm 2025, dưới sự lãnh đạo của Huyện ủy, nhân dân huyện đã hoàn thành 19/20 chỉ tiêu",
     "Huyện ủy lãnh đạo nhân dân hoàn thành 19/20 chỉ tiêu, dưới sự giám sát của HĐND"),
    ("result_announce", "Đảng ủy tập trung thực hiện nhiệm vụ trọng tâm và đạt được nhiều kết quả quan trọng.",
     "Từ những kết quả đạt được, Đảng ủy tập trung thực hiện nhiệm vụ trọng tâm."),
    ("filler", "Trong 6 tháng, Mặt trận các cấp vận động được 1,2 tỷ đồng", "Mặt trận đã vận động trong 6 tháng liền"),
    ("directive", "Đồng chí Chủ tịch đề nghị, 6 tháng cuối năm, MTTQ các cấp phối hợp chặt chẽ với chính quyền.",
     "Cử tri kiến nghị, sửa chữa đường giao thông nông thôn."),
    ("context", "Tại kỳ họp này, HĐND huyện sẽ xem xét, quyết định 03 nội dung quan trọng.",
     "HĐND huyện đã ban hành 12 nghị quyết, giám sát 4 chuyên đề."),
    ("context", "Tại hội nghị, Huyện ủy quán triệt Chỉ thị số 18-CT/HU về đại hội đảng bộ cơ sở.",
     "Huyện ủy đã tổ chức quán triệt 5 chuyên đề cho 1.200 đảng viên."),
    ("target_breakdown", "Hội nghị đã thảo luận và đề ra các chỉ tiêu cơ bản cho năm 2026, trong đó, tỷ lệ hộ nghèo",
     "Trong năm, xã đạt 12 chỉ tiêu, trong đó có 5 chỉ tiêu vượt kế hoạch"),
    ("praise", "Đồng chí Trưởng Công an phường ghi nhận, biểu dương sự nỗ lực của lực lượng bảo vệ ANTT.",
     "Lực lượng bảo vệ ANTT đã nắm chắc tình hình địa bàn."),
    ("framing", "Cuộc họp còn đề ra một số nhiệm vụ trọng tâm cần tập trung thực hiện trong tháng 2/2026",
     "Đề ra giải pháp tháo gỡ khó khăn cho 12 doanh nghiệp trên địa bàn"),
    ("context", "Tại hội nghị, Đảng ủy phường đã thông qua kế hoạch phát động phong trào thi đua năm 2026.",
     "Tại Hội nghị BCH Đảng bộ lần thứ nhất đã bầu Bí thư, Phó Bí thư Đảng ủy."),
    ("directive", "Đồng chí Chủ tịch nhấn mạnh, năm 2026, các cấp Hội cần làm tốt công tác nắm bắt dư luận.",
     "Đồng chí Bí thư nhấn mạnh vai trò của Hội trong việc tổ chức các phong trào thi đua."),
    ("target_breakdown", "Hội nghị đã nhất trí thông qua phương hướng, nhiệm vụ năm 2026 với các mục tiêu trọng tâm, "
     "như tăng cường đoàn kết nội bộ", "Hội đã thực hiện nhiều phong trào với các mục tiêu như giảm nghèo bền vững"),
    ("framing", "Hội cũng thẳng thắn nhìn nhận những hạn chế cần khắc phục trong thời gian tới.",
     "Công tác phát triển hội viên còn hạn chế."),
    ("directive", "Đồng chí Giám đốc mong muốn, sau hội nghị, Công an các xã tiếp tục nắm chắc tình hình.",
     "Các dịch vụ công đáp ứng mong muốn của người dân, tiếp tục được cải thiện."),
    ("directive", "Phó Chủ tịch UBND huyện lưu ý các xã cần rà soát hộ nghèo.", "Hội đã tổ chức 12 buổi tuyên truyền."),
    ("problem_list", "Hội nghị đề ra các giải pháp tháo gỡ những khó khăn, vướng mắc", "Xã đã giúp 20 hộ vượt qua khó khăn"),
])
def test_family_matches_its_convention(family, hit, miss):
    pattern = cue(family)
    assert pattern.search(hit), f"{family} should match: {hit}"
    assert not pattern.search(miss), f"{family} should not match: {miss}"


@pytest.mark.parametrize(("line", "category"), [
    ("Kết quả đạt được:", "achievements"),
    ("1. Những kết quả nổi bật:", "achievements"),
    ("Tồn tại, hạn chế:", "shortcomings"),
    ("II. Một số khó khăn, vướng mắc:", "shortcomings"),
    ("Nhiệm vụ quý IV:", "tasks"),
    ("Phương hướng, nhiệm vụ 6 tháng cuối năm:", "tasks"),
    ("Thu ngân sách đạt 58,3% dự toán", None),
    ("Kết quả: đạt 58,3% dự toán", None),
])
def test_list_heading_names_its_category(line, category):
    assert heading_category(line) == category
