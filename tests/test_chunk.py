"""Chunk: Vietnamese sentence boundaries, verbatim chunk text, token budget, heading."""

from __future__ import annotations

import re

import pytest

from summarizer.pipeline.chunk import estimate_tokens, make_chunks, split_sentences
from summarizer.pipeline.ingest import parse, read_article

HEADING = "Đảng ủy phường 5 sơ kết công tác quý I/2024"

# Each paragraph: the sentences it must split into, no more, no fewer.
TRICKY = [
    ["Sáng 5/4, Đảng ủy phường 5, TP. Mỹ Tho tổ chức hội nghị sơ kết quý I/2024.",
     "Đồng chí Trần Thị Lan, Bí thư Đảng ủy phường chủ trì hội nghị."],
    ["Có 7/13 khu phố đạt chuẩn văn minh đô thị.",
     "Tổng diện tích gieo trồng đạt 7.396,54ha, bằng 94,7% kế hoạch năm.",
     "Toàn phường giải quyết việc làm cho 3.620 lao động."],
    ["UBND phường và HĐND phường phối hợp tổ chức 4 cuộc giám sát.",
     "Đoàn công tác của UBND TP. Hồ Chí Minh đến thăm và làm việc tại UBND phường."],
    ["Đại diện UBND TX. Cai Lậy và TT. Mỹ Phước dự hội nghị.",
     "PGS.TS. Lê Văn Cường trình bày chuyên đề về chuyển đổi số."],
    ["Đồng chí Bí thư nhấn mạnh: “Phải hoàn thành 100% chỉ tiêu trước ngày 15/12.”",
     "Hội nghị thống nhất cao với báo cáo."],
]


def tricky_doc():
    return parse(HEADING + "\n" + "\n".join(" ".join(p) for p in TRICKY) + "\n")


def sentence_texts(doc) -> list[str]:
    return [doc.source[s.start : s.end] for s in split_sentences(doc)]


def test_sentence_boundaries_around_abbreviations_and_figures():
    doc = tricky_doc()
    assert sentence_texts(doc) == [s for p in TRICKY for s in p]


@pytest.mark.parametrize("token", ["TP.", "7/13", "94,7%", "7.396,54ha", "3.620", "UBND", "HĐND", "TX.", "PGS.TS."])
def test_no_sentence_starts_or_ends_inside_a_token(token):
    doc = tricky_doc()
    texts = sentence_texts(doc)
    holders = [t for t in texts if token in t]
    assert holders, token
    for s in split_sentences(doc):
        text = doc.source[s.start : s.end]
        # a boundary never falls inside the token: the token is wholly in or wholly out of each sentence
        for m in re.finditer(re.escape(token), doc.source):
            inside = s.start <= m.start() and m.end() <= s.end
            disjoint = m.end() <= s.start or m.start() >= s.end
            assert inside or disjoint, (token, text)


def test_sentences_are_verbatim_spans_in_order(vi_article):
    doc = read_article(vi_article)
    sentences = split_sentences(doc)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for a, b in zip(sentences, sentences[1:], strict=False):
        assert a.end <= b.start
    for s in sentences:
        para = doc.paragraphs[s.paragraph]
        assert para.start <= s.start < s.end <= para.end
        text = doc.source[s.start : s.end]
        assert text == text.strip()
    # together the sentences cover every non-space character of every content paragraph
    covered = "".join(doc.source[s.start : s.end] for s in sentences)
    whole = "".join(doc.text_of(p) for p in doc.paragraphs)
    assert re.sub(r"\s", "", covered) == re.sub(r"\s", "", whole)


@pytest.mark.parametrize("budget", [40, 100, 250, 1200])
def test_chunks_respect_budget_and_never_cut_a_sentence(vi_article, budget):
    doc = read_article(vi_article)
    sentences = split_sentences(doc)
    chunks = make_chunks(doc, budget)
    assert [c.index for c in chunks] == list(range(len(chunks)))
    # every sentence is in exactly one chunk, whole, in order
    assert [s for c in chunks for s in c.sentences] == sentences
    for c in chunks:
        for line in c.text.split("\n"):
            assert line and line in doc.source  # verbatim text of the source
        assert c.text.split("\n")[0].startswith(doc.source[c.start : c.start + 10])
        if len(c.sentences) > 1:
            assert estimate_tokens(c.text) <= budget
        assert c.heading == "Huyện ủy Tân Phước sơ kết công tác quý III/2023"
    if budget >= 1200:
        assert len(chunks) == 1
    else:
        assert len(chunks) > 1
        for prev, c in zip(chunks, chunks[1:], strict=False):  # the sentence before, as context
            assert c.previous == doc.source[prev.sentences[-1].start : prev.sentences[-1].end]


