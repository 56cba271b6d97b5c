"""Meeting metadata: rules from Vietnamese news conventions, and checks on the model's guesses."""

from __future__ import annotations

import pytest

from summarizer.models import ExtractedMeta, Meta
from summarizer.pipeline.ingest import parse
from summarizer.pipeline.meta import (
    find_chair,
    find_meeting_date,
    find_organization,
    find_period,
    reconcile,
    rules_meta,
)

LEAD_CAI_LAY = ("Sáng ngày 8/10/2020, Thị ủy Cai Lậy tổ chức hội nghị sơ kết công tác quý III/2020. "
                "Đồng chí Lương Thị Thanh Phó Bí thư Thường trực Thị ủy chủ trì hội nghị.")


def test_rules_on_the_sample_article(vi_article_text):
    assert rules_meta(parse(vi_article_text)) == Meta(
        organization="Huyện ủy Tân Phước", meeting_date="2023-10-08", period="quý III/2023",
        chair=["Nguyễn Văn Hùng"])


def test_date_is_iso_from_a_dated_lead():
    doc = parse(LEAD_CAI_LAY)
    assert find_meeting_date(doc) == "2020-10-08"
    assert find_organization(doc) == "Thị ủy Cai Lậy"
    assert find_period(doc) == "quý III/2020"


def test_missing_year_is_inferred_from_the_period():
    doc = parse("Đảng ủy xã Mỹ Hạnh sơ kết quý I/2021\nChiều ngày 15/4, Đảng ủy xã Mỹ Hạnh tổ chức hội nghị "
                "sơ kết công tác quý I/2021.")
    assert find_meeting_date(doc) == "2021-04-15"


def test_missing_year_is_inferred_from_the_posting_date():
    doc = parse("Hội nghị sơ kết\nThứ hai, 12/7/2022 08:00\nChiều ngày 11/7, Huyện ủy Châu Thành họp sơ kết "
                "công tác 6 tháng đầu năm.")
    assert doc.posted_date == (2022, 7, 12)
    assert find_meeting_date(doc) == "2022-07-11"


def test_no_year_anywhere_gives_no_date():
    doc = parse("Hội nghị sơ kết\nChiều ngày 11/7, Huyện ủy Châu Thành họp. Thu ngân sách đạt 95% dự toán.")
    assert find_meeting_date(doc) is None


def test_impossible_date_is_skipped():
    doc = parse("Hội nghị sơ kết\nNgày 31/2/2021 là ngày dự kiến, nhưng sáng ngày 3/3/2021 Huyện ủy Châu Thành "
                "mới họp.")
    assert find_meeting_date(doc) == "2021-03-03"


@pytest.mark.parametrize(("lead", "period"), [
    ("Sáng 5/4, Đảng ủy phường 5 tổ chức hội nghị sơ kết công tác Quý I/2024.", "Quý I/2024"),
    ("Chiều 9/10, Huyện ủy An Phú họp đánh giá kết quả 9 tháng đầu năm 2023.", "9 tháng đầu năm 2023"),
    ("Chiều 9/4, Huyện ủy An Phú sơ kết quý 1 năm 2022.", "quý 1 năm 2022"),
])
def test_period_as_written(lead, period):
    assert find_period(parse(lead)) == period


def test_chair_names_without_titles():
    assert find_chair(parse(LEAD_CAI_LAY)) == ["Lương Thị Thanh"]
    doc = parse("Chiều ngày 15/4/2021, Đảng ủy xã Mỹ Hạnh tổ chức hội nghị. Các đồng chí Nguyễn Văn An, Bí thư "
                "Đảng ủy xã và đồng chí Trần Văn Bảo, Chủ tịch UBND xã đồng chủ trì hội nghị. Tham dự có đồng chí "
                "Lê Văn Cường, Trưởng Ban Tổ chức Huyện ủy.")
    assert find_chair(doc) == ["Nguyễn Văn An", "Trần Văn Bảo"]  # the guest is not a chair


@pytest.mark.parametrize(("sentence", "chair"), [
    ("Ông Lê Văn Tám, Chủ tịch UBND xã chủ trì cuộc họp.", ["Lê Văn Tám"]),
    ("Hội nghị do bà Trần Thị Hoa, Giám đốc Sở Tư pháp chủ trì.", ["Trần Thị Hoa"]),
    ("Đại tá Nguyễn Văn An, Chỉ huy trưởng chủ trì hội nghị, cùng dự có ông Trần Văn Bảo.", ["Nguyễn Văn An"]),
    ("Ông Phạm Văn Cư- Chủ tịch HĐND, chủ trì hội nghị.", ["Phạm Văn Cư"]),
    ("Chủ tịch UBND tỉnh Lê Văn Tám chủ trì phiên họp.", ["Lê Văn Tám"]),  # the title before the name
    ("Chủ tịch UBND thị xã Kiến Tường - Nguyễn Văn Vũ chủ trì hội nghị.", ["Nguyễn Văn Vũ"]),
    ("Chủ trì kỳ họp có các đồng chí: Trần Văn Bảo, Chủ tịch HĐND xã.", ["Trần Văn Bảo"]),
    ("Anh Nguyễn Long Hải, Bí thư Trung ương Đoàn chủ trì hội nghị.", ["Nguyễn Long Hải"]),
    ("Phó Chủ tịch UBND tỉnh Phan Văn Phùng, Trưởng Ban chỉ đạo chủ trì hội nghị.", ["Phan Văn Phùng"]),
    ("Chủ trì Hội nghị, Tổng Thanh tra Chính phủ Trần Văn Truyền nhấn mạnh công tác tiếp dân.", ["Trần Văn Truyền"]),
    ("Đoàn công tác tỉnh Bà Rịa Vũng Tàu chủ trì cuộc họp.", []),  # a place after its level is no person
    ("UBND huyện Long Điền chủ trì cuộc họp.", []),
    ("Chủ tịch UBND huyện Lò Văn Pành chủ trì hội nghị.", ["Lò Văn Pành"]),  # a Thái family name
    ("Phó Chủ tịch UBND huyện Hầu A Pó chủ trì hội nghị.", ["Hầu A Pó"]),  # a Hmông family name
])
def test_chair_by_honorific_rank_or_title(sentence, chair):
    doc = parse(f"Sáng 5/4/2026, UBND xã Hòa Bình tổ chức họp giao ban quý I năm 2026. {sentence}\n"
                "Thu ngân sách đạt 2 tỷ đồng.\n")
    assert find_chair(doc) == chair


# --- reconcile: the model's guesses are kept only where the source supports them ---


def test_reconcile_keeps_supported_guesses(vi_article_text):
    doc = parse(vi_article_text)
    guess = ExtractedMeta(organization="Huyện ủy Tân Phước", meeting_date="2023-10-08", period="quý III/2023",
                          chair=["Đồng chí Nguyễn Văn Hùng"])
    assert reconcile(doc, [guess]) == Meta(organization="Huyện ủy Tân Phước", meeting_date="2023-10-08",
                                           period="quý III/2023", chair=["Nguyễn Văn Hùng"])


def test_reconcile_drops_unsupported_guesses_and_falls_back_to_rules(vi_article_text):
    doc = parse(vi_article_text)
    invented = ExtractedMeta(organization="Tỉnh ủy Bến Tre", meeting_date="2023-11-09", period="quý II/2023",
                             chair=["Trần Văn Không"])
    assert reconcile(doc, [invented]) == rules_meta(doc)
    assert reconcile(doc, []) == rules_meta(doc)


def test_reconcile_accepts_a_day_first_date_and_normalises_it(vi_article_text):
    doc = parse(vi_article_text)
    assert reconcile(doc, [ExtractedMeta(meeting_date="8/10/2023")]).meeting_date == "2023-10-08"
    assert reconcile(doc, [ExtractedMeta(meeting_date="2023-10-32")]).meeting_date == "2023-10-08"  # rules
    # a date the article never writes is not taken from the model
    assert reconcile(doc, [ExtractedMeta(meeting_date="2023-10-20")]).meeting_date == "2023-10-08"


def test_reconcile_takes_the_majority_of_supported_guesses(vi_article_text):
    doc = parse(vi_article_text)
    guesses = [ExtractedMeta(period="quý IV"), ExtractedMeta(period="quý III/2023"), ExtractedMeta(period="quý III/2023")]
    assert reconcile(doc, guesses).period == "quý III/2023"


def test_reconcile_chair_keeps_only_names_in_the_source(vi_article_text):
    doc = parse(vi_article_text)
    guess = ExtractedMeta(chair=["ông Nguyễn Văn Hùng", "Nguyễn  Văn Hùng", "Lê Thị Mai"])
    assert reconcile(doc, [guess]).chair == ["Nguyễn Văn Hùng"]


def test_reconcile_chair_drops_a_title_after_the_name(vi_article_text):
    doc = parse(vi_article_text)
    guess = ExtractedMeta(chair=["Nguyễn Văn Hùng, Bí thư Huyện ủy"])
    assert reconcile(doc, [guess]).chair == ["Nguyễn Văn Hùng"]


def test_date_from_a_lead_without_the_word_ngay():
    doc = parse("Hội nghị sơ kết\nChiều 11/7/2022, Huyện ủy Châu Thành họp sơ kết công tác 6 tháng đầu năm.")
    assert find_meeting_date(doc) == "2022-07-11"


@pytest.mark.parametrize(("lead", "date"), [
    ("Sáng nay 9/7/2022, Huyện ủy Châu Thành họp sơ kết công tác 6 tháng đầu năm.", "2022-07-09"),
    ("Chiều nay (14.4), Huyện ủy Châu Thành họp sơ kết quý I năm 2022.", "2022-04-14"),
    ("Sáng ngày 30 tháng 12 năm 2021, Huyện ủy Châu Thành tổng kết công tác năm 2021.", "2021-12-30"),
    ("Ngày 10 tháng 6, Huyện ủy Châu Thành sơ kết 6 tháng đầu năm 2014.", "2014-06-10"),
    ("Chiều qua (4-7), Huyện ủy Châu Thành sơ kết 6 tháng đầu năm 2014.", "2014-07-04"),
    ("Hôm qua 7.4, Ban Thường vụ Huyện ủy Châu Thành sơ kết quý I năm 2021.", "2021-04-07"),
    ("Sáng nay: 10/7, HĐND huyện Châu Thành bế mạc kỳ họp giữa năm 2014.", "2014-07-10"),
    ("Trong 2 ngày 3 và 4/11/2022, Đoàn công tác của Tỉnh ủy kiểm tra công tác năm 2022.", "2022-11-03"),
    ("Trong 2 ngày 27, 28 tháng 12, HĐND xã tổ chức kỳ họp thứ 8 năm 2018.", "2018-12-27"),
])
def test_date_written_with_nay_or_in_words(lead, date):
    assert find_meeting_date(parse(f"Hội nghị sơ kết\n{lead}")) == date


@pytest.mark.parametrize(("text", "date"), [
    # a year review held in spring, posted the same day: the posting year, not the period's
    ("Tổng kết năm 2022\nThứ năm, 30/3/2023 15:00\nChiều 30/3, Khối thi đua các sở tổ chức hội nghị tổng kết công tác "
     "thi đua năm 2022.", "2023-03-30"),
    # a school year's review in August: the posting date places it
    ("Tổng kết năm học\n17/08/2017 10:20\nNgày 17/8, Phòng Giáo dục tổ chức hội nghị tổng kết năm học 2016-2017.",
     "2017-08-17"),
    # a posting stamp years away from the period is a later update: the period's year decides
    ("Tổng kết năm 2013\n03/05/2024 09:00\nSáng ngày 6/11, Khối thi đua các sở tổ chức hội nghị tổng kết năm 2013.",
     "2013-11-06"),
    # no posting date: a year review held by April is the next year's
    ("Tổng kết công tác xây dựng Đảng\nTại hội nghị tổng kết công tác xây dựng Đảng năm 2011 tổ chức ngày 9-3, Đảng ủy "
     "Khối cho biết đã kết nạp 120 đảng viên.", "2012-03-09"),
])
def test_a_date_without_its_year_takes_the_posting_year_or_the_periods(text, date):
    assert find_meeting_date(parse(text)) == date


def test_a_posting_date_in_words_on_its_own_line_is_no_meeting_date():
    doc = parse("Hội nghị sơ kết\nNgày 09 tháng 07 năm 2018\nNgày 7/7, Hội Liên hiệp VHNT tỉnh sơ kết 6 tháng đầu năm.")
    assert doc.posted_date == (2018, 7, 9)
    assert find_meeting_date(doc) == "2018-07-07"


