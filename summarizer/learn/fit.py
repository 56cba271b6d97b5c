"""The one fit both learned tables use: a multinomial logistic regression with an L2 penalty
(scipy's L-BFGS), over the features seen in at least `min_articles` articles, so that no weight
belongs to one article's wording."""

from __future__ import annotations


def logistic(feats: list[list[str]], gold: list[int], stems: list[str], classes: int, l2: float,
             min_articles: int) -> dict[str, list[float]]:
    """Feature -> one weight per class, rounded as the weights file writes them. `stems[i]` is the
    article row i comes from."""
    import numpy as np
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    seen: dict[str, set[str]] = {}
    for fs, stem in zip(feats, stems, strict=True):
        for f in fs:
            seen.setdefault(f, set()).add(stem)
    vocab = {f: i for i, f in enumerate(sorted(f for f, s in seen.items() if len(s) >= min_articles))}
    ind, ptr = [], [0]
    for fs in feats:
        ind += sorted({vocab[f] for f in fs if f in vocab})
        ptr.append(len(ind))
    x = csr_matrix((np.ones(len(ind)), ind, ptr), shape=(len(feats), len(vocab)))
    y = np.zeros((len(feats), classes))
    y[np.arange(len(feats)), gold] = 1
    shape = (len(vocab), classes)

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
    return {f: [round(float(v), 4) for v in theta[i]] for f, i in vocab.items()}
