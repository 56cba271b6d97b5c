"""Fit the learned weights on labelled articles, and cross-validate them by article.

The learned cuts come first (learn/cuts.py): they change the clauses. Then each rules proposal of an article (its clauses, before the weights are applied) gets the class of
the gold item it matches one-to-one by the evals' similarity, or `none`. A multinomial logistic
regression with an L2 penalty is fitted on those rows; features seen in fewer than `min_articles`
articles are dropped first, so a weight never belongs to one article's wording.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import ExtractionError
from summarizer.evals.metrics import gold_items, match_items
from summarizer.evals.run import load_labels, score_predictions, store_prediction
from summarizer.extract.rules import RulesStrategy, features_of
from summarizer.extract.weights import CLASSES, Weights, using
from summarizer.learn.by_article import over_articles
from summarizer.learn.cuts import (
    CATEGORIES,
    CUT_L2,
    CUT_THRESHOLD,
    CutRow,
    article_cut_rows,
    cut_rows,
    fit_cuts,
)
from summarizer.learn.fit import logistic
from summarizer.pipeline.chunk import make_chunks
from summarizer.pipeline.ingest import Document, read_article

# The fit's settings, each the best by 5-fold cross-validation over dev articles (evals/HISTORY.md, "The learned
# weights"): L2 of 1, 3, 5, 10, 20, 30; P(none) scaled by 1, 0.6, 0.5, 0.4, 0.25 when deciding.
L2, MIN_ARTICLES, NONE_SCALE = 10.0, 3, 0.5


@dataclass
class Row:
    stem: str
    feats: list[str]
    gold: int  # index in CLASSES


def clause_rows(gold: dict[str, dict], articles: Path, cuts: Weights | None = None) -> list[Row]:
    """The rules' own proposals (no clause weights; the learned `cuts` when given) of every labelled
    article, each with its gold class."""
    return over_articles(_clause_rows, list(gold.items()), articles, cuts)


def _clause_rows(labelled: list[tuple[str, dict]], articles: Path, cuts: Weights | None) -> list[Row]:
    return [row for stem, label in labelled
            for row in _article_clause_rows(stem, label, read_article(articles / label["article"]), cuts)]


def _article_clause_rows(stem: str, label: dict, doc: Document, cuts: Weights | None) -> list[Row]:
    rows: list[Row] = []
    with using(cuts):
        _, props = RulesStrategy().propose(doc, make_chunks(doc))
    items = [(c, t) for c in CATEGORIES for t in gold_items(label, c)]
    matched = {p: items[g][0] for p, g, _ in match_items([p.candidate.text for p in props], [t for _, t in items])}
    for i, p in enumerate(props):
        if not p.settled:  # one decided by the article's structure the weights never see
            rows.append(Row(stem, features_of(p), CLASSES.index(matched.get(i, "none"))))
    return rows


def _both_rows(labelled: list[tuple[str, dict]], articles: Path, cuts: Weights) -> list[tuple[list[CutRow], list[Row]]]:
    """Each article read once for both fits: its cut rows, then its clause rows under `cuts`; the second reading
    of the same document finds its metadata and its words' tags already worked out."""
    out = []
    for stem, label in labelled:
        doc = read_article(articles / label["article"])
        out.append((article_cut_rows(stem, label, doc), _article_clause_rows(stem, label, doc, cuts)))
    return out


def fit(rows: list[Row], l2: float = L2, min_articles: int = MIN_ARTICLES, info: dict | None = None,
        none_scale: float = NONE_SCALE) -> Weights:
    """The clause weights: a multinomial logistic regression over the features of at least
    `min_articles` articles."""
    table = logistic([r.feats for r in rows], [r.gold for r in rows], [r.stem for r in rows], len(CLASSES),
                     l2, min_articles)
    meta = {"articles": len({r.stem for r in rows}), "clauses": len(rows), "l2": l2,
            "min_articles": min_articles, "none_scale": none_scale, **(info or {})}
    return Weights(table, meta)


def _cuts_only(cuts: dict[str, float]) -> Weights:
    """Weights that cut where `cuts` say and leave every clause's verdict to the rules: what the clause rows are read under."""
    return Weights({}, {"cut_threshold": CUT_THRESHOLD}, cuts)


def fit_both(gold: dict[str, dict], articles: Path, cuts_of: list[CutRow], info: dict | None = None,
             guessed: tuple[dict[str, float], list[Row]] | None = None, **settings) -> Weights:
    """The learned cuts first, then the clause weights on the clauses those cuts give; `guessed`: cut weights and the
    clause rows they give, used where the fit gives exactly those cuts (else the articles are read again)."""
    cuts = _cuts_only(fit_cuts(cuts_of))
    rows = guessed[1] if guessed and guessed[0] == cuts.cuts else clause_rows(gold, articles, cuts)
    clauses = fit(rows, info=info, **settings)
    # every article read counts, also one that gives no clause ("nothing to summarise": a one-sentence page)
    info = {**clauses.info, "articles": len(gold), "joints": len(cuts_of), "cut_l2": CUT_L2, "cut_threshold": CUT_THRESHOLD}
    return Weights(clauses.table, info, cuts.cuts)


def train(labels: Path, articles: Path, split: str = "dev", guess: Weights | None = None, **settings) -> Weights:
    """Both tables fitted on a split's labels; `settings`: l2, min_articles, none_scale of the clause fit. `guess`: weights
    whose cuts the fit is expected to give again (the drift check's shipped file, fitted on the same labels): the articles
    are then read once for both fits, not twice. The result is the same either way; a wrong guess costs a reading more."""
    gold = load_labels(labels, split)
    if not gold:
        raise ValueError(f"no labels of split {split!r} in {labels}")
    if not (guess and guess.cuts):
        return fit_both(gold, articles, cut_rows(gold, articles), {"split": split}, **settings)
    cuts = _cuts_only(guess.cuts)
    pairs = over_articles(_both_rows, list(gold.items()), articles, cuts)
    joints, rows = [r for p in pairs for r in p[0]], [r for p in pairs for r in p[1]]
    return fit_both(gold, articles, joints, {"split": split}, (guess.cuts, rows), **settings)


def cross_validate(labels: Path, articles: Path, out: Path, split: str = "dev", folds: int = 5, **settings) -> dict:
    """Every article summarised with weights fitted on the other folds only (articles dealt to folds
    in stem order), then scored: the honest dev figure for weights that were trained on dev."""
    from summarizer.api import summarize
    from summarizer.render import render_json

    gold = load_labels(labels, split)
    joints = cut_rows(gold, articles)
    fold = {stem: i % folds for i, stem in enumerate(gold)}
    out.mkdir(parents=True, exist_ok=True)
    for k in range(folds):
        weights = fit_both({s: g for s, g in gold.items() if fold[s] != k}, articles,
                           [r for r in joints if fold[r.stem] != k], **settings)
        with using(weights):
            for stem in (s for s in gold if fold[s] == k):
                try:
                    text = render_json(summarize(articles / gold[stem]["article"]))
                except ExtractionError:  # nothing to summarise: scored as an empty prediction
                    text = None
                store_prediction(out, stem, text)
    return score_predictions(out, labels, articles, name=out.name, split=split)
