"""Small Vietnamese meeting-report articles written for these tests, and Summaries over them.

Offsets are computed from each article's NFC text, exactly as grounding would place them. One
article carries `<script>` in its text (and one item text carries an `<img onerror>`), one item
is fuzzy, one has offsets that do not match its quote, two spans overlap, and one result's
article file does not exist.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from summarizer.models import Item, Meta, Provenance, Summary, Task

SCRIPT = '<script>window.__pwned=1;document.title="pwned"</script>'

_FILLER = [
    "Các xã, thị trấn tiếp tục rà soát, bổ sung quy hoạch cán bộ giai đoạn 2025 - 2030 theo đúng quy trình.",
    "Công tác kiểm tra, giám sát được thực hiện thường xuyên, tập trung vào những lĩnh vực dễ phát sinh sai phạm.",
    "Mặt trận Tổ quốc và các đoàn thể vận động nhân dân tham gia xây dựng nông thôn mới, giữ gìn vệ sinh môi trường.",
    "Hoạt động văn hóa, thể thao diễn ra sôi nổi, nhất là trong dịp đón Tết Nguyên đán và các ngày lễ lớn.",
    "Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững, không để xảy ra điểm nóng.",
    "Công tác chuyển đổi số được quan tâm, nhiều thủ tục hành chính đã được tiếp nhận trực tuyến.",
    "Ngành giáo dục hoàn thành kế hoạch tuyển sinh, tỷ lệ học sinh đi học đúng độ tuổi được duy trì ổn định.",
    "Các cơ sở y tế bảo đảm thuốc men, vật tư và trang thiết bị phục vụ khám, chữa bệnh cho nhân dân.",
    "Công tác đền ơn đáp nghĩa, chăm lo gia đình chính sách được quan tâm thực hiện chu đáo, đúng đối tượng.",
    "Việc quản lý đất đai, tài nguyên và môi trường từng bước đi vào nền nếp, hạn chế khiếu nại kéo dài.",
    "Các hợp tác xã nông nghiệp mở rộng liên kết tiêu thụ sản phẩm, nâng cao thu nhập cho thành viên.",
    "Lực lượng vũ trang huyện duy trì nghiêm chế độ trực sẵn sàng chiến đấu, hoàn thành công tác tuyển quân.",
]

ARTICLE_A = "\n".join([
    "Huyện ủy Tân Phước sơ kết công tác quý I năm 2024",
    "05/04/2024 08:30",
    "Sáng 5/4, Huyện ủy Tân Phước tổ chức hội nghị sơ kết công tác quý I, triển khai nhiệm vụ quý II năm 2024. "
    "Đồng chí Nguyễn Văn An, Bí thư Huyện ủy chủ trì hội nghị.",
    "Trong quý I, tổng thu ngân sách trên địa bàn đạt 152,7 tỷ đồng, bằng 31,5% dự toán năm. "
    "Toàn huyện kết nạp 47 đảng viên mới, đạt 94% kế hoạch.",
    *_FILLER,
    _FILLER[2],  # pasted twice: dropped as a duplicate, shown collapsed in the HTML view
    "Tuy nhiên, tiến độ giải ngân vốn đầu tư công còn chậm, mới đạt 12,3% kế hoạch; công tác cải cách hành chính "
    "ở một số xã chưa đạt yêu cầu.",
    "Thời gian tới, Huyện ủy yêu cầu UBND huyện đẩy nhanh giải ngân vốn đầu tư công, phấn đấu đạt trên 60% "
    "trước ngày 30/6/2024.",
    "Ảnh: Quang cảnh hội nghị",
    "Bình luận",
]) + "\n"

ARTICLE_B = "\n".join([
    "Đảng ủy xã Phú Mỹ họp phiên thường kỳ tháng 4",
    "Ngày 10/4, Đảng ủy xã Phú Mỹ tổ chức hội nghị đánh giá kết quả quý I/2024. Xã đã tổ chức 12 buổi "
    f"tuyên truyền {SCRIPT} về phòng chống dịch bệnh cho 1.250 lượt người.",
    "Tỷ lệ thu thuế đạt 7/13 chỉ tiêu; vẫn còn 3 hộ kinh doanh chưa nộp thuế đúng hạn.",
    "Hội nghị giao Ban Chỉ đạo xã hoàn thành rà soát hộ nghèo trước ngày 15/5/2024.",
]) + "\n"

# Old-style tone placement ("uỷ"): must land in the same group as "Huyện ủy Tân Phước".
ARTICLE_C = "\n".join([
    "Huyện uỷ Tân Phước đánh giá 6 tháng đầu năm 2023",
    "Ngày 12/7/2023, Huyện uỷ Tân Phước họp đánh giá kết quả 6 tháng đầu năm 2023.",
    "Giá trị sản xuất nông nghiệp tăng 4,8% so với cùng kỳ; thu nhập bình quân đạt 58,6 triệu đồng/người/năm.",
    "Một số công trình trọng điểm chậm tiến độ do vướng mặt bằng.",
]) + "\n"

FILES = {"A": "tan_phuoc_q1_2024.txt", "B": "phu_my_thang4.txt", "C": "tan_phuoc_6t_2023.txt"}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _span(source: str, quote: str) -> tuple[int, int]:
    source, quote = nfc(source), nfc(quote)
    start = source.index(quote)
    return start, start + len(quote)


def item(source: str, quote: str, text: str, status: str = "exact") -> Item:
    s, e = _span(source, quote)
    return Item(text=text, quote=nfc(quote), start=s, end=e, status=status)


def task(source: str, quote: str, text: str, owner: str | None = None, deadline: str | None = None) -> Task:
    s, e = _span(source, quote)
    return Task(text=text, quote=nfc(quote), start=s, end=e, owner=owner, deadline=deadline)


def _prov() -> Provenance:
    return Provenance(tool_version="test", model=None, strategy="rules", prompt_version=None)


def summary_a() -> Summary:
    src = ARTICLE_A
    return Summary(
        article=FILES["A"],
        meta=Meta(organization="Huyện ủy Tân Phước", meeting_date="2024-04-05", period="Quý I/2024",
                  chair=["Nguyễn Văn An"]),
        achievements=[
            item(src, "tổng thu ngân sách trên địa bàn đạt 152,7 tỷ đồng, bằng 31,5% dự toán năm",
                 "Tổng thu ngân sách đạt 152,7 tỷ đồng, bằng 31,5% dự toán năm"),
            # overlaps the previous span ("bằng 31,5% dự toán năm")
            item(src, "bằng 31,5% dự toán năm. Toàn huyện kết nạp 47 đảng viên mới, đạt 94% kế hoạch",
                 "Kết nạp 47 đảng viên mới, đạt 94% kế hoạch"),
        ],
        shortcomings=[
            item(src, "tiến độ giải ngân vốn đầu tư công còn chậm, mới đạt 12,3% kế hoạch",
                 "Giải ngân vốn đầu tư công chậm, mới đạt 12,3%"),
            item(src, "công tác cải cách hành chính ở một số xã chưa đạt yêu cầu",
                 "Cải cách hành chính ở một số xã chưa đạt yêu cầu", status="fuzzy"),
        ],
        tasks=[
            task(src, "đẩy nhanh giải ngân vốn đầu tư công, phấn đấu đạt trên 60% trước ngày 30/6/2024",
                 "Đẩy nhanh giải ngân vốn đầu tư công, đạt trên 60%", owner="UBND huyện", deadline="30/6/2024"),
        ],
        provenance=_prov(),
    )


def summary_b() -> Summary:
    src = ARTICLE_B
    ungrounded = item(src, "vẫn còn 3 hộ kinh doanh chưa nộp thuế đúng hạn", "Còn 3 hộ kinh doanh chưa nộp thuế")
    ungrounded = ungrounded.model_copy(update={"start": ungrounded.start + 5, "end": ungrounded.end + 5})
    return Summary(
        article=FILES["B"],
        meta=Meta(organization="Đảng ủy xã Phú Mỹ", meeting_date="2024-04-10", period="Quý I/2024"),
        achievements=[
            item(src, f"tổ chức 12 buổi tuyên truyền {SCRIPT} về phòng chống dịch bệnh cho 1.250 lượt người",
                 'Tổ chức 12 buổi tuyên truyền <img src=x onerror="window.__pwned=2"> cho 1.250 lượt người'),
            item(src, "Tỷ lệ thu thuế đạt 7/13 chỉ tiêu", "Thu thuế đạt 7/13 chỉ tiêu"),
        ],
        shortcomings=[ungrounded],
        tasks=[
            task(src, "Ban Chỉ đạo xã hoàn thành rà soát hộ nghèo trước ngày 15/5/2024",
                 "Hoàn thành rà soát hộ nghèo", owner="Ban Chỉ đạo xã", deadline="15/5/2024"),
        ],
        provenance=_prov(),
    )


def summary_c() -> Summary:
    src = ARTICLE_C
    return Summary(
        article=FILES["C"],
        meta=Meta(organization="Huyện uỷ Tân Phước", meeting_date="2023-07-12", period="6 tháng đầu năm 2023"),
        achievements=[
            item(src, "Giá trị sản xuất nông nghiệp tăng 4,8% so với cùng kỳ",
                 "Giá trị sản xuất nông nghiệp tăng 4,8%"),
            item(src, "thu nhập bình quân đạt 58,6 triệu đồng/người/năm",
                 "Thu nhập bình quân đạt 58,6 triệu đồng/người/năm"),
        ],
        shortcomings=[item(src, "Một số công trình trọng điểm chậm tiến độ do vướng mặt bằng",
                           "Một số công trình trọng điểm chậm tiến độ")],
        provenance=_prov(),
    )


def summary_missing() -> Summary:
    """A result whose article file is nowhere to be found."""
    src = "Ủy ban nhân dân phường 3 họp giao ban. Phường đã cấp 215 giấy chứng nhận trong tháng."
    return Summary(
        article="khong_co_file.txt",
        meta=Meta(organization="UBND phường 3", meeting_date=None, period="Tháng 3/2024"),
        achievements=[item(src, "Phường đã cấp 215 giấy chứng nhận trong tháng", "Cấp 215 giấy chứng nhận")],
        provenance=_prov(),
    )


def all_summaries() -> list[Summary]:
    return [summary_a(), summary_b(), summary_c(), summary_missing()]


@dataclass
class Batch:
    results: Path
    articles: Path
    summaries: list[Summary]


def write_articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for key, text in (("A", ARTICLE_A), ("B", ARTICLE_B), ("C", ARTICLE_C)):
        (folder / FILES[key]).write_text(text, encoding="utf-8")
    return folder


def write_batch(tmp: Path, with_source: bool = True) -> Batch:
    """A batch-style JSONL: the four results as 'done' lines (plus source), and one failed line."""
    articles = write_articles(tmp / "articles")
    summaries = all_summaries()
    lines = []
    for i, s in enumerate(summaries):
        rec = s.model_dump(mode="json")
        rec.update(article_id=Path(s.article).stem, status="done")
        if with_source:
            rec["source"] = str(articles / s.article)
        lines.append(json.dumps(rec, ensure_ascii=False))
        if i == 1:
            lines.append(json.dumps({"article_id": "hong", "status": "failed", "source": "hong.txt",
                                     "error": "all chunks failed"}, ensure_ascii=False))
    results = tmp / "out" / "results.jsonl"
    results.parent.mkdir(parents=True, exist_ok=True)
    results.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Batch(results, articles, summaries)