def test_period_completed_with_a_later_year():
    doc = parse("Hội nghị sơ kết\nChiều ngày 11/7, Huyện ủy Châu Thành họp sơ kết 6 tháng đầu năm. Hội nghị "
                "đánh giá 6 tháng đầu năm 2022 đạt nhiều kết quả.")
    assert find_period(doc) == "6 tháng đầu năm 2022"


@pytest.mark.parametrize(("text", "org"), [
    # the lead's subject, for every kind of body that holds these meetings
    ("Ngày 12/7, Hội Nông dân huyện Yên Thành tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.",
     "Hội Nông dân huyện Yên Thành"),
    ("Chiều 3-4, Ban Chỉ huy Quân sự huyện Đức Linh đã tổ chức sơ kết công tác quốc phòng quý I.",
     "Ban Chỉ huy Quân sự huyện Đức Linh"),
    ("Sáng 28/9, Sở Tài chính tỉnh Lào Cai họp giao ban đánh giá kết quả 9 tháng.", "Sở Tài chính tỉnh Lào Cai"),
    # an abbreviation in brackets does not hide the subject
    ("Sáng 5/1, Hội đồng nhân dân (HĐND) huyện Tam Nông tổ chức phiên họp thường kỳ tháng 1.",
     "Hội đồng nhân dân huyện Tam Nông"),
    # the party committee, not its standing board
    ("Sáng 6/4, Ban Thường vụ Huyện ủy Cam Lộ tổ chức hội nghị giao ban quý I.", "Huyện ủy Cam Lộ"),
    # a meeting named with its body
    ("Kỳ họp thứ 7 HĐND xã Phú Lộc khóa XII đã thông qua nhiều nghị quyết quan trọng về kinh tế.",
     "HĐND xã Phú Lộc"),
    # the body of whoever chaired, as a last resort; never the person's name
    ("Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn chủ trì. Các sở, ngành báo cáo kết quả quý II.",
     "UBND tỉnh Hà Giang"),
    # a lead opened by "Vừa qua" without its comma
    ("Vừa qua Hội Cựu chiến binh xã Tân Lập tổ chức tổng kết công tác Hội năm 2023.", "Hội Cựu chiến binh xã Tân Lập"),
    # the head of a ministry or a court is titled as such ("Bộ trưởng", "Chánh án"), and a ministry is a body
    ("Sáng 12/7, Bộ trưởng Bộ Công Thương Trần Văn Minh đã chủ trì hội nghị sơ kết công tác 6 tháng đầu năm.",
     "Bộ Công Thương"),
    ("Chánh án Tòa án nhân dân huyện Đức Phổ Lê Thị Hoa chủ trì hội nghị tổng kết công tác năm 2023.",
     "Tòa án nhân dân huyện Đức Phổ"),
    # a place in brackets after the name, an agency's dateline glued to the subject
    ("Chiều 6-1, Đảng ủy phường An Khê (tỉnh Gia Lai) tổ chức hội nghị tổng kết công tác năm 2025.",
     "Đảng ủy phường An Khê"),
    ("(Baonghean.vn)-Công an phường Hưng Phúc vừa tổ chức hội nghị giao ban tháng 12.", "Công an phường Hưng Phúc"),
    # a Front committee, not its standing board; its place from the lead's other mention
    ("Sáng 4/8, tại hội trường Huyện ủy Thường Tín, Ban Thường trực Ủy ban MTTQ huyện tổ chức kỳ họp thứ 6.",
     "Ủy ban MTTQ huyện Thường Tín"),
    # a national agency; a department's standard name written with a comma; a unit named before its
    # parent command and its address in brackets
    ("Ngày 5-7 tại Hà Nội, Tổng cục Thống kê tổ chức sơ kết công tác 6 tháng đầu năm 2024.", "Tổng cục Thống kê"),
    ("Sở Lao động, Thương binh và Xã hội vừa tổng kết công tác năm 2024.", "Sở Lao động, Thương binh và Xã hội"),
    ("Ngày 30/6, Đảng ủy Hải đoàn 28 - Bộ Tư lệnh Vùng Cảnh sát biển 2 (phường 5, TP. Vũng Tàu) đã tổ chức "
     "hội nghị sơ kết 6 tháng đầu năm.", "Đảng ủy Hải đoàn 28"),
])
def test_organization_is_the_body_that_held_the_meeting(text, org):
    assert find_organization(parse(text)) == org


def test_a_body_named_without_place_takes_it_from_the_byline():
    text = ("Sáng 2/10, Thị ủy tổ chức hội nghị giao ban quý III. Thu ngân sách đạt 75% dự toán.\n\n"
            "Ban Tuyên giáo Thị ủy Kỳ Anh")
    assert find_organization(parse(text)) == "Thị ủy Kỳ Anh"


def test_period_without_year_takes_its_companion_periods_year():
    doc = parse("Ngày 10/7, UBND xã An Hòa sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023.")
    assert find_period(doc) == "6 tháng đầu năm 2023"
    assert find_meeting_date(doc) == "2023-07-10"


def test_a_next_period_word_governs_only_its_own_sentence_and_clause():
    """"… kế hoạch 5 năm 2016-2020. Sáu tháng đầu năm nay, …": "kế hoạch" announces nothing across the full
    stop, and a plan's span gives no year; "tổng kết công tác Hội; triển khai nhiệm vụ năm 2025": the year
    after the semicolon is the next one."""
    doc = parse("Đây là kỳ họp quan trọng để hoàn thành kế hoạch 5 năm 2016-2020. Sáu tháng đầu năm nay, "
                "tăng trưởng kinh tế đạt 8%.")
    assert find_period(doc) == "Sáu tháng đầu năm"
    doc = parse("Ngày 28-12, Hội Nông dân huyện An Phú tổ chức tổng kết công tác Hội; triển khai nhiệm vụ năm 2025.\n\n"
                "Năm 2024, Hội kết nạp 200 hội viên.")
    assert find_period(doc) == "Năm 2024"


@pytest.mark.parametrize("text", [
    "Ngày 12/1, Công ty Cấp nước An Phú kiểm điểm công tác, xác định nhiệm vụ trong năm 2025. Trong năm 2024, công ty đạt doanh thu 80 tỷ đồng.",
    "Ngày 12/1, Hội Nông dân huyện tổ chức hội nghị phát động thi đua năm 2025. Trong năm 2024, Hội kết nạp 500 hội viên.",
    "Ngày 20/12, HĐND xã An Phú thông qua dự toán ngân sách năm 2025. Trong năm 2024, thu ngân sách đạt 120% dự toán.",
    "Chủ tịch Hội phát biểu chỉ đạo nhiệm vụ công tác hội năm 2025. Trong năm 2024, Hội kết nạp 500 hội viên.",
    # a sentence opened by the year the title announces as the next one plans it; the other year is reviewed
    "Hội nghị triển khai công tác giảm nghèo năm 2025\n\nSáng 6/4, Ban Chỉ đạo huyện đánh giá kết quả công tác giảm "
    "nghèo năm 2024. Trong năm 2025, huyện phấn đấu giảm 1% hộ nghèo.",
])
def test_the_year_whose_tasks_targets_or_budget_are_set_is_not_the_one_reviewed(text):
    """"xác định nhiệm vụ", "phát động thi đua", "dự toán … năm X" set the next year (the genre's year-end
    and New Year meetings); the year the article reports on is the other one."""
    assert find_period(parse(text)) == "năm 2024"


@pytest.mark.parametrize(("text", "period"), [
    ("Sáng 28/3/2022, UBND xã Tân Lập tổ chức họp thường kỳ tháng 3/2022.", "tháng 3/2022"),
    # "kỳ" written "kì", as "quý" is "quí"; the month reviewed, not the month of the date it is held
    ("Đó là nội dung của cuộc họp thường kì tháng 8 diễn ra vào chiều 5/9 của UBND tỉnh. Trong tháng, thu ngân sách "
     "đạt 54% dự toán.", "tháng 8"),
    ("Chiều 27/9, Thường trực HĐND huyện họp định kỳ tháng 9 và triển khai nhiệm vụ tháng 10/2016.",
     "tháng 9 năm 2016"),
    # the month the meeting assesses is the one reviewed, its year from the next month's or the page stamp
    ("Chiều 8/12, UBND huyện An Phú tổ chức hội nghị đánh giá kết quả thực hiện các chỉ tiêu, nhiệm vụ tháng 11 "
     "và đề ra phương hướng, nhiệm vụ tháng 12 năm 2020.", "tháng 11 năm 2020"),
    ("Tin tức\nCập nhật:24/07/2019 9:16:52 SA\nSáng ngày 23/7, UBND huyện họp thường kỳ để đánh giá tình hình "
     "thực hiện nhiệm vụ phát triển kinh tế - xã hội tháng 7 và triển khai nhiệm vụ tháng 8.", "tháng 7 năm 2019"),
    ("Ngày 30/10, Thường trực HĐND huyện giao ban với Thường trực HĐND các xã đánh giá tình hình hoạt động 10 "
     "tháng và định hướng nhiệm vụ những tháng cuối năm 2019.", "10 tháng năm 2019"),
    ("Sáng 7/3, UBND huyện Long Hải tổ chức họp thường kỳ nghe báo cáo tình hình thực hiện kế hoạch kinh tế - xã "
     "hội, quốc phòng - an ninh tháng 2 và một số nhiệm vụ trọng tâm tháng 3/2026.", "tháng 2 năm 2026"),
    # a monthly report opens on the month it reviews, not the next month it plans for further on
    ("Trong tháng 10, các cơ quan báo chí đã tập trung thông tin kịp thời các sự kiện chính trị của tỉnh.\n\nVề "
     "hoạt động tháng 11-2026, Ban Tuyên giáo đề nghị các cơ quan báo chí tuyên truyền các ngày lễ lớn.", "tháng 10 năm 2026"),
])
def test_a_monthly_meeting_names_its_month(text, period):
    assert find_period(parse(text)) == period


def test_a_month_that_opens_the_next_months_plan_is_not_the_reviewed_one():
    text = ("Trong tháng 9, Chi bộ tiếp tục chỉ đạo Đoàn thanh niên tổ chức tổng kết hoạt động hè.\n\nNăm 2026, chi bộ "
            "kết nạp 3 đảng viên.")
    assert (find_period(parse(text)) or "").casefold() == "năm 2026"


@pytest.mark.parametrize(("text", "org"), [
    # no sentence names who held the meeting: the body whose period the lead reports
    ("Trong 6 tháng đầu năm, UBND huyện Tam Nông đã chỉ đạo hoàn thành 8 chỉ tiêu.\n\nThu ngân sách đạt 61%.",
     "UBND huyện Tam Nông"),
    ("Báo cáo của Cục Quản lý thị trường tại hội nghị cho biết trong năm 2024 đã kiểm tra 1.200 vụ.",
     "Cục Quản lý thị trường"),
    # a body named without its place takes the place the headline opens with
    ("H. Tam Nông, Phú Thọ: Giao ban định kỳ quý III\n\nThường trực HĐND huyện đã tổ chức hội nghị giao ban "
     "với Thường trực HĐND các xã.", "Thường trực HĐND huyện Tam Nông"),
    # nothing names a body acting or before its place: the one named with its level, whatever follows it
    ("Sáu tháng đầu năm, tổng thu ngân sách đạt 82% kế hoạch. Đó là những kết quả được HĐND huyện (khóa X) đánh giá "
     "tại kỳ họp thứ 12.", "HĐND huyện"),
    ("Năm 2025, công tác tuyển quân đạt 100% chỉ tiêu.\n\nĐó là kết quả nổi bật trong năm của Ban Chỉ huy Quân sự "
     "huyện Cái Nước.", "Ban Chỉ huy Quân sự huyện Cái Nước"),
    # a body named at its level alone takes the one place the article names at that level; not where it names two
    ("Sơ kết quý I\nSáng 5/4, UBND huyện tổ chức hội nghị sơ kết quý I/2026.\n\nThu ngân sách đạt 30%.\n\n"
     "Lãnh đạo tỉnh ghi nhận kết quả mà huyện Bắc Sơn đạt được.", "UBND huyện Bắc Sơn"),
    ("Sơ kết quý I\nSáng 5/4, UBND huyện tổ chức hội nghị sơ kết quý I/2026.\n\nThu ngân sách đạt 30%.\n\n"
     "Lãnh đạo tỉnh ghi nhận kết quả của huyện Bắc Sơn, cao hơn huyện Bình Gia.", "UBND huyện"),
])
def test_organization_fallbacks_when_the_lead_names_no_holder(text, org):
    assert find_organization(parse(text)) == org