def test_one_over_long_sentence_gets_its_own_chunk():
    long_sentence = ("Trong quý I, toàn huyện đã " + ", ".join(f"hoàn thành hạng mục số {i} của dự án giao thông"
                                                          for i in range(60)) + ".")
    doc = parse("Huyện ủy An Phú họp\nHội nghị khai mạc lúc 8 giờ.\n" + long_sentence + "\nHội nghị bế mạc.\n")
    assert estimate_tokens(long_sentence) > 300
    chunks = make_chunks(doc, 100)
    texts = [c.text for c in chunks]
    assert long_sentence in texts  # whole, alone, over budget rather than cut
    assert texts == ["Hội nghị khai mạc lúc 8 giờ.", long_sentence, "Hội nghị bế mạc."]


def test_paragraph_breaks_kept_as_newlines(vi_article):
    doc = read_article(vi_article)
    (chunk,) = make_chunks(doc, 5000)
    assert chunk.text.split("\n") == [doc.text_of(p) for p in doc.paragraphs]


def test_heading_without_title_is_first_line():
    doc = parse("Sáng 5/4, Đảng ủy xã An Bình tổ chức hội nghị giao ban quý I/2024.\n"
                "Thu ngân sách đạt 95% dự toán.\n")
    assert doc.title is None
    assert all(c.heading.startswith("Sáng 5/4, Đảng ủy xã An Bình") for c in make_chunks(doc, 100))


def test_seeds_chunk_verbatim(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = read_article(path)
        chunks = make_chunks(doc, 300)
        assert [s for c in chunks for s in c.sentences] == split_sentences(doc), path.name
        for c in chunks:
            assert all(line in doc.source for line in c.text.split("\n")), path.name
            assert len(c.sentences) == 1 or estimate_tokens(c.text) <= 300


def test_a_stop_inside_a_word_is_no_sentence_end_but_a_missing_space_after_one_is():
    doc = parse("Tiêu đề\n\n(Baonghean.vn) - Ngày 20/11, UB.MTTQ các huyện thuộc Cụm đường 48 tổ chức hội nghị giao "
                "ban. Công tác tuyên truyền có nhiều đổi mới.UBND huyện đã triển khai phòng chống cháy rừng.\n", "x.txt")
    got = [doc.source[s.start:s.end] for s in split_sentences(doc)]
    assert got == ["(Baonghean.vn) - Ngày 20/11, UB.MTTQ các huyện thuộc Cụm đường 48 tổ chức hội nghị giao ban.",
                   "Công tác tuyên truyền có nhiều đổi mới.", "UBND huyện đã triển khai phòng chống cháy rừng."]


def test_an_ellipsis_before_a_capital_ends_a_sentence_but_not_before_a_lower_case_word():
    doc = parse("Bệnh viện sơ kết năm\n\nBệnh viện còn gặp khó khăn như thiếu bác sĩ, cơ sở vật chất xuống cấp… Năm "
                "2014, Bệnh viện sẽ nâng cấp khoa xét nghiệm. Hội phối hợp với Trung tâm khuyến nông, khuyến ngư… tập "
                "huấn cho 300 hội viên.\n")
    texts = [doc.source[s.start:s.end] for s in split_sentences(doc)]
    assert texts == ["Bệnh viện còn gặp khó khăn như thiếu bác sĩ, cơ sở vật chất xuống cấp…",
                     "Năm 2014, Bệnh viện sẽ nâng cấp khoa xét nghiệm.",
                     "Hội phối hợp với Trung tâm khuyến nông, khuyến ngư… tập huấn cho 300 hội viên."]
