"""Scoring a folder of predictions into a *run*, run files, rescoring, and comparing two runs.

Signatures (for the CLI):

- ``load_labels(labels_dir="evals/labels") -> dict[stem, gold]``
- ``score_predictions(pred_dir, labels_dir="evals/labels", articles_dir="evals/articles",
  threshold=MATCH_THRESHOLD, name=None, schema=None) -> run``
- ``write_run(run, run_path)`` / ``load_run(run_path) -> run`` (paths made absolute on load)
- ``rescore_run(run_path, threshold=None, labels_dir=None, articles_dir=None) -> run``
- ``compare_runs(a, b, tolerance=0.02) -> (rows, regressed)``; a/b are run dicts or run-file paths
- from ``summarizer.evals.report`` (re-exported here): ``format_table(run) -> str``,
  ``format_comparison(rows) -> str``, ``write_report(run, md_path)``, ``write_chart(run, png_path)``

A prediction is ``<pred_dir>/<stem>.json`` (a ``Summary``) for the label ``<labels_dir>/<stem>.json``;
the source text is ``<articles_dir>/<label["article"]>`` (read as UTF-8, NFC). A missing or
unparsable prediction is scored as an empty, schema-invalid prediction.

Run file (JSON, UTF-8)::

    {"run_format": 1, "name": str, "created_at": ISO-8601 UTC,
     "paths": {"predictions": dir, "labels": dir, "articles": dir},   # relative to the run file
     "provenance": {"model", "strategy", "prompt_version", "tool_version", "schema_version"},
                    # a value, a sorted list when predictions disagree, or null
     "threshold": float,
     "articles": {stem: {"prediction": "ok"|"missing"|"unparsable", **score_article(...)}},
     "total": aggregate(...), "headline": {HEADLINE_METRICS: float|null},
     "warnings": [str], "rescored_from": str (only for rescored runs)}
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from summarizer.errors import InputError
from summarizer.evals.metrics import (
    CATEGORIES,
    HEADLINE_METRICS,
    MATCH_THRESHOLD,
    aggregate,
    headline,
    load_schema,
    nfc,
    score_article,
)
from summarizer.evals.report import format_comparison, format_table, write_chart, write_report

__all__ = [
    "load_labels",
    "score_predictions",
    "write_run",
    "load_run",
    "rescore_run",
    "compare_runs",
    "format_table",
    "format_comparison",
    "write_report",
    "write_chart",
    "PROVENANCE_KEYS",
]

RUN_FORMAT = 1
PROVENANCE_KEYS = ("model", "strategy", "prompt_version", "weights_version", "tool_version", "schema_version")
_PATH_KEYS = ("predictions", "labels", "articles")


def _nfc_tree(x: Any) -> Any:
    if isinstance(x, str):
        return nfc(x)
    if isinstance(x, list):
        return [_nfc_tree(v) for v in x]
    if isinstance(x, dict):
        return {k: _nfc_tree(v) for k, v in x.items()}
    return x


def load_split(labels_dir: str | Path, split: str | None) -> set[str] | None:
    """The article stems of a named split in `split.json` beside the labels folder; None for all."""
    if split in (None, "all"):
        return None
    path = Path(labels_dir).parent / "split.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise InputError(f"--split {split}: no readable {path}") from None
    names = [k for k in data if not k.startswith("_")]
    if split not in names:
        raise InputError(f"unknown split {split!r}; {path} has: {', '.join(names)}, or 'all'")
    return set(data[split])


def load_labels(labels_dir: str | Path = "evals/labels", split: str | None = None) -> dict[str, dict]:
    """Gold labels by file stem, NFC-normalised, in stem order (only the split's, when one is named)."""
    keep = load_split(labels_dir, split)
    files = sorted(p for p in Path(labels_dir).glob("*.json") if keep is None or p.stem in keep)
    return {p.stem: _nfc_tree(json.loads(p.read_text(encoding="utf-8"))) for p in files}


def _read_prediction(path: Path) -> tuple[dict, str]:
    if not path.exists():
        return {}, "missing"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}, "unparsable"
    return (data, "ok") if isinstance(data, dict) else ({}, "unparsable")


