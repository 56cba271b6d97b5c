"""Fit the clause weights on labelled articles, and cross-validate them by article.

Each rules proposal of an article (its clauses, before the weights are applied) gets the class of
the gold item it matches one-to-one by the evals' similarity, or `none`. A multinomial logistic
regression with an L2 penalty is fitted on those rows; features seen in fewer than `min_articles`
articles are dropped first, so a weight never belongs to one article's wording.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import ExtractionError
from summarizer.evals.metrics import gold_items, match_items
from summarizer.evals.run import load_labels, score_predictions
from summarizer.extract.rules import RulesStrategy
from summarizer.extract.weights import CLASSES, Weights, features, using
from summarizer.pipeline.chunk import make_chunks
from summarizer.pipeline.ingest import read_article

CATEGORIES = CLASSES[1:]
# The fit's settings, each the best of four by 5-fold cross-validation over dev articles (README,
# "The learned weights"): L2 of 1, 3, 10, 30; P(none) scaled by 1, 0.6, 0.4, 0.25 when deciding.
L2, MIN_ARTICLES, NONE_SCALE = 10.0, 3, 0.4


@dataclass
class Row:
    stem: str
    feats: list[str]
    gold: int  # index in CLASSES


def clause_rows(gold: dict[str, dict], articles: Path) -> list[Row]:
    """The rules' own proposals (no weights) of every labelled article, each with its gold class."""
    rows: list[Row] = []
    with using(None):
        for stem, label in gold.items():
            doc = read_article(articles / label["article"])
            _, props = RulesStrategy().propose(doc, make_chunks(doc))
            items = [(c, t) for c in CATEGORIES for t in gold_items(label, c)]
            matched = {p: items[g][0] for p, g, _ in match_items([p.candidate.text for p in props],
                                                                 [t for _, t in items])}
            for i, p in enumerate(props):
                if p.settled:  # decided by the article's structure; the weights never see it
                    continue
                c = p.candidate
                rows.append(Row(stem, features(c.category, p.kept, c.text, c.quote),
                                CLASSES.index(matched.get(i, "none"))))
    return rows


def fit(rows: list[Row], l2: float = L2, min_articles: int = MIN_ARTICLES, info: dict | None = None,
        none_scale: float = NONE_SCALE) -> Weights:
    """Multinomial logistic regression (L-BFGS) over the features of at least `min_articles` articles."""
    import numpy as np
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    seen: dict[str, set[str]] = {}
    for r in rows:
        for f in r.feats:
            seen.setdefault(f, set()).add(r.stem)
    vocab = {f: i for i, f in enumerate(sorted(f for f, s in seen.items() if len(s) >= min_articles))}
    ind, ptr = [], [0]
    for r in rows:
        ind += sorted({vocab[f] for f in r.feats if f in vocab})
        ptr.append(len(ind))
    x = csr_matrix((np.ones(len(ind)), ind, ptr), shape=(len(rows), len(vocab)))
    y = np.zeros((len(rows), len(CLASSES)))
    y[np.arange(len(rows)), [r.gold for r in rows]] = 1
    shape = (len(vocab), len(CLASSES))

    def loss(theta):
        w = theta.reshape(shape)
        z = x @ w
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        value = -np.log((p * y).sum(1) + 1e-12).sum() + 0.5 * l2 * (w * w).sum()
        return value, (x.T @ (p - y) + l2 * w).ravel()

    theta = minimize(loss, np.zeros(shape[0] * shape[1]), jac=True, method="L-BFGS-B",
                     options={"maxiter": 1000}).x.reshape(shape)
    table = {f: [round(float(v), 4) for v in theta[i]] for f, i in vocab.items()}  # as written to the file
    meta = {"articles": len({r.stem for r in rows}), "clauses": len(rows), "l2": l2,
            "min_articles": min_articles, "none_scale": none_scale, **(info or {})}
    return Weights(table, meta)


def train(labels: Path, articles: Path, split: str = "dev", l2: float = L2, min_articles: int = MIN_ARTICLES,
          none_scale: float = NONE_SCALE) -> Weights:
    gold = load_labels(labels, split)
    if not gold:
        raise ValueError(f"no labels of split {split!r} in {labels}")
    return fit(clause_rows(gold, articles), l2, min_articles, {"split": split}, none_scale)


def cross_validate(labels: Path, articles: Path, out: Path, split: str = "dev", folds: int = 5,
                   l2: float = L2, min_articles: int = MIN_ARTICLES, none_scale: float = NONE_SCALE) -> dict:
    """Every article summarised with weights fitted on the other folds only (articles dealt to folds
    in stem order), then scored: the honest dev figure for weights that were trained on dev."""
    from summarizer.api import summarize
    from summarizer.render import render_json

    gold = load_labels(labels, split)
    rows = clause_rows(gold, articles)
    fold = {stem: i % folds for i, stem in enumerate(gold)}
    out.mkdir(parents=True, exist_ok=True)
    for k in range(folds):
        weights = fit([r for r in rows if fold[r.stem] != k], l2, min_articles, none_scale=none_scale)
        with using(weights):
            for stem in (s for s in gold if fold[s] == k):
                try:
                    summary = summarize(articles / gold[stem]["article"])
                except ExtractionError:  # nothing to summarise: scored as an empty prediction
                    continue
                (out / f"{stem}.json").write_text(render_json(summary), encoding="utf-8")
    return score_predictions(out, labels, articles, name=out.name, split=split)
