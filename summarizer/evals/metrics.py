"""Evaluation metrics: pure functions comparing one prediction (a `Summary` dict) with one gold label.

No model calls, no file I/O except loading the JSON schema. Text handling lives in
`summarizer.evals.text`, schema/metadata/cost checks in `summarizer.evals.checks`; both are re-exported
here, so ``from summarizer.evals.metrics import ...`` is the one import. Public API:

- ``normalize(text) -> str``, ``tokens(text) -> list[str]``, ``extract_figures(text) -> list[str]``
- ``similarity(a, b) -> float`` in [0, 1]
- ``match_items(pred, gold, threshold=MATCH_THRESHOLD) -> list[(pred_idx, gold_idx, sim)]``
- ``category_scores(pred, gold, threshold=MATCH_THRESHOLD) -> dict`` (tp, fp, fn, precision, recall, f1)
- ``schema_errors(pred, schema=None) -> list[str]`` (empty list = valid)
- ``meta_accuracy(pred_meta, gold_meta) -> dict``
- ``score_article(pred, gold, source_text, threshold=MATCH_THRESHOLD, schema=None) -> dict``
- ``aggregate(per_article) -> dict`` and ``headline(total) -> dict`` (flat; keys ``HEADLINE_METRICS``)

Text conventions (Vietnamese-safe): NFC, casefold, diacritics kept ("đã" != "da"). Tokens are
unicode word tokens, except that figures stay whole: ``7/13``, ``94,7%``, ``7.396,54``, ``03``.
A figure keeps a trailing ``%`` ("94,7%" and "94,7" differ; "94,7 %" is read as "94,7%"), and
``,`` and ``.`` are never interchanged ("94,7%" != "94.7%"). Units glued to a number are split off
("7.396,54ha" -> "7.396,54", "ha"). No number is re-formatted ("03" stays "03").

Empty-case convention for P/R/F1 (no vacuous credit): both sides empty -> P=R=F1=1.0; otherwise
P = tp/(tp+fp) and R = tp/(tp+fn), each 0.0 when its denominator is 0. So an empty prediction
against a non-empty gold scores P=R=F1=0 (silence is not rewarded with precision 1), and a
non-empty prediction against an empty gold scores 0 too. Duplicated predictions are false
positives: matching is one-to-one.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from summarizer.evals.checks import META_FIELDS, cost_of, load_schema, meta_accuracy, schema_errors
from summarizer.evals.text import extract_figures, similarity, tokens
from summarizer.models import CATEGORIES  # one list of categories for the product and its evals
from summarizer.text import nfc, normalize

__all__ = [
    "CATEGORIES",
    "META_FIELDS",
    "MATCH_THRESHOLD",
    "HEADLINE_METRICS",
    "nfc",
    "normalize",
    "tokens",
    "extract_figures",
    "similarity",
    "match_items",
    "prf",
    "category_scores",
    "pred_items",
    "item_text",
    "gold_items",
    "load_schema",
    "schema_errors",
    "meta_accuracy",
    "cost_of",
    "score_article",
    "aggregate",
    "headline",
]

MATCH_THRESHOLD = 0.5
HEADLINE_METRICS: tuple[str, ...] = (
    "f1_achievements",
    "f1_shortcomings",
    "f1_tasks",
    "f1_overall",
    "f1_macro",
    "number_fidelity",
    "gold_figure_recall",
    "grounding_rate",
    "schema_validity",
    "meta_accuracy",
    "meta_organization",
    "meta_period",
)


def match_items(
    pred: list[str], gold: list[str], threshold: float = MATCH_THRESHOLD
) -> list[tuple[int, int, float]]:
    """One-to-one matching (Hungarian) of predicted to gold strings; pairs with sim >= threshold.

    The assignment maximises first the number of pairs at or above the threshold, then their
    total similarity. Returns (pred_index, gold_index, similarity) sorted by pred_index.
    """
    if not pred or not gold:
        return []
    sim = np.array([[similarity(p, g) for g in gold] for p in pred], dtype=float)
    ok = sim >= threshold
    bonus = min(len(pred), len(gold)) + 1  # any extra pair outweighs any similarity gain
    weight = np.where(ok, bonus + sim, 0.0)
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return sorted((int(r), int(c), float(sim[r, c])) for r, c in zip(rows, cols, strict=True) if ok[r, c])


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision/recall/F1 with the empty-case convention of the module doc."""
    if tp == fp == fn == 0:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1}