def _provenance(preds: list[dict]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k in PROVENANCE_KEYS:
        vals = set()
        for p in preds:
            prov = p.get("provenance")
            v = prov.get(k) if isinstance(prov, dict) else None
            if v is not None:
                vals.add(str(v))
        out[k] = None if not vals else vals.pop() if len(vals) == 1 else sorted(vals)
    return out


def store_prediction(pred_dir: Path, stem: str, summary_json: str | None) -> None:
    """Write an article's prediction (a rendered summary), or remove the one an earlier run left there
    when this run has none (a failed or empty summary): a stale file would be scored as this run's."""
    target = Path(pred_dir) / f"{stem}.json"
    if summary_json is None:
        target.unlink(missing_ok=True)
    else:
        target.write_text(summary_json, encoding="utf-8")


def score_predictions(
    pred_dir: str | Path,
    labels_dir: str | Path = "evals/labels",
    articles_dir: str | Path = "evals/articles",
    threshold: float = MATCH_THRESHOLD,
    name: str | None = None,
    schema: dict | None = None,
    split: str | None = None,
    stems: list[str] | None = None,
) -> dict[str, Any]:
    """Score every labelled article (of `split`, or only `stems`) against ``pred_dir/<stem>.json``."""
    pred_dir, labels_dir, articles_dir = (_absolute(p) for p in (pred_dir, labels_dir, articles_dir))
    schema = schema if schema is not None else load_schema()
    labels = load_labels(labels_dir, split)
    if stems is not None:
        labels = {k: v for k, v in labels.items() if k in set(stems)}
    warnings: list[str] = []
    if not labels:
        warnings.append(f"no labels in {labels_dir}")
    articles: dict[str, dict] = {}
    preds: list[dict] = []
    for stem, gold in labels.items():
        pred, state = _read_prediction(pred_dir / f"{stem}.json")
        if state == "ok":
            preds.append(pred)
        else:
            warnings.append(f"{stem}: prediction {state}")
        art = gold.get("article") or f"{stem}.txt"
        src_path = articles_dir / art
        if src_path.exists():
            source = src_path.read_text(encoding="utf-8")
        else:
            source = ""
            warnings.append(f"{stem}: article text not found: {art}")
        articles[stem] = {"prediction": state, **score_article(pred, gold, source, threshold, schema)}
    scope = set(labels) if split in (None, "all") and stems is None else set(load_labels(labels_dir))
    extra = sorted({p.stem for p in pred_dir.glob("*.json")} - scope) if pred_dir.is_dir() else []
    if extra:
        warnings.append(f"{len(extra)} prediction(s) without a label ignored: {', '.join(extra[:10])}")
    total = aggregate(list(articles.values()))
    return {
        "run_format": RUN_FORMAT,
        "name": name or pred_dir.name,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "paths": {"predictions": str(pred_dir), "labels": str(labels_dir), "articles": str(articles_dir)},
        "provenance": _provenance(preds),
        "threshold": threshold,
        "split": split or "all",
        "articles": articles,
        "total": total,
        "headline": headline(total),
        "warnings": warnings,
    }


def write_run(run: dict, run_path: str | Path) -> Path:
    """Write the run as JSON; its paths are stored relative to the run file's folder."""
    run_path = Path(run_path)
    run_path.parent.mkdir(parents=True, exist_ok=True)
    base = _absolute(run_path.parent)
    out = dict(run)
    paths = {}
    for k, v in (run.get("paths") or {}).items():
        try:
            paths[k] = Path(os.path.relpath(_absolute(v), base)).as_posix()
        except ValueError:  # another drive (Windows)
            paths[k] = str(v)
    out["paths"] = paths
    run_path.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return run_path


def load_run(run_path: str | Path) -> dict[str, Any]:
    """Read a run file; its paths are resolved against the run file's folder."""
    run_path = Path(run_path)
    run = json.loads(run_path.read_text(encoding="utf-8"))
    base = _absolute(run_path.parent)
    run["paths"] = {k: str(_absolute(base / v)) for k, v in (run.get("paths") or {}).items()}
    return run


def _absolute(path: str | Path) -> Path:
    """`path` made absolute without following links: a labels folder linked into a workspace keeps the workspace's
    split.json beside it (the split is read from the folder's parent), not the one beside the link's target."""
    return Path(os.path.normpath(Path(path).absolute()))


def rescore_run(
    run_path: str | Path,
    threshold: float | None = None,
    labels_dir: str | Path | None = None,
    articles_dir: str | Path | None = None,
) -> dict[str, Any]:
    """Recompute a run's metrics from its recorded predictions folder with the current metric code.

    Keeps the name and the threshold (unless given); returns the new run (not written).
    """
    old = load_run(run_path)
    paths = old.get("paths") or {}
    if "predictions" not in paths:
        raise ValueError(f"{run_path}: the run records no predictions folder")
    run = score_predictions(
        paths["predictions"],
        labels_dir or paths.get("labels", "evals/labels"),
        articles_dir or paths.get("articles", "evals/articles"),
        threshold=old.get("threshold", MATCH_THRESHOLD) if threshold is None else threshold,
        name=old.get("name"),
        stems=list(old.get("articles") or {}),  # the same articles as the run, however the corpus grew
    )
    run["rescored_from"] = str(run_path)
    return run


def _as_run(x: dict | str | Path) -> dict:
    return x if isinstance(x, dict) else load_run(x)


def _info_metrics(run: dict) -> dict[str, Any]:
    t = run.get("total") or {}
    out: dict[str, Any] = {}
    for c in CATEGORIES:
        cat = (t.get("categories") or {}).get(c) or {}
        out[f"precision_{c}"] = cat.get("precision")
        out[f"recall_{c}"] = cat.get("recall")
    cost = t.get("cost") or {}
    for k in ("prompt_tokens", "completion_tokens", "calls", "seconds"):
        out[f"cost_{k}"] = cost.get(k)
    out["n_articles"] = t.get("n_articles")
    return out


def compare_runs(
    a: dict | str | Path, b: dict | str | Path, tolerance: float = 0.02
) -> tuple[list[tuple[str, Any, Any, float | None, str]], bool]:
    """Compare run `b` (new) with run `a` (baseline).

    Rows are (metric, a_value, b_value, b - a or None, flag). Headline metrics come first, all
    higher-is-better; their flag is "REGRESSED" when b < a - tolerance, "improved" when
    b > a + tolerance, "missing" when a has a value and b has none (counts as a regression),
    "new" when only b has a value, else "". Informational rows (per-category P/R, cost, article
    count) are never flagged; a differing threshold gets the flag "differs". `regressed` is true
    when any headline row is REGRESSED or missing.
    """
    ra, rb = _as_run(a), _as_run(b)
    ha, hb = ra.get("headline") or {}, rb.get("headline") or {}
    rows: list[tuple[str, Any, Any, float | None, str]] = []
    regressed = False
    for m in HEADLINE_METRICS:
        va, vb = ha.get(m), hb.get(m)
        delta = vb - va if va is not None and vb is not None else None
        if delta is not None:
            flag = (
                "REGRESSED" if delta < -tolerance - 1e-12 else "improved" if delta > tolerance + 1e-12 else ""
            )
        else:
            flag = "missing" if va is not None else "new" if vb is not None else ""
        regressed |= flag in ("REGRESSED", "missing")
        rows.append((m, va, vb, delta, flag))
    ia, ib = _info_metrics(ra), _info_metrics(rb)
    for m in ia:
        va, vb = ia[m], ib[m]
        delta = vb - va if isinstance(va, (int, float)) and isinstance(vb, (int, float)) else None
        rows.append((m, va, vb, delta, ""))
    ta, tb = ra.get("threshold"), rb.get("threshold")
    rows.append(("threshold", ta, tb, None, "differs" if ta != tb else ""))
    return rows, regressed
