"""Human-readable views of a run (see `summarizer.evals.run`): text table, Markdown report, PNG chart.

- ``format_table(run) -> str``: plain-text table of the headline and per-category scores
- ``format_comparison(rows) -> str``: plain-text table of ``compare_runs`` rows
- ``write_report(run, md_path) -> Path``: Markdown report (totals, per category, per article, misses)
- ``write_chart(run, png_path) -> Path``: grouped bars of micro P/R/F1 per category (matplotlib Agg)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from summarizer.evals.metrics import CATEGORIES, HEADLINE_METRICS, META_FIELDS

LABELS_VI = {
    "achievements": "Kết quả đạt được",
    "shortcomings": "Hạn chế, tồn tại",
    "tasks": "Nhiệm vụ",
    "overall": "Tổng (cả 3 nhóm)",
}


def fmt(v: Any, digits: int = 3) -> str:
    """Numbers for tables: floats to `digits` places, None as "–"."""
    if v is None:
        return "–"
    if isinstance(v, bool):
        return "✓" if v else "✗"
    if isinstance(v, float):
        return f"{v:.{digits}f}"
    return str(v)


def _plain(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=False)).rstrip()  # noqa: E731
    return "\n".join([line(headers), line(["-" * w for w in widths]), *map(line, rows)])


def _cat_rows(total: dict) -> list[list[str]]:
    rows = []
    for key in (*CATEGORIES, "overall"):
        c = total["overall"] if key == "overall" else total["categories"][key]
        rows.append(
            [
                key,
                *(fmt(c[k]) for k in ("precision", "recall", "f1", "macro_f1")),
                *(str(c[k]) for k in ("tp", "fp", "fn")),
            ]
        )
    return rows


def format_table(run: dict) -> str:
    """Plain-text summary of a run for the terminal."""
    total = run["total"]
    head = f"run {run.get('name')}  ({total['n_articles']} articles, threshold {run.get('threshold')})"
    cats = _plain(["category", "P", "R", "F1", "macro F1", "tp", "fp", "fn"], _cat_rows(total))
    hl = _plain(["metric", "value"], [[m, fmt(run["headline"].get(m))] for m in HEADLINE_METRICS])
    cost = total["cost"]
    cost_line = (
        f"tokens {cost['prompt_tokens']} prompt + {cost['completion_tokens']} completion, "
        f"{cost['calls']} calls, {fmt(cost['seconds'], 1)} s"
    )
    warn = "".join(f"\nwarning: {w}" for w in run.get("warnings") or [])
    return f"{head}\n\n{cats}\n\n{hl}\n\n{cost_line}{warn}"


def format_comparison(rows: list[tuple]) -> str:
    """Plain-text table of `compare_runs` rows."""
    body = [[m, fmt(a), fmt(b), "–" if d is None else f"{d:+.3f}", flag] for m, a, b, d, flag in rows]
    return _plain(["metric", "A", "B", "Δ", "flag"], body)


def _md_table(headers: list[str], rows: list[list[str]]) -> str:
    esc = lambda s: str(s).replace("|", "\\|").replace("\n", " ")  # noqa: E731
    out = ["| " + " | ".join(map(esc, headers)) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(map(esc, r)) + " |" for r in rows]
    return "\n".join(out)


def write_report(run: dict, md_path: str | Path) -> Path:
    """Markdown report: headline, per-category P/R/F1, per-article table, misses per article."""
    total, md_path = run["total"], Path(md_path)
    prov = run.get("provenance") or {}
    parts = [f"# Đánh giá (evaluation): {run.get('name')}", ""]
    parts.append(f"- Thời điểm (created): {run.get('created_at')}  ")
    parts.append(
        f"- Số bài (articles): {total['n_articles']}; ngưỡng khớp (match threshold): {run.get('threshold')}  "
    )
    parts.append("- " + "; ".join(f"{k}: {fmt(v)}" for k, v in prov.items()))
    parts += ["", "## Chỉ số chính (headline)", ""]
    parts.append(
        _md_table(
            ["Chỉ số (metric)", "Giá trị"], [[m, fmt(run["headline"].get(m))] for m in HEADLINE_METRICS]
        )
    )
    parts += ["", "## Theo nhóm (per category, micro-averaged)", ""]
    rows = [[f"{LABELS_VI[r[0]]} ({r[0]})", *r[1:]] for r in _cat_rows(total)]
    parts.append(_md_table(["Nhóm (category)", "P", "R", "F1", "macro F1", "tp", "fp", "fn"], rows))
    fig, gr, meta, cost = total["figures"], total["grounding"], total["meta"], total["cost"]
    parts += ["", "## Số liệu, trích dẫn, siêu dữ liệu (figures, grounding, metadata)", ""]
    parts.append(
        f"- Số liệu có trong bài (number fidelity): {fmt(fig['number_fidelity'])} "
        f"({fig['pred_in_source']}/{fig['pred_total']})"
    )
    parts.append(
        f"- Số liệu chuẩn được nêu lại (gold figure recall): {fmt(fig['gold_figure_recall'])} "
        f"({fig['gold_recovered']}/{fig['gold_total']})"
    )
    parts.append(
        f"- Trích dẫn đúng vị trí (grounding rate): {fmt(gr['grounding_rate'])} "
        f"({gr['grounded']}/{gr['items']}; quote found {gr['quote_found']})"
    )
    parts.append(
        f"- Đúng schema (schema validity): {fmt(total['schema_validity'])} "
        f"({total['schema_valid']}/{total['n_articles']})"
    )
    parts.append(
        "- Siêu dữ liệu (metadata): "
        + ", ".join(f"{f} {fmt(meta[f])}" for f in META_FIELDS)
        + f"; mean {fmt(meta['accuracy'])}"
    )
    parts.append(
        f"- Chi phí (cost): {cost['prompt_tokens']} prompt + {cost['completion_tokens']} completion "
        f"tokens, {cost['calls']} calls, {fmt(cost['seconds'], 1)} s"
    )
    parts += ["", "## Theo bài (per article)", ""]
    arows = []
    for stem, a in run["articles"].items():
        arows.append(
            [
                stem,
                a.get("prediction", "ok"),
                *(fmt(a["categories"][c]["f1"]) for c in CATEGORIES),
                fmt(a["overall"]["f1"]),
                fmt(a["figures"]["number_fidelity"]),
                fmt(a["figures"]["gold_figure_recall"]),
                fmt(a["grounding"]["grounding_rate"]),
                fmt(a["schema"]["valid"]),
                fmt(a["meta"]["accuracy"]),
            ]
        )
    parts.append(
        _md_table(
            [
                "Bài",
                "pred",
                "F1 KQ",
                "F1 HC",
                "F1 NV",
                "F1",
                "số liệu",
                "recall số",
                "grounding",
                "schema",
                "meta",
            ],
            arows,
        )
    )
    parts += ["", "## Chi tiết sai lệch (misses and extras)", ""]
    for stem, a in run["articles"].items():
        lines = []
        for c in CATEGORIES:
            cat = a["categories"][c]
            lines += [f"  - thiếu (missed) [{c}]: {g}" for g in cat.get("missed", [])]
            lines += [f"  - thừa (spurious) [{c}]: {p}" for p in cat.get("spurious", [])]
        if a["figures"].get("unsupported"):
            lines.append(
                "  - số liệu không có trong bài (unsupported figures): "
                + ", ".join(a["figures"]["unsupported"])
            )
        if a["schema"].get("errors"):
            lines.append("  - schema: " + "; ".join(a["schema"]["errors"]))
        if lines:
            parts += [f"- **{stem}**", *lines]
    if run.get("warnings"):
        parts += ["", "## Cảnh báo (warnings)", "", *(f"- {w}" for w in run["warnings"])]
    md_path.parent.mkdir(parents=True, exist_ok=True)
    md_path.write_text("\n".join(parts) + "\n", encoding="utf-8")
    return md_path


def write_chart(run: dict, png_path: str | Path) -> Path:
    """Grouped bar chart (P, R, F1, micro) per category and overall; written with the Agg backend."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    total, png_path = run["total"], Path(png_path)
    keys = (*CATEGORIES, "overall")
    groups = [total["overall"] if k == "overall" else total["categories"][k] for k in keys]
    x = np.arange(len(keys))
    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=100)
    for i, (metric, label) in enumerate((("precision", "P"), ("recall", "R"), ("f1", "F1"))):
        vals = [g[metric] if g[metric] is not None else 0.0 for g in groups]
        bars = ax.bar(x + (i - 1) * 0.27, vals, 0.27, label=label)
        ax.bar_label(bars, labels=[fmt(g[metric], 2) for g in groups], fontsize=7, padding=2)
    ax.set_xticks(x, [f"{LABELS_VI[k]}\n({k})" for k in keys], fontsize=8)
    ax.set_ylim(0, 1.25)
    ax.set_ylabel("score")
    ax.set_title(
        f"{run.get('name')}: P/R/F1 ({total['n_articles']} articles, threshold {run.get('threshold')})"
    )
    ax.legend(loc="upper right", ncols=3, fontsize=8)
    fig.tight_layout()
    png_path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(png_path)
    plt.close(fig)
    return png_path