def category_scores(pred: list[str], gold: list[str], threshold: float = MATCH_THRESHOLD) -> dict[str, Any]:
    """tp/fp/fn, P/R/F1, the matches and the unmatched strings ("missed" gold, "spurious" pred)."""
    matches = match_items(pred, gold, threshold)
    tp = len(matches)
    pi = {m[0] for m in matches}
    gi = {m[1] for m in matches}
    return {
        "tp": tp,
        "fp": len(pred) - tp,
        "fn": len(gold) - tp,
        **prf(tp, len(pred) - tp, len(gold) - tp),
        "matches": [[p, g, round(s, 4)] for p, g, s in matches],
        "missed": [g for i, g in enumerate(gold) if i not in gi],
        "spurious": [p for i, p in enumerate(pred) if i not in pi],
    }


# ---------------------------------------------------------------- reading predictions leniently
def pred_items(pred: dict, category: str) -> list[dict]:
    """Items of one category as dicts; tolerates a malformed prediction (strings, junk)."""
    raw = pred.get(category) if isinstance(pred, dict) else None
    out = []
    for it in raw if isinstance(raw, list) else []:
        if isinstance(it, dict):
            out.append(it)
        elif isinstance(it, str):
            out.append({"text": it})
    return out


def item_text(item: dict) -> str:
    """The statement compared with gold: text, plus a task's deadline/owner when not already in it."""
    text = item.get("text") if isinstance(item.get("text"), str) else ""
    for key in ("deadline", "owner"):
        extra = item.get(key)
        if isinstance(extra, str) and extra.strip() and normalize(extra) not in normalize(text):
            text = f"{text} ({extra.strip()})" if text else extra.strip()
    return nfc(text)


def gold_items(gold: dict, category: str) -> list[str]:
    raw = gold.get(category) or []
    return [nfc(g if isinstance(g, str) else str(g.get("text", ""))) for g in raw if g]


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


# ---------------------------------------------------------------- one article
def score_article(
    pred: dict, gold: dict, source_text: str, threshold: float = MATCH_THRESHOLD, schema: dict | None = None
) -> dict[str, Any]:
    """All metrics of one article. `pred` is a Summary dict (may be malformed), `gold` a label."""
    source = nfc(source_text or "")
    pred = pred if isinstance(pred, dict) else {}
    cats, all_items = {}, []
    for c in CATEGORIES:
        items = pred_items(pred, c)
        all_items += items
        g = gold_items(gold, c)
        cats[c] = {
            "n_pred": len(items),
            "n_gold": len(g),
            **category_scores([item_text(i) for i in items], g, threshold),
        }
    tp, fp, fn = (sum(cats[c][k] for c in CATEGORIES) for k in ("tp", "fp", "fn"))

    source_figs = set(extract_figures(source))
    pfigs = [f for it in all_items for f in extract_figures(item_text(it))]
    gfigs = Counter(f for c in CATEGORIES for g in gold_items(gold, c) for f in extract_figures(g))
    recovered = gfigs & Counter(pfigs)
    in_source = [f for f in pfigs if f in source_figs]

    grounded = found = 0
    for it in all_items:
        q, s, e = it.get("quote"), it.get("start"), it.get("end")
        if isinstance(q, str) and q and q in source:
            found += 1
            if isinstance(s, int) and isinstance(e, int) and 0 <= s <= e and source[s:e] == q:
                grounded += 1

    errors = schema_errors(pred, schema)
    return {
        "categories": cats,
        "overall": {"tp": tp, "fp": fp, "fn": fn, **prf(tp, fp, fn)},
        "figures": {
            "pred_total": len(pfigs),
            "pred_in_source": len(in_source),
            "number_fidelity": _ratio(len(in_source), len(pfigs)),
            "unsupported": sorted({f for f in pfigs if f not in source_figs}),
            "gold_total": sum(gfigs.values()),
            "gold_recovered": sum(recovered.values()),
            "gold_figure_recall": _ratio(sum(recovered.values()), sum(gfigs.values())),
            "missing": sorted((gfigs - recovered).keys()),
        },
        "grounding": {
            "items": len(all_items),
            "grounded": grounded,
            "quote_found": found,
            "grounding_rate": _ratio(grounded, len(all_items)),
        },
        "schema": {"valid": not errors, "errors": errors},
        "meta": meta_accuracy(pred.get("meta"), gold.get("meta")),
        "cost": cost_of(pred),
    }


