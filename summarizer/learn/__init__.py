"""Learning the rules' second opinion (`extract/weights.py`) from the hand labels: `train` turns the
dev articles into the rules' clauses with their gold class (matched as the evals match), fits the
weights, and measures them honestly by cross-validation over articles.

May import: `summarizer.api`, `extract`, `pipeline`, `evals`, `render`; scipy (fitting only). Nothing
in the library imports this package: it runs at training time, never when an article is summarised.
"""