@pytest.mark.parametrize(("text", "org"), [
    # an abbreviated place keeps its dot; a lower-case body is still the subject; two capitalised
    # words after a surname-like syllable are a place, not a person
    ("Ngày 24/6, Công an TP. Bảo Lộc đã tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.",
     "Công an TP. Bảo Lộc"),
    ("(CTV) - Ngày 8/1/2021, huyện đoàn Lê Chân tổ chức hội nghị tổng kết công tác đoàn năm 2020.",
     "Huyện đoàn Lê Chân"),
    # a headline naming the meeting with its body
    ("Giao ban UBND huyện quý III, năm 2019\n\nNăm 2019, tình hình kinh tế của huyện tiếp tục phát triển.",
     "UBND huyện"),
    # pages often capitalise every syllable of a body's name ("Công Đoàn", "Trung Tâm")
    ("Sáng 5/6, Công Đoàn ngành Y tế huyện An Phú tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.",
     "Công Đoàn ngành Y tế huyện An Phú"),
    ("Chiều 2/7, Trung Tâm Y tế huyện Hòa Bình tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.",
     "Trung Tâm Y tế huyện Hòa Bình"),
    # a council's term follows the level where a place would ("HĐND tỉnh Khóa XV"); the place is named elsewhere
    ("Ngày 5/7, HĐND tỉnh Khóa XV tổ chức kỳ họp thứ 2. HĐND tỉnh Lai Châu đã thông qua 10 nghị quyết.",
     "HĐND tỉnh Lai Châu"),
    # a long official name holds commas before its lower-case words, up to its level and the verb
    ("Ngày 9/1, Công đoàn Khu Công nghiệp, chế xuất tỉnh tổ chức hội nghị tổng kết năm 2023.",
     "Công đoàn Khu Công nghiệp, chế xuất tỉnh"),
    ("Sáng 3-2, Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn xã Hòa Bình tổ chức hội nghị tổng kết.",
     "Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn xã Hòa Bình"),
    # … but a comma after a figure ends a clause, and one before a level starts the parent's place
    ("Sáng 4/1, UBND huyện Tam Nông, tỉnh Phú Thọ tổ chức hội nghị tổng kết năm 2023.", "UBND huyện Tam Nông"),
    # the meeting named first, then its council after a comma; the place is in the headline
    ("H. Tam Nông, Phú Thọ: Thu ngân sách vượt dự toán\n\nTheo ghi nhận tại Kỳ họp thứ 7, HĐND huyện Khóa XX, "
     "6 tháng đầu năm thu ngân sách đạt 61% dự toán.", "HĐND huyện Tam Nông"),
    # a name ends at the line's end and before the genre's end mark "./."
    ("Trong năm 2023, Hội Nông dân xã đã vận động 120 hội viên.\nTrần Văn Minh - Hội Nông dân xã Hòa Bình\n"
     "Những tin mới hơn", "Hội Nông dân xã Hòa Bình"),
    # the parent's place after a comma is not part of the holder's name
    ("Chiều 10/1, Ủy ban MTTQ xã An Bình, huyện Tam Nông tổ chức hội nghị tổng kết năm 2023.", "Ủy ban MTTQ xã An Bình"),
    # a district that holds the meeting in its own name (no body named)
    ("Ngày 02/12, huyện Tam Nông tổ chức hội nghị tổng kết công tác quốc phòng năm 2022.", "Huyện Tam Nông"),
    # a superior's working session with the body, when nothing names it more plainly
    ("Tại buổi làm việc với Cục Quản lý thị trường ngày 5/7, lãnh đạo Bộ ghi nhận kết quả 6 tháng đầu năm.",
     "Cục Quản lý thị trường"),
    # "ban tổ chức" (an organising board) is never the holder of "tổ chức"
    ("Năm 2023, Ban CHQS huyện Tam Nông tham mưu cho Huyện ủy, UBND và ban tổ chức diễn tập huyện tổ chức diễn tập "
     "khu vực phòng thủ.", "Ban CHQS huyện Tam Nông"),
    # a steering committee's long name with its number in brackets, then its city
    ("Ngày 30/6, Ban Chỉ đạo phòng, chống tội phạm và ma túy (Ban chỉ đạo 138) TP. Bảo Lộc đã tổ chức hội nghị sơ kết.",
     "Ban Chỉ đạo phòng, chống tội phạm và ma túy TP. Bảo Lộc"),
    # the body whose hall hosts the meeting holds it
    ("Ngày 25/01/2024, tại Hội trường Hội Người mù tỉnh An Giang đã tổ chức hội nghị tổng kết năm 2023.",
     "Hội Người mù tỉnh An Giang"),
    # "long trọng tổ chức": the adverb is no part of the name
    ("Ngày 13/01/2025, Đảng bộ Trường THPT Lê Lợi long trọng tổ chức hội nghị tổng kết năm 2024.",
     "Đảng bộ Trường THPT Lê Lợi"),
    # initials joined by a comma belong to one name ("VH, TT&TT": Văn hóa, Thể thao và Truyền thông)
    ("Sơ kết 6 tháng đầu năm\nTrong 6 tháng đầu năm, Trung tâm VH, TT&TT huyện Kim Bảng đã làm tốt công tác tuyên "
     "truyền trực quan.", "Trung tâm VH, TT&TT huyện Kim Bảng"),
    ("Sáng 5/7, Trung tâm VH, TT&TT huyện Kim Bảng tổ chức hội nghị sơ kết 6 tháng đầu năm 2026.",
     "Trung tâm VH, TT&TT huyện Kim Bảng"),
    # a meeting named with its body ("buổi họp <cơ quan>") is the body's, whoever chairs it
    ("Chiều 16/7, Phó Chủ tịch UBND tỉnh Lê Văn Bảy chủ trì buổi họp trực tuyến Ban Chỉ đạo Chương trình 135 tỉnh "
     "với các huyện về thực hiện nhiệm vụ 6 tháng đầu năm.", "Ban Chỉ đạo Chương trình 135 tỉnh"),
    # the session named first, then its standing committee after a comma
    ("Ngày 14/4, đồng chí Lò Văn An, Chủ tịch HĐND tỉnh chủ trì Phiên họp thứ 26, Thường trực HĐND tỉnh khóa XV.",
     "Thường trực HĐND tỉnh"),
    # a headline opened by a bloc's name gives no place ("Khối Nội chính tỉnh tổng kết …")
    ("Khối Nội chính tỉnh tổng kết công tác thi đua năm 2022\n\nSáng 25/11, Khối thi đua các cơ quan Nội chính tỉnh "
     "tổ chức hội nghị tổng kết.", "Khối thi đua các cơ quan Nội chính tỉnh"),
    # the body that reviews at its meeting, not what it will decide there
    ("Tại phiên họp thường kỳ tháng 2, Thường trực HĐND tỉnh đã đánh giá việc tổ chức kỳ họp thứ 2.", "Thường trực HĐND tỉnh"),
    # place names may open with an accented capital ("Ứng Hòa", "Ân Hảo"), not only A-Z and Đ
    ("Ứng Hòa: Giao ban quý III\n\nThường trực HĐND huyện đã tổ chức hội nghị giao ban với các xã.",
     "Thường trực HĐND huyện Ứng Hòa"),
    ("Chiều 5/1, xã Ân Hảo tổ chức hội nghị tổng kết năm 2023.", "Xã Ân Hảo"),
    ("Năm 2023, Hội Chữ thập đỏ huyện đã vận động 2 tỷ đồng.\n\nĐại hội bầu bà Lê Thị Hoa giữ chức Phó Chủ tịch "
     "Hội Chữ thập đỏ huyện Tuy An./.", "Hội Chữ thập đỏ huyện Tuy An"),
])
def test_organization_as_the_article_writes_it(text, org):
    assert find_organization(parse(text)) == org


@pytest.mark.parametrize(("text", "period"), [
    # as written, with its year
    ("Giao ban UBND huyện quý III, năm 2019\n\nThu ngân sách đạt 70% dự toán.", "quý III, năm 2019"),
    ("UBND huyện họp thường kỳ tháng 4\n\nTrong tháng 4/2021, UBND huyện đã chỉ đạo thu ngân sách đạt 30%.",
     "tháng 4/2021"),
    # a stored page's month stamp gives the year of a period written without one ...
    (" date 2020-07 Ngày 24/6, Công an huyện tổ chức hội nghị sơ kết 6 tháng đầu năm.", "6 tháng đầu năm 2020"),
    # ... or the year before, when the page was posted before that period ended
    (" date 2021-01 Ngày 8/1, Công an huyện tổ chức hội nghị sơ kết quý IV.", "quý IV/2020"),
    # a paragraph opened by its year reports that year, with or without a comma, before a target set "trong năm" later
    ("Các đại biểu chúc mừng TAND huyện Phú Lộc\n\nNăm 2026 TAND huyện Phú Lộc thụ lý 377 vụ việc, giải quyết 373 vụ.\n\n"
     "Để đáp ứng các chỉ tiêu mà Nghị quyết của Quốc hội đã đề ra trong năm 2027, TAND huyện cần nâng cao chất lượng xét "
     "xử.", "Năm 2026"),
])
def test_period_as_written_and_its_year(text, period):
    assert find_period(parse(text)) == period


@pytest.mark.parametrize(("text", "period"), [
    ("UBND XÃ TÂN PHÚ SƠ KẾT CÔNG TÁC 9 THÁNG ĐẦU NĂM 2024\n\nSáng ngày 08/10/2024, UBND xã Tân Phú tổ chức hội nghị.",
     "9 tháng đầu năm 2024"),
    ("HỘI NÔNG DÂN HUYỆN GIAO BAN QUÝ III\n\nNgày 05/10/2023, Hội Nông dân huyện tổ chức giao ban, triển khai nhiệm "
     "vụ quý IV năm 2023.", "quý III năm 2023"),
])
def test_a_period_from_a_title_in_capitals_is_written_in_lower_case_but_its_roman_numeral_stays(text, period):
    assert find_period(parse(text)) == period


def test_a_capitalised_year_after_tong_ket_is_read():
    doc = parse("Hội nghị lần thứ tám tổng kết công tác Mặt trận Năm 2023\n\nNăm 2023, Ủy ban MTTQ xã đã vận động 120 triệu đồng.")
    assert find_period(doc) == "Năm 2023"


@pytest.mark.parametrize(("text", "period"), [
    ("Sáng ngày 6/11, Đảng ủy xã An Phú tổ chức hội nghị sơ kết công tác tháng 10 và triển khai nhiệm vụ "
     "tháng 11 năm 2023.", "tháng 10 năm 2023"),
    ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14\n\nNăm 2018, Ban Thường vụ Tỉnh ủy đã lãnh đạo đạt 15/16 chỉ tiêu.",
     "Năm 2018"),
    ("Hội nghị Ban Thường vụ Thành ủy lần thứ 44\n\n6 tháng qua, thu ngân sách ước đạt 1.348 tỷ đồng. Hội nghị cho "
     "ý kiến vào các chỉ tiêu trong 6 tháng cuối năm.", "6 tháng"),
    ("Ngày 10-12, Ban Chấp hành Đảng bộ huyện An Phú tổ chức hội nghị nhằm đánh giá tình hình thực hiện nhiệm vụ "
     "năm 2025, thống nhất phương hướng nhiệm vụ năm 2026.", "năm 2025"),
    ("Ngày 29/12, HĐND xã An Phú tổ chức kỳ họp. Thu ngân sách tăng 5% so với cùng kỳ năm 2024; kinh tế - xã hội "
     "năm 2025 có nhiều chuyển biến.", "năm 2025"),
])
def test_period_of_a_monthly_review_a_years_paragraph_and_the_months_gone_by(text, period):
    assert find_period(parse(text)) == period


