"""Tokens a batch export costs, `llm` against `judge`, so a user can price a paid endpoint.

For each split it exports the requests both strategies would send (`summarizer batch export`
code, the very requests a live run sends), counts their prompt tokens with the embedded model's
tokenizer (Qwen2.5, read from the packaged GGUF with vocab_only; chars/4 without it), and sizes
an ideal answer from the labels: for `llm` every gold item with its text and a verbatim quote,
for `judge` a verdict for every numbered candidate (the ceiling test's oracle). Completion
figures are what a perfect model would write; real models write more (re-asks) or less.

    python benchmarks/bench_tokens.py [--split dev]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def tokenizer():
    try:
        from llama_cpp import Llama

        from summarizer.backends.gguf import assemble_gguf

        llm = Llama(model_path=str(assemble_gguf()), vocab_only=True, verbose=False)
        return "Qwen2.5 tokenizer", lambda text: len(llm.tokenize(text.encode("utf-8"), add_bos=False))
    except Exception:  # noqa: BLE001 - no embedded model installed: an estimate, said as such
        return "chars/4 estimate", lambda text: max(1, len(text) // 4)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    args = ap.parse_args()
    from test_judge import oracle_from_labels

    from summarizer.batch.export import export_requests
    from summarizer.evals.metrics import match_items
    from summarizer.evals.run import load_labels

    name, count = tokenizer()
    gold = load_labels(ROOT / "evals" / "labels", args.split)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for g in gold.values():
            (src / g["article"]).write_bytes((ROOT / "evals" / "articles" / g["article"]).read_bytes())
        rows = []
        for strategy in ("llm", "judge"):
            out = Path(tmp) / f"{strategy}.jsonl"
            export_requests(src, out, model="m", strategy=strategy)
            reqs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
            prompt = sum(count("".join(m["content"] for m in r["body"]["messages"])) for r in reqs)
            if strategy == "judge":
                oracle = oracle_from_labels(args.split)
                completion = sum(count(oracle(r["body"])) for r in reqs)
            else:  # every gold item once, as text + the sentence it came from (quotes ≈ 1.5 × text)
                completion = 0
                for g in gold.values():
                    items = [t for c in ("achievements", "shortcomings", "tasks") for t in g[c]]
                    source = (ROOT / "evals" / "articles" / g["article"]).read_text(encoding="utf-8")
                    sentences = [s for s in source.replace("\n", ". ").split(". ") if s.strip()]
                    quotes = {gi: sentences[pi] for pi, gi, _ in match_items(sentences, items)}
                    answer = {"achievements": [{"text": t, "quote": quotes.get(i, t)} for i, t in enumerate(items)]}
                    completion += count(json.dumps(answer, ensure_ascii=False))
            rows.append((strategy, len(reqs), prompt, completion))
    print(f"split {args.split}: {len(gold)} articles; tokens counted with the {name}\n")
    print("| strategy | requests | prompt tokens | ideal completion tokens | per article (prompt + completion) |")
    print("|---|---:|---:|---:|---:|")
    for strategy, n, p, c in rows:
        print(f"| {strategy} | {n} | {p:,} | {c:,} | {(p + c) / len(gold):,.0f} |")


if __name__ == "__main__":
    main()
