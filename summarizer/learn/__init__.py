"""Learning the rules' second opinion (`extract/weights.py`) from the hand labels: `cuts` learns where
labellers split a clause, `train` turns the dev articles into the rules' clauses with their gold
class (matched as the evals match) and fits the clause weights, `fit` is the one regression both use,
and `train.cross_validate` measures them honestly over articles; `by_article` reads the articles in worker
processes, the rows back in article order (also for `eval run` with the rules).

May import: `summarizer.api`, `config`, `extract`, `pipeline`, `evals`, `render`; scipy (fitting only). Nothing
in the library imports this package: it runs at training time, never when an article is summarised.
"""
