"""Merge: grounded items from all chunks → one ordered, de-duplicated list per category.

Chunk overlap, re-asks and a pasted-twice article all produce the same fact more than once;
two items of a category are the same when their source spans mostly overlap or their texts
are near-identical. Order is the order of the source, which is how a reader checks them.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from summarizer.models import CATEGORIES, Category, Item, Task
from summarizer.pipeline.ground import figures
from summarizer.text import normalize

SAME_TEXT = 92.0  # rapidfuzz ratio on normalised texts
SAME_SPAN = 0.8  # overlap / shorter span


@dataclass
class Placed:
    category: Category
    item: Item


def _same(a: Item, b: Item) -> bool:
    overlap = min(a.end, b.end) - max(a.start, b.start)
    shorter = min(a.end - a.start, b.end - b.start) or 1
    if overlap / shorter >= SAME_SPAN:
        return True
    # Near-identical wording with different figures ("kết nạp 12 …" / "kết nạp 15 …") is two facts.
    return fuzz.ratio(normalize(a.text), normalize(b.text)) >= SAME_TEXT and figures(a.text) == figures(b.text)


def merge_items(placed: list[Placed]) -> tuple[dict[Category, list[Item]], int]:
    """Per-category lists in source order, and how many near-duplicates were merged away."""
    out: dict[Category, list[Item]] = {c: [] for c in CATEGORIES}
    merged = 0
    for p in sorted(placed, key=lambda p: (p.item.start, p.item.end)):
        bucket = out[p.category]
        twin = next((i for i, kept in enumerate(bucket) if _same(kept, p.item)), None)
        if twin is None:
            bucket.append(p.item)
            continue
        merged += 1
        kept = bucket[twin]
        if isinstance(kept, Task) and isinstance(p.item, Task):  # keep what either one knew
            bucket[twin] = kept.model_copy(update={"owner": kept.owner or p.item.owner,
                                                   "deadline": kept.deadline or p.item.deadline})
    return out, merged