# ---------------------------------------------------------------- many articles
def _mean(xs: list) -> float | None:
    xs = [x for x in xs if x is not None]
    return sum(xs) / len(xs) if xs else None


def aggregate(per_article: list[dict]) -> dict[str, Any]:
    """Micro (summed tp/fp/fn, summed figure/item counts) and macro (mean of per-article) scores."""
    n = len(per_article)

    def micro(rows: list[dict]) -> dict[str, Any]:
        t = {k: sum(r[k] for r in rows) for k in ("tp", "fp", "fn")}
        scores = prf(**t) if n else {"precision": None, "recall": None, "f1": None}
        return {**t, **scores, **{f"macro_{k}": _mean([r[k] for r in rows]) for k in scores}}

    cats = {c: micro([a["categories"][c] for a in per_article]) for c in CATEGORIES}
    fig_keys = ("pred_total", "pred_in_source", "gold_total", "gold_recovered")
    figs = {k: sum(a["figures"][k] for a in per_article) for k in fig_keys}
    figs["number_fidelity"] = _ratio(figs["pred_in_source"], figs["pred_total"])
    figs["gold_figure_recall"] = _ratio(figs["gold_recovered"], figs["gold_total"])
    gr = {k: sum(a["grounding"][k] for a in per_article) for k in ("items", "grounded", "quote_found")}
    gr["grounding_rate"] = _ratio(gr["grounded"], gr["items"])
    gr["quote_found_rate"] = _ratio(gr["quote_found"], gr["items"])
    meta: dict[str, Any] = {f: _mean([a["meta"][f] for a in per_article]) for f in META_FIELDS}
    meta["accuracy"] = _mean([a["meta"][f] for a in per_article for f in META_FIELDS])
    meta["macro_accuracy"] = _mean([a["meta"]["accuracy"] for a in per_article])
    cost: dict[str, Any] = {
        k: sum(a["cost"][k] for a in per_article)
        for k in ("prompt_tokens", "completion_tokens", "calls", "cache_hits")
    }
    secs = [a["cost"]["seconds"] for a in per_article if a["cost"]["seconds"] is not None]
    cost["seconds"] = sum(secs) if secs else None
    cost["seconds_per_article"] = _mean(secs)
    valid = sum(bool(a["schema"]["valid"]) for a in per_article)
    return {
        "n_articles": n,
        "categories": cats,
        "overall": micro([a["overall"] for a in per_article]),
        "figures": figs,
        "grounding": gr,
        "schema_valid": valid,
        "schema_validity": _ratio(valid, n),
        "meta": meta,
        "cost": cost,
    }


def headline(total: dict) -> dict[str, float | None]:
    """The flat, higher-is-better metrics that runs are compared on (keys: HEADLINE_METRICS)."""
    out = {f"f1_{c}": total["categories"][c]["f1"] for c in CATEGORIES}
    out["f1_overall"] = total["overall"]["f1"]
    cat_f1 = [total["categories"][c]["f1"] for c in CATEGORIES]
    out["f1_macro"] = None if None in cat_f1 else sum(cat_f1) / len(cat_f1)  # mean over the three categories
    out["number_fidelity"] = total["figures"]["number_fidelity"]
    out["gold_figure_recall"] = total["figures"]["gold_figure_recall"]
    out["grounding_rate"] = total["grounding"]["grounding_rate"]
    out["schema_validity"] = total["schema_validity"]
    out["meta_accuracy"] = total["meta"]["accuracy"]
    out["meta_organization"] = total["meta"].get("organization")
    out["meta_period"] = total["meta"].get("period")
    return out