@pytest.mark.parametrize(("text", "org"), [
    ("Chiều 10/2, Bệnh viện Đa khoa tỉnh tổng kết công tác năm 2014, triển khai nhiệm vụ năm 2015.",
     "Bệnh viện Đa khoa tỉnh"),
    ("Ngày 19/1/2009, phường Cầu Kho tổ chức tổng kết năm 2008 – đề ra phương hướng nhiệm vụ năm 2009.",
     "Phường Cầu Kho"),
    # the meeting named with its body ends before the agenda ("triển khai …"); the executive committee is
    # the Tỉnh ủy when the article names it so, else as written
    ("Hội nghị BCH Đảng bộ tỉnh An Giang triển khai chương trình hành động năm 2019\n\nNăm 2018, tỉnh đạt 15/16 chỉ tiêu.",
     "BCH Đảng bộ tỉnh An Giang"),
    ("Hội nghị BCH Đảng bộ tỉnh An Giang triển khai chương trình hành động năm 2019\n\nBí thư Tỉnh ủy An Giang chủ trì.",
     "Tỉnh ủy An Giang"),
    # a department's standard name keeps its lower-case words; a lower-case "phòng" before a name heads a body;
    # a bracketed term or the stored page's stamp does not hide the lead's subject
    ("Trong quý I năm 2025, Sở Thông tin và Truyền thông đã thực hiện các nhiệm vụ trọng tâm.",
     "Sở Thông tin và Truyền thông"),
    ("(BDO) Sáng 31-12, phòng Cảnh sát Phòng cháy chữa cháy (PCCC) Công an tỉnh An Giang đã tổ chức hội nghị tổng kết.",
     "Phòng Cảnh sát Phòng cháy chữa cháy Công an tỉnh An Giang"),
    ("(QBĐT) - Ngày 10-12, Ban Chấp hành Đảng bộ huyện Lệ Ninh (khóa XXIII) đã tổ chức hội nghị lần thứ 23.",
     "Ban Chấp hành Đảng bộ huyện Lệ Ninh"),
    (" date 2023-04 Ban Chấp hành Đảng bộ huyện Ia Lâm vừa tổ chức hội nghị đánh giá kết quả công tác quí I.",
     "Ban Chấp hành Đảng bộ huyện Ia Lâm"),
    # the body visited by a superior's inspection; a committee named without its place takes the
    # place a headline names as its subject
    ("Sáng ngày 10 tháng 6 năm 2024, Bộ Chỉ huy Quân sự tỉnh do đồng chí Phó Tham mưu trưởng làm Trưởng đoàn đến "
     "Ban chỉ huy Quân sự xã Mỹ Hòa kiểm tra công tác quân sự địa phương.", "Ban chỉ huy Quân sự xã Mỹ Hòa"),
    ("6 tháng đầu năm 2024, Thạnh Lợi thực hiện đạt 10 tiêu chí\n\nTrong 6 tháng đầu năm 2024, Huyện ủy quán triệt "
     "chủ trương tăng tốc trên mọi lĩnh vực.", "Huyện ủy Thạnh Lợi"),
    ("Xã Ngũ Lâm, Thanh Trì, Hà Nội: Tổ chức Kỳ họp thứ 13\n\nHĐND xã đã tổ chức Kỳ họp thứ 13.", "HĐND xã Ngũ Lâm"),
])
def test_organization_of_a_hospital_a_ward_and_a_named_meeting(text, org):
    assert find_organization(parse(text)) == org


@pytest.mark.parametrize("text, org", [
    # the body named without its level in the lead takes the level the article names it with elsewhere
    ("Hội nghị Ban Chấp hành\nNgày 30-7, Đoàn Khối các cơ quan tổ chức Hội nghị Ban Chấp hành mở rộng sơ kết 6 tháng "
     "đầu năm 2026. Đoàn Khối các cơ quan tỉnh hiện có 40 cơ sở đoàn.", "Đoàn Khối các cơ quan tỉnh"),
    # a clause ("Hội tiếp tục củng cố tổ chức Hội") is no name, whatever verb-like noun follows it
    ("Tổng kết năm 2019\nSáng 28/12 đã diễn ra Hội nghị Tổng kết hoạt động năm 2019 của Hội Cựu chiến binh phường 5.\n"
     "Năm 2020, Hội tiếp tục củng cố tổ chức Hội, phát triển hội viên mới.", "Hội Cựu chiến binh phường 5"),
    # an abbreviation with its dot inside the name ("T.Ư": central)
    ("Giao ban công tác Mặt trận\nNgày 29.11, tại TP.Đà Nẵng, UB T.Ư MTTQ Việt Nam tổ chức Hội nghị giao ban công tác "
     "Mặt trận năm 2026.", "UB T.Ư MTTQ Việt Nam"),
    # a superior's working visit to a commune reviews the commune's work
    ("Lãnh đạo UBND huyện làm việc tại xã Mỹ Thanh\nVừa qua, Đoàn công tác của UBND huyện do ông Nông Văn Dũng làm "
     "trưởng đoàn đã làm việc tại xã Mỹ Thanh về tình hình 6 tháng đầu năm 2026.", "Xã Mỹ Thanh"),
])
def test_organization_named_with_its_level_elsewhere_never_a_clause(text, org):
    assert find_organization(parse(text)) == org


@pytest.mark.parametrize("text, org", [
    # a body the lead names bare is named with its level and place where the article gives them
    ("Sơ kết chương trình nông thôn mới\nTheo báo cáo của Ban chỉ đạo, 9 tháng qua, các ngành đã huy động 12 tỉ đồng.\n"
     "Trong quý IV, Ban chỉ đạo huyện Đồng Xuân tiếp tục tập trung thực hiện chương trình.", "Ban chỉ đạo huyện Đồng Xuân"),
    # … but not a person named after a level ("huyện Trần …" begins a name, not a place)
    ("Sơ kết chương trình nông thôn mới\nTheo báo cáo của Ban chỉ đạo, 9 tháng qua, các ngành đã huy động 12 tỉ đồng.\n"
     "Trong quý IV, Ban chỉ đạo huyện Trần Văn Hai tiếp tục tập trung thực hiện chương trình.", "Ban chỉ đạo"),
    # a department named by its own capitalised words ("Chi cục Thuế") still takes the level and place a
    # speaker's title gives it
    ("Ông Lê Văn Ba, Phó Chi cục trưởng Chi cục Thuế huyện Đồng Xuân, cho biết đơn vị vừa sơ kết quý II.\n"
     "Trong quý II, Chi cục Thuế đã thu ngân sách 12 tỉ đồng, đạt 51% dự toán.", "Chi cục Thuế huyện Đồng Xuân"),
    # a province's body written with its place and no level ("Công an Phú Yên") names the place of "Công an tỉnh"
    ("Năm 2025, Công an tỉnh đã điều tra làm rõ 95% số vụ án.\nLãnh đạo tỉnh ghi nhận những cố gắng của "
     "Công an Phú Yên trong năm qua.", "Công an tỉnh Phú Yên"),
    # … but not a person's name after the body ("Công an Nguyễn Văn Hai" is a name, not a place)
    ("Năm 2025, Công an tỉnh đã điều tra làm rõ 95% số vụ án.\nLãnh đạo tỉnh ghi nhận những cố gắng của "
     "Công an Nguyễn Văn Hai trong năm qua.", "Công an tỉnh"),
    # a department named bare ("Sở Y tế") heads its province's sector, which the article names with the place
    ("Chiều 12/1, Sở Y tế tổ chức hội nghị tổng kết công tác năm 2025.\nNăm qua, ngành Y tế Sóc Trăng đã khám "
     "chữa bệnh cho 1,2 triệu lượt người.", "Sở Y tế Sóc Trăng"),
    # … the sector written in lower case all the same, but never with a heading on the next line
    ("Chiều 12/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2025.\nNăm qua, ngành tài chính Kon Tum thu "
     "ngân sách đạt 105% dự toán.", "Sở Tài chính Kon Tum"),
    ("Chiều 12/1, Sở Tài chính tổ chức hội nghị tổng kết ngành Tài chính\nCập nhật: 12/01/2026\nNăm qua, thu "
     "ngân sách đạt 105% dự toán.", "Sở Tài chính"),
])
def test_organization_takes_its_level_and_place_from_elsewhere(text, org):
    assert find_organization(parse(text)) == org


@pytest.mark.parametrize("text, org", [
    ("Khối Cảnh sát sơ kết phong trào thi đua 6 tháng đầu năm 2026\n6 tháng qua, các đơn vị trong khối đã hoàn "
     "thành 95% chỉ tiêu.", "Khối Cảnh sát"),
    ("Khối An ninh tổng kết công tác năm 2025\nNăm qua, các đơn vị trong khối đã hoàn thành 95% chỉ tiêu.",
     "Khối An ninh"),
    ("Sáu tháng qua, các đơn vị trong Khối CSND III tập trung thực hiện có hiệu quả phong trào thi đua.",
     "Khối CSND III"),
    # a party committee of a bloc is the committee, not the bloc
    ("Sáng 5/7, Đảng ủy Khối Cảnh sát tổ chức hội nghị sơ kết 6 tháng đầu năm 2026.", "Đảng ủy Khối Cảnh sát"),
])
def test_a_police_emulation_bloc_is_named_by_its_line_of_work(text, org):
    assert find_organization(parse(text)) == org


@pytest.mark.parametrize("text, org", [
    # a commune's or a ward's Youth Union holds its own review, not its district's
    ("Sáng 20/12, Phường đoàn An Phú tổ chức hội nghị tổng kết công tác Đoàn năm 2026. Dự có đại diện Thị đoàn "
     "Thuận An.", "Phường đoàn An Phú"),
    ("Ngày 15/12, Xã đoàn Tân Hòa tổ chức tổng kết năm 2026 với sự tham dự của Huyện đoàn Giồng Riềng.",
     "Xã đoàn Tân Hòa"),
])
def test_a_communes_youth_union_is_a_body(text, org):
    assert find_organization(parse(text)) == org


def test_a_body_named_in_quotes_is_a_slogan_not_the_organisation():
    from summarizer.pipeline.bodies import named_most
    text = ("Năm 2025, hội viên tiếp tục phát huy bản chất “Bộ đội Cụ Hồ” trong mọi hoạt động.\n"
            "Hội đã phát động phong trào thi đua, thu được kết quả tốt.")
    assert named_most(parse(text)) is None
    assert named_most(parse(text.replace("“Bộ đội Cụ Hồ”", "Bộ đội Cụ Hồ"))) == "Bộ đội Cụ Hồ"  # the quotes decide


def test_a_unit_name_runs_on_through_the_units_it_names():
    from summarizer.pipeline.places import place_after
    assert place_after(" Tư lệnh Bộ đội biên phòng chỉ đạo") == ["Tư lệnh", "Bộ đội biên phòng"]  # not "Bộ" cut short
    assert place_after(" Bộ đội Biên phòng tỉnh Lạng Sơn tổ chức") == ["Bộ đội Biên phòng", "tỉnh", "Lạng", "Sơn"]


def test_a_person_named_doan_is_no_place_but_the_union_is_a_body():
    from summarizer.pipeline.places import place_after
    assert place_after(" Đoàn Duy Tân cho biết") == []  # "Phó Bí thư … thành phố Đoàn Duy Tân": a person
    assert place_after(" Đoàn Kết tổ chức") == ["Đoàn", "Kết"]  # xã Đoàn Kết: two words, a place
    assert place_after(" Đoàn TNCS Hồ Chí Minh") != []  # the Youth Union's initials: no family name


def test_a_place_run_takes_trung_uong_whole():
    from summarizer.pipeline.lead import capitalised_run
    from summarizer.pipeline.places import place_after
    assert capitalised_run("Trung ương Đoàn tổ chức hội nghị", 3) == ["Trung ương"]  # not "Trung" cut short
    assert place_after(" Công an Trung ương tổ chức hội nghị") == ["Công an", "Trung ương"]


@pytest.mark.parametrize("text, org", [
    # a date written with a dot or a dash ("Sáng 10.1", "Ngày 5-7") before the lead's subject
    ("(BTO) - Sáng 10.1 Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị tổng kết năm 2022.", "Bộ Chỉ huy Quân sự tỉnh"),
    # a council's term between the body and its verb; "kỳ họp" is a noun, not the verb "họp"
    ("Thường trực HĐND xã điều hành kỳ họp\n\nSáng 20/12 Hội đồng nhân dân xã Tân Hòa khóa 12, "
     "nhiệm kỳ 2021 – 2026 tổ chức kỳ họp thứ 8.", "Hội đồng nhân dân xã Tân Hòa"),
    # an emulation cluster holds its own review; its members listed after "gồm" do not hide the verb
    ("Ngày 10/1, Cụm thi đua số 3 Công an tỉnh gồm 4 huyện: Tân Yên, Lạng Giang, Yên Thế và Việt Yên tổ chức "
     "hội nghị tổng kết năm 2024.", "Cụm thi đua số 3 Công an tỉnh"),
    ("Năm 2024, Cụm thi đua số 2 đã chủ động triển khai nhiều phong trào.", "Cụm thi đua số 2"),
    # of two co-organisers the first named holds the meeting
    ("Sáng 5/7, Ban Dân vận Tỉnh ủy phối hợp với Huyện ủy Tân Hưng tổ chức hội nghị sơ kết 6 tháng.",
     "Ban Dân vận Tỉnh ủy"),
    # a headline "<cơ quan>: <việc>" names the body, more fully than the lead; else it is the last resort
    ("Cụm thi đua số 2, Hội Nông dân tỉnh: Sơ kết 6 tháng đầu năm\n\nNgày 3/7, Hội Nông dân tỉnh đã tổ chức "
     "hội nghị sơ kết.", "Cụm thi đua số 2, Hội Nông dân tỉnh"),
    ("Hội Cựu chiến binh huyện Krông Pa: Sơ kết 6 tháng đầu năm\n\nCác cấp hội đã làm tốt công tác tuyên truyền.",
     "Hội Cựu chiến binh huyện Krông Pa"),
])
def test_organization_across_dates_terms_clusters_and_headlines(text, org):
    assert find_organization(parse(text)) == org


