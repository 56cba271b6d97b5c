"""Merge: near-duplicates across chunks become one item; order is the source's order."""

from __future__ import annotations

import pytest

from summarizer.models import Item, Task
from summarizer.pipeline.ground import Grounded, ground_item
from summarizer.pipeline.ingest import parse
from summarizer.pipeline.merge import Placed, merge_items


@pytest.fixture
def doc(vi_article_text):
    return parse(vi_article_text)


def item(doc, text: str, quote: str, chunk: int = 0, cls=Item, **extra):
    g = ground_item(text, quote, doc)
    assert isinstance(g, Grounded), g
    return cls(text=g.text, quote=g.quote, start=g.start, end=g.end, status=g.status, chunk=chunk, **extra)


def test_items_are_ordered_by_source_position(doc):
    late = item(doc, "Thu ngân sách chỉ đạt 61% dự toán", "chỉ đạt 61% dự toán", chunk=2)
    early = item(doc, "Có 7/13 xã đạt chuẩn nông thôn mới nâng cao", "Có 7/13 xã đạt chuẩn nông thôn mới nâng cao")
    middle = item(doc, "Giải quyết việc làm cho 3.620 lao động", "giải quyết việc làm cho 3.620 lao động", chunk=1)
    lists, merged = merge_items([Placed("achievements", x) for x in (late, early, middle)])
    assert merged == 0
    assert lists["achievements"] == [early, middle, late]
    assert [x.start for x in lists["achievements"]] == sorted(x.start for x in (late, early, middle))
    assert lists["shortcomings"] == [] and lists["tasks"] == []


def test_overlapping_quotes_from_two_chunks_merge(doc):
    a = item(doc, "Tổng diện tích gieo trồng đạt 7.396,54ha",
             "Tổng diện tích gieo trồng đạt 7.396,54ha, bằng 94,7% kế hoạch năm", chunk=1)
    b = item(doc, "Diện tích gieo trồng 7.396,54ha, bằng 94,7% kế hoạch",
             "diện tích gieo trồng đạt 7.396,54ha, bằng 94,7% kế hoạch năm", chunk=2)
    lists, merged = merge_items([Placed("achievements", b), Placed("achievements", a)])
    assert merged == 1
    assert lists["achievements"] == [a]  # the first in source order stays


def test_near_identical_texts_with_different_quotes_merge(doc):
    a = item(doc, "Có 7/13 xã đạt chuẩn nông thôn mới nâng cao", "Có 7/13 xã đạt chuẩn nông thôn mới nâng cao")
    # the same fact, quoted from the headline-like lead of another chunk, worded a hair differently
    b = Item(text="Có 7/13 xã đạt chuẩn nông thôn mới nâng cao.", quote="x" * 10, start=2000, end=2010)
    lists, merged = merge_items([Placed("achievements", a), Placed("achievements", b)])
    assert merged == 1 and lists["achievements"] == [a]


def test_same_wording_different_figures_are_two_facts(doc):
    a = Item(text="Kết nạp 12 đảng viên mới", quote="kết nạp 12 đảng viên mới", start=100, end=124)
    b = Item(text="Kết nạp 15 đảng viên mới", quote="kết nạp 15 đảng viên mới", start=500, end=524)
    lists, merged = merge_items([Placed("achievements", a), Placed("achievements", b)])
    assert merged == 0 and lists["achievements"] == [a, b]


def test_categories_are_not_merged_with_each_other(doc):
    a = item(doc, "Giải ngân vốn đầu tư công chưa đạt yêu cầu", "Việc giải ngân vốn đầu tư công chưa đạt yêu cầu")
    t = item(doc, "Giải ngân vốn đầu tư công chưa đạt yêu cầu", "Việc giải ngân vốn đầu tư công chưa đạt yêu cầu",
             cls=Task)
    lists, merged = merge_items([Placed("shortcomings", a), Placed("tasks", t)])
    assert merged == 0 and lists["shortcomings"] == [a] and lists["tasks"] == [t]


@pytest.mark.parametrize("first_knows", ["owner", "deadline", "both"])
def test_task_twins_keep_owner_and_deadline_from_either(doc, first_knows):
    quote = "UBND huyện chủ trì đẩy nhanh giải ngân vốn đầu tư công, hoàn thành trước ngày 31/12/2023"
    text = "UBND huyện đẩy nhanh giải ngân vốn đầu tư công, hoàn thành trước ngày 31/12/2023"
    first = {"owner": "UBND huyện", "deadline": None} if first_knows == "owner" else \
        {"owner": None, "deadline": "trước ngày 31/12/2023"} if first_knows == "deadline" else \
        {"owner": "UBND huyện", "deadline": "trước ngày 31/12/2023"}
    second = {"owner": None if first["owner"] else "UBND huyện",
              "deadline": None if first["deadline"] else "trước ngày 31/12/2023"}
    t1 = item(doc, text, quote, chunk=3, cls=Task, **first)
    t2 = item(doc, text, "đẩy nhanh giải ngân vốn đầu tư công, hoàn thành trước ngày 31/12/2023", chunk=4, cls=Task,
              **second)
    for order in ([t1, t2], [t2, t1]):
        lists, merged = merge_items([Placed("tasks", t) for t in order])
        assert merged == 1
        (kept,) = lists["tasks"]
        assert kept.owner == "UBND huyện"
        assert kept.deadline == "trước ngày 31/12/2023"
        assert kept.quote == kept.quote.strip() and kept.start == min(t1.start, t2.start)


def test_distinct_items_of_one_sentence_survive(doc):
    a = item(doc, "Thu ngân sách còn chậm", "công tác thu ngân sách còn chậm")
    b = item(doc, "Thu ngân sách chỉ đạt 61% dự toán", "chỉ đạt 61% dự toán")
    lists, merged = merge_items([Placed("shortcomings", b), Placed("shortcomings", a)])
    assert merged == 0 and lists["shortcomings"] == [a, b]
