"""Fit the learned cuts (extract/cuts.py): where the labellers split a clause into two items.

Every candidate joint of every dev clause is cut (`cuts.everywhere`), and the parts are grouped
again so that the groups match the article's gold items best: a group scores similarity² × its
length when it matches a gold item (similarity ≥ the evals' threshold), so one whole item beats two
halves that each half-match it, and two items beat one clause that half-matches both. A joint
between two matched groups is a cut (1); a joint inside a matched group is not (0); a joint next to
a part no labeller listed teaches nothing and is left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from summarizer.evals.metrics import MATCH_THRESHOLD, gold_items
from summarizer.evals.text import Bag, bag_of, bag_similarity
from summarizer.extract.clauses import item_text
from summarizer.extract.cuts import everywhere
from summarizer.extract.rules import RulesStrategy
from summarizer.extract.weights import CLASSES, using
from summarizer.learn.by_article import over_articles
from summarizer.learn.fit import logistic
from summarizer.pipeline.chunk import make_chunks
from summarizer.pipeline.ingest import Document, read_article

CATEGORIES = CLASSES[1:]  # the item categories, in the order the weights number them
# The cut fit's settings, the best by 5-fold cross-validation over dev articles (evals/HISTORY.md, "The learned
# weights"): L2 of 6, 20, 60 (on each of the two classes' weights); P(cut) above 0.3, 0.4, 0.5.
CUT_L2, CUT_THRESHOLD = 20.0, 0.4


@dataclass
class CutRow:
    stem: str
    feats: list[str]
    cut: int  # 1: the labellers split here


def cut_rows(gold: dict[str, dict], articles: Path) -> list[CutRow]:
    """Every labelled joint of the rules' clauses of every article (the rules alone, cut everywhere)."""
    return over_articles(_cut_rows, list(gold.items()), articles)


def _cut_rows(labelled: list[tuple[str, dict]], articles: Path) -> list[CutRow]:
    return [row for stem, label in labelled for row in article_cut_rows(stem, label, read_article(articles / label["article"]))]


def article_cut_rows(stem: str, label: dict, doc: Document) -> list[CutRow]:
    """The labelled joints of one article's clauses, the rules alone cutting everywhere."""
    rows: list[CutRow] = []
    with using(None), everywhere() as records:
        RulesStrategy().propose(doc, make_chunks(doc))
        items = [t for c in CATEGORIES for t in gold_items(label, c)]
        for rec in records:
            labels = joint_labels(doc.source, rec["atoms"], items)
            rows += [CutRow(stem, rec["feats"][k], y) for k, y in labels.items()]
    return rows


def joint_labels(source: str, parts: list[tuple[int, int]], items: list[str]) -> dict[int, int]:
    """Joint k (between parts k and k+1, spans of `source`) -> 1 (cut) or 0 (no cut), for the joints
    the best grouping of the parts against the gold `items` decides (module docstring)."""
    n = len(parts)
    score: dict[tuple[int, int], tuple[float, bool]] = {}
    golds = [bag_of(g) for g in items]
    for i in range(n):
        for j in range(i, n):
            spanned = bag_of(item_text(source[parts[i][0] : parts[j][1]]))
            sim = max((bag_similarity(spanned, g) for g in golds if _may_match(spanned, g)), default=0.0)
            matched = sim >= MATCH_THRESHOLD
            score[i, j] = (sim * sim * spanned.size if matched else 0.0, matched)
    best, back = [0.0] * (n + 1), [0] * (n + 1)
    for j in range(1, n + 1):
        best[j], back[j] = max((best[i] + score[i, j - 1][0], i) for i in range(j))
    groups, j = [], n
    while j > 0:
        groups.append((back[j], j - 1))
        j = back[j]
    groups.reverse()
    labels: dict[int, int] = {}
    for g, (i, j) in enumerate(groups):
        if score[i, j][1]:
            labels.update({k: 0 for k in range(i, j)})
            if g + 1 < len(groups) and score[groups[g + 1]][1]:
                labels[j] = 1
    return labels


def _may_match(a: Bag, b: Bag) -> bool:
    """Whether two texts' lengths leave `bag_similarity` room to reach the threshold: shared tokens are at most the
    shorter text's, and an edit distance at least the difference of the joined lengths, so the similarity is at most
    the mean of 2·min/sum and min/max. Comparing a long span with a short item is then skipped, exactly."""
    if not a.size or not b.size:
        return True
    la, lb = len(a.joined), len(b.joined)
    bound = min(a.size, b.size) / (a.size + b.size) + 0.5 * min(la, lb) / max(la, lb)
    return bound >= MATCH_THRESHOLD - 1e-9  # a margin for the float rounding of the exact figure


def fit_cuts(rows: list[CutRow], l2: float = CUT_L2, min_articles: int = 3) -> dict[str, float]:
    """Feature -> its weight for "cut here" (the difference of the two classes' weights)."""
    table = logistic([r.feats for r in rows], [r.cut for r in rows], [r.stem for r in rows], 2, l2, min_articles)
    return {f: round(w[1] - w[0], 4) for f, w in table.items()}