@pytest.mark.parametrize("text, org", [
    # a place name bracketed after the body does not hide the lead's subject
    ("Hội Cựu chiến binh huyện Ba Vì( Hà Nội) vừa tổ chức sơ kết công tác Hội 6 tháng đầu năm 2011.",
     "Hội Cựu chiến binh huyện Ba Vì"),
    # a place whose name ends like a level word ("Châu Thành", "Tân Thành") is not completed again
    ("Châu Thành: Tập trung thực hiện nhiệm vụ năm 2019\n\nNgày 8-7, Ban Thường vụ Huyện ủy Châu Thành tổ chức "
     "hội nghị Ban Chấp hành Đảng bộ huyện mở rộng.", "Huyện ủy Châu Thành"),
])
def test_organization_with_a_bracketed_place_or_a_place_ending_like_a_level(text, org):
    assert find_organization(parse(text)) == org


def test_a_period_without_its_year_takes_the_year_the_body_gives_it():
    doc = parse("Huyện ủy Mỹ Đức triển khai nhiệm vụ ba tháng cuối năm\n\nChiều 3/10, Huyện ủy Mỹ Đức tổ chức hội nghị "
                "đánh giá thực hiện nhiệm vụ 9 tháng đầu năm, công tác chuẩn bị đại hội nhiệm kỳ 2025-2030.\n\n"
                "Tổng giá trị sản xuất 9 tháng năm 2024 ước đạt 10.000 tỷ đồng, tăng so với 9 tháng năm 2023. "
                "Đại hội điểm dự kiến tổ chức vào quý I/2025.")
    assert find_period(doc) == "9 tháng đầu năm 2024"


@pytest.mark.parametrize("text, org", [
    # "BCHQS" heads a body like "Ban CHQS"
    ("BCHQS huyện Chợ Mới sơ kết quốc phòng – quân sự 6 tháng đầu năm 2017\n\nCông tác huấn luyện đạt 100% kế hoạch.",
     "BCHQS huyện Chợ Mới"),
    # an attribution before the period ("Thông tin từ … cho biết, 3 tháng đầu năm, …"); a mass organisation's
    # standard name keeps its lower-case words
    ("Thông tin từ hội nghị giao ban quý I/2017 cho biết, 3 tháng đầu năm, Hội Nông dân tỉnh Lâm Đồng kết nạp "
     "mới 1.018 hội viên.", "Hội Nông dân tỉnh Lâm Đồng"),
    # a meeting named with its body ends before "và …"
    ("Theo dõi việc trả lời kiến nghị của cử tri sau kỳ họp HĐND quận và các kiến nghị còn tồn đọng.", "HĐND quận"),
])
def test_organization_after_an_attribution_and_in_standard_names(text, org):
    assert find_organization(parse(text)) == org


def test_a_dateline_with_a_time_is_not_a_headline_place():
    text = ("Quỹ hỗ trợ nông dân tăng 6 tỷ đồng\n\nTHỨ TƯ, 08/01/2025 16:43:25\n\n"
            "Sáng 8.1, Hội Nông dân tỉnh tổ chức tổng kết công tác năm 2024.")
    assert find_organization(parse(text)) == "Hội Nông dân tỉnh"


def test_nine_months_reviewed_take_the_next_periods_year_and_a_cutoff_month_is_no_period():
    text = ("Mới đây, Ngân hàng Chính sách xã hội huyện Tân Hòa tổ chức hội nghị sơ kết 9 tháng và phương hướng nhiệm "
            "vụ những tháng cuối năm 2025.\n\nTính đến cuối tháng 9 năm 2025, tổng nguồn vốn đạt 216 tỷ đồng.")
    assert find_period(parse(text)) == "9 tháng năm 2025"
    assert find_period(parse("Ngày 2/10, Hội Nông dân xã An Hòa sơ kết 6 tháng.")) == "6 tháng"


def test_a_title_holders_name_is_never_the_organizations_place():
    text = ("Tổng kết ngành khoa học năm 2025\n\nChiều ngày 12/01/2026 đã diễn ra hội nghị tổng kết ngành. "
            "Phó Chủ tịch UBND tỉnh Nguyễn Dung đã định hướng các nhiệm vụ năm 2026.")
    assert find_organization(parse(text)) != "UBND tỉnh Nguyễn Dung"


def test_a_mass_organisations_standard_name_is_kept_whole():
    text = "Ngày 10/1, Hội Nạn nhân chất độc da cam/Dioxin tỉnh tổ chức hội nghị tổng kết công tác năm 2025."
    assert find_organization(parse(text)) == "Hội Nạn nhân chất độc da cam/Dioxin tỉnh"


def test_with_no_holder_sentence_the_body_reported_acting_most_often_is_the_organisation():
    doc = parse("Giữ vững an ninh trật tự trên địa bàn\n\nToàn cảnh buổi làm việc.\n\nTrong 9 tháng đầu năm, công an "
                "huyện Hưng Nguyên đã phát hiện 22 vụ vi phạm. Công an huyện Hưng Nguyên đã xử lý 49 vụ vi phạm "
                "về kinh tế. Đồng chí Phó Giám đốc Công an tỉnh Nguyễn Văn An phát biểu chỉ đạo.")
    assert find_organization(doc) == "Công an huyện Hưng Nguyên"


def test_a_body_reported_acting_takes_the_name_it_is_given_in_full():
    doc = parse("Hội Nông dân Thủ đô đồng hành cùng nông dân\n\nTừ đầu năm tới nay, HND TP Hà Nội đã kết nạp thêm "
                "8.416 hội viên. 6 tháng cuối năm, HND TP tiếp tục hỗ trợ nông dân. Phó Chủ tịch UBND tỉnh Nguyễn "
                "Dung đã phát biểu.")
    assert find_organization(doc) == "HND TP Hà Nội"


def test_to_chuc_co_so_dang_is_a_noun_and_names_no_meeting():
    doc = parse("Đảng bộ huyện Phú Hòa có 50/53 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ\n\nHuyện ủy Phú Hòa vừa "
                "tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025.")
    assert find_organization(doc) == "Huyện ủy Phú Hòa"


@pytest.mark.parametrize(("text", "date"), [
    ("Chiều 12/1, Hội Cựu chiến binh tỉnh tổng kết công tác Hội năm 2020 và triển khai nhiệm vụ năm 2021.",
     "2021-01-12"),
    ("Ngày 28/12, UBND xã An Hòa tổng kết công tác năm 2020, triển khai nhiệm vụ năm 2021.", "2020-12-28"),
    ("Ngày 10/7, UBND xã An Hòa sơ kết 6 tháng đầu năm 2023.", "2023-07-10"),
])
def test_a_year_end_review_held_in_january_is_dated_the_next_year(text, date):
    assert find_meeting_date(parse(text)) == date


@pytest.mark.parametrize(("text", "org"), [
    ("Đó là ý kiến chỉ đạo của ông Phó Chủ tịch UBND tỉnh tại hội nghị sơ kết 6 tháng đầu năm của Sở Lao động "
     "thương binh và xã hội được tổ chức vào ngày 3/7/2025.", "Sở Lao động thương binh và xã hội"),
    ("Sáng 22.1, Thanh tra tỉnh tổ chức hội nghị tổng kết công tác năm 2025, triển khai hoạt động năm 2026.",
     "Thanh tra tỉnh"),
])
def test_the_body_of_a_named_review_and_an_inspectorate_hold_their_meetings(text, org):
    assert find_organization(parse(text)) == org


@pytest.mark.parametrize(("text", "org"), [
    ("Tại hội nghị tổng kết năm 2025, đại diện Đảng ủy Khối Dân - Chính - Đảng tỉnh Bình Phước cho biết năm qua "
     "đã kết nạp 316 đảng viên.\n\nDịp này, Đảng ủy Khối tặng giấy khen cho 12 tổ chức Đảng đạt trong sạch vững mạnh.",
     "Đảng ủy Khối Dân - Chính - Đảng tỉnh Bình Phước"),
    ("Dịp này, Huyện ủy Tân Châu tặng giấy khen cho 12 tổ chức Đảng đạt trong sạch vững mạnh năm 2025.",
     "Huyện ủy Tân Châu"),
])
def test_a_bloc_named_with_dashes_is_kept_whole_and_a_counted_to_chuc_is_no_meeting(text, org):
    assert find_organization(parse(text)) == org


@pytest.mark.parametrize(("text", "org"), [
    ("Chiều 28/12/2025, Đài Phát thanh và Truyền hình (PTTH) tỉnh tổ chức Hội nghị tổng kết công tác năm 2025.",
     "Đài Phát thanh và Truyền hình tỉnh"),
    ("Sáng 20/3/2026, Trung tâm Văn hóa, Thể thao và Du lịch huyện tổ chức hội nghị triển khai công tác năm 2026.",
     "Trung tâm Văn hóa, Thể thao và Du lịch huyện"),
    ("Sáng 30-5, Khối thi đua Mặt trận 9 xã, thị trấn của huyện Cam Lâm tổ chức hội nghị sơ kết công tác 6 tháng "
     "đầu năm.", "Khối thi đua Mặt trận 9 xã, thị trấn của huyện Cam Lâm"),
    ("(QNO) - Ban chỉ huy Quân sự huyện Tiên Phước vừa hội nghị sơ kết nhiệm vụ quốc phòng 6 tháng đầu năm.",
     "Ban chỉ huy Quân sự huyện Tiên Phước"),
    ("HĐND phường tổ chức kỳ họp lần thứ 5\n\nSáng ngày 20/12/2025, HĐND phường 12 đã tổ chức kỳ họp lần thứ 5.",
     "HĐND phường 12"),
    ("Chủ trì Hội nghị có các đồng chí: Hoàng Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy, Chủ tịch HĐND "
     "thành phố; Lê Thị Bình, Phó Bí thư Thường trực Thành ủy.\n\nHội nghị đã đánh giá kết quả quý I.", "Thành ủy"),
])
def test_organization_of_a_station_a_centre_a_bloc_a_numbered_ward_and_the_first_chairs_body(text, org):
    assert find_organization(parse(text)) == org


def test_a_police_force_reviewed_as_a_whole_is_the_organisation():
    text = ("Tỷ lệ điều tra khám phá án đạt 95%\n\nTrong quý III năm 2025, lực lượng Cảnh sát điều tra toàn tỉnh đã "
            "triển khai thực hiện nghiêm túc các nhiệm vụ; tỷ lệ điều tra, khám phá án chung đạt 95%.")
    assert find_organization(parse(text)) == "Lực lượng Cảnh sát điều tra"


@pytest.mark.parametrize(("text", "org"), [
    ("TTH - Sáng 6/1, UBMTTQ Việt Nam TP Huế tổ chức Hội nghị tổng kết công tác mặt trận năm 2025.",
     "UBMTTQ Việt Nam TP Huế"),
    ("Ngày 20/11, tại huyện Quế Phong, UB.MTTQ các huyện thuộc Cụm đường 48 tổ chức Hội nghị giao ban công tác mặt trận.",
     "UB.MTTQ các huyện thuộc Cụm đường 48"),
    ("Khối Thi đua các cơ quan Đảng: Sơ kết công tác thi đua 6 tháng đầu năm\n\n - Khối Thi đua các cơ quan Đảng vừa tổ "
     "chức hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm.", "Khối Thi đua các cơ quan Đảng"),
    ("Ngày 3.11, tại hội trường Công an TP.HCM diễn ra Hội nghị giao ban trực tuyến công tác công an tháng 10.2025.",
     "Công an TP.HCM"),
    ("Trong năm học, các công đoàn cơ sở đã vận động ủng hộ Quỹ “Mái ấm Công đoàn” được 116,5 triệu đồng. Liên đoàn Lao "
     "động huyện đã hỗ trợ đột xuất cho 3 đoàn viên mắc bệnh hiểm nghèo.", "Liên đoàn Lao động huyện"),
    ("HĐND XÃ SƠN VIÊN TỔ CHỨC KÌ HỌP THỨ 6\n\nTham dự kỳ họp thứ 6 HĐND xã khoá III có đồng chí Nguyễn Thị Thu, Phó Chủ "
     "tịch HĐND huyện.", "HĐND xã Sơn Viên"),
])
def test_organization_of_front_committees_blocs_a_hosting_hall_an_acting_union_and_a_capitals_banner(text, org):
    assert find_organization(parse(text)) == org


