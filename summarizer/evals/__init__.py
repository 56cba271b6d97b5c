"""Evaluation against the hand-labelled corpus: `text` (Vietnamese-safe tokens, figures,
similarity), `metrics` (one-to-one matching, P/R/F1, number fidelity, metadata accuracy),
`checks` (schema and metadata checks), `run` (run files, splits, re-scoring, comparison) and
`report` (Markdown report and chart; matplotlib is imported only when a chart is drawn).

May import: `summarizer.text`, `files`, `errors`, `models`; never the pipeline or a model client.
"""