def test_a_town_youth_union_is_a_body_and_to_chuc_doan_is_a_noun():
    doc = parse("Cửa Lò tổng kết công tác Đoàn năm 2025\n\nNăm 2025, thị đoàn Cửa Lò tiếp tục triển khai chương trình "
                "nâng cao chất lượng tổ chức Đoàn. Thị đoàn Cửa Lò đã kết nạp 800 đoàn viên mới.")
    assert find_organization(doc) == "Thị đoàn Cửa Lò"


@pytest.mark.parametrize(("text", "org"), [
    ("Năm 2015 cả nước xảy ra 2.800 vụ cháy\n\nHôm nay (8/1), tại Hà Nội, Cục Cảnh sát Phòng cháy chữa cháy và cứu nạn "
     "cứu hộ, Bộ Công an tổ chức Hội nghị tổng kết công tác năm 2015.", "Cục Cảnh sát Phòng cháy chữa cháy và cứu nạn cứu hộ"),
    ("Cẩm Lệ sơ kết 6 tháng\n\nTrong 6 tháng đầu năm, các CĐCS đã tặng 162 suất quà. Dịp này, Liên đoàn Lao động quận "
     "cũng đã kết hợp tổng kết 5 năm thực hiện kết luận số 7.", "Liên đoàn Lao động quận Cẩm Lệ"),  # headline place
    ("Thanh niên với chủ đề năm 2020\n\n(VOV5) - Hội nghị Ủy ban TƯ Hội Liên hiệp thanh niên Việt Nam  xác định triển "
     "khai 5 nhiệm vụ trọng tâm.", "Ủy ban TƯ Hội Liên hiệp thanh niên Việt Nam"),
    ("Tỉnh đoàn: Tiến hành hội nghị Ban Chấp hành lần thứ 8, nhiệm kỳ 2012 – 2017\n\nTại hội nghị, các đại biểu đã "
     "thông qua dự thảo báo cáo công tác Đoàn năm 2015.", "Tỉnh đoàn"),
    ("Bệnh viện hoàn thành chỉ tiêu\n\nNăm 2013, Bệnh viện Đa khoa huyện Đoan Hùng tổ chức hội nghị tổng kết công tác.",
     "Bệnh viện Đa khoa huyện Đoan Hùng"),
])
def test_holder_with_its_parent_a_hospitals_name_a_board_named_alone(text, org):
    assert find_organization(parse(text)) == org


@pytest.mark.parametrize(("text", "org"), [
    # a cluster's members after ", gồm"; "13 tỉnh, thành phố" is one list of levels, not a break
    ("Sáng 1-12, Cụm Thi đua số 8 Hội Cựu chiến binh Việt Nam, gồm thành phố Đà Nẵng và các tỉnh Quảng Nam, Quảng "
     "Ngãi tổ chức hội nghị tổng kết phong trào thi đua năm 2020.", "Cụm Thi đua số 8 Hội Cựu chiến binh Việt Nam"),
    ("Ngày 12-6, Cụm thi đua số 3 Tòa án nhân dân 13 tỉnh, thành phố miền Trung tổ chức sơ kết 6 tháng đầu năm.",
     "Cụm thi đua số 3 Tòa án nhân dân 13 tỉnh, thành phố miền Trung"),
    # no holder sentence: the head of a body speaking at the meeting, or the report the meeting heard
    ("Đó là ý kiến chỉ đạo của Đại tá Trần Văn An, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh tại hội nghị giao ban "
     "công tác quân sự tháng 2/2016.", "Bộ Chỉ huy Quân sự tỉnh"),
    ("Tại hội nghị, đồng chí Lê Văn Bình báo cáo sơ kết công tác 6 tháng đầu năm 2024, phương hướng 6 tháng cuối "
     "năm của Hội Cựu chiến binh phường An Khê.", "Hội Cựu chiến binh phường An Khê"),
])
def test_organization_of_a_cluster_a_speaking_head_and_a_heard_report(text, org):
    assert find_organization(parse(text)) == org


def test_a_deputy_speaking_at_the_meeting_does_not_name_its_holder():
    text = "Đó là ý kiến của đồng chí Phó Chủ tịch UBND tỉnh tại hội nghị giao ban tháng 2/2016."
    assert find_organization(parse(text)) != "UBND tỉnh"


@pytest.mark.parametrize(("text", "org"), [
    # a conference of the whole province's force is the provincial body's
    ("Ngày 3-1, Công an tỉnh tổ chức Hội nghị Công an toàn tỉnh lần thứ 46 tổng kết công tác năm 2025.",
     "Công an tỉnh"),
    # military units and state companies hold their reviews like any body
    ("Binh chủng Hóa học vừa tổ chức Hội nghị quân chính 6 tháng đầu năm 2025.", "Binh chủng Hóa học"),
    ("Chiều 5/1, Công ty Điện lực Hà Giang tổ chức hội nghị tổng kết công tác năm 2025.", "Công ty Điện lực Hà Giang"),
    # a headline that the body launched the year's tasks, when the lead names no holder
    ("Cục Thi hành án dân sự tỉnh Bắc Kạn triển khai nhiệm vụ năm 2026\n\nNăm 2025, các cơ quan thi hành án đạt "
     "87% về việc.", "Cục Thi hành án dân sự tỉnh Bắc Kạn"),
])
def test_organization_of_a_whole_force_a_military_unit_a_company_and_a_launch_headline(text, org):
    assert find_organization(parse(text)) == org


def test_the_leads_holder_comes_before_a_launch_headline():
    text = ("Ngân hàng Chính sách xã hội Lạng Sơn triển khai nhiệm vụ năm 2026\n\nChiều 24/01, Chi nhánh Ngân hàng "
            "Chính sách xã hội tỉnh Lạng Sơn đã tổ chức hội nghị triển khai nhiệm vụ năm 2026.")
    assert find_organization(parse(text)) == "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Lạng Sơn"


@pytest.mark.parametrize(("text", "org"), [
    # a district named after a person is a place when it follows its level
    ("Chiều ngày 02/10/2025, Ủy ban MTTQ Việt Nam huyện Trần Văn Thời tổ chức Hội nghị sơ kết công tác Mặt trận "
     "quý III/2025.", "Ủy ban MTTQ Việt Nam huyện Trần Văn Thời"),
    # "TX" without its dot opens a headline's place like "TX."
    ("TX Quảng Trị: Tổ chức kỳ họp thứ 11\n\nHĐND thị xã vừa tổ chức Kỳ họp thứ 11.", "HĐND thị xã Quảng Trị"),
    # a court's standard name keeps its lower-case words
    ("Hội nghị đã báo cáo kết quả công tác năm 2025.\n\nNăm 2025, Tòa án nhân dân huyện Ngọc Hiển đã thụ lý 609 vụ.",
     "Tòa án nhân dân huyện Ngọc Hiển"),
])
def test_organization_named_after_a_person_a_tx_headline_and_a_court(text, org):
    assert find_organization(parse(text)) == org


def test_a_chairs_name_after_the_level_is_still_a_person():
    text = "Hội nghị giao ban quý III/2025 diễn ra sáng 2/10. Chủ tịch UBND huyện Nguyễn Văn An chủ trì hội nghị."
    assert find_organization(parse(text)) != "UBND huyện Nguyễn Văn An"


@pytest.mark.parametrize(("text", "org"), [
    # a standard unit name capitalises only its first syllable: the name goes on past "Quân"
    ("Đảng ủy Quân sự tỉnh ra nghị quyết lãnh đạo nhiệm vụ năm 2026\n\nNăm 2025, Đảng ủy Quân sự tỉnh đã lãnh "
     "đạo hoàn thành 100% chỉ tiêu.", "Đảng ủy Quân sự tỉnh"),
    ("Sau khi kiểm điểm công tác năm qua, Công ty Điện lực Hà Giang xác định nhiệm vụ năm 2026 là giảm tổn thất "
     "điện năng.", "Công ty Điện lực Hà Giang"),
    # the meeting hears its holder's own report, presented by its leaders
    ("Chiều 2/12/2025, đoàn kiểm tra của cấp trên có buổi làm việc về công tác năm 2025.\n\nLãnh đạo Ủy ban MTTQ "
     "Việt Nam tỉnh đã báo cáo kết quả nổi bật trong công tác mặt trận.", "Ủy ban MTTQ Việt Nam tỉnh"),
    ("Sáng 12/01, tại hội trường khách sạn, đã diễn ra Hội nghị tổng kết năm 2025.\n\nTại Hội nghị, đại diện Sở "
     "Tư pháp đã trình bày Báo cáo tổng kết năm 2025.", "Sở Tư pháp"),
    # a giao ban "giữa A với B" is convened by A
    ("Lạng Sơn: Giao ban quý III\n\nTại Hội nghị giao ban lần thứ 5 giữa Thường trực HĐND tỉnh với các Ban HĐND "
     "tỉnh, các đại biểu đã thảo luận hai chuyên đề.", "Thường trực HĐND tỉnh Lạng Sơn"),
    # each province's union of science societies is a standard name
    ("Ngày 20-1, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức hội nghị tổng kết công tác năm 2025.",
     "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
    # an inspection "tại X": X's work is reviewed; the visiting "Đoàn công tác" never holds the meeting
    ("Trong 2 ngày 3 và 4/11, Đoàn công tác Quân khu 7 đã tiến hành kiểm tra toàn diện tại Bộ Chỉ huy Quân sự "
     "tỉnh Tây Ninh.", "Bộ Chỉ huy Quân sự tỉnh Tây Ninh"),
    ("Chiều 29/6, đoàn công tác của Bộ Công an đến kiểm tra công tác tại Công an TP Hải Phòng.\n\nSáu tháng "
     "đầu năm, Công an Hải Phòng đã triệt phá 20 băng nhóm.", "Công an TP Hải Phòng"),
    # the head reports, with a comma before the verb; a provincial power company is "PC <tỉnh>"
    ("Tại hội nghị, ông Trần Văn An, Giám đốc PC Bình Định, đã báo cáo tình hình sản xuất kinh doanh năm 2025.",
     "PC Bình Định"),
    # "thời gian qua" names the reviewed period: its subject is the body reviewed, before a committee named later
    ("Theo báo cáo, thời gian qua Công an TP Cần Thơ đã thực hiện hiệu quả các chủ trương được giao.\n\nSáu tháng "
     "đầu năm, lực lượng đã triệt phá 20 băng nhóm.\n\nĐồng chí Phó Chủ tịch UBND TP Cần Thơ đề nghị tiếp tục "
     "giữ vững an ninh.", "Công an TP Cần Thơ"),
    # any capitalised subject of the lead's "tổ chức hội nghị", when no known head names it
    ("Sáng 13/1, Cảnh sát Phòng cháy và chữa cháy tỉnh Ninh Bình (PC&CC) đã tổ chức hội nghị tổng kết công tác "
     "năm 2025.", "Cảnh sát Phòng cháy và chữa cháy tỉnh Ninh Bình"),
    ("Ngày 19-10, tại TP. Nha Trang, Cụm VIII các Hội Đông y (gồm các tỉnh: Khánh Hòa, Ninh Thuận, Bình Thuận và "
     "TP. Hồ Chí Minh) tổ chức hội nghị giao ban năm 2025.", "Cụm VIII các Hội Đông y"),
    # the headline names the lead's body with its level
    ("Hội Liên hiệp Văn học – Nghệ thuật tỉnh triển khai nhiệm vụ 6 tháng cuối năm\n\nNgày 7/7, Hội Liên hiệp Văn "
     "học - Nghệ thuật đã tổ chức Hội nghị Ban Chấp hành mở rộng.", "Hội Liên hiệp Văn học – Nghệ thuật tỉnh"),
    # the body the article reports acting takes its place from the headline
    ("Hội nghị tổng kết công tác tòa án huyện Krông Bông năm 2025\n\nNăm 2025, Tòa án nhân dân huyện đã hoàn "
     "thành các chỉ tiêu đề ra.", "Tòa án nhân dân huyện Krông Bông"),
])
def test_organization_with_a_standard_unit_name_or_named_by_its_own_report(text, org):
    assert find_organization(parse(text)) == org


def test_with_nothing_said_of_who_met_the_body_at_a_level_named_most_often_is_the_organisation():
    doc = parse("Bảo đảm an ninh trật tự dịp Tết\n\nChủ tịch UBND huyện Lê Văn Tâm trao bằng khen cho các tập thể.\n\n"
                "Trong năm, tỷ lệ điều tra khám phá án vượt trên 3%. Chủ tịch UBND huyện đề nghị các ngành tiếp tục "
                "tuyên truyền. Công an xã phối hợp tuần tra. UBND huyện giao các xã rà soát hộ nghèo.")
    assert find_organization(doc) == "UBND huyện"


@pytest.mark.parametrize(("text", "period"), [
    ("Ngày 22-1, UBND huyện An Phước họp đánh giá tình hình kinh tế-xã hội tháng 1, triển khai nhiệm vụ tháng 2-2026.",
     "tháng 1 năm 2026"),
    ("Đảng ủy Quân sự tỉnh ra nghị quyết lãnh đạo thực hiện nhiệm vụ quý II năm 2026\n\nQuý I năm 2026, Đảng ủy "
     "Quân sự tỉnh đã lãnh đạo hoàn thành 100% chỉ tiêu giao quân.", "Quý I năm 2026"),
])
def test_the_next_periods_year_and_a_resolution_for_the_quarter_to_come(text, period):
    assert find_period(parse(text)) == period


def test_a_headline_broken_at_its_colon_names_the_cluster_its_leader_hosts():
    doc = parse("Cụm thi đua phía Nam:\nKết nạp 300 hội viên mới\n\nNgày 15-10, Hội Cựu chiến binh huyện Tân Lập - "
                "đơn vị Cụm trưởng Cụm thi đua phía Nam đã tổ chức hội nghị tổng kết Cụm năm 2025.")
    assert doc.text_of(doc.title) == "Cụm thi đua phía Nam:\nKết nạp 300 hội viên mới"
    assert find_organization(doc) == "Cụm thi đua phía Nam"


def test_a_headlines_name_may_hold_the_noun_to_chuc():
    doc = parse("Cụm thi đua số 3 Ban CHQS cơ quan, tổ chức: Xây dựng cơ sở vững mạnh\n\nNgày 5/7, Cụm thi đua số 3 "
                "Ban CHQS cơ quan, tổ chức đã tổ chức hội nghị sơ kết 6 tháng đầu năm 2026.")
    assert find_organization(doc) == "Cụm thi đua số 3 Ban CHQS cơ quan, tổ chức"


def test_the_body_reviewing_at_its_meeting_comes_before_a_meeting_named_later():
    doc = parse("Tại phiên họp thường kỳ tháng 2 vừa được tổ chức, Thường trực HĐND tỉnh đã đánh giá rút kinh nghiệm "
                "việc tổ chức Kỳ họp thứ 2. Chủ tịch HĐND tỉnh đề nghị chuẩn bị tốt kỳ họp HĐND tỉnh giữa năm 2026.")
    assert find_organization(doc) == "Thường trực HĐND tỉnh"


@pytest.mark.parametrize(("text", "org"), [
    ("Chiều 30/3 tại Hà Nội, Khối thi đua các Bộ, ngành Nội chính Trung ương đã tổ chức hội nghị tổng kết năm 2025.",
     "Khối thi đua các Bộ, ngành Nội chính Trung ương"),
    ("Khối thi đua các sở, ngành kinh tế Phát động thi đua năm 2026\n\nSáng ngày 6/11, Khối thi đua các sở, ngành kinh "
     "tế đã tổ chức hội nghị tổng kết năm 2025.", "Khối thi đua các sở, ngành kinh tế"),
    ("Chiều 29/12, Khối thi đua Văn hóa- Xã hội do Ban Dân tộc tỉnh là trưởng khối chủ trì tổ chức hội nghị tổng kết.",
     "Khối thi đua Văn hóa- Xã hội"),
    ("Sáng 29/2, huyện Long Điền tổ chức họp thường kỳ UBND huyện tháng 2/2026.", "UBND huyện Long Điền"),
    ("Ngày 13/12/2025, Khối thi đua các tổ chức xã hội tổ chức hội nghị tổng kết năm 2025.",
     "Khối thi đua các tổ chức xã hội"),
    ("Dưới sự lãnh đạo, chỉ đạo của Bộ Tư lệnh Quân khu 2, Tỉnh ủy và UBND tỉnh Lào Cai, năm 2025, Bộ CHQS tỉnh đã "
     "hoàn thành tốt các nhiệm vụ được giao.", "Bộ CHQS tỉnh Lào Cai"),
    ("Năm 2025, cán bộ, chiến sỹ Trại giam Nam Hà đã hoàn thành xuất sắc nhiệm vụ được giao.", "Trại giam Nam Hà"),
])
def test_organization_of_blocs_of_departments_regular_meetings_credited_superiors_and_prisons(text, org):
    assert find_organization(parse(text)) == org


def test_a_monthly_giao_ban_takes_its_year_from_the_meetings_full_date():
    text = "ĐẢNG ỦY XÃ QUÂN BÌNH GIAO BAN CÔNG TÁC THÁNG 12\n\nSáng ngày 04/01/2026, Đảng ủy xã đã tiến hành giao ban."
    assert find_period(parse(text)) == "tháng 12 năm 2025"


def test_a_monthly_giao_ban_of_a_field_names_its_month():
    text = ("Giao ban báo chí tháng 10\n\nChiều 5/11/2026, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị giao ban báo chí "
            "tháng 10. Trong tháng, các cơ quan báo chí đã đăng 1.200 tin, bài.")
    assert find_period(parse(text)) == "tháng 10 năm 2026"


def test_a_year_a_guest_asks_things_of_is_not_the_year_reviewed():
    text = ("Tuy mới được thành lập vào giữa năm 2025 nhưng cán bộ, chiến sỹ Trại giam Nam Hà đã hoàn thành xuất sắc "
            "nhiệm vụ. Đồng thời đề nghị trong năm 2026, Trại giam cần cố gắng hơn nữa.")
    assert find_period(parse(text)) == "năm 2025"


def test_a_regular_meeting_numbered_by_month_and_the_dual_command_of_a_division():
    assert find_period(parse("Sáng 28/10, UBND huyện Long Điền tổ chức cuộc họp thường kỳ 10/2026, đánh giá kết quả.")) \
        == "tháng 10/2026"
    assert find_period(parse("Ban Pháp chế báo cáo kết quả khảo sát việc thực hiện Nghị quyết số 25/2025/NQ-HĐND.")) is None
    assert find_organization(parse("Sáng 17-12, Đảng ủy, Chỉ huy Sư đoàn 9 tổ chức Hội nghị quân chính năm 2026.")) \
        == "Sư đoàn 9"
    assert find_organization(parse("Ngày 11.11, Khối thi đua Công an các huyện, thị xã, thành phố miền núi tổ chức hội "
                                   "nghị tổng kết năm 2026.")) == "Khối thi đua Công an các huyện, thị xã, thành phố miền núi"


@pytest.mark.parametrize("text, org", [
    # a bloc's members listed after "gồm" may run long; the last member named is not the holder, and the
    # number in the bloc's name is its name ("… của Khối thi đua 9" then "Hội nghị …" is no place "Hội")
    ("Khối thi đua 9: Đẩy mạnh các phong trào thi đua\n\nNgày 12-7, Khối thi đua 9 gồm các đơn vị: Sở Tư pháp, "
     "Sở Nội vụ, Thanh tra tỉnh, Ban Dân tộc tỉnh, Văn phòng Đoàn ĐBQH và HĐND tỉnh, Liên minh Hợp tác xã tỉnh, "
     "Trường Chính trị tỉnh, Báo Bình Phước đã tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm.\n\n"
     "Hội nghị sơ kết 6 tháng đầu năm của Khối thi đua 9\n\nHội nghị đã thống nhất phương hướng.", "Khối thi đua 9"),
    # "Hội nghị tổng kết <a long topic> của <bloc>": the meeting named with its body, in lower case too
    ("Ngày 8/1/2025, tại hội trường Sở Công Thương đã diễn ra Hội nghị tổng kết công tác thi đua năm 2024 và ký "
     "kết giao ước thi đua năm 2025 của khối thi đua các Doanh nghiệp nhà nước.",
     "Khối thi đua các Doanh nghiệp nhà nước"),
    # "Hội nghị tổng kết <bloc>" names the meeting with its body; a photo caption may be all that does
    ("Tiếp tục làm tốt nhiệm vụ đào tạo cán bộ\nToàn cảnh Hội nghị tổng kết Cụm thi đua số 7\n\nNăm 2025, các đơn vị "
     "trong Cụm đã mở 120 lớp bồi dưỡng với 9.000 lượt học viên.", "Cụm thi đua số 7"),
    ("Chiều 20/12, tại Hội nghị tổng kết Ủy ban Kiểm tra Huyện ủy năm 2025, các đại biểu đã thảo luận.",
     "Ủy ban Kiểm tra Huyện ủy"),
    # nothing says who met: a unit named by its number, named most often
    ("Năm qua, Đảng ủy, chỉ huy Sư đoàn 312 đã lãnh đạo đơn vị hoàn thành tốt nhiệm vụ huấn luyện. Sư đoàn 312 "
     "đã giúp nhân dân 1.200 ngày công. Đồng chí Phó tư lệnh Quân đoàn 1 phát biểu chỉ đạo.", "Sư đoàn 312"),
])
def test_organization_of_blocs_and_units_named_by_number(text, org):
    assert find_organization(parse(text)) == org


@pytest.mark.parametrize("text, org", [
    # a level abbreviated as headlines and leads write it ("Q.", "H.", "TP.") still leads to the place's name
    ("ĐÀ NẴNG - Tại kỳ họp thứ 16 tổ chức ngày 17-12, HĐND Q. Hải Châu thông qua báo cáo tình hình năm 2020.",
     "HĐND Q. Hải Châu"),
    ("Sáng 17-12, UBND H. Củ Chi tổ chức hội nghị sơ kết 6 tháng đầu năm.", "UBND H. Củ Chi"),
    # a city named after a person is a place after its level, never the chair's name
    ("Ngày 5/1, Công an TP. Hồ Chí Minh tổ chức hội nghị tổng kết công tác năm 2020.", "Công an TP. Hồ Chí Minh"),
])
def test_organization_with_its_level_abbreviated(text, org):
    assert find_organization(parse(text)) == org


def test_an_anniversarys_founding_date_never_gives_the_periods_year():
    doc = parse("Nhân kỷ niệm 83 năm Ngày truyền thống Người cao tuổi Việt Nam (06/6/1941- 06/6/2024), sáng ngày "
                "09.6.2024, Hội Người cao tuổi xã Hòa Hội tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.")
    assert find_period(doc) == "6 tháng đầu năm 2024"


@pytest.mark.parametrize("text, org", [
    # the meeting organised by a body, named after it ("… do Ban Dân tộc tỉnh tổ chức")
    ("Đó là mục tiêu đề ra tại hội nghị sơ kết công tác dân tộc 6 tháng đầu năm; triển khai nhiệm vụ 6 tháng cuối "
     "năm do Ban Dân tộc tỉnh tổ chức.", "Ban Dân tộc tỉnh"),
    # a board named alone by the meeting, the committee named with its place as the subject
    ("Sáng 7-10, báo cáo tại hội nghị Ban Chấp hành lần thứ 2 mở rộng, sơ kết công tác quý 3 năm 2026, Quận ủy "
     "Hải Châu xác định trong 3 tháng cuối năm tập trung phục hồi kinh tế.", "Quận ủy Hải Châu"),
    # a post office is a body of the genre, reported acting with its place
    ("Trong năm 2026, hoạt động của Bưu điện Đồng Tháp đạt nhiều kết quả tích cực, doanh thu đạt 210 tỷ đồng.",
     "Bưu điện Đồng Tháp"),
    # a page's doubled spaces are not kept in the name
    ("Sáng 5/7, Hội  Sinh vật cảnh tỉnh  Tiền Giang tổ chức hội nghị sơ kết 6 tháng đầu năm.",
     "Hội Sinh vật cảnh tỉnh Tiền Giang"),
])
def test_organization_organised_by_a_body_or_named_by_its_board(text, org):
    assert find_organization(parse(text)) == org


def test_a_departments_standard_name_is_not_cut_at_its_lower_case_syllable():
    text = ("Công tác tư pháp năm 2025 đạt nhiều kết quả\n\nCác đơn vị trong khu vực đều hoàn thành tốt công tác năm 2025.\n\n"
            "Các Sở Tư pháp trong khu vực đã thẩm định 45 dự thảo văn bản quy phạm pháp luật.\n")
    assert find_organization(parse(text)) == "Sở Tư pháp"  # not "Sở Tư", a place "Tư"


@pytest.mark.parametrize(("text", "org"), [
    # the meetings being prepared for are other bodies'; the chair's body holds this one
    ("Sáng 12/6, Chủ tịch UBND tỉnh Trần Văn Tâm chủ trì phiên họp với các sở, ngành thông qua các báo cáo tình hình "
     "kinh tế – xã hội 6 tháng qua; chuẩn bị báo cáo tại hội nghị Tỉnh ủy và Kỳ họp HĐND tỉnh sắp đến.", "UBND tỉnh"),
    # a meeting named without such words is still the body's own
    ("Sáng 12/6, tại hội nghị Tỉnh ủy lần thứ 9, các đại biểu thảo luận báo cáo tình hình 6 tháng đầu năm.", "Tỉnh ủy"),
    # nor is the meeting where the body was given an award: the chair's body holds the year's review
    ("Chiều 20/12, Đại tá Lê Văn Hòa, Giám đốc Công an tỉnh chủ trì hội nghị tổng kết công tác năm.\nNăm 2026, Công an tỉnh "
     "Hậu Giang đã kéo giảm 12% số vụ phạm pháp hình sự. Tại Hội nghị tổng kết Công an toàn quốc lần thứ 79, Công an tỉnh "
     "Hậu Giang vinh dự được nhận Cờ thi đua của Chính phủ.", "Công an tỉnh Hậu Giang"),
])
def test_a_meeting_still_to_come_never_names_the_holder(text, org):
    assert find_organization(parse(text)) == org


@pytest.mark.parametrize(("text", "org"), [
    # the council's chairman chairs, the standing committee's own work is reviewed: its meeting
    ("Ông Nguyễn Văn Hòa - Chủ tịch HĐND xã chủ trì hội nghị.\n\nTrong năm 2025, Thường trực HĐND xã Tân Phú đã "
     "phối hợp tổ chức tiếp xúc cử tri 16 cuộc.", "Thường trực HĐND xã Tân Phú"),
    # written out in full ("Hội đồng nhân dân": lower-case words inside the name)
    ("Trong tháng 3, Thường trực Hội đồng nhân dân quận đã tổng hợp chương trình giám sát năm 2026 của 13 Tổ đại "
     "biểu HĐND quận, theo dõi việc giải quyết kiến nghị sau kỳ họp thứ V HĐND quận.", "Thường trực Hội đồng nhân dân quận"),
    # a party committee's standing board is still the committee ("Thường trực Huyện ủy" is the Huyện ủy)
    ("Ông Lê Văn An - Bí thư Huyện ủy chủ trì hội nghị.\n\nTrong quý I, Thường trực Huyện ủy Võ Nhai đã chỉ đạo "
     "các chi bộ sơ kết công tác.", "Huyện ủy Võ Nhai"),
])
def test_a_councils_standing_committee_holds_the_review_of_its_own_work(text, org):
    assert find_organization(parse(text)) == org


@pytest.mark.parametrize(("text", "org"), [
    # a convener holds the review of an emulation cluster, named after the review: the cluster's meeting
    ("Sáng 25/7, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tổ chức Hội nghị sơ kết công tác Mặt trận 6 tháng đầu "
     "năm 2026 Cụm thi đua 5 thành phố trực thuộc Trung ương.", "Cụm thi đua 5 thành phố trực thuộc Trung ương"),
    # … or a member hosts it, the cluster named after a ";" of the title
    ("Ngày 4/7, Đài Phát thanh và Truyền hình Yên Bái - Cụm phó Cụm thi đua số 2 đã tổ chức Hội nghị sơ kết 6 tháng "
     "đầu năm; triển khai nhiệm vụ 6 tháng cuối năm Khối thi đua các sở, ngành kinh tế (gồm 8 đơn vị).",
     "Khối thi đua các sở, ngành kinh tế"),
    # a body's own review, the cluster named only as what it belongs to: the body's meeting
    ("Sáng 10/1, Công an tỉnh Lào Cai tổ chức hội nghị tổng kết công tác năm 2025. Công an tỉnh là Cụm trưởng "
     "Cụm thi đua số 2.", "Công an tỉnh Lào Cai"),
])
def test_the_review_of_an_emulation_cluster_is_the_clusters_meeting(text, org):
    assert find_organization(parse(text)) == org


@pytest.mark.parametrize(("text", "org"), [
    # the name written with a small letter mid-sentence gives the level and place the title's name lacks
    ("Hội người mù tổng kết công tác hội năm 2014\n\nSáng ngày 11/12, hội người mù huyện Đô Lương đã tổ chức hội nghị "
     "tổng kết công tác hội năm 2014. Năm qua, hội người mù huyện còn thường xuyên thăm hỏi hội viên.",
     "Hội người mù huyện Đô Lương"),
    # two such mentions naming different places name two bodies: neither place is taken
    ("Hội đồng đội phối hợp với phòng Giáo dục tổ chức hội nghị tổng kết năm học. Có 4 tập thể được hội đồng đội "
     "tỉnh Nghệ An tặng giấy khen và 18 tập thể được hội đồng đội huyện Nghĩa Đàn tặng giấy khen.", "Hội đồng đội"),
])
def test_a_bodys_place_written_after_its_name_with_a_small_first_letter(text, org):
    assert find_organization(parse(text)) == org


def test_a_chair_named_only_under_the_photo_is_the_chair():
    text = ("Tập trung thực hiện các giải pháp kinh tế - xã hội\n\n"
            "Đồng chí Trần Văn Bình, Bí thư Tỉnh ủy chủ trì hội nghị\n\n"
            "Từ đầu năm tới nay, kinh tế của tỉnh duy trì tăng trưởng ổn định. Thu ngân sách đạt 52% dự toán.")
    doc = parse(text)
    assert [doc.text_of(r) for r in doc.removed if r.reason == "caption"]  # the line is a caption, not content
    assert find_chair(doc) == ["Trần Văn Bình"]


def test_a_monthly_meeting_named_by_its_own_month_reviews_the_month_it_assesses():
    # held in August, named "tháng 8" in the headline; its review assesses July and launches August
    text = ("Hội nghị giao ban công tác tháng 8/2026\n\nSáng ngày 8/8, Phòng Giáo dục và Đào tạo thị xã tổ chức Hội nghị "
            "giao ban đánh giá tình hình thực hiện nhiệm vụ tháng 7/2026 và triển khai nhiệm vụ trọng tâm tháng 8/2026.")
    assert find_period(parse(text)) == "tháng 7/2026"


def test_months_of_the_year_written_with_cua_are_the_period_as_written():
    text = ("Sáng 10/9, Công an xã tổ chức hội nghị sơ kết công tác 8 tháng của năm 2026. Trong 8 tháng, "
            "lực lượng công an xã đã giải quyết 12 vụ việc.")
    assert find_period(parse(text)) == "8 tháng của năm 2026"


@pytest.mark.parametrize(("lead", "period"), [
    ("Ngày 20/4, HĐND huyện Tân Phú tổ chức hội nghị tổng kết hoạt động HĐND nhiệm kỳ 2021 - 2026. Năm 2026, HĐND huyện "
     "tổ chức 4 kỳ họp.", "nhiệm kỳ 2021 - 2026"),
    ("Sáng 9-5, Huyện ủy Tân Phú tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị 42 của Ban Bí thư. Năm 2026, huyện "
     "không có thiệt hại về người.", "10 năm"),
    ("Sáng 9-5, Sở Tư pháp tổ chức sơ kết giai đoạn 2024 - 2026 của Đề án phổ biến pháp luật.", "giai đoạn 2024 - 2026"),
    # the span second: the period reviewed first holds; a congress's term is no span reviewed
    ("Ngày 5/7, Đảng ủy xã tổ chức sơ kết 6 tháng đầu năm 2026 và 3 năm thực hiện Nghị quyết 10.", "6 tháng đầu năm 2026"),
    ("Ngày 5/7, Huyện ủy tổ chức tổng kết đại hội các chi bộ cơ sở nhiệm kỳ 2025 – 2030 và sơ kết 6 tháng đầu năm 2026.",
     "6 tháng đầu năm 2026"),
    # a range of months, and the year so far when the lead names no other period
    ("Ngày 18/9, Ban Pháp chế HĐND tỉnh giám sát việc giải quyết đơn thư từ tháng 1/2025 đến tháng 6/2026 tại huyện "
     "Tân Phú.", "từ tháng 1/2025 đến tháng 6/2026"),
    ("Từ đầu năm đến nay, Hội Nông dân huyện đã vận động 120 hộ vay vốn.", "Từ đầu năm đến nay"),
    # the time since a year or a month reviewed first: its span as written
    ("Từ năm 2024 đến nay, Công an huyện Tân Phú lập biên bản 9.768 trường hợp vi phạm trật tự an toàn giao thông.",
     "Từ năm 2024 đến nay"),
    ("Thường trực HĐND huyện tổ chức phiên giải trình về việc cấp giấy chứng nhận từ tháng 9-2025 đến nay.",
     "từ tháng 9-2025 đến nay"),
    # another period named: the months so far are only how the report counts
    ("Sáng 5/7, UBND huyện sơ kết 6 tháng đầu năm 2026. Từ đầu năm đến nay, huyện đã thu 120 tỷ đồng.",
     "6 tháng đầu năm 2026"),
])
def test_a_span_a_range_of_months_or_the_year_so_far_is_the_period_as_written(lead, period):
    assert find_period(parse("Hội nghị\n\n" + lead)) == period


def test_a_title_opened_by_the_next_year_does_not_hide_the_year_reviewed():
    """"Năm 2027, …" opening a headline is the year the meeting plans for when the lead names it as the next one
    ("tổng kết công tác năm 2026 và triển khai nhiệm vụ năm 2027"): the capital is the headline's, not another year."""
    doc = parse("Năm 2027, du lịch đặt mục tiêu đón 20 triệu lượt khách quốc tế\n\n"
                "Vừa qua, tại hội nghị tổng kết công tác năm 2026 và triển khai nhiệm vụ năm 2027 của Tổng cục Du lịch, "
                "Bộ trưởng đã yêu cầu ngành Du lịch hướng tới mục tiêu mới.")
    assert find_period(doc) == "năm 2026"


def test_a_period_written_without_its_year_takes_the_meetings():
    text = ("(GLO)- Hôm qua (8-7), Chi cục Dân số-Kế hoạch hóa gia đình tỉnh Gia Lai đã sơ kết công tác 6 tháng đầu năm "
            "và triển khai nhiệm vụ 6 tháng cuối năm.\nTheo thống kê, tính đến hết tháng 6-2019, tỷ suất sinh thô của tỉnh "
            "là 17,15%o, giảm 0,57%o so với cùng kỳ.")
    meta = rules_meta(parse(text))
    assert meta.meeting_date == "2019-07-08" and meta.period == "6 tháng đầu năm 2019"


def test_a_summary_reads_the_organisation_once_and_a_new_article_afresh(monkeypatch, tmp_path):
    """The rules' extraction and the reconciling both ask for the rules' metadata: it is read once per article, a
    caller may change its copy without changing the other's, and another article (or the same file read again) is
    read afresh."""
    from pathlib import Path

    import summarizer.pipeline.meta as meta_module
    from summarizer.api import summarize
    from summarizer.pipeline.ingest import read_article

    calls: list[str] = []
    real = meta_module.find_organization
    monkeypatch.setattr(meta_module, "find_organization", lambda doc: calls.append(doc.name) or real(doc))
    seeds = sorted((Path(__file__).resolve().parents[1] / "evals" / "articles").glob("00[12]_*.txt"))
    first = summarize(seeds[0])
    assert len(calls) == 1 and first.meta.organization == real(read_article(seeds[0]))  # the one read, not another
    doc = read_article(seeds[1])
    mine = meta_module.rules_meta(doc)
    mine.chair.append("Người Khác")
    assert meta_module.rules_meta(doc).chair != mine.chair and len(calls) == 2
    summarize(seeds[0])
    assert len(calls) == 3
